<?php

function startSession()
{
    $_SESSION['next_sid']++;
    $sid = $_SESSION['next_sid'];
    // ruleid: php-predictable-session-id
    setcookie('portal_session', $sid);

    $token = time();
    // ruleid: php-predictable-session-id
    setcookie('auth_token', $token, 0, '/', '', true, true);

    // ruleid: php-predictable-session-id
    setcookie('remember_me', mt_rand());

    // ruleid: php-predictable-session-id
    session_id(uniqid());

    $good = bin2hex(random_bytes(32));
    // ok: php-predictable-session-id
    setcookie('portal_session', $good, ['secure' => true, 'httponly' => true]);

    // ok: php-predictable-session-id
    setcookie('last_visit', time());
}
