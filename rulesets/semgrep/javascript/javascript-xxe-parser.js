const libxmljs = require("libxmljs");

function parseStatement(xml) {
  // ruleid: javascript-xxe-parser
  const doc = libxmljs.parseXml(xml, { noent: true });
  // ok: javascript-xxe-parser
  const doc2 = libxmljs.parseXml(xml, { noent: false, nonet: true });
  // ok: javascript-xxe-parser
  const doc3 = libxmljs.parseXml(xml);
  return [doc, doc2, doc3];
}

const libxml2 = require("libxmljs2");

function importStatements(body) {
  const parseOptions = {
    noent: true,
    dtdload: true,
  };
  // ruleid: javascript-xxe-parser
  const doc = libxml2.parseXml(body, parseOptions);
  return doc.find("//statement");
}

function importStatementsSafely(body) {
  const parseOptions = { noent: false, dtdload: false, nonet: true };
  // ok: javascript-xxe-parser
  const doc = libxml2.parseXml(body, parseOptions);
  return doc.find("//statement");
}

// Entity substitution switched by a value: on whenever the value is true.
function parseWithMode(xml, strict) {
  // ruleid: javascript-xxe-parser
  const doc = libxmljs.parseXmlString(xml, { noent: !strict });
  // ruleid: javascript-xxe-parser
  const doc2 = libxml2.parseXml(xml, { dtdload: allowDtd, nonet: true });
  // ok: javascript-xxe-parser
  const doc3 = libxml2.parseXml(xml, { noent: false, dtdload: false });
  return [doc, doc2, doc3];
}
