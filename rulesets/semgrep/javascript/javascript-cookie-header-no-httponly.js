const http = require("http");

function login(req, res, sid) {
  // ruleid: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", "sessionId=" + sid + "; Path=/");
  // ruleid: javascript-cookie-header-no-httponly
  res.setHeader("set-cookie", `token=${sid}; Path=/; Secure`);
  // ruleid: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", [`auth=${sid}; Path=/`, "theme=dark"]);
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", `sessionId=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax`);
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", "theme=dark; Path=/");
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", `csrf_token=${sid}; Path=/`);
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", cookieLine);
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Content-Type", "sessionId=" + sid);
}

function head(res, sid) {
  // ruleid: javascript-cookie-header-no-httponly
  res.writeHead(302, { Location: "/", "Set-Cookie": "SID=" + sid });
  // ok: javascript-cookie-header-no-httponly
  res.writeHead(302, { Location: "/", "Set-Cookie": "SID=" + sid + "; HttpOnly" });
}

function headersObject(headers, response, token) {
  // ruleid: javascript-cookie-header-no-httponly
  headers["Set-Cookie"] = `refresh_token=${token}; Secure`;
  // ruleid: javascript-cookie-header-no-httponly
  response.headers.append("Set-Cookie", `access_token=${token}`);
  // ok: javascript-cookie-header-no-httponly
  response.headers.append("Set-Cookie", `access_token=${token}; Secure; HttpOnly`);
  // ok: javascript-cookie-header-no-httponly
  const seen = response.headers.get("Set-Cookie");
  return seen;
}

const cookie = require("cookie");
const { serialize } = require("cookie");

function serialized(req, res, sid, opts) {
  // ruleid: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", cookie.serialize("sessionId", sid, { secure: true, path: "/" }));
  // ruleid: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", [serialize("token", sid), serialize("theme", "dark")]);
  // ruleid: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", cookie.serialize("auth", sid, { httpOnly: false }));
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", cookie.serialize("sessionId", sid, { httpOnly: true, secure: true }));
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", cookie.serialize("sessionId", sid, opts));
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", cookie.serialize("sessionId", sid, { ...opts, path: "/" }));
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", cookie.serialize("xsrf_token", sid, { path: "/" }));
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", cookie.serialize("theme", "dark"));
}

function builtFirst(res, sid) {
  const line = cookie.serialize("refresh_token", sid, { secure: true });
  // ruleid: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", line);
}

function builtFirstFlagged(res, sid) {
  const line = cookie.serialize("refresh_token", sid, { secure: true, httpOnly: true });
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", line);
}

function concatenatedFirst(res, sid) {
  const c = "session=" + sid + "; Path=/; Secure";
  // ruleid: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", c);
}

function concatenatedFirstFlagged(res, sid) {
  const c = `session=${sid}; Path=/; Secure; HttpOnly`;
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", c);
}

function extendedLater(res, sid, prod) {
  let c = `session=${sid}; Path=/`;
  c += "; HttpOnly";
  // ok: javascript-cookie-header-no-httponly
  res.setHeader("Set-Cookie", c);
}
