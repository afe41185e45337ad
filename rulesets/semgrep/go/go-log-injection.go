package main

import (
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
