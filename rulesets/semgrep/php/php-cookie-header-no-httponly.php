<?php

function login($sid)
{
    // ruleid: php-cookie-header-no-httponly
    header('Set-Cookie: PHPSESSID=' . $sid . '; Path=/');
    // ruleid: php-cookie-header-no-httponly
    header("set-cookie: auth_token=$sid; Path=/; Secure");
    // ruleid: php-cookie-header-no-httponly
    header(sprintf('Set-Cookie: session=%s; Path=/', $sid), false);
    // ok: php-cookie-header-no-httponly
    header('Set-Cookie: PHPSESSID=' . $sid . '; Path=/; HttpOnly; Secure; SameSite=Lax');
    // ok: php-cookie-header-no-httponly
    header('Set-Cookie: theme=dark; Path=/');
    // ok: php-cookie-header-no-httponly
    header("Set-Cookie: csrf_token=$sid; Path=/");
    // ok: php-cookie-header-no-httponly
    header('Set-Cookie: ' . $line);
    // ok: php-cookie-header-no-httponly
    header('Location: /login?session=' . $sid);
}
