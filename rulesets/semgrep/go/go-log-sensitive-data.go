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

type callbackLogger interface {
	Info(ctx context.Context, msg string)
	Error(ctx context.Context, msg string)
}

// A message built with fmt.Sprintf and handed to a logger logs its arguments just the same.
func checkCallback(ctx context.Context, lg callbackLogger, headers http.Header, deviceSecret string, req struct{ OtpCode string }) {
	callbackToken := headers.Get("x-callback-token")
	eventId := headers.Get("webhook-id")
	// ruleid: go-log-sensitive-data
	lg.Info(ctx, fmt.Sprintf("validating callback token=%s event=%s", callbackToken, eventId))
	// ruleid: go-log-sensitive-data
	log.Println(fmt.Sprint("device secret: ", deviceSecret))
	// ruleid: go-log-sensitive-data
	lg.Error(ctx, fmt.Sprintf("login failed for %s otp=%s", eventId, req.OtpCode))
	// ok: go-log-sensitive-data
	lg.Info(ctx, fmt.Sprintf("callback received event=%s", eventId))
	// ok: go-log-sensitive-data
	lg.Info(ctx, fmt.Sprintf("callback token present=%t length=%d", callbackToken != "", len(callbackToken)))
	// ok: go-log-sensitive-data
	lg.Error(ctx, fmt.Sprint("[Callback] unmarshal error: ", eventId))
}

// An error answered to the client is not a log line (go-secret-in-response is about that).
func rejectCallback(w http.ResponseWriter, callbackToken string) {
	// ok: go-log-sensitive-data
	http.Error(w, fmt.Sprintf("unknown token %s", callbackToken), http.StatusUnauthorized)
}

