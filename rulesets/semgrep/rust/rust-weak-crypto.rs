fn digest(pin: &str) -> String {
    // ruleid: rust-weak-hash
    let d = md5::compute(pin.as_bytes());
    // ruleid: rust-weak-hash
    let mut h = Sha1::new();
    // ok: rust-weak-hash
    let mut h = Sha256::new();
    format!("{:x}", d)
}

fn enc() {
    // ruleid: rust-weak-cipher
    let c = Cipher::des_ede3_cbc();
    // ok: rust-weak-cipher
    let c = Cipher::aes_256_gcm();
}

fn token() -> u64 {
    // ruleid: rust-predictable-seed
    let mut rng = StdRng::seed_from_u64(42);
    // ok: rust-predictable-seed
    let mut rng = OsRng;
    rng.next_u64()
}
