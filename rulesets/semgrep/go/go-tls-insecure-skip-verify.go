package client

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
)

func bureauClient() *http.Client {
	tr := &http.Transport{
		// ruleid: go-tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &http.Client{Transport: tr}
}

func patch(cfg *tls.Config) {
	// ruleid: go-tls-insecure-skip-verify
	cfg.InsecureSkipVerify = true
}

func privateCA(pool *x509.CertPool) *tls.Config {
	// ok: go-tls-insecure-skip-verify
	return &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
}

// A client library implementing its caller's own opt-out (a connection string's tls=skip-verify):
// the application that sets that option is what weakens TLS, and is reported there.
func (cfg *Config) tlsFromDSN() {
	switch cfg.TLSMode {
	case "true":
		cfg.tls = &tls.Config{}
	case "skip-verify", "preferred":
		// ok: go-tls-insecure-skip-verify
		cfg.tls = &tls.Config{InsecureSkipVerify: true}
	}
	if cfg.SSLMode == "insecure" {
		// ok: go-tls-insecure-skip-verify
		cfg.tls = &tls.Config{InsecureSkipVerify: true}
	}
	if cfg.Region == "kz" {
		// ruleid: go-tls-insecure-skip-verify
		cfg.tls = &tls.Config{InsecureSkipVerify: true}
	}
}

func byRegion(region string) *tls.Config {
	switch region {
	case "kz", "uz":
		// ruleid: go-tls-insecure-skip-verify
		return &tls.Config{InsecureSkipVerify: true}
	}
	return &tls.Config{}
}
