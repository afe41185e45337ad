const fs = require("fs");
const os = require("os");
const path = require("path");

// ruleid: javascript-insecure-file-permissions
fs.chmodSync("/srv/mfo/uploads/contract.pdf", 0o777);
// ok: javascript-insecure-file-permissions
fs.chmodSync("/srv/mfo/uploads/contract.pdf", 0o600);
// ruleid: javascript-insecure-file-permissions
fs.writeFileSync("/tmp/report.csv", "iin;amount");
// ok: javascript-insecure-file-permissions
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mfo-"));
// ok: javascript-insecure-file-permissions
fs.writeFileSync(path.join(dir, "report.csv"), "iin;amount", { mode: 0o600 });
