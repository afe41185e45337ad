// Tests for rust-hardcoded-crypto-key: a key or passphrase written in the source and given to a
// cipher, MAC, JWT or passphrase constructor.
use aes_gcm::{aead::KeyInit, Aes256Gcm, Key};
use hmac::{Hmac, Mac};
use jsonwebtoken::{DecodingKey, EncodingKey};
use sha2::Sha256;

fn sign_repayment(body: &[u8]) -> Vec<u8> {
    // ruleid: rust-hardcoded-crypto-key
    let mut mac = Hmac::<Sha256>::new_from_slice(b"branch-almaty-ledger-2024").unwrap();
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

fn sign_statement(body: &[u8]) -> Vec<u8> {
    // ruleid: rust-hardcoded-crypto-key
    let mut mac = HmacSha256::new_from_slice("statement-signing-key".as_bytes()).expect("key");
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

fn loan_token_key() -> EncodingKey {
    // ruleid: rust-hardcoded-crypto-key
    EncodingKey::from_secret(b"microloan-portal-jwt")
}

fn loan_token_check() -> DecodingKey {
    // ruleid: rust-hardcoded-crypto-key
    DecodingKey::from_secret("microloan-portal-jwt".as_ref())
}

fn seal_passport(data: &[u8]) -> Vec<u8> {
    // ruleid: rust-hardcoded-crypto-key
    let key = Key::<Aes256Gcm>::from_slice(b"0123456789abcdef0123456789abcdef");
    let cipher = Aes256Gcm::new(key);
    cipher.encrypt(&Nonce::default(), data).unwrap()
}

fn seal_iin(data: &[u8]) -> Vec<u8> {
    // ruleid: rust-hardcoded-crypto-key
    let cipher = Aes256Gcm::new_from_slice(&[7u8; 32]).unwrap();
    cipher.encrypt(&Nonce::default(), data).unwrap()
}

fn seal_phone(data: &[u8]) -> Vec<u8> {
    let key_bytes = [11u8, 22, 33, 44, 55, 66, 77, 88, 99, 10, 20, 30, 40, 50, 60, 70];
    // ruleid: rust-hardcoded-crypto-key
    let cipher = Aes128::new_from_slice(&key_bytes).unwrap();
    cipher.encrypt(&Nonce::default(), data).unwrap()
}

fn seal_block(block: &mut Block) {
    let key = GenericArray::from([9u8; 16]);
    // ruleid: rust-hardcoded-crypto-key
    let cipher = Aes128::new(&key);
    cipher.encrypt_block(block);
}

fn chacha_archive(data: &[u8]) -> Vec<u8> {
    // ruleid: rust-hardcoded-crypto-key
    let cipher = ChaCha20Poly1305::new(Key::from_slice(b"archive-key-for-closed-loans-kz!"));
    cipher.encrypt(&Nonce::default(), data).unwrap()
}

fn ring_mac(body: &[u8]) -> ring::hmac::Tag {
    // ruleid: rust-hardcoded-crypto-key
    let key = hmac::Key::new(hmac::HMAC_SHA256, b"scoring-callback-secret");
    hmac::sign(&key, body)
}

fn ring_seal() -> aead::UnboundKey {
    // ruleid: rust-hardcoded-crypto-key
    aead::UnboundKey::new(&aead::AES_256_GCM, &[1u8; 32]).unwrap()
}

fn openssl_encrypt(data: &[u8]) -> Vec<u8> {
    let iv = [0u8; 16];
    // ruleid: rust-hardcoded-crypto-key
    let mut c = Crypter::new(Cipher::aes_256_cbc(), Mode::Encrypt, b"collector-export-key-0123456789a", Some(&iv)).unwrap();
    let mut out = vec![0; data.len() + 16];
    c.update(data, &mut out).unwrap();
    out
}

fn orion_tag(msg: &[u8]) -> auth::Tag {
    // ruleid: rust-hardcoded-crypto-key
    let key = auth::SecretKey::from_slice(b"shared-with-the-credit-bureau!!!").unwrap();
    auth::authenticate(&key, msg).unwrap()
}

fn age_backup(plain: &[u8]) -> age::Encryptor {
    // ruleid: rust-hardcoded-crypto-key
    age::Encryptor::with_user_passphrase(Secret::new("nightly backup of the loan book".to_owned()))
}

fn age_restore(d: age::decryptor::PassphraseDecryptor<&[u8]>) {
    // ruleid: rust-hardcoded-crypto-key
    let r = d.decrypt(&secrecy::Secret::new("nightly backup of the loan book".to_string()), None);
}

// Not reported: keys read from the environment, a file, a generator or a parameter

fn sign_from_env(body: &[u8]) -> Vec<u8> {
    let secret = std::env::var("LEDGER_HMAC_KEY").expect("key");
    // ok: rust-hardcoded-crypto-key
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

fn token_from_config(cfg: &Config) -> EncodingKey {
    // ok: rust-hardcoded-crypto-key
    EncodingKey::from_secret(cfg.jwt_secret.as_bytes())
}

fn token_from_rsa(pem: &[u8]) -> EncodingKey {
    // ok: rust-hardcoded-crypto-key
    EncodingKey::from_rsa_pem(pem).unwrap()
}

fn seal_random(data: &[u8]) -> Vec<u8> {
    // ok: rust-hardcoded-crypto-key
    let key = Aes256Gcm::generate_key(&mut OsRng);
    let cipher = Aes256Gcm::new(&key);
    cipher.encrypt(&Nonce::default(), data).unwrap()
}

fn ring_filled() -> aead::UnboundKey {
    let rand = SystemRandom::new();
    let mut key_bytes = vec![0; AES_256_GCM.key_len()];
    rand.fill(&mut key_bytes).unwrap();
    // ok: rust-hardcoded-crypto-key
    aead::UnboundKey::new(&AES_256_GCM, &key_bytes).unwrap()
}

fn array_filled() -> Aes128 {
    let mut key_bytes = [0u8; 16];
    OsRng.fill_bytes(&mut key_bytes);
    // ok: rust-hardcoded-crypto-key
    Aes128::new_from_slice(&key_bytes).unwrap()
}

fn key_param(key: &[u8]) -> Aes256Gcm {
    // ok: rust-hardcoded-crypto-key
    Aes256Gcm::new_from_slice(key).unwrap()
}

fn age_from_prompt(pass: String) -> age::Encryptor {
    // ok: rust-hardcoded-crypto-key
    age::Encryptor::with_user_passphrase(Secret::new(pass))
}

fn hmac_from_file(path: &str, body: &[u8]) -> Vec<u8> {
    let k = std::fs::read(path).unwrap();
    // ok: rust-hardcoded-crypto-key
    let mut mac = Hmac::<Sha256>::new_from_slice(&k).unwrap();
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

fn non_secret_string() -> String {
    // ok: rust-hardcoded-crypto-key
    let s = String::from("a fixed label");
    s
}

// A key held in a `const` or `static` item is as hard-coded as one written in the call. The rule
// -item reports the name; aiscan.sast.rust_key_items checks what the item holds (tested in
// tests/test_rust_key_items.py), here and in the items declared below or in other modules.
const LEDGER_JWT_SECRET: &[u8] = b"kaspi-branch-ledger-jwt-demo";
static STATEMENT_HMAC_KEY: &str = "statement-hmac-demo-key";
const SESSION_KEY_BYTES: [u8; 64] = [5u8; 64];
const TOKEN_TTL_SECONDS: u64 = 3600;

fn ledger_token_key() -> EncodingKey {
    // ruleid: rust-hardcoded-crypto-key-item
    EncodingKey::from_secret(LEDGER_JWT_SECRET)
}

fn ledger_token_check() -> DecodingKey {
    // ruleid: rust-hardcoded-crypto-key-item
    DecodingKey::from_secret(&LEDGER_JWT_SECRET)
}

fn sign_with_static(body: &[u8]) -> Vec<u8> {
    // ruleid: rust-hardcoded-crypto-key-item
    let mut mac = Hmac::<Sha256>::new_from_slice(STATEMENT_HMAC_KEY.as_bytes()).unwrap();
    mac.update(body);
    mac.finalize().into_bytes().to_vec()
}

// Cookie signing and encryption keys (cookie crate, used by axum-extra and actix-web).
fn cookie_key_zeros() -> cookie::Key {
    // ruleid: rust-hardcoded-crypto-key
    cookie::Key::from(&[0u8; 64])
}

fn cookie_key_const() -> Key {
    // ruleid: rust-hardcoded-crypto-key-item
    Key::from(&SESSION_KEY_BYTES)
}

fn cookie_key_derived() -> Key {
    // ruleid: rust-hardcoded-crypto-key
    Key::derive_from(b"portal-cookie-master-demo-0001")
}

fn cookie_key_local() -> Key {
    let master = [3u8; 64];
    // ruleid: rust-hardcoded-crypto-key
    Key::from(&master)
}

fn cookie_key_generated() -> Key {
    // ok: rust-hardcoded-crypto-key
    Key::generate()
}

fn cookie_key_from_env() -> Key {
    let master = std::env::var("COOKIE_KEY").expect("COOKIE_KEY");
    // ok: rust-hardcoded-crypto-key
    Key::from(master.as_bytes())
}

fn cookie_key_from_file(path: &str) -> Key {
    let master = std::fs::read(path).unwrap();
    // ok: rust-hardcoded-crypto-key
    Key::from(&master)
}

// A `const` naming the variable that holds the key, or a number, is not the key.
const JWT_SECRET_VAR: &str = "JWT_SECRET";

fn token_key_from_env() -> EncodingKey {
    let secret = std::env::var(JWT_SECRET_VAR).unwrap();
    // ok: rust-hardcoded-crypto-key
    EncodingKey::from_secret(secret.as_bytes())
}

fn ttl_is_not_a_key() -> u64 {
    // ok: rust-hardcoded-crypto-key
    u64::from(TOKEN_TTL_SECONDS)
}

// A key named by its module path, or declared below its use: candidates, kept by the tree step
// when the item holds a literal.
fn scoring_token_key() -> EncodingKey {
    // ruleid: rust-hardcoded-crypto-key-item
    EncodingKey::from_secret(config::SCORING_JWT_SECRET.as_bytes())
}

fn branch_cookie_key() -> Key {
    // ruleid: rust-hardcoded-crypto-key-item
    Key::from(&crate::settings::BRANCH_COOKIE_KEY[..])
}

fn late_declared_key() -> DecodingKey {
    // ruleid: rust-hardcoded-crypto-key-item
    DecodingKey::from_secret(LATE_DECLARED_SECRET)
}

const LATE_DECLARED_SECRET: &[u8] = b"declared-below-demo";

// A local in lower case or a field is not an item's name.
fn key_from_settings(settings: &Settings) -> EncodingKey {
    // ok: rust-hardcoded-crypto-key-item
    EncodingKey::from_secret(settings.jwt_secret.as_bytes())
}

fn key_from_local(secret: &[u8]) -> DecodingKey {
    // ok: rust-hardcoded-crypto-key-item
    DecodingKey::from_secret(secret)
}
