const { app, BrowserWindow, session } = require("electron");

// Chromium's switches that turn off certificate checks, the same-origin policy, or let an https
// page run http scripts, for every window of the application.
// ruleid: javascript-electron-web-security-off
app.commandLine.appendSwitch("ignore-certificate-errors");
// ruleid: javascript-electron-web-security-off
app.commandLine.appendSwitch("disable-web-security");
// ruleid: javascript-electron-web-security-off
app.commandLine.appendSwitch("allow-running-insecure-content");
// ok: javascript-electron-web-security-off
app.commandLine.appendSwitch("disable-gpu");
// ok: javascript-electron-web-security-off
app.commandLine.appendSwitch("lang", "ru-KZ");

function createWindow() {
  const cashier = new BrowserWindow({
    width: 1200,
    // ruleid: javascript-electron-web-security-off
    webPreferences: {
      webSecurity: false,
      contextIsolation: true,
    },
  });
  const report = new BrowserWindow({
    // ruleid: javascript-electron-web-security-off
    webPreferences: {
      allowRunningInsecureContent: true,
    },
  });
  // ok: javascript-electron-web-security-off
  const safe = new BrowserWindow({ webPreferences: { webSecurity: true, sandbox: true } });
  return [cashier, report, safe];
}

// A window's options kept in a constant first.
const options = {
  // ruleid: javascript-electron-web-security-off
  webPreferences: {
    webSecurity: false,
  },
};
new BrowserWindow(options);

// Every certificate accepted.
app.on("certificate-error", (event, webContents, url, error, certificate, callback) => {
  event.preventDefault();
  // ruleid: javascript-electron-web-security-off
  callback(true);
});
// ok: javascript-electron-web-security-off
app.on("certificate-error", (event, webContents, url, error, certificate, callback) => callback(false));
// ruleid: javascript-electron-web-security-off
session.defaultSession.setCertificateVerifyProc((request, callback) => callback(0));
// ok: javascript-electron-web-security-off
session.defaultSession.setCertificateVerifyProc((request, callback) => callback(-3));

// Not Electron: a form's field of the same name.
// ok: javascript-electron-web-security-off
const settingsForm = { webSecurity: false };
