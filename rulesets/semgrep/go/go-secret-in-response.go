package handlers

import (
	"encoding/json"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

type settings struct {
	SmtpHost      string
	SmtpPassword  string
	SigningSecret string
	PasswordRules string
	Branch        string
}

var conf settings

// a diagnostics page held in a variable, then written
func diagnostics(c *gin.Context) {
	page := gin.H{
		"smtp": gin.H{
			"host": conf.SmtpHost,
			// ruleid: go-secret-in-response
			"password": conf.SmtpPassword,
			// ruleid: go-secret-in-response
			"signing": conf.SigningSecret,
		},
		// ruleid: go-secret-in-response
		"env": os.Environ(),
		// ok: go-secret-in-response
		"rules": conf.PasswordRules,
	}
	c.JSON(http.StatusOK, page)
}

// written inline, through net/http
func envDump(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-secret-in-response
	json.NewEncoder(w).Encode(map[string]interface{}{"vars": os.Environ()})
	// ruleid: go-secret-in-response
	c2(w).IndentedJSON(http.StatusOK, gin.H{"smtp_password": conf.SmtpPassword})
}

func c2(w http.ResponseWriter) *gin.Context { return nil }

// the same values used, not sent
func notSent(c *gin.Context) {
	// ok: go-secret-in-response
	dialSMTP(conf.SmtpHost, conf.SmtpPassword)
	// ok: go-secret-in-response
	env := os.Environ()
	logCount(len(env))
	// ok: go-secret-in-response
	c.JSON(http.StatusOK, gin.H{"branch": conf.Branch, "message": "password changed"})
	view := gin.H{"branch": conf.Branch}
	// ok: go-secret-in-response
	check(conf.SmtpPassword)
	c.JSON(http.StatusOK, view)
}

func dialSMTP(host, password string) {}
func logCount(n int)                 {}
func check(s string)                 {}
