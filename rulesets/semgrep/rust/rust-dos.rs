fn client() -> reqwest::Client {
    // ruleid: rust-http-client-no-timeout
    let c = reqwest::Client::new();
    // ok: rust-http-client-no-timeout
    let c = reqwest::Client::builder().timeout(Duration::from_secs(10)).build().unwrap();
    c
}

fn inflate(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    // ruleid: rust-decompression-unbounded
    GzDecoder::new(body).read_to_end(&mut out).unwrap();
    // ok: rust-decompression-unbounded
    GzDecoder::new(body).take(10_000_000).read_to_end(&mut out).unwrap();
    out
}
