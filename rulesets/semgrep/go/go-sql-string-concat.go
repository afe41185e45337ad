package repo

import (
	"context"
	"database/sql"
	"fmt"
)

type ClientRepo struct{ db *sql.DB }

func (r *ClientRepo) FindByPhone(ctx context.Context, phone string) (*sql.Rows, error) {
	// ruleid: go-sql-string-concat
	return r.db.QueryContext(ctx, "SELECT id, full_name FROM clients WHERE phone = '"+phone+"'")
}

func (r *ClientRepo) FindByPhoneSafe(ctx context.Context, phone string) (*sql.Rows, error) {
	// ok: go-sql-string-concat
	return r.db.QueryContext(ctx, "SELECT id, full_name FROM clients WHERE phone = $1", phone)
}

func CountBy(db *sql.DB, status string) (int, error) {
	var n int
	q := fmt.Sprintf("SELECT count(*) FROM loans WHERE status = '%s'", status)
	// ruleid: go-sql-string-concat
	err := db.QueryRow(q).Scan(&n)
	return n, err
}

func RunMigration(db *sql.DB, stmt string) error {
	// ok: go-sql-string-concat
	_, err := db.Exec(stmt)
	return err
}

// a context argument not named for a context (`rc`, a request-scoped one handed down)
func (r *ClientRepo) ArrearsOf(rc context.Context, branch string) (*sql.Rows, error) {
	// ruleid: go-sql-string-concat
	return r.db.QueryContext(rc, "SELECT loan_id FROM arrears WHERE branch = '"+branch+"'")
}

func (r *ClientRepo) ArrearsOfSafe(rc context.Context, branch string) (*sql.Rows, error) {
	// ok: go-sql-string-concat
	return r.db.QueryContext(rc, "SELECT loan_id FROM arrears WHERE branch = $1", branch)
}
