package session

import (
	crand "crypto/rand"
	"encoding/hex"
	"math/rand"
	"net/http"
	"strconv"
	"time"
)

func login(w http.ResponseWriter, r *http.Request) {
	sid := strconv.FormatInt(time.Now().UnixNano(), 10)
	// ruleid: go-predictable-session-id
	http.SetCookie(w, &http.Cookie{Name: "portal_session", Value: sid, HttpOnly: true, Secure: true})

	// ruleid: go-predictable-session-id
	http.SetCookie(w, &http.Cookie{Name: "auth_token", Value: strconv.Itoa(rand.Int()), HttpOnly: true, Secure: true})

	b := make([]byte, 32)
	crand.Read(b)
	// ok: go-predictable-session-id
	http.SetCookie(w, &http.Cookie{Name: "portal_session", Value: hex.EncodeToString(b), HttpOnly: true, Secure: true})

	// ok: go-predictable-session-id
	http.SetCookie(w, &http.Cookie{Name: "last_visit", Value: time.Now().Format(time.RFC3339)})
}
