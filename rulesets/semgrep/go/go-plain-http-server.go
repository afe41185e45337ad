package main

import (
	"log"
	"net/http"
	"time"
)

func servePortal(mux *http.ServeMux) {
	// ruleid: go-plain-http-server
	log.Fatal(http.ListenAndServe(":8080", mux))
}

func serveAPI(mux *http.ServeMux) {
	srv := &http.Server{Addr: ":9000", Handler: mux, ReadTimeout: 5 * time.Second}
	// ruleid: go-plain-http-server
	log.Fatal(srv.ListenAndServe())
}

func serveDebug(mux *http.ServeMux) {
	// ok: go-plain-http-server
	log.Fatal(http.ListenAndServe("127.0.0.1:6060", mux))
}

func serveBoth(mux *http.ServeMux) {
	go func() {
		// ok: go-plain-http-server
		log.Fatal(http.ListenAndServe(":80", http.HandlerFunc(redirectToHTTPS)))
	}()
	log.Fatal(http.ListenAndServeTLS(":443", "cert.pem", "key.pem", mux))
}

func redirectToHTTPS(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://"+r.Host+r.URL.RequestURI(), http.StatusMovedPermanently)
}
