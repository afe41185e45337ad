package main

import (
	"fmt"
	"net/http"
)

func login(w http.ResponseWriter, r *http.Request, sid string) {
	// ruleid: go-cookie-header-no-httponly
	w.Header().Set("Set-Cookie", "session_id="+sid+"; Path=/")
	// ruleid: go-cookie-header-no-httponly
	w.Header().Add("set-cookie", fmt.Sprintf("token=%s; Path=/; Secure", sid))
	// ok: go-cookie-header-no-httponly
	w.Header().Set("Set-Cookie", "session_id="+sid+"; Path=/; HttpOnly; Secure; SameSite=Lax")
	// ok: go-cookie-header-no-httponly
	w.Header().Set("Set-Cookie", "theme=dark; Path=/")
	// ok: go-cookie-header-no-httponly
	w.Header().Set("Set-Cookie", fmt.Sprintf("csrf_token=%s; Path=/", sid))
	// ok: go-cookie-header-no-httponly
	w.Header().Set("Set-Cookie", cookieLine)
	// ok: go-cookie-header-no-httponly
	w.Header().Set("Content-Type", "session_id="+sid)
}

func headerMap(h http.Header, sid string) {
	// ruleid: go-cookie-header-no-httponly
	h.Add("Set-Cookie", `auth=`+sid)
	// ruleid: go-cookie-header-no-httponly
	h["Set-Cookie"] = []string{"SID=" + sid}
	// ok: go-cookie-header-no-httponly
	h["Set-Cookie"] = []string{"SID=" + sid + "; HttpOnly"}
}
