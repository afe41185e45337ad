package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/rs/cors"
)

func corsSetup() {
	// ruleid: go-cors-credentials-any-origin
	c := cors.New(cors.Options{AllowedOrigins: []string{"*"}, AllowCredentials: true})
	_ = c
	// ok: go-cors-credentials-any-origin
	c2 := cors.New(cors.Options{AllowedOrigins: []string{"https://my.example.kz"}, AllowCredentials: true})
	_ = c2
	// ok: go-cors-credentials-any-origin
	c3 := cors.New(cors.Options{AllowedOrigins: []string{"*"}})
	_ = c3
}

func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		// ruleid: go-cors-credentials-any-origin
		w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
		next.ServeHTTP(w, r)
	})
}

var allowed = map[string]bool{"https://my.example.kz": true}

func withCORSChecked(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		origin := r.Header.Get("Origin")
		if allowed[origin] {
			// ok: go-cors-credentials-any-origin
			w.Header().Set("Access-Control-Allow-Origin", origin)
		}
		next.ServeHTTP(w, r)
	})
}

// A CORS library echoes the Origin only after its allow-list accepted it (early return).
type portalCORS struct{ allowAll, credentials bool }

func (c *portalCORS) isOriginAllowed(r *http.Request, origin string) bool { return allowed[origin] }

func (c *portalCORS) handle(w http.ResponseWriter, r *http.Request) {
	headers := w.Header()
	origin := r.Header.Get("Origin")
	if !c.isOriginAllowed(r, origin) {
		return
	}
	if c.allowAll {
		headers.Set("Access-Control-Allow-Origin", "*")
	} else {
		// ok: go-cors-credentials-any-origin
		headers.Set("Access-Control-Allow-Origin", origin)
	}
	headers.Set("Access-Control-Allow-Credentials", "true")
}

func (c *portalCORS) handleMethodOnly(w http.ResponseWriter, r *http.Request) {
	headers := w.Header()
	origin := r.Header.Get("Origin")
	if !c.credentials {
		return
	}
	// ruleid: go-cors-credentials-any-origin
	headers.Set("Access-Control-Allow-Origin", origin)
	headers.Set("Access-Control-Allow-Credentials", "true")
}

// Echoes in a file that sends Access-Control-Allow-Credentials: true (high), anywhere in the file.
var loanOrigins = map[string]bool{"https://lk.example.kz": true}

func loanCORSElse(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if loanOrigins[origin] {
		// ok: go-cors-credentials-any-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
	} else {
		// the else branch is every origin the list refused
		// ruleid: go-cors-credentials-any-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
	}
	// a header that is merely present is any origin
	if origin != "" {
		// ruleid: go-cors-credentials-any-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
	}
}

func loanCORSOtherFunction(w http.ResponseWriter, r *http.Request) {
	// the credentials header is sent by loanCredentials, in the same file
	// ruleid: go-cors-credentials-any-origin
	w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
}

func loanCredentials(w http.ResponseWriter) {
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func loanGin(c *gin.Context) {
	// ruleid: go-cors-credentials-any-origin
	c.Header("Access-Control-Allow-Origin", c.GetHeader("Origin"))
	c.Header("Access-Control-Allow-Credentials", "true")
}

func ginCorsConfig() {
	// ruleid: go-cors-credentials-any-origin
	_ = cors.Config{AllowOriginFunc: func(origin string) bool { return true }, AllowCredentials: true}
	// ruleid: go-cors-credentials-any-origin
	_ = cors.Config{AllowOriginFunc: func(origin string) bool { return origin != "" }, AllowCredentials: true}
	// ok: go-cors-credentials-any-origin
	_ = cors.Config{AllowOriginFunc: func(origin string) bool { return origin == "https://lk.example.kz" }, AllowCredentials: true}
	// ok: go-cors-credentials-any-origin
	_ = cors.Config{AllowOriginFunc: func(origin string) bool { return true }}
}

func rsCorsVary() {
	// ruleid: go-cors-credentials-any-origin
	_ = cors.New(cors.Options{AllowOriginVaryRequestFunc: func(r *http.Request, origin string) (bool, []string) { return true, nil }, AllowCredentials: true})
	// ruleid: go-cors-credentials-any-origin
	_ = cors.New(cors.Options{AllowCredentials: true, AllowOriginFunc: func(origin string) bool { return origin != "" }})
}
