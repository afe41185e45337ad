package main

import (
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
