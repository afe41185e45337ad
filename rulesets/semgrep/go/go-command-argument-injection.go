package handlers

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func cloneRepo(w http.ResponseWriter, r *http.Request) {
	repo := r.FormValue("repo")
	// ruleid: go-command-argument-injection
	exec.Command("git", "clone", repo, "/srv/mirror").Run()

	// ok: go-command-argument-injection
	exec.Command("git", "clone", "--", repo, "/srv/mirror").Run()

	name := r.URL.Query().Get("file")
	// ok: go-command-argument-injection
	exec.Command("libreoffice", "--convert-to", "pdf", "/data/reports/"+name).Run()
}

func pingHost(c *gin.Context) {
	host := c.Query("host")
	// ruleid: go-command-argument-injection
	exec.CommandContext(c.Request.Context(), "ping", "-c", "1", host).Run()

	// ok: go-command-argument-injection
	exec.CommandContext(c.Request.Context(), "ping", "-c", "1", "--", host).Run()
}

func fixed(w http.ResponseWriter, r *http.Request) {
	// ok: go-command-argument-injection
	exec.Command("uptime").Run()
	count := r.FormValue("count")
	n, _ := strconv.Atoi(count)
	// ok: go-command-argument-injection
	exec.Command("seq", strconv.Itoa(n)).Run()
}

// a shell with -c is go-command-injection's, not this rule's
func viaShell(w http.ResponseWriter, r *http.Request) {
	cmd := r.FormValue("cmd")
	// ok: go-command-argument-injection
	exec.Command("sh", "-c", cmd).Run()
}

// a value the program chose, not request data
func report(dir string) {
	// ok: go-command-argument-injection
	exec.Command("tar", "czf", "/tmp/out.tgz", dir).Run()
}

// A JSON body of the request being served is request data.
type decodedRequestCommandArgumentInjection struct{ Value string }

func decodedFromRequestCommandArgumentInjection(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var in decodedRequestCommandArgumentInjection
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
		return
	}
	// ruleid: go-command-argument-injection
	exec.Command("git", "clone", in.Value, "/srv/mirror").Run()
}

// The JSON body of a response the program fetched itself is not request data.
func decodedFromResponseCommandArgumentInjection(w http.ResponseWriter, r *http.Request, db *sql.DB, client *http.Client) {
	resp, err := http.Get("https://rates.example.kz/v1/current")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var fetched decodedRequestCommandArgumentInjection
	_ = json.NewDecoder(resp.Body).Decode(&fetched)
	// ok: go-command-argument-injection
	exec.Command("git", "clone", fetched.Value, "/srv/mirror").Run()

	req, _ := http.NewRequest(http.MethodGet, "https://bureau.example.kz/v2/status", nil)
	resp2, err := client.Do(req)
	if err != nil {
		return
	}
	defer resp2.Body.Close()
	var status decodedRequestCommandArgumentInjection
	_ = json.NewDecoder(resp2.Body).Decode(&status)
	// ok: go-command-argument-injection
	exec.Command("git", "clone", status.Value, "/srv/mirror").Run()
}

// the program named through a local constant is still a fixed program
func statementByName(w http.ResponseWriter, r *http.Request) {
	tool := "pdftotext"
	name := r.URL.Query().Get("file")
	// ruleid: go-command-argument-injection
	exec.Command(tool, name).Run()
}

func shellByName(w http.ResponseWriter, r *http.Request) {
	shell := "sh"
	script := r.URL.Query().Get("script")
	// ok: go-command-argument-injection
	exec.Command(shell, "-c", script).Run()
}
