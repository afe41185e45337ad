package handlers

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

func afterLogin(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	// ruleid: go-open-redirect
	http.Redirect(w, r, next, http.StatusFound)

	// ok: go-open-redirect
	http.Redirect(w, r, "/cabinet/loans/"+r.URL.Query().Get("loan"), http.StatusFound)

	// ok: go-open-redirect
	http.Redirect(w, r, "/cabinet", http.StatusFound)
}

func paymentReturn(c *gin.Context) {
	// ruleid: go-open-redirect
	c.Redirect(http.StatusFound, c.Query("return_url"))
	// ok: go-open-redirect
	c.Redirect(http.StatusFound, "https://my.example.kz/payments/"+c.Query("id"))
}

// A JSON body of the request being served is request data.
type decodedRequestOpenRedirect struct{ Value string }

func decodedFromRequestOpenRedirect(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var in decodedRequestOpenRedirect
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
		return
	}
	// ruleid: go-open-redirect
	http.Redirect(w, r, in.Value, http.StatusFound)
}

// The JSON body of a response the program fetched itself is not request data.
func decodedFromResponseOpenRedirect(w http.ResponseWriter, r *http.Request, db *sql.DB, client *http.Client) {
	resp, err := http.Get("https://rates.example.kz/v1/current")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var fetched decodedRequestOpenRedirect
	_ = json.NewDecoder(resp.Body).Decode(&fetched)
	// ok: go-open-redirect
	http.Redirect(w, r, fetched.Value, http.StatusFound)

	req, _ := http.NewRequest(http.MethodGet, "https://bureau.example.kz/v2/status", nil)
	resp2, err := client.Do(req)
	if err != nil {
		return
	}
	defer resp2.Body.Close()
	var status decodedRequestOpenRedirect
	_ = json.NewDecoder(resp2.Body).Decode(&status)
	// ok: go-open-redirect
	http.Redirect(w, r, status.Value, http.StatusFound)
}

// The path after `/go/` names where to send the borrower.
func goToSlice(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-open-redirect
	http.Redirect(w, r, r.URL.Path[len("/go/"):], http.StatusFound)
	// ok: go-open-redirect
	home := "/go/cabinet"
	http.Redirect(w, r, home[3:], http.StatusFound)
}
