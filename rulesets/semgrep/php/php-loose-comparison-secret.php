<?php

function callback(string $secret)
{
    $expected = md5($_POST['order_id'] . $_POST['amount'] . $secret);
    // ruleid: php-loose-comparison-secret
    if ($_POST['sign'] == $expected) {
        markPaid($_POST['order_id']);
    }
    // ok: php-loose-comparison-secret
    if (hash_equals($expected, (string) $_POST['sign'])) {
        markPaid($_POST['order_id']);
    }
    // ok: php-loose-comparison-secret
    if ($_POST['sign'] == '') {
        exit;
    }
}

function checkOtp($otpCode, $session)
{
    // ruleid: php-loose-comparison-secret
    return $otpCode != $session['otp'] ? false : true;
}

function cacheMissed($memcached, $result)
{
    // ok: php-loose-comparison-secret
    return $result || \Memcached::RES_NOTFOUND == $memcached->getResultCode();
}

function checkSmsCode($smsCode, $session)
{
    // ruleid: php-loose-comparison-secret
    return $smsCode == $session->code;
}

function parseName($token) {
    // ok: php-loose-comparison-secret
    if (preg_match('/^[a-z_]+/', $token->getValue(), $matches) && $matches[0] == $token->getValue()) {
        return $matches[0];
    }
    // ruleid: php-loose-comparison-secret
    if (preg_match('/^[a-z_]+/', $name, $matches) && $matches[0] == $token->getValue()) {
        return null;
    }
}
