package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
)

var allowed = map[string]string{"pdf": "application/pdf"}

func statement(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go-response-header-injection
	w.Header().Set("Content-Disposition", "attachment; filename="+name)
	// ruleid: go-response-header-injection
	w.Header().Add("X-Client-Ref", r.Header.Get("X-Ref"))
	// ruleid: go-response-header-injection
	w.Header().Set("Content-Type", r.FormValue("type"))
	// ok: go-response-header-injection
	w.Header().Set("Content-Disposition", "attachment; filename*=UTF-8''"+url.PathEscape(name))
	// ok: go-response-header-injection
	w.Header().Set("X-Loan", strconv.Itoa(len(name)))
	// ok: go-response-header-injection
	w.Header().Set("Cache-Control", "no-store")
	// ok: go-response-header-injection
	w.Header().Set("X-Name", strings.NewReplacer("\r", "", "\n", "").Replace(name))
	// a path on the same site is no open redirect, but it carries the client's CR/LF all the same
	// ruleid: go-response-header-injection
	w.Header().Set("Location", "/statement?lang="+r.URL.Query().Get("lang"))
	w.Write([]byte("ok"))
}

func ginStatement(c *gin.Context) {
	// ruleid: go-response-header-injection
	c.Header("Content-Language", c.Query("lang"))
	// ok: go-response-header-injection
	c.Header("Content-Type", allowed["pdf"])
}

// A JSON body of the request being served is request data.
type decodedRequestResponseHeaderInjection struct{ Value string }

func decodedFromRequestResponseHeaderInjection(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var in decodedRequestResponseHeaderInjection
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
		return
	}
	// ruleid: go-response-header-injection
	w.Header().Set("Content-Disposition", "attachment; filename="+in.Value)
}

// The JSON body of a response the program fetched itself is not request data.
func decodedFromResponseResponseHeaderInjection(w http.ResponseWriter, r *http.Request, db *sql.DB, client *http.Client) {
	resp, err := http.Get("https://rates.example.kz/v1/current")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var fetched decodedRequestResponseHeaderInjection
	_ = json.NewDecoder(resp.Body).Decode(&fetched)
	// ok: go-response-header-injection
	w.Header().Set("Content-Disposition", "attachment; filename="+fetched.Value)

	req, _ := http.NewRequest(http.MethodGet, "https://bureau.example.kz/v2/status", nil)
	resp2, err := client.Do(req)
	if err != nil {
		return
	}
	defer resp2.Body.Close()
	var status decodedRequestResponseHeaderInjection
	_ = json.NewDecoder(resp2.Body).Decode(&status)
	// ok: go-response-header-injection
	w.Header().Set("Content-Disposition", "attachment; filename="+status.Value)
}
