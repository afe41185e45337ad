const express = require("express");
const multer = require("multer");
const zlib = require("zlib");

const app = express();
// ruleid: javascript-unbounded-upload
const upload = multer({ dest: "/srv/uploads" });
// ok: javascript-unbounded-upload
const upload2 = multer({ dest: "/srv/uploads", limits: { fileSize: 10 * 1024 * 1024 } });
// ruleid: javascript-unbounded-upload
app.use(express.json({ limit: "2gb" }));
// ok: javascript-unbounded-upload
app.use(express.json({ limit: "100kb" }));

app.post("/statements", express.raw({ type: "application/gzip", limit: "5mb" }), (req, res) => {
  // ruleid: javascript-unbounded-upload
  const data = zlib.gunzipSync(req.body);
  // ok: javascript-unbounded-upload
  const data2 = zlib.gunzipSync(req.body, { maxOutputLength: 50 * 1024 * 1024 });
  res.json({ size: data.length + data2.length });
});
