package callbacks

import (
	"crypto/hmac"
	"crypto/subtle"
	"net/http"

	"github.com/gin-gonic/gin"
)

const headerCallbackToken = "x-callback-token"

type provider struct {
	callbackToken string
	webhookSecret string
}

func (p *provider) validCallback(headers http.Header) bool {
	given := headers.Get(headerCallbackToken)
	// ruleid: go-secret-compared-timing-unsafe
	return p.callbackToken == given
}

func (p *provider) onPayment(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-secret-compared-timing-unsafe
	if r.Header.Get("X-Webhook-Secret") != p.webhookSecret {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	sig := r.URL.Query().Get("signature")
	// ruleid: go-secret-compared-timing-unsafe
	if sig != expectedSignature(r) {
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	// ok: go-secret-compared-timing-unsafe
	if r.Header.Get("X-Api-Key") == "" {
		http.Error(w, "missing key", http.StatusUnauthorized)
		return
	}
	// ok: go-secret-compared-timing-unsafe
	if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-Api-Key")), []byte(p.webhookSecret)) != 1 {
		return
	}
	// ok: go-secret-compared-timing-unsafe
	if !hmac.Equal([]byte(sig), []byte(expectedSignature(r))) {
		return
	}
	// ok: go-secret-compared-timing-unsafe
	if r.Header.Get("Content-Type") == p.webhookSecret {
		return
	}
	eventType := r.URL.Query().Get("event")
	// ok: go-secret-compared-timing-unsafe
	if eventType == p.callbackToken {
		return
	}
}

func (p *provider) ginCallback(c *gin.Context) {
	// ruleid: go-secret-compared-timing-unsafe
	if c.GetHeader("X-Callback-Token") != p.callbackToken {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	// ok: go-secret-compared-timing-unsafe
	if c.GetHeader("X-Callback-Token") == "" {
		return
	}
}

func expectedSignature(r *http.Request) string { return "" }
