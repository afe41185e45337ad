package web

import (
	"net/http"
	"slices"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// No Access-Control-Allow-Credentials header is sent anywhere in this file: an echoed Origin
// lets any site read only what an anonymous request can (medium).

var rateOrigins = map[string]bool{"https://lk.example.kz": true}
var rateOriginList = []string{"https://lk.example.kz"}

func ratesCORS(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-cors-reflected-origin
	w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
}

func ratesCORSVar(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	// a check of the method, not of the origin
	if r.Method == "OPTIONS" {
		// ruleid: go-cors-reflected-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
	}
	// a header that is merely present is any origin
	if origin != "" {
		// ruleid: go-cors-reflected-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
	}
	if rateOrigins[origin] {
		// ok: go-cors-reflected-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
	} else {
		// the else branch is every origin the list refused
		// ruleid: go-cors-reflected-origin
		w.Header().Add("Access-Control-Allow-Origin", origin)
	}
	if _, ok := rateOrigins[origin]; ok {
		// ok: go-cors-reflected-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
	}
	if slices.Contains(rateOriginList, origin) {
		// ok: go-cors-reflected-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
	}
	if origin == "https://lk.example.kz" {
		// ok: go-cors-reflected-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
	}
	if !rateOrigins[origin] {
		// ruleid: go-cors-reflected-origin
		w.Header().Set("Access-Control-Allow-Origin", origin)
	}
	// ok: go-cors-reflected-origin
	w.Header().Set("Access-Control-Allow-Origin", "*")
}

func ratesGin(c *gin.Context) {
	// ruleid: go-cors-reflected-origin
	c.Header("Access-Control-Allow-Origin", c.GetHeader("Origin"))
	origin := c.Request.Header.Get("Origin")
	// ruleid: go-cors-reflected-origin
	c.Writer.Header().Set("Access-Control-Allow-Origin", origin)
}

func ratesEcho(c echo.Context) error {
	origin := c.Request().Header.Get(echo.HeaderOrigin)
	// ruleid: go-cors-reflected-origin
	c.Response().Header().Set(echo.HeaderAccessControlAllowOrigin, origin)
	return nil
}

// A library that echoes the Origin only after its allow-list accepted it (early return).
func ratesChecked(w http.ResponseWriter, r *http.Request) {
	origin := r.Header.Get("Origin")
	if !isOriginAllowed(origin) {
		return
	}
	// ok: go-cors-reflected-origin
	w.Header().Set("Access-Control-Allow-Origin", origin)
}

func isOriginAllowed(o string) bool { return rateOrigins[o] }
