function profile (user) {
  const code = user.username.substring(2, user.username.length - 1)
  // ruleid: javascript-eval-non-literal
  return eval(code)
}

function calc (expr) {
  // ruleid: javascript-eval-non-literal
  return eval('(' + expr + ')')
}

function literal () {
  // ok: javascript-eval-non-literal
  return eval('1 + 1')
}

function parsed (text) {
  // ok: javascript-eval-non-literal
  return JSON.parse(text)
}
