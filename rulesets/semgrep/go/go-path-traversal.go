package handlers

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

const contractsDir = "/srv/contracts"

func downloadContract(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go-path-traversal
	data, _ := os.ReadFile(filepath.Join(contractsDir, name))
	w.Write(data)

	// ok: go-path-traversal
	data2, _ := os.ReadFile(filepath.Join(contractsDir, filepath.Base(name)))
	w.Write(data2)

	// ruleid: go-path-traversal
	http.ServeFile(w, r, contractsDir+"/"+r.FormValue("doc"))
}

func checked(w http.ResponseWriter, r *http.Request) {
	p := filepath.Clean(filepath.Join(contractsDir, r.URL.Query().Get("name")))
	if !strings.HasPrefix(p, contractsDir+string(os.PathSeparator)) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	f, _ := os.Open(p)
	defer f.Close()
}

func ginDownload(c *gin.Context) {
	// ruleid: go-path-traversal
	c.File("/srv/uploads/" + c.Param("file"))
	// ok: go-path-traversal
	c.File("/srv/static/terms.pdf")
}
