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

// A draw named as a roll, a dice or a chance decides by probability (rejecting a share of
// requests in a test mode); it is no token, even in a verifying function.
func verifyNonce(nonce string, errPercent int, valid func(string) bool) bool {
	// ok: go-insecure-random
	nonceRoll := rand.Intn(100)
	// ok: go-insecure-random
	session_dice := rand.Intn(6)
	// ok: go-insecure-random
	tokenChance := rand.Float64()
	_, _ = session_dice, tokenChance
	return valid(nonce) && nonceRoll >= errPercent
}

// A word ending in the same letters is not a roll: still reported.
func verifyPayroll() int {
	// ruleid: go-insecure-random
	payroll := rand.Intn(1000000)
	// ruleid: go-insecure-random
	tokenRollover := rand.Int63()
	_ = tokenRollover
	return payroll
}

func drawNamedNumbers() {
	// `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
	// ruleid: go-insecure-random
	pin := rand.Intn(10000)
	// ruleid: go-insecure-random
	userPin := rand.Intn(10000)
	// ruleid: go-insecure-random
	PIN_CODE := rand.Intn(10000)
	// ruleid: go-insecure-random
	pinCode := rand.Intn(10000)
	// ok: go-insecure-random
	pinned := rand.Intn(10000)
	// ok: go-insecure-random
	spinner := rand.Intn(10000)
	// ok: go-insecure-random
	shipping := rand.Intn(10000)
	// ok: go-insecure-random
	mapping := rand.Intn(10000)
	// ok: go-insecure-random
	pinyin := rand.Intn(10000)
	// ok: go-insecure-random
	opinion := rand.Intn(10000)
	// ok: go-insecure-random
	PING_INTERVAL := rand.Intn(10000)
	_, _, _, _ = pin, userPin, PIN_CODE, pinCode
	_, _, _, _, _, _, _ = pinned, spinner, shipping, mapping, pinyin, opinion, PING_INTERVAL
}
