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
