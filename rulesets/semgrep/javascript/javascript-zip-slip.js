const fs = require("fs");
const path = require("path");
const AdmZip = require("adm-zip");
const unzipper = require("unzipper");

function unpack(archive, dest) {
  const zip = new AdmZip(archive);
  for (const entry of zip.getEntries()) {
    const target = path.join(dest, entry.entryName);
    // ruleid: javascript-zip-slip
    fs.writeFileSync(target, entry.getData());
  }
}

function unpackChecked(archive, dest) {
  const root = path.resolve(dest);
  const zip = new AdmZip(archive);
  for (const entry of zip.getEntries()) {
    const target = path.resolve(root, entry.entryName);
    if (!target.startsWith(root + path.sep)) throw new Error("bad entry");
    // ok: javascript-zip-slip
    fs.writeFileSync(target, entry.getData());
    // ok: javascript-zip-slip
    fs.writeFileSync(path.join(root, path.basename(entry.entryName)), entry.getData());
  }
}

function stream(input, dest) {
  input.pipe(unzipper.Parse()).on("entry", (entry) => {
    // ruleid: javascript-zip-slip
    entry.pipe(fs.createWriteStream(path.join(dest, entry.path)));
  });
}

function save(report, dest) {
  // ok: javascript-zip-slip
  fs.writeFileSync(path.join(dest, "report.json"), JSON.stringify(report));
}
