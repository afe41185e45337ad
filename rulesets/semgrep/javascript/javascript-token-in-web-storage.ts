const TOKEN_KEY = "access_token";

export class AuthStore {
  save(resp: { accessToken: string; userId: number }): void {
    // ruleid: javascript-token-in-web-storage
    localStorage.setItem(TOKEN_KEY, resp.accessToken);
    // ok: javascript-token-in-web-storage
    localStorage.setItem("userId", String(resp.userId));
  }

  saveSession(sessionId: string): void {
    // ruleid: javascript-token-in-web-storage
    window.sessionStorage.setItem(`session_${location.host}`, sessionId);
  }
}

// The storage is chosen at sign-in ("remember me") and kept in a field or a variable.
export class LenderSession {
  private store: Storage;

  constructor(private remember: boolean) {
    this.store = remember ? localStorage : sessionStorage;
  }

  keep(resp: { accessToken: string }): void {
    // ruleid: javascript-token-in-web-storage
    this.store.setItem("lenderAuthToken", resp.accessToken);
    // ok: javascript-token-in-web-storage
    this.store.setItem("lenderTheme", "dark");
  }
}

export function keepRefreshToken(persist: boolean, refreshToken: string): void {
  const storage = persist ? window.localStorage : window.sessionStorage;
  // ruleid: javascript-token-in-web-storage
  storage.setItem("refresh", refreshToken);
}

// Another store: an encrypted one, or the platform's secure storage.
export class VaultSession {
  private store: SecureVault;

  constructor(vault: SecureVault) {
    this.store = vault;
  }

  keep(resp: { accessToken: string }): void {
    // ok: javascript-token-in-web-storage
    this.store.setItem("lenderAuthToken", resp.accessToken);
  }
}

export function restoreToMemory(memoryCache: Map<string, string> & Storage): void {
  // reading the browser storage into another store writes nothing to it
  // ok: javascript-token-in-web-storage
  memoryCache.setItem("accessToken", localStorage.getItem("accessToken") ?? "");
  // ok: javascript-token-in-web-storage
  memoryCache["refreshToken"] = sessionStorage["refreshToken"];
  // ruleid: javascript-token-in-web-storage
  sessionStorage["refreshToken"] = memoryCache.get("refreshToken");
}

export function updateSavedUser(token: string): void {
  // a value read from the storage is no storage: changing it writes nothing
  const saved = JSON.parse(sessionStorage.getItem("user") || "{}");
  // ok: javascript-token-in-web-storage
  saved.accessToken = token;
}
