const xpath = require("xpath");
const { DOMParser } = require("@xmldom/xmldom");

const doc = new DOMParser().parseFromString("<users/>", "text/xml");

// The expression assembled from the function's parameter.
function findUser(name) {
  // ruleid: javascript-xpath-built-from-parameter
  return xpath.select(`//user[username/text()='${name}']`, doc);
}

function findNode(root, id) {
  const expr = "//*[@ID='" + id + "']";
  // ruleid: javascript-xpath-built-from-parameter
  return xpath.select1(expr, root);
}

function findInPage(label) {
  // ruleid: javascript-xpath-built-from-parameter
  return document.evaluate(`//button[text()='${label}']`, document, null, 9, null);
}

// Constant expressions, a number, and a generic helper whose expression is the caller's.
function allUsers() {
  // ok: javascript-xpath-built-from-parameter
  return xpath.select("//user", doc);
}

function nthUser(n) {
  // ok: javascript-xpath-built-from-parameter
  return xpath.select(`//user[${Number(n)}]`, doc);
}

function selectAll(expression, node) {
  // ok: javascript-xpath-built-from-parameter
  return xpath.select(expression, node);
}

// Request handlers are javascript-ldap-xpath-injection's.
app.get("/user", (req, res) => {
  // ok: javascript-xpath-built-from-parameter
  res.send(xpath.select(`//user[username/text()='${req.query.name}']`, doc).toString());
});

// A math expression evaluator is no XPath.
function compute(formula, scope) {
  // ok: javascript-xpath-built-from-parameter
  return math.evaluate(`${formula} * 2`, scope);
}

// A value refused when it holds a quote cannot leave the quoted literal.
function findById(ref, root) {
  const id = ref.uri?.[0] === "#" ? ref.uri.substring(1) : ref.uri;
  if (id?.indexOf("'") !== -1) {
    throw new Error("quote in id");
  }
  // ok: javascript-xpath-built-from-parameter
  return xpath.select(`//*[@Id='${id}']`, root);
}

function findByName(name, root) {
  if (name.includes("'")) {
    return [];
  }
  // ok: javascript-xpath-built-from-parameter
  return xpath.select(`//*[@name='${name}']`, root);
}
