package handlers

import (
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
