// Access-control middleware of a made-up lending back office.

function requireBranchPermission(permission) {
  return (req, res, next) => {
    // X-Requested-With is set by the client: any request can claim to be ajax
    // ruleid: javascript-access-check-skipped-for-ajax
    if (req.xhr) return next();
    if (!req.user || !req.user.permissions.includes(permission)) {
      return res.status(403).send('denied');
    }
    return next();
  };
}

const checkLoanOfficerRole = (req, res, next) => {
  // ruleid: javascript-access-check-skipped-for-ajax
  if (req.headers['x-requested-with'] === 'XMLHttpRequest') {
    return next();
  }
  if (req.session.role !== 'loan_officer') {
    return res.redirect('/denied');
  }
  next();
};

module.exports.adminOnly = function adminOnly(req, res, next) {
  // ruleid: javascript-access-check-skipped-for-ajax
  if (req.get('X-Requested-With') === 'XMLHttpRequest' || req.accepts('json') === 'json') {
    next();
    return;
  }
  if (!req.user.isAdmin) return res.sendStatus(403);
  next();
};

// Koa
async function aclMiddleware(ctx, next) {
  // ruleid: javascript-access-check-skipped-for-ajax
  if (ctx.get('x-requested-with')) {
    return await next();
  }
  ctx.assert(ctx.state.user && ctx.state.user.canApprove, 403);
  await next();
}

function requireAdmin(req, res, next) {
  // an ajax caller gets a JSON refusal instead of a redirect: nothing is skipped
  // ok: javascript-access-check-skipped-for-ajax
  if (req.xhr) {
    if (!req.user.isAdmin) return res.status(403).json({ message: 'Forbidden' });
    return next();
  }
  if (!req.user.isAdmin) return res.redirect('/login');
  next();
}

function requireRole(role) {
  return (req, res, next) => {
    // only the answer differs for ajax callers; the check runs for every request
    // ok: javascript-access-check-skipped-for-ajax
    if (!req.xhr) {
      return hasRole(req.user, role) ? next() : res.redirect('/denied');
    }
    return hasRole(req.user, role) ? next() : res.status(403).end();
  };
}

// not an access check: a middleware choosing a layout
function renderLayout(req, res, next) {
  // ok: javascript-access-check-skipped-for-ajax
  if (req.xhr) return next();
  res.locals.layout = 'main';
  next();
}

// an access check skipped for a path the application serves publicly is not this class
function permissionCheck(req, res, next) {
  // ok: javascript-access-check-skipped-for-ajax
  if (req.path === '/health') return next();
  if (!req.user) return res.sendStatus(401);
  next();
}
