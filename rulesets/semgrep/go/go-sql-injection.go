package handlers

import (
	"context"
	"encoding/json"
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Server struct {
	db   *sql.DB
	gorm *gorm.DB
}

func (s *Server) clientByIIN(w http.ResponseWriter, r *http.Request) {
	iin := r.URL.Query().Get("iin")
	// ruleid: go-sql-injection
	rows, err := s.db.Query("SELECT id, full_name FROM clients WHERE iin = '" + iin + "'")
	_ = rows
	_ = err

	q := fmt.Sprintf("SELECT * FROM loans WHERE client_iin = '%s'", r.FormValue("iin"))
	// ruleid: go-sql-injection
	s.db.QueryRow(q)

	// ok: go-sql-injection
	s.db.QueryRow("SELECT id, full_name FROM clients WHERE iin = $1", iin)
}

func (s *Server) loansByStatus(w http.ResponseWriter, r *http.Request) {
	var sb strings.Builder
	sb.WriteString("SELECT * FROM loans WHERE status = '")
	sb.WriteString(r.URL.Query().Get("status"))
	sb.WriteString("'")
	// ruleid: go-sql-injection
	s.db.ExecContext(r.Context(), sb.String())

	id, _ := strconv.Atoi(r.URL.Query().Get("id"))
	// ok: go-sql-injection
	s.db.Exec(fmt.Sprintf("DELETE FROM drafts WHERE id = %d", id))

	// ok: go-sql-injection
	s.db.ExecContext(r.Context(), "UPDATE loans SET status = $1 WHERE id = $2", r.FormValue("status"), id)
}

type LoanFilter struct {
	Sort string `json:"sort"`
}

func (s *Server) ginLoans(c *gin.Context) {
	phone := c.Query("phone")
	var loans []Loan
	// ruleid: go-sql-injection
	s.gorm.Raw("SELECT * FROM loans WHERE phone = '" + phone + "'").Scan(&loans)
	// ok: go-sql-injection
	s.gorm.Where("phone = ?", phone).Find(&loans)

	var f LoanFilter
	if err := c.ShouldBindJSON(&f); err != nil {
		return
	}
	// ruleid: go-sql-injection
	s.gorm.Order(f.Sort).Find(&loans)
	// ok: go-sql-injection
	s.gorm.Order("created_at desc").Find(&loans)
}

func (s *Server) pgx(ctx context.Context, c *gin.Context) {
	name := c.Param("name")
	// ruleid: go-sql-injection
	s.pool.Query(ctx, "SELECT * FROM t WHERE name = '"+name+"'")
	// ok: go-sql-injection
	s.pool.Query(ctx, "SELECT * FROM t WHERE name = $1", name)
}

func notFromRequest(db *sql.DB, table string) {
	// ok: go-sql-injection
	db.Query("SELECT count(*) FROM " + table)
}

// gRPC: the request message of a unary method is the client's data
type loanServer struct {
	pb.UnimplementedLoanServiceServer
	db *sql.DB
}

func (s *loanServer) FindLoans(ctx context.Context, req *pb.FindLoansRequest) (*pb.FindLoansReply, error) {
	// ruleid: go-sql-injection
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM loans WHERE iin = '"+req.GetIin()+"'")
	_ = rows
	return &pb.FindLoansReply{}, err
}

func (s *loanServer) CountLoans(ctx context.Context, req *pb.CountLoansRequest) (*pb.CountLoansReply, error) {
	region := req.Region
	// ruleid: go-sql-injection
	row := s.db.QueryRowContext(ctx, fmt.Sprintf("SELECT count(*) FROM loans WHERE region = '%s'", region))
	_ = row
	// ok: go-sql-injection
	row = s.db.QueryRowContext(ctx, "SELECT count(*) FROM loans WHERE region = $1", req.Region)
	return &pb.CountLoansReply{}, nil
}

// not a gRPC method: a helper taking the application's own options
func (s *loanServer) purge(ctx context.Context, opts *store.PurgeOptions) error {
	// ok: go-sql-injection
	_, err := s.db.ExecContext(ctx, "DELETE FROM loans WHERE region = '"+opts.Region+"'")
	return err
}

// A JSON body of the request being served is request data.
type decodedRequestSqlInjection struct{ Value string }

func decodedFromRequestSqlInjection(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var in decodedRequestSqlInjection
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
		return
	}
	// ruleid: go-sql-injection
	rows, _ := db.Query("SELECT id FROM clients WHERE iin = '" + in.Value + "'")
	_ = rows
}

