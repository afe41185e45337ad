package main

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

func main() {
	mux := http.NewServeMux()
	// ruleid: go-http-server-no-timeout
	http.ListenAndServe(":8080", mux)

	// ruleid: go-http-server-no-timeout
	srv := &http.Server{Addr: ":8081", Handler: mux}
	srv.ListenAndServe()

	// ok: go-http-server-no-timeout
	good := &http.Server{Addr: ":8082", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	good.ListenAndServe()

	r := gin.Default()
	// ruleid: go-http-server-no-timeout
	r.Run(":8083")
}
