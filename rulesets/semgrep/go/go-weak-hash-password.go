package auth

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"io"

	"golang.org/x/crypto/bcrypt"
)

func storePassword(u *User, password string) {
	// ruleid: go-weak-hash-password
	sum := md5.Sum([]byte(password))
	u.PasswordHash = hex.EncodeToString(sum[:])
}

func signCallback(params string, key string) string {
	h := sha1.New()
	// ruleid: go-weak-hash-password
	io.WriteString(h, params+key)
	return hex.EncodeToString(h.Sum(nil))
}

func hashPin(pin string) []byte {
	// ok: go-weak-hash-password
	b, _ := bcrypt.GenerateFromPassword([]byte(pin), bcrypt.DefaultCost)
	return b
}

func signHMAC(params, key string) []byte {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(params))
	// ok: go-weak-hash-password
	return m.Sum(nil)
}

func etag(body []byte) string {
	// ok: go-weak-hash-password
	sum := md5.Sum(body)
	return hex.EncodeToString(sum[:])
}

// bcrypt at a cost below 10, the least OWASP's password storage guidance allows
func seedCashier(pin string) []byte {
	// ruleid: go-weak-hash-password
	h, _ := bcrypt.GenerateFromPassword([]byte(pin), 4)
	return h
}

func fastRegistration(password string) []byte {
	// ruleid: go-weak-hash-password
	h, _ := bcrypt.GenerateFromPassword([]byte(password), bcrypt.MinCost)
	return h
}

func registrationAtTwelve(password string) []byte {
	// ok: go-weak-hash-password
	h, _ := bcrypt.GenerateFromPassword([]byte(password), 12)
	return h
}

// a cost below bcrypt.MinCost is replaced by bcrypt.DefaultCost (10)
func registrationAtLibraryDefault(password string) []byte {
	// ok: go-weak-hash-password
	h, _ := bcrypt.GenerateFromPassword([]byte(password), 0)
	return h
}

func registrationAtConfiguredCost(password string, cost int) []byte {
	// ok: go-weak-hash-password
	h, _ := bcrypt.GenerateFromPassword([]byte(password), cost)
	return h
}
