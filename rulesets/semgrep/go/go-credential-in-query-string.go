package bureau

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
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

// query strings built with url.Values

func (c *Client) Balance(iin string) (*http.Response, error) {
	q := url.Values{}
	q.Set("iin", iin)
	// ruleid: go-credential-in-query-string
	q.Set("api_key", c.APIKey)
	return http.Get("https://bureau.example.kz/v1/balance?" + q.Encode())
}

func (c *Client) Notify(phone, text string) (*http.Response, error) {
	u, _ := url.Parse("https://sms.example.kz/send")
	params := u.Query()
	params.Add("login", "mfo")
	// ruleid: go-credential-in-query-string
	params.Add("password", c.SMSPassword)
	params.Add("to", phone)
	u.RawQuery = params.Encode()
	req, _ := http.NewRequest("GET", u.String(), nil)
	return c.http.Do(req)
}

func (c *Client) Limits(base string) (*http.Response, error) {
	// ruleid: go-credential-in-query-string
	query := url.Values{"client_id": {"mfo"}, "client_secret": {c.APIKey}}
	return http.Get(fmt.Sprintf("%s/limits?%s", base, query.Encode()))
}

func (c *Client) Scoring(req *http.Request, token string) (*http.Response, error) {
	q := req.URL.Query()
	// ruleid: go-credential-in-query-string
	q.Set("access_token", token)
	req.URL.RawQuery = q.Encode()
	return c.http.Do(req)
}

func (c *Client) Login(user, password string) (*http.Response, error) {
	form := url.Values{}
	form.Set("username", user)
	// sent as the POST body, not in the URL
	// ok: go-credential-in-query-string
	form.Set("password", password)
	return c.http.Post("https://idp.example.kz/token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

func (c *Client) Page(base, cursor string) (*http.Response, error) {
	q := url.Values{}
	// ok: go-credential-in-query-string
	q.Set("page_token", cursor)
	// ok: go-credential-in-query-string
	q.Set("grant_type", "password")
	return http.Get(base + "?" + q.Encode())
}

func (c *Client) PostForm(token string) (*http.Response, error) {
	// ok: go-credential-in-query-string
	return c.http.PostForm("https://idp.example.kz/revoke", url.Values{"token": {token}})
}

func (c *Client) Statement(base, loanID string) (*http.Response, error) {
	v := url.Values{}
	v.Set("loan", loanID)
	// ruleid: go-credential-in-query-string
	v.Set("token", c.APIKey)
	statementURL := base + "/statement?" + v.Encode()
	return http.Get(statementURL)
}
