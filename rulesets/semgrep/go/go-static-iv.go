package crypt

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
)

func encStatic(key, pt []byte) []byte {
	block, _ := aes.NewCipher(key)
	iv := []byte("0123456789abcdef")
	// ruleid: go-static-iv
	mode := cipher.NewCBCEncrypter(block, iv)
	out := make([]byte, len(pt))
	mode.CryptBlocks(out, pt)
	return out
}

func encZeroNonce(g cipher.AEAD, pt []byte) []byte {
	// ruleid: go-static-iv
	return g.Seal(nil, make([]byte, g.NonceSize()), pt, nil)
}

func encRandom(key, pt []byte) []byte {
	block, _ := aes.NewCipher(key)
	iv := make([]byte, aes.BlockSize)
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		panic(err)
	}
	// ok: go-static-iv
	mode := cipher.NewCBCEncrypter(block, iv)
	out := make([]byte, len(pt))
	mode.CryptBlocks(out, pt)
	return append(iv, out...)
}

func encGCM(g cipher.AEAD, pt []byte) []byte {
	nonce := make([]byte, g.NonceSize())
	rand.Read(nonce)
	// ok: go-static-iv
	return g.Seal(nonce, nonce, pt, nil)
}
