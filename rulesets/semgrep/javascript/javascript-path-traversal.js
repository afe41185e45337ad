const express = require("express");
const fs = require("fs");
const path = require("path");

const app = express();
const UPLOADS = "/srv/mfo/uploads";

app.get("/contracts/:name", (req, res) => {
  // ruleid: javascript-path-traversal
  const data = fs.readFileSync(path.join(UPLOADS, req.params.name));
  // ok: javascript-path-traversal
  const data2 = fs.readFileSync(path.join(UPLOADS, path.basename(req.params.name)));
  // ok: javascript-path-traversal
  const terms = fs.readFileSync(path.join(UPLOADS, "terms.pdf"));
  res.send(Buffer.concat([data, data2, terms]));
});

app.get("/download", (req, res) => {
  // ruleid: javascript-path-traversal
  res.sendFile(UPLOADS + "/" + req.query.file);
});

app.get("/download2", (req, res) => {
  // ok: javascript-path-traversal
  res.sendFile(req.query.file, { root: UPLOADS });
});

app.delete("/contracts/:name", async (req, res) => {
  // ruleid: javascript-path-traversal
  await fs.promises.unlink(`${UPLOADS}/${req.params.name}`);
  res.sendStatus(204);
});
