package auth

import (
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

var loanDeskKey []byte

type borrowerClaims struct {
	BorrowerID string `json:"bid"`
	jwt.RegisteredClaims
}

// the key function hands back the key whatever algorithm the token names
func borrowerFromToken(raw string) (*jwt.Token, error) {
	// ruleid: go-jwt-algorithm-not-pinned
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return loanDeskKey, nil
	})
}

func officerClaims(raw string) (*borrowerClaims, error) {
	claims := &borrowerClaims{}
	// ruleid: go-jwt-algorithm-not-pinned
	_, err := jwt.ParseWithClaims(raw, claims, func(tok *jwt.Token) (any, error) {
		return loanDeskKey, nil
	}, jwt.WithExpirationRequired())
	return claims, err
}

func withParser(raw string) (*jwt.Token, error) {
	p := jwt.NewParser(jwt.WithLeeway(5))
	// ruleid: go-jwt-algorithm-not-pinned
	return p.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return loanDeskKey, nil
	})
}

func chained(raw string) (*jwt.Token, error) {
	// ruleid: go-jwt-algorithm-not-pinned
	return jwt.NewParser().Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return loanDeskKey, nil
	})
}

// a named key function whose body is in this file and checks nothing
func repaymentKey(t *jwt.Token) (interface{}, error) {
	return loanDeskKey, nil
}

func repaymentToken(raw string) (*jwt.Token, error) {
	// ruleid: go-jwt-algorithm-not-pinned
	return jwt.Parse(raw, repaymentKey)
}

// ---- the method is checked or pinned ----

func checkedType(raw string) (*jwt.Token, error) {
	// ok: go-jwt-algorithm-not-pinned
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return loanDeskKey, nil
	})
}

func checkedAlg(raw string) (*jwt.Token, error) {
	// ok: go-jwt-algorithm-not-pinned
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if t.Method.Alg() != jwt.SigningMethodHS256.Alg() {
			return nil, errors.New("bad alg")
		}
		return loanDeskKey, nil
	})
}

func pinnedOption(raw string) (*jwt.Token, error) {
	// ok: go-jwt-algorithm-not-pinned
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return loanDeskKey, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func pinnedClaims(raw string) error {
	claims := &borrowerClaims{}
	// ok: go-jwt-algorithm-not-pinned
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) {
		return loanDeskKey, nil
	}, jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithIssuer("loans"))
	return err
}

func pinnedParser(raw string) (*jwt.Token, error) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))
	// ok: go-jwt-algorithm-not-pinned
	return p.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return loanDeskKey, nil
	})
}

func pinnedStructParser(raw string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: []string{"HS256"}}
	// ok: go-jwt-algorithm-not-pinned
	return p.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return loanDeskKey, nil
	})
}

func checkingKey(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
		return nil, errors.New("unexpected method")
	}
	return loanDeskKey, nil
}

func checkedNamed(raw string) (*jwt.Token, error) {
	// ok: go-jwt-algorithm-not-pinned
	return jwt.Parse(raw, checkingKey)
}

func switchingKey(t *jwt.Token) (interface{}, error) {
	switch t.Method.(type) {
	case *jwt.SigningMethodHMAC:
		return loanDeskKey, nil
	default:
		return nil, errors.New("unexpected method")
	}
}

func checkedSwitch(raw string) (*jwt.Token, error) {
	// ok: go-jwt-algorithm-not-pinned
	return jwt.Parse(raw, switchingKey)
}

// the token is handed to a key lookup whose body is not in this file: not reported
func delegated(raw string, keys interface {
	KeyFor(*jwt.Token) (interface{}, error)
}) (*jwt.Token, error) {
	// ok: go-jwt-algorithm-not-pinned
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		return keys.KeyFor(t)
	})
}

// a key function from another file or package: its body is not visible, not reported
func fromJWKS(raw string, jwks jwt.Keyfunc) (*jwt.Token, error) {
	// ok: go-jwt-algorithm-not-pinned
	return jwt.Parse(raw, jwks)
}
