const ejs = require("ejs");
const pug = require("pug");
const jade = require("jade");
const Handlebars = require("handlebars");
const nunjucks = require("nunjucks");
const doT = require("dot");
const dust = require("dustjs-linkedin");
const _ = require("lodash");
const Vue = require("vue");

const PAGE = "<h1><%= title %></h1>";

function offerPage(name) {
  const source = "<p>Dear " + name + ", your limit is <%= limit %></p>";
  // ruleid: javascript-template-from-built-string
  return ejs.render(source, { limit: 100000 });
}

function greeting(input) {
  // ruleid: javascript-template-from-built-string
  return nunjucks.renderString(`<p>Hello ${input}</p>`, {});
}

function badge(label) {
  // ruleid: javascript-template-from-built-string
  const fn = pug.compile("p Hello " + label);
  return fn({});
}

function legacyBadge(label) {
  var template = `
doctype
html
body
    p Hello ` + label;
  // ruleid: javascript-template-from-built-string
  var fn = jade.compile(template);
  return fn({});
}

function card(title) {
  let tpl = `<h2>${title}</h2>{{body}}`;
  // ruleid: javascript-template-from-built-string
  return Handlebars.compile(tpl)({ body: "" });
}

function dotCard(name) {
  var template = `<p>Hello ` + name + `</p>`;
  // ruleid: javascript-template-from-built-string
  var tempFn = doT.template(template);
  return tempFn({});
}

function dustCard(name) {
  var template = "<p>Hello " + name + "</p>";
  // ruleid: javascript-template-from-built-string
  var compiled = dust.compile(template, "hello");
  dust.loadSource(compiled);
}

function lodashCard(name) {
  // ruleid: javascript-template-from-built-string
  return _.template("<b>" + name + "</b>")({});
}

function vuePage(input) {
  var pre_template = `<div><p>Hello ` + input + `</p></div>`;
  // ruleid: javascript-template-from-built-string
  var app = new Vue({ template: pre_template });
  return app;
}

function vueInline(input) {
  // ruleid: javascript-template-from-built-string
  return new Vue({ template: `<p>${input}</p>`, data: {} });
}

function constantPage() {
  // ok: javascript-template-from-built-string
  return ejs.render(PAGE, { title: "Offers" });
}

function literalTemplate(name) {
  // ok: javascript-template-from-built-string
  return nunjucks.renderString("<p>Hello {{ name }}</p>", { name });
}

function joinedConstants() {
  const source = "<h1>" + "<%= title %>" + "</h1>";
  // ok: javascript-template-from-built-string
  return ejs.render(source, { title: "Offers" });
}

function plainLiteral() {
  // ok: javascript-template-from-built-string
  return pug.render(`p Hello #{name}`, { name: "Aigerim" });
}

function fromFile(fs, path) {
  const source = fs.readFileSync(path, "utf8");
  // ok: javascript-template-from-built-string
  return Handlebars.compile(source);
}

function renderFile(name, res) {
  // ok: javascript-template-from-built-string
  return ejs.renderFile("views/" + name + ".ejs", {}, () => res.end());
}

function vueConstant() {
  // ok: javascript-template-from-built-string
  return new Vue({ template: "<p>{{ message }}</p>", data: { message: "hi" } });
}

// Found on production code: the template call inside a larger concatenation or template
// literal, and a constant template text extended with more constant text
function ddl(query, values, settings) {
  let commentStr = "";
  // ok: javascript-template-from-built-string
  commentStr += _.template(query, settings)(values);
  // ok: javascript-template-from-built-string
  return `${_.template(query, settings)(values).trim()};${commentStr}`;
}

function indexesQuery(schema, settings) {
  let sql = "SELECT NAME FROM SYSIBM.SYSINDEXES WHERE TBNAME = <%= tableName %>";
  if (schema) {
    sql = `${sql} AND TBCREATOR = <%= schemaName %>`;
  }
  sql = sql + " ORDER BY NAME;";
  // ok: javascript-template-from-built-string
  return _.template(sql, settings)({ tableName: "t" });
}

function filteredQuery(name, settings) {
  let sql = "SELECT NAME FROM T WHERE 1 = 1";
  sql = `${sql} AND OWNER = '${name}'`;
  // ruleid: javascript-template-from-built-string
  return _.template(sql, settings)({});
}
