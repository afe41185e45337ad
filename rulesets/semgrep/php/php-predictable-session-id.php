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

// A clock reading the code compares with another time (a keep-alive stamp: "last seen more than
// ten minutes ago") is a time, not an identifier; one that is only stored is still reported.
function keepAlive()
{
    $last = isset($_COOKIE['loans-session']) ? (int) $_COOKIE['loans-session'] : 0;
    $now = time();
    if ($last + 600 < $now) {
        // ok: php-predictable-session-id
        setcookie('loans-session', $now, 0, '/');
    }
    $seen = time();
    if ($seen > $last) {
        // ok: php-predictable-session-id
        setcookie('loans-session-seen', $seen);
    }
    $sid = time();
    if ($sid) {
        // ruleid: php-predictable-session-id
        setcookie('loans-session-id', $sid);
    }
}
