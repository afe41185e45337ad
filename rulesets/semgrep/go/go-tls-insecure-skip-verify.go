package client

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"net/http"
	"net/url"
	"fmt"
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

// A configuration only a listener takes: InsecureSkipVerify is read by clients alone (crypto/tls
// ignores it in a server), so it weakens nothing here; whether the server checks the client
// certificates it asks for is ClientAuth's concern.
func serveReplication(addr string, cert tls.Certificate) error {
	cfg := &tls.Config{
		Certificates: []tls.Certificate{cert},
		ClientAuth:   tls.RequestClientCert,
		MinVersion:   tls.VersionTLS12,
		// ok: go-tls-insecure-skip-verify
		InsecureSkipVerify: true,
	}
	lst, err := tls.Listen("tcp", addr, cfg)
	if err != nil {
		return err
	}
	defer lst.Close()
	return acceptLoop(lst)
}

func wrapListener(inner net.Listener, cert tls.Certificate) net.Listener {
	// ok: go-tls-insecure-skip-verify
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, InsecureSkipVerify: true}
	return tls.NewListener(inner, cfg)
}

func serveOne(raw net.Conn, cert tls.Certificate) {
	// ok: go-tls-insecure-skip-verify
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, InsecureSkipVerify: true}
	conn := tls.Server(raw, cfg)
	handle(conn)
}

// The same configuration also dials out: the client side skips verification.
func listenAndDial(addr, peer string, cert tls.Certificate) error {
	// ruleid: go-tls-insecure-skip-verify
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, InsecureSkipVerify: true}
	lst, err := tls.Listen("tcp", addr, cfg)
	if err != nil {
		return err
	}
	defer lst.Close()
	conn, err := tls.Dial("tcp", peer, cfg)
	if err != nil {
		return err
	}
	return conn.Close()
}

// Handed to a listener and to another function, or returned: who else uses it is not known here.
func listenAndShare(addr string, cert tls.Certificate) (*tls.Config, error) {
	// ruleid: go-tls-insecure-skip-verify
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, InsecureSkipVerify: true}
	lst, err := tls.Listen("tcp", addr, cfg)
	if err != nil {
		return nil, err
	}
	go acceptLoop(lst)
	return cfg, nil
}

func listenAndRegister(addr string, cert tls.Certificate, pool *Pool) error {
	// ruleid: go-tls-insecure-skip-verify
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, InsecureSkipVerify: true}
	pool.Register(cfg)
	lst, err := tls.Listen("tcp", addr, cfg)
	if err != nil {
		return err
	}
	return acceptLoop(lst)
}

// A client of the same shape is still reported.
func dialBureau(addr string) error {
	// ruleid: go-tls-insecure-skip-verify
	cfg := &tls.Config{InsecureSkipVerify: true}
	conn, err := tls.Dial("tcp", addr, cfg)
	if err != nil {
		return err
	}
	return conn.Close()
}

// A dial in a goroutine of the same function is a client use too.
func listenAndDialLater(addr, peer string, cert tls.Certificate) error {
	// ruleid: go-tls-insecure-skip-verify
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, InsecureSkipVerify: true}
	lst, err := tls.Listen("tcp", addr, cfg)
	if err != nil {
		return err
	}
	go func() {
		if conn, err := tls.Dial("tcp", peer, cfg); err == nil {
			conn.Close()
		}
	}()
	return acceptLoop(lst)
}

// TLS-ALPN-01 validation (RFC 8737): the validator connects asking only for the acme-tls/1
// protocol; the challenge certificate is self-signed by design and is checked by its
// acmeIdentifier extension, not by a chain.
func validateALPNChallenge(addr, name string) (*x509.Certificate, error) {
	// ok: go-tls-insecure-skip-verify
	conn, err := tls.Dial("tcp", addr, &tls.Config{
		ServerName:         name,
		NextProtos:         []string{"acme-tls/1"},
		InsecureSkipVerify: true,
	})
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	return conn.ConnectionState().PeerCertificates[0], nil
}

