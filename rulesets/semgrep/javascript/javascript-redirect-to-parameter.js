function loginSuccess(redirectPage, res) {
  if (redirectPage) {
    // ruleid: javascript-redirect-to-parameter
    return res.redirect(redirectPage)
  }
  return res.redirect('/admin')
}

const finish = (res, returnTo) => {
  // ruleid: javascript-redirect-to-parameter
  res.redirect(302, returnTo)
}

function afterLogout(ctx, redirectUrl) {
  // ruleid: javascript-redirect-to-parameter
  ctx.redirect(redirectUrl)
}

function safeRedirect(res, returnTo) {
  if (!isSafeLocalPath(returnTo)) {
    return res.redirect('/')
  }
  // ok: javascript-redirect-to-parameter
  return res.redirect(returnTo)
}

function relativeOnly(res, redirectUrl) {
  if (redirectUrl.startsWith('/') && !redirectUrl.startsWith('//')) {
    // ok: javascript-redirect-to-parameter
    return res.redirect(redirectUrl)
  }
  res.redirect('/')
}

function toPage(res, page) {
  // ok: javascript-redirect-to-parameter
  res.redirect('/docs/' + page)
}

function fixed(res, status) {
  // ok: javascript-redirect-to-parameter
  res.redirect('/home')
}
