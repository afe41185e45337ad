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

// Express's res.sendFile without `root` hands the path to `send`, which answers 403 to any path
// holding a `..` segment. A request value appended by string concatenation after a fixed
// directory and a separator therefore cannot leave that directory. path.join, path.resolve and
// path.normalize remove the `..` segments before `send` sees them, and a request value at the
// head of the path chooses the directory itself.
app.get("/download", (req, res) => {
  // ok: javascript-path-traversal
  res.sendFile(UPLOADS + "/" + req.query.file);
});

app.get("/static/:filename", (req, res, next) => {
  const file = __dirname + "/static/" + req.params.filename;
  // ok: javascript-path-traversal
  res.sendFile(file, (err) => err && next(err));
});

app.get("/static2/:filename", (req, res) => {
  // ok: javascript-path-traversal
  res.sendFile(`${UPLOADS}/${req.params.filename}`);
});

app.get("/joined/:filename", (req, res) => {
  const file = path.join(__dirname, "static", req.params.filename);
  // ruleid: javascript-path-traversal
  res.sendFile(file);
  // ruleid: javascript-path-traversal
  res.sendFile(path.resolve(UPLOADS + "/" + req.params.filename));
});

app.get("/whole", (req, res) => {
  // ruleid: javascript-path-traversal
  res.sendFile(req.query.file);
  // the directory is the client's
  // ruleid: javascript-path-traversal
  res.sendFile(req.query.dir + "/" + "statement.pdf");
  const base = req.query.dir;
  // reported at the directory part of the concatenation
  // ruleid: javascript-path-traversal
  const file = base + "/" + "statement.pdf";
  res.sendFile(file, (err) => err && res.sendStatus(404));
});

// res.download resolves the path (path.resolve) before it calls sendFile: the `..` are gone.
app.get("/attachment/:name", (req, res) => {
  // ruleid: javascript-path-traversal
  res.download(UPLOADS + "/" + req.params.name);
});

// The joined path resolved and compared with the directory before use.
app.get("/checked/:name", (req, res) => {
  const full = path.resolve(UPLOADS, req.params.name);
  if (!full.startsWith(UPLOADS + path.sep)) {
    return res.sendStatus(403);
  }
  // ok: javascript-path-traversal
  res.sendFile(full);
});

app.get("/checked4/:name", async (req, res) => {
  const joined = path.join(UPLOADS, req.params.name);
  if (joined.startsWith(UPLOADS + path.sep)) {
    // ok: javascript-path-traversal
    res.sendFile(joined);
  }
  const real = await fs.promises.realpath(path.join(UPLOADS, req.query.name));
  if (!real.startsWith(UPLOADS + path.sep)) {
    return res.sendStatus(403);
  }
  // ok: javascript-path-traversal
  fs.createReadStream(real).pipe(res);
});

// An array joined into a string is not a resolved path.
app.get("/checked5/:name", (req, res) => {
  const joined = [UPLOADS, req.params.name].join("/");
  if (!joined.startsWith(UPLOADS)) {
    return res.sendStatus(403);
  }
  // ruleid: javascript-path-traversal
  fs.createReadStream(joined).pipe(res);
});

app.get("/checked2/:name", (req, res) => {
  const full = path.join(UPLOADS, req.params.name);
  if (!isChildPath(UPLOADS, full)) {
    return res.sendStatus(404);
  }
  // ok: javascript-path-traversal
  fs.createReadStream(full).pipe(res);
});

