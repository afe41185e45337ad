package crypt

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rc4"
)

func legacy(key []byte) {
	// ruleid: go-weak-cipher
	b, _ := des.NewTripleDESCipher(key)
	_ = b
	// ruleid: go-weak-cipher
	c, _ := rc4.NewCipher(key)
	_ = c
}

func ecb(key, src []byte) []byte {
	block, _ := aes.NewCipher(key)
	dst := make([]byte, len(src))
	for i := 0; i < len(src); i += aes.BlockSize {
		// ruleid: go-weak-cipher
		block.Encrypt(dst[i:i+aes.BlockSize], src[i:i+aes.BlockSize])
	}
	return dst
}

func gcm(key, nonce, pt []byte) []byte {
	block, _ := aes.NewCipher(key)
	// ok: go-weak-cipher
	g, _ := cipher.NewGCM(block)
	return g.Seal(nil, nonce, pt, nil)
}
