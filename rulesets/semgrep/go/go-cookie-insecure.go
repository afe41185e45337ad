package auth

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

func setSession(w http.ResponseWriter, sid string) {
	// ruleid: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sid, Path: "/"})
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: sid, Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: "kk", Path: "/"})
}

func ginLogin(c *gin.Context, token string) {
	// ruleid: go-cookie-insecure
	c.SetCookie("access_token", token, 3600, "/", "", false, true)
	// ok: go-cookie-insecure
	c.SetCookie("access_token", token, 3600, "/", "", true, true)
}

// a cookie the server reads back to decide what the client may do carries authority like a session
func setRole(w http.ResponseWriter, role, userID string) {
	// ruleid: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "role", Value: role})
	// ruleid: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "user_id", Value: userID, Secure: true})
	// ruleid: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "is_admin", Value: "1", HttpOnly: true})
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "permanent_banner_closed", Value: "1"})
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "user_role", Value: role, Secure: true, HttpOnly: true})
}

// a cookie line written into the Set-Cookie header by hand through Cookie.String(): the literal
// says what the header will carry
func writeCookieHeader(w http.ResponseWriter, sid string) {
	// ruleid: go-cookie-insecure
	c := http.Cookie{Name: "session_id", Value: sid, Path: "/", Secure: true}
	w.Header().Add("Set-Cookie", c.String())
	// ruleid: go-cookie-insecure
	w.Header().Set("Set-Cookie", (&http.Cookie{Name: "auth_token", Value: sid, Secure: true}).String())
	// ok: go-cookie-insecure
	safe := http.Cookie{Name: "session_id", Value: sid, Path: "/", Secure: true, HttpOnly: true}
	w.Header().Add("Set-Cookie", safe.String())
}

// a cookie written to delete the session on sign-out carries no value: nothing to leak or read
func signOut(w http.ResponseWriter, c *gin.Context) {
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "teller_session", Value: "", Path: "/", MaxAge: -1})
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "branch_auth", Path: "/", MaxAge: -1, HttpOnly: true})
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "branch_auth", Value: "", Path: "/", Expires: time.Unix(0, 0)})
	// ok: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "teller_session", Value: "", HttpOnly: true})
	// ok: go-cookie-insecure
	c.SetCookie("teller_token", "", -1, "/", "", false, true)
	// ruleid: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "teller_session", Value: "expired", Path: "/", MaxAge: 3600})
	// ruleid: go-cookie-insecure
	c.SetCookie("teller_token", "refreshed", 600, "/", "", false, true)
	// ruleid: go-cookie-insecure
	http.SetCookie(w, &http.Cookie{Name: "teller_session", Value: "renewed", MaxAge: 1})
}