// A prefix check on a path that was never normalised proves nothing: it always holds.
app.get("/checked3/:name", (req, res) => {
  const full = UPLOADS + "/" + req.params.name;
  if (!full.startsWith(UPLOADS)) {
    return res.sendStatus(403);
  }
  // ruleid: javascript-path-traversal
  fs.createReadStream(full).pipe(res);
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

// An uploaded file's `path` (multer, connect-multiparty), `filepath` (formidable) and
// `tempFilePath` (express-fileupload) are the temporary files the upload middleware chose on the
// server; its client-chosen name is `originalname` / `originalFilename` / `name`.
app.post("/statements", upload.single("statement"), async (req, res) => {
  try {
    // ok: javascript-path-traversal
    const text = await fs.promises.readFile(req.file.path, "utf8");
    res.json({ lines: text.split("\n").length });
  } finally {
    // ok: javascript-path-traversal
    fs.unlinkSync(req.file.path);
  }
});

app.post("/statements/batch", upload.array("statements"), async (req, res) => {
  for (const statement of req.files) {
    // ok: javascript-path-traversal
    await fs.promises.unlink(statement.path);
  }
  const passport = req.files.passport;
  // ok: javascript-path-traversal
  fs.createReadStream(passport.tempFilePath).pipe(res);
});

app.post("/statements/import", (req, res) => {
  const form = formidable({});
  form.parse(req, async (err, fields, files) => {
    const file = files.statement[0];
    // ok: javascript-path-traversal
    const csv = await fs.promises.readFile(file.filepath, "utf8");
    res.json({ size: csv.length });
  });
});

app.post("/statements/keep", upload.single("statement"), (req, res) => {
  // ruleid: javascript-path-traversal
  fs.writeFileSync(UPLOADS + "/" + req.file.originalname, req.body.note);
  res.sendStatus(201);
});

app.post("/statements/open", (req, res) => {
  // ruleid: javascript-path-traversal
  fs.createReadStream(req.body.file.path).pipe(res);
});

app.post("/statements/open2", (req, res) => {
  const statement = req.body.statement;
  // ruleid: javascript-path-traversal
  fs.createReadStream(statement.path).pipe(res);
});

app.post("/statements/open3", (req, res) => {
  const file = req.body.file;
  // ruleid: javascript-path-traversal
  fs.createReadStream(file.path).pipe(res);
});

// A request value given to a function named for sanitizing a path or file name is reduced by it;
// a function named for something else is not.
app.get("/statements/file/:file", (req, res) => {
  const file = sanitizePathname(req.params.file);
  // ok: javascript-path-traversal
  res.sendFile(path.join(STATEMENTS_DIR, file));
  const name = sanitize_file_name(req.query.name);
  // ok: javascript-path-traversal
  fs.readFile(path.join(STATEMENTS_DIR, name), () => {});
  const other = normalizeName(req.query.other);
  // ruleid: javascript-path-traversal
  res.sendFile(path.join(STATEMENTS_DIR, other));
});

// A storage provider's download({ id, ... }) fetches a file by its id from the provider's API:
// Express's res.download takes a path, never an options object as its first argument.
app.get("/remote/:id", async (req, res) => {
  const { id } = req.params;
  // ok: javascript-path-traversal
  const stream = await provider.download({ id, query: req.query });
  stream.pipe(res);
});

app.get("/statement/:name", (req, res) => {
  // ruleid: javascript-path-traversal
  res.download(req.params.name, { root: undefined });
  // ruleid: javascript-path-traversal
  res.download(`/srv/statements/${req.params.name}`);
});

// A plain Node http server has no req.query: its handlers parse the query out of req.url
// (url.parse(req.url, true).query, new URL(req.url, base).searchParams). The path part
// (pathname) is not taken from these forms.
http.createServer((req, res) => {
  const query = url.parse(req.url, true).query;
  // ruleid: javascript-path-traversal
  fs.readFile(query.statement, (err, data) => res.end(data));
  const parsed = url.parse(req.url, true);
  // ruleid: javascript-path-traversal
  fs.createReadStream(path.join(STATEMENTS_DIR, parsed.query.file)).pipe(res);
  const address = new URL(req.url, "http://localhost");
  // ruleid: javascript-path-traversal
  fs.readFileSync(address.searchParams.get("export"));
  // ruleid: javascript-path-traversal
  fs.readFile(new URL(request.url, base).searchParams.get("name"), () => {});
  // ok: javascript-path-traversal
  fs.readFile(path.join(PUBLIC_DIR, "index.html"), () => {});
  const settings = url.parse(config.statementsUrl, true).query;
  // ok: javascript-path-traversal
  fs.readFile(settings.folder, () => {});
});
