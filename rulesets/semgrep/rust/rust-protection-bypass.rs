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
