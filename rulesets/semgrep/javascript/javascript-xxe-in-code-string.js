const vm = require('vm')
const libxml = require('libxmljs2')

function upload (data) {
  const sandbox = { libxml, data }
  vm.createContext(sandbox)
  // ruleid: javascript-xxe-in-code-string
  return vm.runInContext('libxml.parseXml(data, { noblanks: true, noent: true })', sandbox)
}

function uploadSafe (data) {
  const sandbox = { libxml, data }
  vm.createContext(sandbox)
  // ok: javascript-xxe-in-code-string
  return vm.runInContext('libxml.parseXml(data, { noblanks: true })', sandbox)
}

function describe () {
  // ok: javascript-xxe-in-code-string
  return 'noent: true makes the parser expand entities'
}
