const redirectAllowlist = new Set(['https://partner.example/pay', 'https://bank.example'])

function isAllowedLoop (url) {
  let ok = false
  for (const allowedUrl of redirectAllowlist) {
    // ruleid: javascript-url-allowlist-substring
    ok = ok || url.includes(allowedUrl)
  }
  return ok
}

function isAllowedSome (redirectUrl) {
  // ruleid: javascript-url-allowlist-substring
  return [...redirectAllowlist].some((entry) => redirectUrl.indexOf(entry) !== -1)
}

function isTrusted (req) {
  // ruleid: javascript-url-allowlist-substring
  return req.query.returnUrl.includes(config.trustedHost)
}

function isAllowedOrigin (url) {
  // ok: javascript-url-allowlist-substring
  return redirectAllowlist.has(new URL(url).origin)
}

function hasQuery (url) {
  // ok: javascript-url-allowlist-substring
  return url.includes('?')
}

function listsTag (tags, wanted) {
  // ok: javascript-url-allowlist-substring
  return tags.includes(wanted)
}
