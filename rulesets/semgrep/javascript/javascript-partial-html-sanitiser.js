function renderComment(input) {
  const html = input.replace(/\*\*(.*?)\*\*/g, "<strong>$1</strong>");
  // ruleid: javascript-partial-html-sanitiser
  return html.replace(/<script/gi, "&lt;script");
}

function stripScripts(html) {
  // ruleid: javascript-partial-html-sanitiser
  return html.replace(/<script.*?>.*?<\/script>/gi, "");
}

function stripScriptsAll(html) {
  // ruleid: javascript-partial-html-sanitiser
  return html.replaceAll("<script>", "").replaceAll("</script>", "");
}

function stripScriptRegExp(html) {
  // ruleid: javascript-partial-html-sanitiser
  return html.replace(new RegExp("<script[^>]*>[\\s\\S]*?</script>", "gi"), "");
}

function escapeAll(text) {
  // ok: javascript-partial-html-sanitiser
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function stripAllTags(text) {
  // ok: javascript-partial-html-sanitiser
  return text.replace(/<[^>]*>/g, "");
}

function countScripts(html) {
  // ok: javascript-partial-html-sanitiser
  return (html.match(/<script/gi) || []).length;
}

function cleaned(html) {
  // ok: javascript-partial-html-sanitiser
  return DOMPurify.sanitize(html, { FORBID_TAGS: ["script"] });
}

function inlineState(state) {
  // ok: javascript-partial-html-sanitiser
  return JSON.stringify(state).replace(/<\/script/gi, "<\\/script");
}
