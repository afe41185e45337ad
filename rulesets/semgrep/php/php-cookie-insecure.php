<?php

function login(string $sid)
{
    // ruleid: php-cookie-insecure
    setcookie("session_id", $sid, time() + 3600, "/");
    // ruleid: php-cookie-insecure
    setcookie("auth_token", $sid, ['expires' => time() + 3600, 'path' => '/']);
    // ok: php-cookie-insecure
    setcookie("auth_token", $sid, ['expires' => time() + 3600, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
    // ok: php-cookie-insecure
    setcookie("lang", "kk", time() + 86400, "/");
    // ruleid: php-cookie-insecure
    ini_set('session.cookie_secure', '0');
}

function hardened()
{
    // ok: php-cookie-insecure
    ini_set('session.cookie_secure', '1');
}
