package handlers

import (
	"database/sql"
	"encoding/json"
	"html/template"
	"net/http"
)

func preview(w http.ResponseWriter, r *http.Request) {
	body := r.FormValue("template")
	// ruleid: go-template-injection
	t, _ := template.New("sms").Parse(body)
	t.Execute(w, nil)

	tm := template.New("email")
	// ruleid: go-template-injection
	tm.Parse(r.PostFormValue("tpl"))

	// ok: go-template-injection
	t2 := template.Must(template.New("sms").Parse("Ваш платёж {{.Amount}} принят"))
	t2.Execute(w, map[string]string{"Amount": r.FormValue("amount")})
}

// A JSON body of the request being served is request data.
type decodedRequestTemplateInjection struct{ Value string }

func decodedFromRequestTemplateInjection(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var in decodedRequestTemplateInjection
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
		return
	}
	// ruleid: go-template-injection
	t, _ := template.New("sms").Parse(in.Value)
	t.Execute(w, nil)
}

// The JSON body of a response the program fetched itself is not request data.
func decodedFromResponseTemplateInjection(w http.ResponseWriter, r *http.Request, db *sql.DB, client *http.Client) {
	resp, err := http.Get("https://rates.example.kz/v1/current")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var fetched decodedRequestTemplateInjection
	_ = json.NewDecoder(resp.Body).Decode(&fetched)
	// ok: go-template-injection
	t, _ := template.New("sms").Parse(fetched.Value)
	t.Execute(w, nil)

	req, _ := http.NewRequest(http.MethodGet, "https://bureau.example.kz/v2/status", nil)
	resp2, err := client.Do(req)
	if err != nil {
		return
	}
	defer resp2.Body.Close()
	var status decodedRequestTemplateInjection
	_ = json.NewDecoder(resp2.Body).Decode(&status)
	// ok: go-template-injection
	t, _ := template.New("sms").Parse(status.Value)
	t.Execute(w, nil)
}
