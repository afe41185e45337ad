async function confirmOtp(code) {
  const res = await fetch("/api/otp", { method: "POST", body: JSON.stringify({ code }) });
  const body = await res.json();
  // ruleid: javascript-token-in-web-storage
  localStorage.setItem("authToken", body.token);
  // ruleid: javascript-token-in-web-storage
  localStorage.setItem(STORAGE_KEYS.REFRESH, body.refreshToken);
  // ruleid: javascript-token-in-web-storage
  localStorage.jwt = body.jwt;
  // ruleid: javascript-token-in-web-storage
  sessionStorage["session"] = body.session;
  // ruleid: javascript-token-in-web-storage
  localStorage.setItem("auth", JSON.stringify({ token: body.token, user: body.user }));
  // ok: javascript-token-in-web-storage
  localStorage.setItem("user", JSON.stringify(body.user));
  // ok: javascript-token-in-web-storage
  localStorage.setItem("lang", body.lang);
  // the expiry time and a CSRF token are not credentials
  // ok: javascript-token-in-web-storage
  localStorage.setItem("tokenExpiresAt", String(body.expiresAt));
  // ok: javascript-token-in-web-storage
  sessionStorage.setItem("csrfToken", body.csrf);
  // ok: javascript-token-in-web-storage
  localStorage.setItem("sessionCount", "1");
  // ok: javascript-token-in-web-storage
  localStorage.setItem("authToken", "");
}

function logout() {
  // ok: javascript-token-in-web-storage
  localStorage.removeItem("authToken");
  // ok: javascript-token-in-web-storage
  localStorage.token = null;
}
