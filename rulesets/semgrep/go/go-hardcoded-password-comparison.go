package auth

import "fmt"

func login(user, password string) bool {
	// ruleid: go-hardcoded-password-comparison
	if user == "admin" && password == "s3cr3t!" {
		return true
	}
	return false
}

func checkPin(pin string) bool {
	// ruleid: go-hardcoded-password-comparison
	return "4321" == pin
}

func main() {
	const password = "secret123"
	// ruleid: go-hardcoded-password-comparison
	if password == "secret123" {
		fmt.Println("Access granted!")
	}
}

func empty(password string) bool {
	// ok: go-hardcoded-password-comparison
	return password == ""
}

func policy(passwordPolicy string) bool {
	// ok: go-hardcoded-password-comparison
	return passwordPolicy == "strict"
}

func compare(password, stored string) bool {
	// ok: go-hardcoded-password-comparison
	return password == stored
}

// a header token or key checked against a literal: a fixed master key for every caller
func serviceAccess(r *http.Request) bool {
	// ruleid: go-hardcoded-password-comparison
	if opsToken := r.Header.Get("X-Ops-Token"); opsToken == "ops-master-7781" {
		return true
	}
	adminApiKey := r.Header.Get("X-Admin-Key")
	// ruleid: go-hardcoded-password-comparison
	return adminApiKey == "kz-admin-2291"
}

func tokenKind(tokenType, accessToken, nextPageToken string) bool {
	// ok: go-hardcoded-password-comparison
	if tokenType == "Bearer" {
		return true
	}
	// ok: go-hardcoded-password-comparison
	if accessToken == "null" || accessToken == "undefined" {
		return false
	}
	// ok: go-hardcoded-password-comparison
	return nextPageToken == "END"
}

// a lexical token of a parser is no credential
func isOpen(token string) bool {
	// ok: go-hardcoded-password-comparison
	return token == "("
}
