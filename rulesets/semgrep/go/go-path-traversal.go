package handlers

import (
	"database/sql"
	"encoding/json"
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

// A JSON body of the request being served is request data.
type decodedRequestPathTraversal struct{ Value string }

func decodedFromRequestPathTraversal(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var in decodedRequestPathTraversal
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
		return
	}
	// ruleid: go-path-traversal
	data, _ := os.ReadFile(in.Value)
	w.Write(data)
}

// The JSON body of a response the program fetched itself is not request data.
func decodedFromResponsePathTraversal(w http.ResponseWriter, r *http.Request, db *sql.DB, client *http.Client) {
	resp, err := http.Get("https://rates.example.kz/v1/current")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var fetched decodedRequestPathTraversal
	_ = json.NewDecoder(resp.Body).Decode(&fetched)
	// ok: go-path-traversal
	data, _ := os.ReadFile(fetched.Value)
	w.Write(data)

	req, _ := http.NewRequest(http.MethodGet, "https://bureau.example.kz/v2/status", nil)
	resp2, err := client.Do(req)
	if err != nil {
		return
	}
	defer resp2.Body.Close()
	var status decodedRequestPathTraversal
	_ = json.NewDecoder(resp2.Body).Decode(&status)
	// ok: go-path-traversal
	data, _ := os.ReadFile(status.Value)
	w.Write(data)
}

// A name that a validator refused ends the handler: the path is built only from an accepted one.
func deleteStatement(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if !validStatementName(name) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	os.Remove(filepath.Join(contractsDir, name))
}

func statementLog(w http.ResponseWriter, r *http.Request) {
	client := r.URL.Query().Get("client")
	err := naming.ValidateClientName(client)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal
	data, _ := os.ReadFile(filepath.Join(contractsDir, client, "statement.log"))
	w.Write(data)
}

// A check that does not stop the handler, or one named for something else, clears nothing.
func statementUnchecked(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if !validStatementName(name) {
		log.Printf("odd name %s", name)
	}
	// ruleid: go-path-traversal
	os.Remove(filepath.Join(contractsDir, name))
	if !strings.HasSuffix(name, ".pdf") {
		return
	}
	// ruleid: go-path-traversal
	os.Remove(filepath.Join(contractsDir, name))
}

// A record loaded by the request's key: its own path is the server's, not the request's text.
func loanFolder(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("loan")
	loan, err := ledger.LoadLoanByNumber(db, id)
	if err != nil {
		http.Error(w, "no such loan", http.StatusNotFound)
		return
	}
	// ok: go-path-traversal
	entries, _ := os.ReadDir(loan.Folder())
	_ = entries
	// ruleid: go-path-traversal
	os.ReadDir(filepath.Join(loan.Folder(), id))
	// a helper that only builds the path is no lookup
	// ruleid: go-path-traversal
	os.ReadDir(statementPath(id))
}

// A slice of the request's path: `/statements/<name>` served from the statements folder.
func serveStatementSlice(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-path-traversal
	os.ReadFile("/srv/statements/" + r.URL.Path[len("/statements/"):])
	rest := r.URL.Path
	name := rest[12:]
	// ruleid: go-path-traversal
	os.ReadFile(filepath.Join("/srv/statements", name))
	// ok: go-path-traversal
	os.ReadFile(filepath.Join("/srv/statements", filepath.Base(r.URL.Path[12:])))
	fixed := "statement-2026-01.pdf"
	// ok: go-path-traversal
	os.ReadFile("/srv/statements/" + fixed[:9])
}

// a name cleaned as a rooted path and then joined under the folder cannot climb out of it
func downloadStatement(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	rooted := filepath.Clean("/" + name)
	// ok: go-path-traversal
	data, _ := os.ReadFile(filepath.Join(contractsDir, rooted))
	w.Write(data)
	// ok: go-path-traversal
	again, _ := os.ReadFile(filepath.Join(contractsDir, filepath.Clean("/"+name)))
	w.Write(again)
	// the rooted path alone is still any absolute file
	// ruleid: go-path-traversal
	abs, _ := os.ReadFile(rooted)
	w.Write(abs)
}

// the file name of a multipart upload is reduced to its base name by the standard library
// (mime/multipart, Go 1.17 and later); a folder taken from the form is still the client's
func saveBorrowerScan(c *gin.Context) {
	fh, err := c.FormFile("scan")
	if err != nil {
		return
	}
	// ok: go-path-traversal
	c.SaveUploadedFile(fh, filepath.Join("/srv/scans", fh.Filename))
	// ruleid: go-path-traversal
	c.SaveUploadedFile(fh, filepath.Join("/srv/scans", c.PostForm("folder"), fh.Filename))
}

func saveGuarantorScans(c *gin.Context) {
	form, _ := c.MultipartForm()
	for _, fh := range form.File["scans"] {
		// ok: go-path-traversal
		c.SaveUploadedFile(fh, "/srv/scans/"+fh.Filename)
	}
}
