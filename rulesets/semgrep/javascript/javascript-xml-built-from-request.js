const express = require("express");
const libxml = require("libxmljs2");
const escapeXml = require("xml-escape");

const app = express();

app.post("/profile/export", (req, res) => {
  const login = req.body.login || "guest";
  const about = req.body.about;
  const xml = `
    <profile>
      <!-- ruleid: javascript-xml-built-from-request -->
      <login>${login}</login>
      <role>client</role>
      <!-- ok: javascript-xml-built-from-request -->
      <about>${escapeXml(about)}</about>
    </profile>`;
  res.set("Content-Type", "application/xml");
  res.send(xml);
});

app.post("/soap/lookup", (req, res) => {
  const doc = libxml.parseXml(req.body);
  const account = doc.get("//account").text();
  const status = "active";
  const envelope = `<?xml version="1.0" encoding="UTF-8"?>
<Envelope>
  <Body>
    <!-- ruleid: javascript-xml-built-from-request -->
    <account>${account}</account>
    <!-- ok: javascript-xml-built-from-request -->
    <status>${status}</status>
  </Body>
</Envelope>`;
  res.type("application/xml").send(envelope);
});

app.get("/greeting", (req, res) => {
  // ok: javascript-xml-built-from-request
  const text = `Hello ${req.query.name}`;
  res.type("text/plain").send(text.length.toString());
});
