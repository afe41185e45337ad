const vm = require('vm')
const safeEval = require('notevil')

function order (body) {
  const sandbox = { safeEval, lines: body.lines }
  vm.createContext(sandbox)
  // ruleid: javascript-vm-sandbox-eval
  vm.runInContext('safeEval(lines)', sandbox, { timeout: 2000 })
}

function formula (input) {
  // ruleid: javascript-vm-sandbox-eval
  return vm.runInNewContext('eval(expr)', { expr: input })
}

function script (text) {
  // ruleid: javascript-vm-sandbox-eval
  return new vm.Script('new Function(src)()').runInNewContext({ src: text })
}

function constant () {
  // ok: javascript-vm-sandbox-eval
  return vm.runInNewContext('a + b', { a: 1, b: 2 })
}
