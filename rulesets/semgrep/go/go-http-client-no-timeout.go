package client

import (
	"net/http"
	"time"
)

func newClient() *http.Client {
	// ruleid: go-http-client-no-timeout
	return &http.Client{Transport: http.DefaultTransport}
}

func newGoodClient() *http.Client {
	// ok: go-http-client-no-timeout
	return &http.Client{Timeout: 10 * time.Second}
}

func fetch(u string) {
	// ruleid: go-http-client-no-timeout
	http.Get(u)
	c := newGoodClient()
	// ok: go-http-client-no-timeout
	c.Get(u)
}
