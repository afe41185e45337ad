// Configuration read from the environment, with a value written in the code when it is missing.
module.exports = {
  port: Number(process.env.PORT || 3000),
  // ruleid: javascript-secret-env-fallback
  sessionSecret: process.env.SESSION_SECRET || "fake-default-session-secret-for-local-demo",
  // ruleid: javascript-secret-env-fallback
  jwtKey: process.env.JWT_SIGNING_KEY ?? "dev-signing-key",
  // ok: javascript-secret-env-fallback
  sessionName: process.env.SESSION_NAME || "sid",
  // ok: javascript-secret-env-fallback
  tokenTtl: process.env.TOKEN_TTL || "15m",
  // ok: javascript-secret-env-fallback
  apiKey: process.env.PARTNER_API_KEY || "",
  // ok: javascript-secret-env-fallback
  appBaseUrl: process.env.APP_BASE_URL || "http://localhost:3000",
};

// ruleid: javascript-secret-env-fallback
const JWT_SECRET = process.env.JWT_SECRET || "changeme";
// ok: javascript-secret-env-fallback
const DB_PASSWORD = process.env.DB_PASSWORD;
// ok: javascript-secret-env-fallback
const secretFile = process.env.SECRET_FILE || "/run/secrets/app";
