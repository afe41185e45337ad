package handlers

import (
	"io"
	"net/http"
)

func callback(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-unbounded-body-read
	body, _ := io.ReadAll(r.Body)
	_ = body
}

func callbackLimited(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	// ok: go-unbounded-body-read
	body, _ := io.ReadAll(r.Body)
	_ = body
}

func upstream(resp *http.Response) {
	// ok: go-unbounded-body-read
	io.ReadAll(io.LimitReader(resp.Body, 1<<20))
}
