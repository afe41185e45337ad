package auth

import (
	"net/http"

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
