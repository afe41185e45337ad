package main

import "net/http"

func headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: go-server-version-banner
		w.Header().Set("Server", "Apache/2.4.1 (Unix)")
		// ruleid: go-server-version-banner
		w.Header().Set("X-Powered-By", "PHP/7.4.3")
		// ruleid: go-server-version-banner
		w.Header().Add("x-aspnet-version", "4.0.30319")
		// ok: go-server-version-banner
		w.Header().Set("Server", "lending")
		// ok: go-server-version-banner
		w.Header().Del("X-Powered-By")
		// ok: go-server-version-banner
		w.Header().Set("X-Request-Id", "v1.2")
		next.ServeHTTP(w, r)
	})
}
