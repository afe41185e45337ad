package partner

import (
	"context"
	"net/http"
	"strings"
)

// ruleid: go-cleartext-http-url
const scoringBaseURL = "http://scoring.partner.kz/api/v2"

// ok: go-cleartext-http-url
const cabinetURL = "https://cabinet.mfo.kz/"

// ok: go-cleartext-http-url
const devAPIURL = "http://127.0.0.1:8080/"

// ok: go-cleartext-http-url
var lanServiceURL = "http://10.20.0.5/bureau"

// ok: go-cleartext-http-url
var mdnsEndpoint = "http://scoring.local/api"

// ok: go-cleartext-http-url
const soapNamespace = "http://schemas.xmlsoap.org/soap/envelope/"

func Rates() (*http.Response, error) {
	// ruleid: go-cleartext-http-url
	return http.Get("http://rates.nationalbank.kz/rss")
}

func RatesSecure() (*http.Response, error) {
	// ok: go-cleartext-http-url
	return http.Get("https://rates.nationalbank.kz/rss")
}

func Score(ctx context.Context, body string) (*http.Request, error) {
	// ruleid: go-cleartext-http-url
	return http.NewRequestWithContext(ctx, http.MethodPost, "http://scoring.partner.kz/score", strings.NewReader(body))
}

func Notify(body string) (*http.Response, error) {
	// ruleid: go-cleartext-http-url
	return http.Post("http://sms.partner.kz/send", "application/json", strings.NewReader(body))
}

func Limits(c *http.Client) (*http.Response, error) {
	// ruleid: go-cleartext-http-url
	return c.Get(`http://limits.partner.kz/limits`)
}

func Health() (*http.Response, error) {
	// ok: go-cleartext-http-url
	return http.Get("http://localhost:9000/health")
}

func Hint() string {
	// ok: go-cleartext-http-url
	return "Open http://mfo.kz in a browser"
}

// the cloud's instance metadata service answers on a link-local address, over HTTP only
// ok: go-cleartext-http-url
const metadataEndpoint = "http://169.254.169.254"
