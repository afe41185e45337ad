fn client() {
    // ruleid: rust-tls-verification-disabled
    let c = reqwest::Client::builder().danger_accept_invalid_certs(true).build();
    // ok: rust-tls-verification-disabled
    let c = reqwest::Client::builder().add_root_certificate(ca).build();
}

fn app() -> Router {
    // ruleid: rust-cors-any-origin
    let cors = CorsLayer::permissive();
    // ok: rust-cors-any-origin
    let cors = CorsLayer::new().allow_origin("https://app.example.kz".parse::<HeaderValue>().unwrap());
    Router::new().layer(cors)
}

// A server's context: with SslVerifyMode::NONE it asks no client for a certificate (OpenSSL's
// default for a server); the server's own certificate is still what clients check.
fn https_server_context(cert: &[u8], key: &[u8]) -> Result<SslContext, ErrorStack> {
    let mut ctx = SslContext::builder(SslMethod::tls())?;
    ctx.set_certificate(&X509::from_pem(cert)?)?;
    ctx.set_private_key(&PKey::private_key_from_pem(key)?)?;
    // ok: rust-tls-verification-disabled
    ctx.set_verify(SslVerifyMode::NONE);
    Ok(ctx.build())
}

fn https_server_from_files() -> SslContext {
    let mut ctx = SslContext::builder(SslMethod::tls_server()).unwrap();
    // ok: rust-tls-verification-disabled
    ctx.set_verify(openssl::ssl::SslVerifyMode::NONE);
    ctx.set_private_key_file("/etc/ledger/tls.key", SslFiletype::PEM).unwrap();
    ctx.set_certificate_chain_file("/etc/ledger/tls.crt").unwrap();
    ctx.build()
}

fn acceptor() -> SslAcceptor {
    let mut acceptor = SslAcceptor::mozilla_intermediate(SslMethod::tls()).unwrap();
    // ok: rust-tls-verification-disabled
    acceptor.set_verify(SslVerifyMode::NONE);
    acceptor.build()
}

fn connector() -> SslConnector {
    let mut connector = SslConnector::builder(SslMethod::tls()).unwrap();
    // ruleid: rust-tls-verification-disabled
    connector.set_verify(SslVerifyMode::NONE);
    connector.build()
}

// A client that shows its own certificate still checks the server's: NONE switches that off.
fn connector_with_client_certificate() -> SslConnector {
    let mut connector = SslConnector::builder(SslMethod::tls()).unwrap();
    connector.set_certificate_file("/etc/ledger/client.crt", SslFiletype::PEM).unwrap();
    connector.set_private_key_file("/etc/ledger/client.key", SslFiletype::PEM).unwrap();
    // ruleid: rust-tls-verification-disabled
    connector.set_verify(SslVerifyMode::NONE);
    connector.build()
}

fn client_context_with_key(key: &PKey<Private>) -> SslContext {
    let mut ctx = SslContext::builder(SslMethod::tls_client()).unwrap();
    ctx.set_private_key(key).unwrap();
    // ruleid: rust-tls-verification-disabled
    ctx.set_verify(SslVerifyMode::NONE);
    ctx.build()
}

// A builder handed in: nothing says it is a server's, so NONE is reported.
fn loosen(builder: &mut SslContextBuilder) {
    // ruleid: rust-tls-verification-disabled
    builder.set_verify(SslVerifyMode::NONE);
}