// The JSON body of a response the program fetched itself is not request data.
func decodedFromResponseSqlInjection(w http.ResponseWriter, r *http.Request, db *sql.DB, client *http.Client) {
	resp, err := http.Get("https://rates.example.kz/v1/current")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var fetched decodedRequestSqlInjection
	_ = json.NewDecoder(resp.Body).Decode(&fetched)
	// ok: go-sql-injection
	rows, _ := db.Query("SELECT id FROM clients WHERE iin = '" + fetched.Value + "'")
	_ = rows

	req, _ := http.NewRequest(http.MethodGet, "https://bureau.example.kz/v2/status", nil)
	resp2, err := client.Do(req)
	if err != nil {
		return
	}
	defer resp2.Body.Close()
	var status decodedRequestSqlInjection
	_ = json.NewDecoder(resp2.Body).Decode(&status)
	// ok: go-sql-injection
	rows, _ := db.Query("SELECT id FROM clients WHERE iin = '" + status.Value + "'")
	_ = rows
}

// A query object run with a context: `Exec(ctx)` takes no query text, and a context whose
// deadline the request chose (`?timeout=`) is still no SQL.
func queryObjectWithRequestTimeout(w http.ResponseWriter, r *http.Request, engine *scoring.Engine, db *sql.DB) {
	ctx := r.Context()
	timeout, _ := time.ParseDuration(r.FormValue("timeout"))
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	qry := engine.NewQuery(r.FormValue("rule"))
	// ok: go-sql-injection
	res := qry.Exec(ctx)
	// ok: go-sql-injection
	rows, _ := qry.Query(r.Context())
	_, _ = res, rows
	// ruleid: go-sql-injection
	db.Exec("UPDATE loans SET status = '" + r.FormValue("status") + "'")
	// ruleid: go-sql-injection
	db.ExecContext(ctx, "UPDATE loans SET status = '"+r.FormValue("status")+"'")
}

// A method that shares a database call's name but takes a decoded request struct runs no SQL
// text: SQL text is a string, never a struct of another package.
func runInContainer(w http.ResponseWriter, r *http.Request, box Sandbox) {
	job := jobs.RunRequest{}
	json.NewDecoder(r.Body).Decode(&job)
	// ok: go-sql-injection
	box.Exec(job, nil, w)

	var filter loans.Filter
	json.NewDecoder(r.Body).Decode(&filter)
	// ok: go-sql-injection
	gormDB.Where(filter).Find(&rows)
}

func queryTextFromStruct(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var req struct{ Sort string }
	json.NewDecoder(r.Body).Decode(&req)
	// ruleid: go-sql-injection
	db.Exec("UPDATE loans SET paid = true ORDER BY " + req.Sort)
	var order string
	json.NewDecoder(r.Body).Decode(&order)
	// ruleid: go-sql-injection
	db.Query(order)
}

// A branch code cut from the request's path.
func (s *Store) branchBySlice(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Path[len("/branches/"):]
	// ruleid: go-sql-injection
	s.db.Query("SELECT id FROM branches WHERE code = '" + code + "'")
	// ok: go-sql-injection
	s.db.Query("SELECT id FROM branches WHERE code = $1", code)
}

// the gin context itself handed over as the context.Context of database/sql's *Context methods
func (s *Server) arrearsByBranch(c *gin.Context) {
	{
		text := "SELECT loan_id FROM arrears WHERE branch = '" + c.Query("branch") + "'"
		// ruleid: go-sql-injection
		rows, _ := s.db.QueryContext(c, text)
		defer rows.Close()
	}
	// ruleid: go-sql-injection
	s.db.ExecContext(c, "UPDATE arrears SET officer = '"+c.PostForm("officer")+"'")
	// ok: go-sql-injection
	s.db.QueryRowContext(c, "SELECT count(*) FROM arrears WHERE branch = ?", c.Query("branch"))
}

// the application's own query runner (a method named for running SQL text) is handed SQL text
// built from the request
type loanRepo struct{ store *sqlStore }

