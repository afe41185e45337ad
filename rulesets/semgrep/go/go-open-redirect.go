package handlers

import (
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
