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

const fsPromise = require("fs").promises;

app.post("/documents", (req, res) => {
  const scan = req.files.scan;
  const target = UPLOADS + "/" + req.user.id + "/" + scan.name;
  // ruleid: javascript-path-traversal
  scan.mv(target, (err) => res.sendStatus(err ? 500 : 201));
});

app.post("/documents2", (req, res) => {
  const scan = req.files.scan;
  const target = path.join(UPLOADS, req.user.id, path.basename(scan.name));
  // ok: javascript-path-traversal
  scan.mv(target, (err) => res.sendStatus(err ? 500 : 201));
});

// GraphQL resolvers: (parent, args, context, info), args come from the client's query
const resolvers = {
  Mutation: {
    saveNote: async (parent, args, context, info) => {
      const notePath = UPLOADS + "/" + context.user + "/" + args.fileName;
      // ruleid: javascript-path-traversal
      await fsPromise.writeFile(notePath, args.text);
      return { notePath };
    },
    saveNoteSafely: async (parent, args, context, info) => {
      const notePath = path.join(UPLOADS, context.user, path.basename(args.fileName));
      // ok: javascript-path-traversal
      await fsPromise.writeFile(notePath, args.text);
      return { notePath };
    },
  },
};
