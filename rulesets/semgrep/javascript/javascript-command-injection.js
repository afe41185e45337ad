const { exec, execFile, spawn } = require("child_process");
const cp = require("child_process");
const express = require("express");

const app = express();

app.post("/documents/convert", (req, res) => {
  const name = req.body.fileName;
  // ruleid: javascript-command-injection
  exec("libreoffice --headless --convert-to pdf /data/uploads/" + name, () => {});
  // ruleid: javascript-command-injection
  cp.execSync(`pdftotext ${name} out.txt`);
  // ruleid: javascript-command-injection
  spawn("zip", ["-r", "out.zip", name], { shell: true });
  // ruleid: javascript-command-injection
  spawn("sh", ["-c", "gzip " + name]);
  // ok: javascript-command-injection
  execFile("pdftotext", [name, "out.txt"], () => {});
  // ok: javascript-command-injection
  spawn("zip", ["-r", "out.zip", name]);
  // ok: javascript-command-injection
  exec("systemctl reload nginx", () => {});
  // ok: javascript-command-injection
  const m = /^\d+$/.exec(req.body.amount);
  res.json({ m });
});
