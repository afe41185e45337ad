package handlers

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"io"
	"io/ioutil"
	"net/http"
)

func greet(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go-xss
	fmt.Fprintf(w, "<h1>Здравствуйте, %s</h1>", name)
	// ok: go-xss
	fmt.Fprintf(w, "<h1>Здравствуйте, %s</h1>", html.EscapeString(name))
	// ruleid: go-xss
	io.WriteString(w, "<p>"+r.FormValue("comment")+"</p>")
}

func render(w http.ResponseWriter, r *http.Request, t *template.Template) {
	data := map[string]interface{}{
		// ruleid: go-xss
		"Note": template.HTML(r.FormValue("note")),
		// ok: go-xss
		"Plain": r.FormValue("note"),
	}
	t.Execute(w, data)
}

func apiEcho(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	// ok: go-xss
	fmt.Fprintf(w, `{"q": %q}`, r.URL.Query().Get("q"))
}

// A raster image a browser never runs as a page; SVG is markup and can carry script.
func receiptBarcode(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "image/png")
	// ok: go-xss
	w.Write(barcodePNG(r.URL.Query().Get("ref")))
}

func receiptBadge(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "image/svg+xml")
	// ruleid: go-xss
	w.Write([]byte(r.URL.Query().Get("badge")))
}

func jsonOut(w http.ResponseWriter, r *http.Request) {
	b, _ := json.Marshal(r.URL.Query().Get("q"))
	// ok: go-xss
	w.Write(b)
}

// encoding/json escapes <, > and & in strings (\u003c, \u003e, \u0026) for Marshal,
// MarshalIndent and an Encoder left at its default: its output cannot open an HTML element.
func jsonIndented(w http.ResponseWriter, r *http.Request) {
	resp := map[string]string{"code": r.URL.Query().Get("code")}
	data, err := json.MarshalIndent(resp, "", "    ")
	if err != nil {
		return
	}
	// ok: go-xss
	w.Write(data)
}

func jsonEncoded(w http.ResponseWriter, r *http.Request) {
	// ok: go-xss
	json.NewEncoder(w).Encode(map[string]string{"q": r.URL.Query().Get("q")})
}

func jsonUnescaped(w http.ResponseWriter, r *http.Request) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	// todoruleid: go-xss
	enc.Encode(r.URL.Query().Get("q"))
}

// The header map taken into a variable first: the JSON content type still holds.
func repaymentAPI(w http.ResponseWriter, r *http.Request) {
	header := w.Header()
	header.Set("Content-Type", "application/json")
	body, _ := ioutil.ReadAll(r.Body)
	// ok: go-xss
	w.Write(body)
}

func repaymentPage(w http.ResponseWriter, r *http.Request) {
	header := w.Header()
	header.Set("Cache-Control", "no-store")
	body, _ := ioutil.ReadAll(r.Body)
	// ruleid: go-xss
	w.Write(body)
}

// A JSON body of the request being served is request data.
type decodedRequestXss struct{ Value string }

func decodedFromRequestXss(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var in decodedRequestXss
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
		return
	}
	// ruleid: go-xss
	fmt.Fprintf(w, "<p>%s</p>", in.Value)
}

// The JSON body of a response the program fetched itself is not request data.
func decodedFromResponseXss(w http.ResponseWriter, r *http.Request, db *sql.DB, client *http.Client) {
	resp, err := http.Get("https://rates.example.kz/v1/current")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var fetched decodedRequestXss
	_ = json.NewDecoder(resp.Body).Decode(&fetched)
	// ok: go-xss
	fmt.Fprintf(w, "<p>%s</p>", fetched.Value)

	req, _ := http.NewRequest(http.MethodGet, "https://bureau.example.kz/v2/status", nil)
	resp2, err := client.Do(req)
	if err != nil {
		return
	}
	defer resp2.Body.Close()
	var status decodedRequestXss
	_ = json.NewDecoder(resp2.Body).Decode(&status)
	// ok: go-xss
	fmt.Fprintf(w, "<p>%s</p>", status.Value)
}

// A certificate chain, a certificate, a CRL or an archive sent with its own media type is not a
// page a browser renders.
func certificateChain(w http.ResponseWriter, r *http.Request) {
	serial := r.URL.Query().Get("serial")
	w.Header().Set("Content-Type", "application/pem-certificate-chain; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	// ok: go-xss
	w.Write(chainFor(serial))
}

func issuerCertificate(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/pkix-cert")
	// ok: go-xss
	w.Write(certFor(r.URL.Query().Get("issuer")))
}

func statementArchive(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/zip")
	// ok: go-xss
	w.Write(archiveFor(r.URL.Query().Get("month")))
}

func statementXML(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/xhtml+xml")
	// ruleid: go-xss
	w.Write([]byte(r.URL.Query().Get("month")))
}

// With no Content-Type set, net/http sniffs the type from the first bytes written: a response
// that begins with fixed plain text (not "<", not whitespace) is served as text/plain.
func loanStatus(w http.ResponseWriter, r *http.Request) {
	loan := r.URL.Query().Get("loan")
	// ok: go-xss
	fmt.Fprintf(w, "Loan %s is overdue", loan)
	// ok: go-xss
	fmt.Fprintln(w, "Borrower:", r.FormValue("borrower"))
}

func loanStatusAfterMarkup(w http.ResponseWriter, r *http.Request) {
	loan := r.URL.Query().Get("loan")
	fmt.Fprint(w, "<html><body>")
	// ruleid: go-xss
	fmt.Fprintf(w, "Loan %s is overdue", loan)
}

func loanStatusHTML(w http.ResponseWriter, r *http.Request) {
	loan := r.URL.Query().Get("loan")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ruleid: go-xss
	fmt.Fprintf(w, "Loan %s is overdue", loan)
}

func loanStatusValueFirst(w http.ResponseWriter, r *http.Request) {
	loan := r.URL.Query().Get("loan")
	// ruleid: go-xss
	fmt.Fprintf(w, "%s is overdue", loan)
}

func loanStatusSpaceFirst(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-xss
	fmt.Fprintf(w, " Loan %s", r.URL.Query().Get("loan"))
}
