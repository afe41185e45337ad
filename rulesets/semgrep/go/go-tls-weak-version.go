package server

import "crypto/tls"

func oldCfg() *tls.Config {
	// ruleid: go-tls-weak-version
	return &tls.Config{MinVersion: tls.VersionTLS10}
}

func suites() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		CipherSuites: []uint16{
			tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
			// ruleid: go-tls-weak-version
			tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA,
		},
	}
}

func goodCfg() *tls.Config {
	// ok: go-tls-weak-version
	return &tls.Config{MinVersion: tls.VersionTLS12}
}