// The protocol through a library's constant (x/crypto/acme's ALPNProto, lego's ACMETLS1Protocol).
func alpnChallengeConfig(name string) *tls.Config {
	// ok: go-tls-insecure-skip-verify
	return &tls.Config{ServerName: name, NextProtos: []string{acme.ALPNProto}, InsecureSkipVerify: true}
}

func alpnChallengeConfigLego(name string) *tls.Config {
	// ok: go-tls-insecure-skip-verify
	return &tls.Config{ServerName: name, NextProtos: []string{tlsalpn01.ACMETLS1Protocol}, InsecureSkipVerify: true}
}

// Other protocols, or acme-tls/1 beside them, are ordinary connections: still reported.
func bureauH2Config() *tls.Config {
	// ruleid: go-tls-insecure-skip-verify
	return &tls.Config{NextProtos: []string{"h2", "http/1.1"}, InsecureSkipVerify: true}
}

func mixedProtocolsConfig() *tls.Config {
	// ruleid: go-tls-insecure-skip-verify
	return &tls.Config{NextProtos: []string{"h2", "acme-tls/1"}, InsecureSkipVerify: true}
}

// The branch that the operator's own opt-out selects (a `skipverify` or `insecure` option of the
// configuration, off unless set): the same as `InsecureSkipVerify: opts.SkipVerify`, which sets
// the field from the option and is not reported either.
func storageTransport(opts StorageOptions) http.RoundTripper {
	if opts.SkipVerify {
		return &http.Transport{
			// ok: go-tls-insecure-skip-verify
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		}
	}
	if opts.InsecureTLS {
		cfg := &tls.Config{}
		// ok: go-tls-insecure-skip-verify
		cfg.InsecureSkipVerify = true
		return &http.Transport{TLSClientConfig: cfg}
	}
	return http.DefaultTransport
}

func bureauTransport(insecureSkipVerify bool) *http.Transport {
	tr := &http.Transport{}
	if insecureSkipVerify {
		// ok: go-tls-insecure-skip-verify
		tr.TLSClientConfig = &tls.Config{InsecureSkipVerify: true}
	}
	return tr
}

// A branch on anything else, or on the option's opposite, still skips verification.
func scoringTransport(opts StorageOptions) *http.Transport {
	if opts.Debug {
		// ruleid: go-tls-insecure-skip-verify
		return &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	}
	if !opts.SkipVerify {
		// ruleid: go-tls-insecure-skip-verify
		return &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	}
	if opts.SkipVerify || opts.Region == "kz" {
		// ruleid: go-tls-insecure-skip-verify
		return &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}
	}
	return &http.Transport{}
}

// HTTP-01 validation (RFC 8555 §8.3): the validator asks for the challenge path over plain HTTP
// and compares the body with the key authorization; a redirect to HTTPS is followed without a
// chain check, since the proof is the body, not the host's certificate.
func (v *Validator) fetchHTTP01(host, token string) (*http.Response, error) {
	target := &url.URL{Scheme: "http", Host: host, Path: fmt.Sprintf("%s%s", acme.HTTP01BaseURL, token)}
	transport := &http.Transport{
		DisableKeepAlives: true,
		// ok: go-tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return (&http.Client{Transport: transport}).Get(target.String())
}

func fetchChallengeFile(host, token string) (*http.Response, error) {
	client := &http.Client{Transport: &http.Transport{
		// ok: go-tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
	return client.Get("http://" + host + "/.well-known/acme-challenge/" + token)
}

// Any other fetch, another well-known path, or a function beside a challenge fetch that does not
// make one itself: still reported.
func fetchBureauConfiguration(host string) (*http.Response, error) {
	client := &http.Client{Transport: &http.Transport{
		// ruleid: go-tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
	return client.Get("https://" + host + "/.well-known/openid-configuration")
}

func scoringClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		// ruleid: go-tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
}

func probeChallenge(host, token string) {
	client := &http.Client{Transport: &http.Transport{
		// ok: go-tls-insecure-skip-verify
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
	client.Get(fmt.Sprintf("http://%s/.well-known/acme-challenge/%s", host, token))
}