func (h *loanRepo) overdueByRegion(c *gin.Context) {
	region := c.Query("region")
	stmt := "SELECT loan_id, amount FROM overdue WHERE 1=1"
	if region != "" {
		stmt += " AND region = '" + region + "'"
	}
	// ruleid: go-sql-injection
	rows, _ := h.store.ExecuteQuery(stmt)
	_ = rows
	// ruleid: go-sql-injection
	h.store.RunSQL("DELETE FROM overdue WHERE loan_id = " + c.Param("loan"))
	// ruleid: go-sql-injection
	h.store.RawQuery(fmt.Sprintf("UPDATE overdue SET officer = '%s'", c.PostForm("officer")))
	// ok: go-sql-injection
	h.store.ExecuteQuery("SELECT loan_id FROM overdue WHERE region = ?", region)
	// a query runner given text that is not SQL (a search engine's query string) is no SQL sink
	term := c.Query("q")
	// ok: go-sql-injection
	h.store.ExecuteQuery(term)
	search := "title:" + term
	// ok: go-sql-injection
	h.store.RunQuery(search)
}

// ent: the generated predicates (`loan.BranchEQ(v)`, `sql.EQ(col, v)`, `predicate.Loan(...)`) bind
// their values as query arguments; a builder's Where given them runs no request text as SQL.
func (s *Server) entLoans(c *gin.Context) {
	branch := c.Query("branch")
	status := c.Query("status")
	// ok: go-sql-injection
	s.ent.Loan.Query().Where(loan.BranchEQ(branch)).All(c)
	// ok: go-sql-injection
	s.ent.Loan.Delete().Where(loan.And(loan.StatusEQ(status), loan.BranchIn(branch))).Exec(c)
	preds := []predicate.Loan{loan.OfficerContainsFold(c.Query("officer"))}
	// ok: go-sql-injection
	s.ent.Loan.Query().Where(preds...).Count(c)
	// ok: go-sql-injection
	s.ent.Loan.Query().Where(loan.HasClientWith(client.IinEQ(c.Param("iin")))).All(c)
	// ok: go-sql-injection
	s.ent.Loan.Query().Where(predicate.Loan(func(sel *entsql.Selector) {
		// ok: go-sql-injection
		sel.Where(entsql.EQ(sel.C(loan.FieldRegion), c.Query("region")))
		// ok: go-sql-injection
		sel.Where(entsql.NotInValues(sel.C(loan.FieldOfficer), c.QueryArray("officer")...))
	})).All(c)
	// raw SQL text inside an ent predicate is still SQL text
	s.ent.Loan.Query().Where(predicate.Loan(func(sel *entsql.Selector) {
		// ruleid: go-sql-injection
		sel.Where(entsql.ExprP("region = '" + c.Query("region") + "'"))
	})).All(c)
	// ruleid: go-sql-injection
	p := entsql.ExprP("officer = '" + c.Query("officer") + "'")
	_ = p
	// ok: go-sql-injection
	s.ent.Loan.Query().Where(loan.BranchEQ("almaty")).Modify(func(sel *entsql.Selector) {
		sel.Where(entsql.ExprP("officer = ?", c.Query("officer")))
	})
}

// ent's generated predicate itself: the value is an argument of sql.EQ
func RegionEQ(v string) predicate.Loan {
	return predicate.Loan(func(s *sql.Selector) {
		// ok: go-sql-injection
		s.Where(sql.EQ(s.C(FieldRegion), v))
	})
}

// GORM, squirrel: struct, map and condition literals are bound; string conditions are text.
func (s *Server) conditionObjects(c *gin.Context) {
	name := c.Query("name")
	var loans []Loan
	// ok: go-sql-injection
	s.gorm.Where(&Loan{Officer: name}).Find(&loans)
	// ok: go-sql-injection
	s.gorm.Where(map[string]interface{}{"officer": name}).Find(&loans)
	// ok: go-sql-injection
	s.gorm.Where(clause.Eq{Column: "officer", Value: name}).Find(&loans)
	// ok: go-sql-injection
	sq.Select("id").From("loans").Where(sq.Eq{"officer": name})
	// ruleid: go-sql-injection
	s.gorm.Where("officer = '" + name + "'").Find(&loans)
	// ruleid: go-sql-injection
	s.gorm.Where(fmt.Sprintf("officer = '%s'", name)).Find(&loans)
	// ruleid: go-sql-injection
	s.gorm.Where(clause.Expr{SQL: "officer = '" + name + "'"}).Find(&loans)
	// ruleid: go-sql-injection
	sq.Select("id").From("loans").Where(sq.Expr("officer = '" + name + "'"))
	// ruleid: go-sql-injection
	s.gorm.Where(gorm.Expr("officer = '" + name + "'")).Find(&loans)
	// ruleid: go-sql-injection
	s.gorm.Where(strings.ToLower("officer = '" + name + "'")).Find(&loans)
}
