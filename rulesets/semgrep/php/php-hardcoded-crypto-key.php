<?php
function encrypt_note($text) {
    // ruleid: php-hardcoded-crypto-key
    $key = pack('H*', "bcb04b7e103a0cd8b54763051cef08bc55abe029fdebae5e1d417e2ffb2a00a3");
    $iv = random_bytes(16);
    return base64_encode($iv . openssl_encrypt($text, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, $iv));
}

function legacy($text) {
    // ruleid: php-hardcoded-crypto-key
    $secret = "0123456789abcdef0123456789abcdef";
    $iv = mcrypt_create_iv(16, MCRYPT_DEV_URANDOM);
    return mcrypt_encrypt(MCRYPT_RIJNDAEL_128, $secret, $text, MCRYPT_MODE_CBC, $iv);
}

function inline_key($text, $iv) {
    // ruleid: php-hardcoded-crypto-key
    return openssl_encrypt($text, 'aes-128-cbc', hex2bin('00112233445566778899aabbccddeeff'), 0, $iv);
}

function decode_key($blob) {
    // ruleid: php-hardcoded-crypto-key
    $k = base64_decode('c2VjcmV0LWtleS0zMi1ieXRlcy1sb25nLXh4eHg=');
    return openssl_decrypt($blob, 'aes-256-gcm', $k, 0, substr($blob, 0, 12));
}

function from_env($text) {
    // ok: php-hardcoded-crypto-key
    $key = getenv('NOTES_KEY');
    $iv = random_bytes(16);
    return openssl_encrypt($text, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, $iv);
}

function from_file($text, $iv) {
    // ok: php-hardcoded-crypto-key
    $key = hex2bin(trim(file_get_contents('/etc/app/notes.key')));
    return openssl_encrypt($text, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, $iv);
}

function cipher_name($text, $key, $iv) {
    // ok: php-hardcoded-crypto-key
    $method = 'aes-256-cbc';
    return openssl_encrypt($text, $method, $key, 0, $iv);
}
