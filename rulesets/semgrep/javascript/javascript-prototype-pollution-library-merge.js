const _ = require('lodash');
const merge = require('deepmerge');
const $ = require('jquery');

function addMessage(req, res) {
  const message = { icon: 'x' };
  // ruleid: javascript-prototype-pollution-library-merge
  _.merge(message, req.body.message, { id: 1 });
  res.send({ ok: true });
}

function settings(req, res) {
  const prefs = req.body.prefs;
  // ruleid: javascript-prototype-pollution-library-merge
  const merged = _.defaultsDeep({}, prefs, DEFAULTS);
  // ruleid: javascript-prototype-pollution-library-merge
  _.set(config, req.query.path, req.query.value);
  res.json(merged);
}

function legacy(req, res) {
  // ruleid: javascript-prototype-pollution-library-merge
  $.extend(true, options, req.body);
  // ruleid: javascript-prototype-pollution-library-merge
  res.json(merge(base, req.body));
}

function fixedKeys(req, res) {
  // ok: javascript-prototype-pollution-library-merge
  _.merge(message, { text: String(req.body.text) });
  // ok: javascript-prototype-pollution-library-merge
  _.merge(message, DEFAULTS);
  // ok: javascript-prototype-pollution-library-merge
  Object.assign(message, req.body.message);
  // ok: javascript-prototype-pollution-library-merge
  $.extend(options, req.body);
  // ok: javascript-prototype-pollution-library-merge
  _.set(config, 'theme', req.body.theme);
}

// A body field holding JSON text is parsed into the object that is merged.
function checkUser(req, res) {
  let config = {};
  // ruleid: javascript-prototype-pollution-library-merge
  lodash.defaultsDeep(config, JSON.parse(req.body.config));
  const prefs = JSON.parse(req.query.prefs);
  // ruleid: javascript-prototype-pollution-library-merge
  _.merge(config, prefs);
  // ok: javascript-prototype-pollution-library-merge
  _.merge(config, JSON.parse(DEFAULT_CONFIG));
  res.send('ok');
}
