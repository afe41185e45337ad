package otp

import (
	"fmt"
	"math/rand"
	"time"
)

func GenerateOTP() string {
	// ruleid: go-insecure-random
	return fmt.Sprintf("%06d", rand.Intn(1000000))
}

func newSession() string {
	letters := "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 32)
	for i := range b {
		// ruleid: go-insecure-random
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func retryDelay() time.Duration {
	// ok: go-insecure-random
	return time.Duration(rand.Intn(500)) * time.Millisecond
}

func handler() {
	// ruleid: go-insecure-random
	resetCode := rand.Int63()
	_ = resetCode
	// ok: go-insecure-random
	jitter := rand.Float64()
	_ = jitter
}
