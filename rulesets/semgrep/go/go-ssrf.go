package handlers

import (
	"fmt"
	"net/http"
	"net/url"
)

func fetchAvatar(w http.ResponseWriter, r *http.Request) {
	avatar := r.URL.Query().Get("url")
	// ruleid: go-ssrf
	resp, err := http.Get(avatar)
	_, _ = resp, err

	// ruleid: go-ssrf
	req, _ := http.NewRequest("GET", "http://"+r.FormValue("host")+"/status", nil)
	_ = req
}

func creditBureau(w http.ResponseWriter, r *http.Request) {
	iin := r.URL.Query().Get("iin")
	// ok: go-ssrf
	resp, _ := http.Get("https://bureau.example.kz/api/v1/report/" + url.PathEscape(iin))
	_ = resp
	// ok: go-ssrf
	req, _ := http.NewRequest("GET", fmt.Sprintf("https://bureau.example.kz/api/v1/score?iin=%s", iin), nil)
	_ = req
}

func webhook(client *http.Client, target string) {
	// ok: go-ssrf
	client.Get(target)
}
