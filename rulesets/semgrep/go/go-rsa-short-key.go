package keys

import (
	"crypto/rand"
	"crypto/rsa"
)

func weak() {
	// ruleid: go-rsa-short-key
	k, _ := rsa.GenerateKey(rand.Reader, 1024)
	_ = k
	// ok: go-rsa-short-key
	k2, _ := rsa.GenerateKey(rand.Reader, 3072)
	_ = k2
}
