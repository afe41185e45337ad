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
