package handlers

import (
	"bytes"
	"context"
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

// A client-side request encoder (go-kit's EncodeRequestFunc: a context, the *http.Request the
// client is about to send, the client's own request value; an error out) builds the outgoing
// request: its URL is the one the client was configured with, not data from a caller.
type scoreQuery struct {
	Operation string
	Payload   []byte
}

func encodeScoreQuery(ctx context.Context, r *http.Request, request interface{}) error {
	q := request.(scoreQuery)
	params := r.URL.Query()
	params.Set("op", q.Operation)
	u := r.URL
	u.RawQuery = params.Encode()
	// ok: go-ssrf
	rr, err := http.NewRequest("POST", u.String(), bytes.NewReader(q.Payload))
	if err != nil {
		return err
	}
	*r = *rr
	return nil
}

var encodeLimitQuery = func(_ context.Context, req *http.Request, request any) error {
	base := req.URL.Path
	// ok: go-ssrf
	rr, err := http.NewRequestWithContext(req.Context(), http.MethodGet, "https://limits.example.kz"+base, nil)
	if err != nil {
		return err
	}
	*req = *rr
	return nil
}

// A server-side decoder (a context and the incoming *http.Request in) reads caller data.
func decodeScoreCallback(ctx context.Context, r *http.Request) (interface{}, error) {
	target := r.URL.Query().Get("callback")
	// ruleid: go-ssrf
	resp, err := http.Get(target)
	if err != nil {
		return nil, err
	}
	return resp.StatusCode, nil
}

// A handler with a third parameter is no encoder when it returns nothing.
func scoreProxy(w http.ResponseWriter, r *http.Request, next interface{}) {
	// ruleid: go-ssrf
	resp, _ := http.Get(r.URL.Query().Get("next"))
	_ = resp
}

// The partner's host after `/proxy/` in the request's path.
func proxySlice(w http.ResponseWriter, r *http.Request) {
	host := strings.TrimPrefix(r.URL.Path, "/proxy/")
	// ruleid: go-ssrf
	http.Get("http://" + host + "/status")
	raw := r.URL.RawQuery
	// ruleid: go-ssrf
	http.Get(raw[len("target="):])
}
