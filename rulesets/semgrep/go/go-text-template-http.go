package handlers

import (
	"net/http"
	"os"
	"text/template"
)

var page = template.Must(template.New("p").Parse("<p>{{.}}</p>"))

func show(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-text-template-http
	page.Execute(w, r.FormValue("name"))
}

func toFile(f *os.File) {
	// ok: go-text-template-http
	page.Execute(f, "report")
}
