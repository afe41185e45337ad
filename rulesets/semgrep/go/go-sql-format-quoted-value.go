package store

import (
	"database/sql"
	"fmt"
)

func findUser(db *sql.DB, username, pass string) {
	// ruleid: go-sql-format-quoted-value
	query := fmt.Sprintf("SELECT * FROM users WHERE username='%s' AND password='%s'", username, pass)
	db.Exec(query)
}

func search(db *sql.DB, term string) (*sql.Rows, error) {
	// ruleid: go-sql-format-quoted-value
	return db.Query(fmt.Sprintf(`SELECT id FROM loans WHERE comment LIKE "%%%s%%"`, term))
}

func byPhone(db *sql.DB, phone string) *sql.Row {
	// ruleid: go-sql-format-quoted-value
	q := fmt.Sprintf("select id from clients where phone = '%v'", phone)
	return db.QueryRow(q)
}

func safe(db *sql.DB, username string) {
	// ok: go-sql-format-quoted-value
	db.Exec("SELECT * FROM users WHERE username = $1", username)
}

func table(db *sql.DB, name string) {
	// ok: go-sql-format-quoted-value
	q := fmt.Sprintf("SELECT count(*) FROM %s", pqQuote(name))
	db.QueryRow(q)
}

func numeric(db *sql.DB, id int) {
	// ok: go-sql-format-quoted-value
	db.Exec(fmt.Sprintf("DELETE FROM sessions WHERE id = '%d'", id))
}

func message(name string) string {
	// ok: go-sql-format-quoted-value
	return fmt.Sprintf("select a plan for '%s'", name)
}

// the application's own query runner
func (r *repaymentRepo) markPaid(contract string) {
	// ruleid: go-sql-format-quoted-value
	r.store.ExecuteQuery(fmt.Sprintf("UPDATE repayments SET paid = 1 WHERE contract = '%s'", contract))
	// ruleid: go-sql-format-quoted-value
	q := fmt.Sprintf("SELECT * FROM repayments WHERE contract = \"%v\"", contract)
	r.store.RunSQL(q)
	// ok: go-sql-format-quoted-value
	r.store.ExecuteQuery("UPDATE repayments SET paid = 1 WHERE contract = ?", contract)
	// ok: go-sql-format-quoted-value
	r.log.Execute(fmt.Sprintf("select a plan for '%s'", contract))
}
