const swig = require("swig");
const nunjucks = require("nunjucks");
const Handlebars = require("handlebars");

// ruleid: javascript-template-autoescape-disabled
swig.setDefaults({ autoescape: false, cache: "memory" });
// ok: javascript-template-autoescape-disabled
swig.setDefaults({ autoescape: true, cache: "memory" });
// ruleid: javascript-template-autoescape-disabled
nunjucks.configure("views", { autoescape: false });
// ok: javascript-template-autoescape-disabled
nunjucks.configure("views", { autoescape: true });
// ruleid: javascript-template-autoescape-disabled
const reminder = Handlebars.compile(source, { noEscape: true });
// ok: javascript-template-autoescape-disabled
const receipt = Handlebars.compile(source);
