package main

import (
	"database/sql"
	"log"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
)

type payoutStore interface {
	CreatePayout(userID string, amount int64) error
	Balance(userID string) (int64, error)
}

type payout struct {
	UserID string
	Amount int64
}

type payoutService struct{ store payoutStore }

func (s payoutService) Submit(p payout) error { return s.store.CreatePayout(p.UserID, p.Amount) }

func accountStatement(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	// The client sends any id it likes and reads that customer's loans.
	// ruleid: go-identity-from-client-header
	rows, err := db.Query("SELECT id, amount FROM loans WHERE user_id = $1", r.Header.Get("X-User-ID"))
	if err != nil {
		return
	}
	defer rows.Close()
}

func disburse(c *gin.Context, svc payoutService) {
	userID := c.GetHeader("X-User-Id")
	if userID == "" {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "missing user"})
		return
	}
	amount, _ := strconv.ParseInt(c.Query("amount"), 10, 64)
	// ruleid: go-identity-from-client-header
	if err := svc.Submit(payout{UserID: userID, Amount: amount}); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
	}
}

func balance(w http.ResponseWriter, r *http.Request, store payoutStore) {
	account := r.Header.Get("X-Account-Id")
	// ruleid: go-identity-from-client-header
	b, _ := store.Balance(account)
	_ = b
}

func customerLookup(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	id, err := strconv.Atoi(r.Header.Get("x-customer-id"))
	if err != nil {
		return
	}
	// ruleid: go-identity-from-client-header
	db.QueryRow("SELECT name FROM customers WHERE id = $1", id)
}

type claims struct{ Subject string }

type ctxKey struct{}

func verifiedUser(w http.ResponseWriter, r *http.Request, store payoutStore) {
	// The user from the claims a middleware verified: not the client's word.
	cl, _ := r.Context().Value(ctxKey{}).(claims)
	// ok: go-identity-from-client-header
	b, _ := store.Balance(cl.Subject)
	_ = b
}

func tracing(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	// Request and correlation ids and idempotency keys are not identities.
	reqID := r.Header.Get("X-Request-Id")
	// ok: go-identity-from-client-header
	db.Exec("INSERT INTO audit (request_id) VALUES ($1)", reqID)
	// ok: go-identity-from-client-header
	db.Exec("SELECT 1 FROM payouts WHERE idem = $1", r.Header.Get("Idempotency-Key"))
	// ok: go-identity-from-client-header
	db.Exec("INSERT INTO audit (corr) VALUES ($1)", r.Header.Get("X-Correlation-Id"))
	user := r.Header.Get("X-User-Id")
	// Only logged or echoed: no one acts as that user.
	// ok: go-identity-from-client-header
	log.Printf("caller claims %q", user)
	// ok: go-identity-from-client-header
	w.Header().Set("X-User-Id", user)
}

// The role the caller acts with, taken from a header the caller sends: anyone can claim staff.
func approve(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	role := r.Header.Get("X-User-Role")
	// ruleid: go-identity-from-client-header
	db.Exec("UPDATE payouts SET approved = true WHERE approver_role = $1", role)
	version := r.Header.Get("X-Roles-Version")
	// ok: go-identity-from-client-header
	db.Exec("SELECT 1 FROM schema WHERE version = $1", version)
}
