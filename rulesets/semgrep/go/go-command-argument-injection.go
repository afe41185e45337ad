package handlers

import (
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
