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

// The filter string is built first and handed to a directory helper later.
app.get("/staff/find", (req, res) => {
  const login = req.query.login;
  // ruleid: javascript-ldap-xpath-injection
  const filter = "(&(objectClass=person)(sAMAccountName=" + login + "))";
  // ok: javascript-ldap-xpath-injection
  const label = "(uid=" + "operator" + ")";
  directory.lookup(filter, label).then((r) => res.json(r));
});

app.get("/staff/find2", (req, res) => {
  // ok: javascript-ldap-xpath-injection
  const filter = "(uid=" + escapeLdap(req.query.login) + ")";
  // ok: javascript-ldap-xpath-injection
  const note = "Requested by " + req.query.login;
  directory.lookup(filter, note).then((r) => res.json(r));
});
