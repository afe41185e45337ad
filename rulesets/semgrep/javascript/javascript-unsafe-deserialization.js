const serialize = require("node-serialize");
const yaml = require("js-yaml");

function restore(cookie) {
  // ruleid: javascript-unsafe-deserialization
  return serialize.unserialize(Buffer.from(cookie, "base64").toString());
}

function loadConfig(text) {
  // ruleid: javascript-unsafe-deserialization
  const a = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
  // ok: javascript-unsafe-deserialization
  const b = yaml.load(text);
  // ok: javascript-unsafe-deserialization
  const c = JSON.parse(text);
  return [a, b, c];
}
