<?php

function register(PDO $pdo, string $phone, string $password)
{
    // ruleid: php-weak-password-hash
    $hash = md5($password);
    // ok: php-weak-password-hash
    $good = password_hash($password, PASSWORD_DEFAULT);
}

function signRequest(array $params, string $key): string
{
    ksort($params);
    // ruleid: php-weak-password-hash
    return sha1(implode(';', $params) . $key);
}

function cacheKey(string $url): string
{
    // ok: php-weak-password-hash
    return 'tariffs:' . md5($url);
}

function signHmac(string $body, string $key): string
{
    // ok: php-weak-password-hash
    return hash_hmac('sha256', $body, $key);
}

function registerSha(string $password, string $salt): string
{
    // ruleid: php-weak-password-hash
    return hash('sha256', $salt . $password);
}

function bodyDigest(string $body): string
{
    // ok: php-weak-password-hash
    return hash('sha256', $body);
}

// An e-mail address's digest in a verification link is an identifier, not a secret's hash: the
// link's own signature protects it. A secret beside the address still counts.
function authorizeVerificationLink($request, $user): bool
{
    // ok: php-weak-password-hash
    if (! hash_equals((string) $request->route('hash'), sha1($user->getEmailForVerification()))) {
        return false;
    }
    // ok: php-weak-password-hash
    $ref = md5(strtolower($user->email));
    // ruleid: php-weak-password-hash
    $token = sha1($user->email . $user->password);
    // ruleid: php-weak-password-hash
    return hash_equals(md5($user->remember_token), (string) $request->cookie('remember'));
}

// A fast hash that only shortens a long password before a slow password hash is not the stored
// hash: bcrypt reads 72 bytes, so the digest keeps what is past them; the slow hash is stored.
function hashForStorage(string $plainPassword): string
{
    if (72 < \strlen($plainPassword)) {
        // ok: php-weak-password-hash
        $plainPassword = base64_encode(hash('sha512', $plainPassword, true));
    }
    return password_hash($plainPassword, PASSWORD_BCRYPT);
}

function checkStored(string $stored, string $plainPassword): bool
{
    // ok: php-weak-password-hash
    return password_verify(base64_encode(hash('sha384', $plainPassword, true)), $stored);
}

function storedFast(string $password): string
{
    // ruleid: php-weak-password-hash
    $digest = hash('sha512', $password);
    $log = password_hash('constant', PASSWORD_BCRYPT);
    return $digest;
}

// A digest of fresh generator output makes a token (a form's CSRF token): no password or PIN
// goes in, so nothing is there to brute-force; how random the generator is, is what
// php-insecure-random reads on the same line.
function generateFormToken(array $conf): string
{
    // ok: php-weak-password-hash
    $token = sha1(uniqid('', true) . '_' . mt_rand() . $conf['credentials.salt']);
    // ok: php-weak-password-hash
    $nonce = md5(random_bytes(16) . $conf['signing_secret']);
    return $token . $nonce;
}

// With a password or PIN beside the generator output, the password is what is hashed.
function storedWithNonce(string $password, string $pincode): string
{
    // ruleid: php-weak-password-hash
    $digest = sha1($password . uniqid());
    // ruleid: php-weak-password-hash
    $pin = md5(mt_rand() . $pincode);
    return $digest . $pin;
}

function storeLongPin(string $pin): string
{
    // ok: php-weak-password-hash
    $short = base64_encode(sha1($pin, true));
    return password_hash($short, PASSWORD_DEFAULT);
}

function checkLongPin(string $pin, string $stored): bool
{
    if (strlen($pin) > 64) {
        // ok: php-weak-password-hash
        $pin = md5($pin);
    }
    return password_verify($pin, $stored);
}
