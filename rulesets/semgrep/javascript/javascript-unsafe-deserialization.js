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

// js-yaml 3: safeLoad given the full schema is load with it; the options held in a variable
function loadStored(text) {
  // ruleid: javascript-unsafe-deserialization
  const a = yaml.safeLoad(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
  const unsafeConfig = { schema: yaml.DEFAULT_FULL_SCHEMA };
  // ruleid: javascript-unsafe-deserialization
  const b = yaml.safeLoad(text, unsafeConfig);
  // ruleid: javascript-unsafe-deserialization
  const c = yaml.loadAll(text, unsafeConfig);
  const safeConfig = { schema: yaml.JSON_SCHEMA };
  // ok: javascript-unsafe-deserialization
  const d = yaml.safeLoad(text, safeConfig);
  // ok: javascript-unsafe-deserialization
  const e = yaml.safeLoad(text);
  return [a, b, c, d, e];
}

// The function taken out of the module by destructuring.
const { unserialize } = require("node-serialize");
const { deepDeserialize: revive } = require("funcster");

function restoreProfile(raw) {
  // ruleid: javascript-unsafe-deserialization
  const profile = unserialize(raw);
  // ruleid: javascript-unsafe-deserialization
  const job = revive(JSON.parse(raw));
  return [profile, job];
}

// json2's fallback parser (old browsers without JSON.parse): the text is evaluated only after the
// validating regular expressions leave nothing but JSON punctuation, so no code can be in it.
function parseOfferJson(text) {
  var offer;
  if (
    /^[\],:{}\s]*$/.test(
      text
        .replace(/\\["\\\/bfnrtu]/g, "@")
        .replace(/"[^"\\\n\r]*"|true|false|null|-?\d+(?:\.\d*)?(?:[eE][+\-]?\d+)?/g, "]")
        .replace(/(?:^|:|,)(?:\s*\[)+/g, "")
    )
  ) {
    // ok: javascript-unsafe-deserialization
    offer = eval("(" + text + ")");
  }
  return offer;
}

// the same guard in a minified library: `test(...) && (r = eval(...), ...)`
function readLoanTerms(a) {
  var c;
  // ok: javascript-unsafe-deserialization
  /^[\],:{}\s]*$/.test(a.replace(/\\["\\\/bfnrtu]/g, "@").replace(/"[^"\\\n\r]*"|true|false|null|-?\d+(?:\.\d*)?(?:[eE][+\-]?\d+)?/g, "]").replace(/(?:^|:|,)(?:\s*\[)+/g, "")) && (c = eval("(" + a + ")"), c);
  return c;
}

// another test before the eval is no validation of the text
function readRepaymentPlan(a) {
  var plan;
  if (/^[\w\s]*$/.test(a.name)) {
    // ruleid: javascript-unsafe-deserialization
    plan = eval("(" + a.body + ")");
  }
  // a test of the same text that allows letters and parentheses is no JSON check
  if (/^[\w\s(){}]*$/.test(a.body)) {
    // ruleid: javascript-unsafe-deserialization
    plan = eval("(" + a.body + ")");
  }
  // a guard over another value leaves this one unchecked
  if (/^[\],:{}\s]*$/.test(a.name.replace(/"[^"\\\n\r]*"/g, "]"))) {
    // ruleid: javascript-unsafe-deserialization
    plan = eval("(" + a.body + ")");
  }
  return plan;
}
