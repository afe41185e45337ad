const ESAPI = require("node-esapi");
const escapeHtml = require("escape-html");

function showProfile(doc, res) {
  // ruleid: javascript-wrong-context-encoding
  doc.website = ESAPI.encoder().encodeForHTML(doc.website);
  // ok: javascript-wrong-context-encoding
  doc.firstName = ESAPI.encoder().encodeForHTML(doc.firstName);
  res.render("profile", doc);
}

function backLink(req, res) {
  // ruleid: javascript-wrong-context-encoding
  const returnUrl = escapeHtml(req.query.returnUrl);
  // ok: javascript-wrong-context-encoding
  const nextParam = encodeURIComponent(req.query.next);
  // ok: javascript-wrong-context-encoding
  const title = escapeHtml(req.query.title);
  // ruleid: javascript-wrong-context-encoding
  res.render("back", { title, href: escapeHtml(req.query.href), nextParam, returnUrl });
}

// ok: javascript-wrong-context-encoding
module.exports.redirect = function (req, res) {
  const label = escapeHtml(req.query.label);
  res.send(label);
};
