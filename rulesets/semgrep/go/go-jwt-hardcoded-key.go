package auth

import (
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func issue(userID string) (string, error) {
	claims := jwt.MapClaims{"sub": userID, "exp": time.Now().Add(time.Hour).Unix()}
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ruleid: go-jwt-hardcoded-key
	return token.SignedString([]byte("credit-desk-signing-2024"))
}

func verify(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		// ruleid: go-jwt-hardcoded-key
		return []byte("credit-desk-signing-2024"), nil
	})
}

// a key getter that falls back to a literal when the environment has none
func loanSigningKey() []byte {
	if k := os.Getenv("LOAN_JWT_KEY"); k != "" {
		return []byte(k)
	}
	// ruleid: go-jwt-hardcoded-key
	return []byte("fallback-loan-key-9931")
}

func getHMACSecret() []byte {
	// ruleid: go-jwt-hardcoded-key
	return []byte("hmac-portal-key")
}

func fromEnv(raw string) (*jwt.Token, error) {
	key := []byte(os.Getenv("JWT_KEY"))
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		// ok: go-jwt-hardcoded-key
		return key, nil
	})
}

func issueFromEnv(token *jwt.Token) (string, error) {
	// ok: go-jwt-hardcoded-key
	return token.SignedString([]byte(os.Getenv("JWT_KEY")))
}

func keyGetter() []byte {
	// ok: go-jwt-hardcoded-key
	return []byte(os.Getenv("SIGNING_KEY"))
}

func bannerText() []byte {
	// ok: go-jwt-hardcoded-key
	return []byte("welcome to the loan portal")
}

func emptyKey() []byte {
	// ok: go-jwt-hardcoded-key
	return []byte("")
}

// a package-level []byte literal that signs or verifies tokens in the same file
// ruleid: go-jwt-hardcoded-key
var portalTokenKey = []byte("portal-signing-2024")

// ok: go-jwt-hardcoded-key
var bannerBytes = []byte("loan portal")

// ok: go-jwt-hardcoded-key
var emptyTokenKey = []byte("")

var envTokenKey = []byte(os.Getenv("PORTAL_TOKEN_KEY"))

func issuePortal(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	signed, err := token.SignedString(portalTokenKey)
	return signed, err
}

func verifyPortal(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return portalTokenKey, nil
	})
}

func issueFromEnvKey(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString(envTokenKey)
}

func showBanner() ([]byte, error) {
	return bannerBytes, nil
}

// keys grouped with other package-level names in one `var ( ... )` or `const ( ... )` block
var (
	deskName = "credit desk"
	// ruleid: go-jwt-hardcoded-key
	deskTokenKey = []byte("desk-signing-2024")
	// ruleid: go-jwt-hardcoded-key
	deskRefreshSecret = "desk-refresh-2024"
	// ok: go-jwt-hardcoded-key
	deskBanner = []byte("welcome to the credit desk")
	deskEnvKey = []byte(os.Getenv("DESK_TOKEN_KEY"))
	// ok: go-jwt-hardcoded-key
	deskEmptyKey = ""
)

const (
	deskRegion      = "kz"
	deskAuditSecret = "desk-audit-2024"
)

func issueDesk(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString(deskTokenKey)
}

func verifyDeskRefresh(raw string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(raw, &jwt.RegisteredClaims{}, func(t *jwt.Token) (interface{}, error) {
		return []byte(deskRefreshSecret), nil
	})
}

func issueDeskAudit(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ruleid: go-jwt-hardcoded-key
	return token.SignedString([]byte(deskAuditSecret))
}

func issueDeskFromEnv(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString(deskEnvKey)
}

func issueDeskEmpty(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	return token.SignedString([]byte(deskEmptyKey))
}

func deskBannerText() []byte {
	return deskBanner
}

func localKey(claims jwt.MapClaims) (string, error) {
	// a key held in a local: reported once, where it is used
	var key = "desk-local-2024"
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ruleid: go-jwt-hardcoded-key
	return token.SignedString([]byte(key))
}

// a package-level key named for token signing, used from other packages (auth.LoanJwtKey)
// ruleid: go-jwt-hardcoded-key
var LoanJwtKey = []byte("branch-office-token-key")

var (
	// ruleid: go-jwt-hardcoded-key
	tokenSigningKey = []byte("desk-signing-secret-77")
	// ok: go-jwt-hardcoded-key
	welcomeBanner = []byte("welcome to the loan portal")
)

// ok: go-jwt-hardcoded-key
var JwtKeyFromEnv = []byte(os.Getenv("LOAN_JWT_KEY"))

// ok: go-jwt-hardcoded-key
var JwtKeyEmpty = []byte("")

func localBytes() []byte {
	// ok: go-jwt-hardcoded-key
	var jwtScratch = []byte("not a package-level key")
	return jwtScratch[:0]
}
