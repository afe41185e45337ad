package main

import (
	"net/http"

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
