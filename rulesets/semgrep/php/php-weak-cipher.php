<?php

function encryptIin(string $iin, string $key): string
{
    // ruleid: php-weak-cipher
    $a = openssl_encrypt($iin, 'des-ede3-cbc', $key, 0, substr($key, 0, 8));
    // ruleid: php-weak-cipher
    $b = openssl_encrypt($iin, 'aes-256-ecb', $key);
    // ruleid: php-weak-cipher
    $c = openssl_encrypt($iin, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, '1234567890123456');
    $iv = random_bytes(12);
    // ok: php-weak-cipher
    $d = openssl_encrypt($iin, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
    return $d;
}
