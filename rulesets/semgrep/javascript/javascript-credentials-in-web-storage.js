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
