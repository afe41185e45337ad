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
