package main

import (
	"database/sql"
	"encoding/json"
	"io"
	"log"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"go.uber.org/zap"
)

var logger *zap.Logger

func login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("username")
	// A name such as "bob\n2026/01/01 login ok for admin" forges a second log line.
	// ruleid: go-log-injection
	log.Printf("failed login for %s", user)
	// ruleid: go-log-injection
	log.Println("search:", r.URL.Query().Get("q"))
	// ruleid: go-log-injection
	log.Print("client ref " + r.Header.Get("X-Ref"))
	// ok: go-log-injection
	log.Printf("failed login for %q", user)
	// ok: go-log-injection
	log.Printf("failed login for %s", strings.ReplaceAll(strings.ReplaceAll(user, "\n", ""), "\r", ""))
	// ok: go-log-injection
	slog.Info("failed login", "user", user)
	// ok: go-log-injection
	logger.Info("failed login", zap.String("user", user))
	id, _ := strconv.Atoi(r.FormValue("loan"))
	// ok: go-log-injection
	log.Printf("loan %d requested", id)
	// ok: go-log-injection
	log.Println("login attempt")
}

// A JSON body of the request being served is request data.
type decodedRequestLogInjection struct{ Value string }

func decodedFromRequestLogInjection(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var in decodedRequestLogInjection
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
		return
	}
	// ruleid: go-log-injection
	log.Printf("import for %s", in.Value)
}

// The JSON body of a response the program fetched itself is not request data.
func decodedFromResponseLogInjection(w http.ResponseWriter, r *http.Request, db *sql.DB, client *http.Client) {
	resp, err := http.Get("https://rates.example.kz/v1/current")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var fetched decodedRequestLogInjection
	_ = json.NewDecoder(resp.Body).Decode(&fetched)
	// ok: go-log-injection
	log.Printf("import for %s", fetched.Value)

	req, _ := http.NewRequest(http.MethodGet, "https://bureau.example.kz/v2/status", nil)
	resp2, err := client.Do(req)
	if err != nil {
		return
	}
	defer resp2.Body.Close()
	var status decodedRequestLogInjection
	_ = json.NewDecoder(resp2.Body).Decode(&status)
	// ok: go-log-injection
	log.Printf("import for %s", status.Value)
}

// Print and Println write a []byte as a list of decimal numbers ("[104 105 10]"): a line break in
// it cannot start a new log line. Converted to a string it is written as it came.
func fetchedBytesLogInjection(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get(r.URL.Query().Get("url"))
	if err != nil {
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	// ok: go-log-injection
	log.Println(body)
	// ok: go-log-injection
	log.Print("fetched: ", body)
	// ruleid: go-log-injection
	log.Println(string(body))
	// ruleid: go-log-injection
	log.Printf("fetched %s", body)
	var raw []byte
	raw = []byte(r.FormValue("note"))
	// ok: go-log-injection
	log.Println("note bytes", raw)
	// ruleid: go-log-injection
	log.Println("note", r.FormValue("note"))
	in, _ := io.ReadAll(r.Body)
	// ok: go-log-injection
	log.Println(in)
	// ruleid: go-log-injection
	log.Println(string(in))
}
