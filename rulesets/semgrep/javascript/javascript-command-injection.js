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

// Without a shell the arguments cannot inject a command, but the program named can be any one.
app.post("/tools/run", (req, res) => {
  const [program, ...args] = req.query.command.split(" ");
  // ruleid: javascript-command-injection
  spawn(program, args);
  // ruleid: javascript-command-injection
  spawn(req.body.tool, ["--version"]);
  // ruleid: javascript-command-injection
  execFile(req.body.converter, ["in.doc", "out.pdf"], () => {});
  // ruleid: javascript-command-injection
  cp.spawnSync(req.query.bin, []);
  // ruleid: javascript-command-injection
  cp.execFileSync(req.query.bin);
  // ok: javascript-command-injection
  spawn("pdftotext", args);
  // ok: javascript-command-injection
  cp.execFile("/usr/bin/convert", [req.body.input, "out.png"], () => {});
  res.json({ program });
});

// exec turned into a promise by util.promisify keeps the shell: the bound name is the sink.
const execAsync = promisify(exec);
const run = util.promisify(childProcess.exec);
router.get("/ping", async (ctx) => {
  const { host } = ctx.query;
  // ruleid: javascript-command-injection
  const { stdout } = await execAsync(`ping -c 3 ${host}`);
  // ruleid: javascript-command-injection
  await run("ls -la " + ctx.query.path);
  // ok: javascript-command-injection
  await execAsync("uptime");
  // ok: javascript-command-injection
  await execAsync(`ping -c 3 ${parseInt(ctx.query.count)}`);
  ctx.body = { stdout };
});
const execFileAsync = promisify(execFile);
router.get("/convert", async (ctx) => {
  // ok: javascript-command-injection
  await execFileAsync("convert", [ctx.query.input, "out.png"]);
  // ok: javascript-command-injection
  await Promise.resolve(ctx.query.path);
});

// A plain Node http server: the query parsed out of req.url.
http.createServer((req, res) => {
  const query = url.parse(req.url, true).query;
  // ruleid: javascript-command-injection
  exec("pdftotext " + query.file, (err, out) => res.end(out));
  const params = new URL(req.url, "http://localhost").searchParams;
  // ruleid: javascript-command-injection
  execSync(`zip -r backup.zip ${params.get("folder")}`);
  const { pathname } = url.parse(req.url);
  // ok: javascript-command-injection
  execSync("ls " + STATIC_DIR);
});
