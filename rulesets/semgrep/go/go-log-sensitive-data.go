package auth

import (
	"log"

	"go.uber.org/zap"
)

type LoginRequest struct {
	Phone    string
	Password string
}

func login(req LoginRequest, logger *zap.Logger, otp string) {
	// ruleid: go-log-sensitive-data
	log.Printf("login attempt phone=%s password=%s", req.Phone, req.Password)
	// ok: go-log-sensitive-data
	log.Printf("login attempt phone=%s", req.Phone)
	// ruleid: go-log-sensitive-data
	logger.Info("otp sent", zap.String("otp", otp))
	// ok: go-log-sensitive-data
	logger.Info("otp sent", zap.String("phone", req.Phone), zap.Int("otp_len", len(otp)))
}

func printLogin(req LoginRequest, token string) {
	// standard output and error are the container's log
	// ruleid: go-log-sensitive-data
	fmt.Printf("issued token %s\n", token)
	// ruleid: go-log-sensitive-data
	fmt.Fprintln(os.Stderr, "password:", req.Password)
	// ok: go-log-sensitive-data
	fmt.Printf("login ok for %s\n", req.Phone)
	// ok: go-log-sensitive-data
	msg := fmt.Sprintf("token=%s", token)
	_ = msg
}
