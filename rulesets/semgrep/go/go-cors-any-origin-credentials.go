package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

func corsEverything(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// ruleid: go-cors-any-origin-credentials
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		next.ServeHTTP(w, r)
	})
}

func ginCors() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Writer.Header().Set("Access-Control-Allow-Credentials", "true")
		c.Writer.Header().Set("Access-Control-Allow-Methods", "*")
		// ruleid: go-cors-any-origin-credentials
		c.Writer.Header().Set("Access-Control-Allow-Origin", "*")
		c.Next()
	}
}

func ginHeaderCors(c *gin.Context) {
	// ruleid: go-cors-any-origin-credentials
	c.Header("Access-Control-Allow-Origin", "*")
	c.Header("Access-Control-Allow-Credentials", "true")
}

func echoCors(c echo.Context) error {
	h := c.Response().Header()
	// ruleid: go-cors-any-origin-credentials
	h.Set(echo.HeaderAccessControlAllowOrigin, "*")
	h.Set(echo.HeaderAccessControlAllowCredentials, "true")
	return nil
}

// public data for any origin, no credentials
func publicRates(w http.ResponseWriter, r *http.Request) {
	// ok: go-cors-any-origin-credentials
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Write([]byte(`{"usd":470}`))
}

// credentials for the bank's own front end only
func ownFrontEnd(w http.ResponseWriter, r *http.Request) {
	// ok: go-cors-any-origin-credentials
	w.Header().Set("Access-Control-Allow-Origin", "https://lk.example.kz")
	w.Header().Set("Access-Control-Allow-Credentials", "true")
}

func credentialsOff(w http.ResponseWriter, r *http.Request) {
	// ok: go-cors-any-origin-credentials
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("Access-Control-Allow-Credentials", "false")
}
