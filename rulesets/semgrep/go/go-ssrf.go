package handlers

import (
	"database/sql"
	"encoding/json"
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

// A JSON body of the request being served is request data.
type decodedRequestSsrf struct{ Value string }

func decodedFromRequestSsrf(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var in decodedRequestSsrf
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
		return
	}
	// ruleid: go-ssrf
	out, err := http.Get(in.Value)
	_, _ = out, err
}

// The JSON body of a response the program fetched itself is not request data.
func decodedFromResponseSsrf(w http.ResponseWriter, r *http.Request, db *sql.DB, client *http.Client) {
	resp, err := http.Get("https://rates.example.kz/v1/current")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var fetched decodedRequestSsrf
	_ = json.NewDecoder(resp.Body).Decode(&fetched)
	// ok: go-ssrf
	out, err := http.Get(fetched.Value)
	_, _ = out, err

	req, _ := http.NewRequest(http.MethodGet, "https://bureau.example.kz/v2/status", nil)
	resp2, err := client.Do(req)
	if err != nil {
		return
	}
	defer resp2.Body.Close()
	var status decodedRequestSsrf
	_ = json.NewDecoder(resp2.Body).Decode(&status)
	// ok: go-ssrf
	out, err := http.Get(status.Value)
	_, _ = out, err
}
