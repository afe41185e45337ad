const express = require("express");
const ldap = require("ldapjs");
const xpath = require("xpath");

const app = express();
const client = ldap.createClient({ url: "ldaps://dc.example.kz" });

app.post("/staff/login", (req, res) => {
  // ruleid: javascript-ldap-xpath-injection
  client.search("ou=staff,dc=example,dc=kz", { filter: `(uid=${req.body.login})`, scope: "sub" }, () => {});
  // ok: javascript-ldap-xpath-injection
  client.search("ou=staff,dc=example,dc=kz", { filter: new ldap.EqualityFilter({ attribute: "uid", value: req.body.login }) }, () => {});
  res.end();
});

app.get("/xml/client", (req, res) => {
  // ruleid: javascript-ldap-xpath-injection
  const nodes = xpath.select("//client[@iin='" + req.query.iin + "']", doc);
  // ok: javascript-ldap-xpath-injection
  const all = xpath.select("//client", doc);
  res.json([nodes.length, all.length]);
});
