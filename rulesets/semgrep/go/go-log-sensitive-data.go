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
