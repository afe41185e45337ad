const loginForm = document.getElementById("login-form");

loginForm.addEventListener("submit", (e) => {
  e.preventDefault();
  const phone = document.getElementById("phone").value.trim();
  const password = document.getElementById("password").value;
  if (document.getElementById("remember").checked) {
    // ok: javascript-credentials-in-web-storage
    localStorage.setItem("phone", phone);
    // ruleid: javascript-credentials-in-web-storage
    localStorage.setItem("password", password);
    // ruleid: javascript-credentials-in-web-storage
    window.localStorage.setItem(REMEMBER_KEY, document.getElementById("password").value);
  }
  // ok: javascript-credentials-in-web-storage
  localStorage.setItem("rememberPassword", "true");
  // ok: javascript-credentials-in-web-storage
  localStorage.removeItem("password");
});

function savePin(pin, pinHash) {
  // ruleid: javascript-credentials-in-web-storage
  sessionStorage.setItem("pin_hash", pinHash);
  // ruleid: javascript-credentials-in-web-storage
  localStorage.quickPin = pin;
  // ok: javascript-credentials-in-web-storage
  localStorage.setItem("pinnedTab", "loans");
  // ok: javascript-credentials-in-web-storage
  localStorage.setItem("pinAttempts", String(3));
}

function onOtpSent(otpCode) {
  // ruleid: javascript-credentials-in-web-storage
  sessionStorage.setItem("otp", otpCode);
  // ok: javascript-credentials-in-web-storage
  sessionStorage.setItem("otpSentAt", String(Date.now()));
  // ok: javascript-credentials-in-web-storage
  sessionStorage.setItem("otp_length", "6");
}

function rememberLogin(creds) {
  // ruleid: javascript-credentials-in-web-storage
  localStorage.setItem("login", JSON.stringify({ phone: creds.phone, password: creds.password }));
  // ok: javascript-credentials-in-web-storage
  localStorage.setItem("login", JSON.stringify({ phone: creds.phone }));
}

// The storage is chosen at sign-in ("remember me") and kept in a field or a variable.
class BorrowerLogin {
  constructor(remember) {
    this.storage = remember ? localStorage : sessionStorage;
  }

  keep(form) {
    // ruleid: javascript-credentials-in-web-storage
    this.storage.setItem("borrowerPassword", form.password);
    // ruleid: javascript-credentials-in-web-storage
    this.storage.setItem("login", JSON.stringify({ phone: form.phone, pin: form.pin }));
    // ok: javascript-credentials-in-web-storage
    this.storage.setItem("borrowerPhone", form.phone);
    // ok: javascript-credentials-in-web-storage
    this.storage.setItem("passwordHint", "shown");
  }
}

function keepOtp(persist, otpCode) {
  const store = persist ? window.localStorage : window.sessionStorage;
  // ruleid: javascript-credentials-in-web-storage
  store.setItem("otp", otpCode);
  // ok: javascript-credentials-in-web-storage
  store.removeItem("otp");
}

// Another store: an encrypted vault, or a map held in memory.
class VaultLogin {
  constructor(vault) {
    this.storage = vault;
  }

  keep(form) {
    // ok: javascript-credentials-in-web-storage
    this.storage.setItem("borrowerPassword", form.password);
  }
}

function keepPinInMemory(pin) {
  const memory = new Map();
  // ok: javascript-credentials-in-web-storage
  memory.set("pin", pin);
  const cache = createMemoryStorage();
  // ok: javascript-credentials-in-web-storage
  cache.setItem("pin", pin);
  // ok: javascript-credentials-in-web-storage
  cache.password = pin;
  return localStorage.getItem("theme");
}

function restoreToMemory(memoryCache) {
  // reading the browser storage into another store writes nothing to it
  // ok: javascript-credentials-in-web-storage
  memoryCache.setItem("pin", localStorage.getItem("pin"));
  // ok: javascript-credentials-in-web-storage
  memoryCache.password = sessionStorage["password"];
  // ruleid: javascript-credentials-in-web-storage
  localStorage["password"] = memoryCache.password;
}

function updateSavedLogin(form) {
  // a value read from the storage is no storage: changing it writes nothing
  const saved = JSON.parse(localStorage.getItem("login") || "{}");
  // ok: javascript-credentials-in-web-storage
  saved.password = form.password;
  // ok: javascript-credentials-in-web-storage
  saved.setItem("pin", form.pin);
}
