package bureau

import (
	"fmt"
	"net/http"
)

type Client struct {
	APIKey      string
	SMSPassword string
	http        *http.Client
}

func (c *Client) Report(iin string) (*http.Response, error) {
	// ruleid: go-credential-in-query-string
	return http.Get("https://bureau.example.kz/v1/report?iin=" + iin + "&api_key=" + c.APIKey)
}

func (c *Client) Send(phone string) (*http.Response, error) {
	u := fmt.Sprintf("https://sms.example.kz/send?login=mfo&password=%s&to=%s", c.SMSPassword, phone)
	// ruleid: go-credential-in-query-string
	req, _ := http.NewRequest("GET", u, nil)
	return c.http.Do(req)
}

func (c *Client) ReportWithHeader(iin string) (*http.Response, error) {
	// ok: go-credential-in-query-string
	req, _ := http.NewRequest("GET", "https://bureau.example.kz/v1/report?iin="+iin, nil)
	req.Header.Set("Authorization", "Bearer "+c.APIKey)
	return c.http.Do(req)
}

func AfterLogin(w http.ResponseWriter, r *http.Request, token string) {
	// ruleid: go-credential-in-query-string
	http.Redirect(w, r, "https://partner.example.kz/cabinet?access_token="+token, http.StatusFound)
	// ok: go-credential-in-query-string
	http.Redirect(w, r, "/confirm?reset_token="+token, http.StatusFound)
}

// the other side: a handler that reads a credential from the URL it was called with
func CashierLogin(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-credential-in-query-string
	pin := r.URL.Query().Get("password")
	// ok: go-credential-in-query-string
	branch := r.URL.Query().Get("branch")
	// ok: go-credential-in-query-string
	link := r.URL.Query().Get("reset_token")
	fmt.Fprint(w, pin, branch, link)
}

type ginContext interface {
	Query(key string) string
	DefaultQuery(key, def string) string
	Param(key string) string
}

func TellerSession(c ginContext) string {
	// ruleid: go-credential-in-query-string
	key := c.Query("api_key")
	// ruleid: go-credential-in-query-string
	secret := c.DefaultQuery("client_secret", "")
	// ok: go-credential-in-query-string
	month := c.Query("month")
	return key + secret + month
}
