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
