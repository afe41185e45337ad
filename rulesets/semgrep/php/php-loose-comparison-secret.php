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
