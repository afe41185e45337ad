package auth

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

const adminDigest = "8c6976e5b5410415bde908bd4dee15dfb167a9c873fc4bb8a81f6f2ab448a918"

func md5Hex(s string) string {
	h := md5.Sum([]byte(s))
	return hex.EncodeToString(h[:])
}

func verifyOTP(w http.ResponseWriter, r *http.Request) {
	expected := "a3f5c0de9b1e4f6a8d7c2b1a0f9e8d7c"
	code := r.FormValue("code")
	// ruleid: go-hardcoded-credential-digest
	if expected != md5Hex(code) {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	sum := sha256.Sum256([]byte(r.FormValue("admin")))
	// ruleid: go-hardcoded-credential-digest
	if hex.EncodeToString(sum[:]) == adminDigest {
		w.WriteHeader(http.StatusOK)
	}
	// ruleid: go-hardcoded-credential-digest
	if md5Hex(r.FormValue("pin")) == "81dc9bdb52d04dc20036dbd8313ed055" {
		w.WriteHeader(http.StatusOK)
	}
}

func verifyStored(w http.ResponseWriter, r *http.Request, stored string) {
	// ok: go-hardcoded-credential-digest
	if md5Hex(r.FormValue("code")) == stored {
		w.WriteHeader(http.StatusOK)
	}
	// ok: go-hardcoded-credential-digest
	if len(r.FormValue("code")) == 6 {
		w.WriteHeader(http.StatusOK)
	}
}
