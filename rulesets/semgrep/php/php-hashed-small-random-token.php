<?php

function resetHash($con, $email)
{
    // a hash of one of 9000 numbers: an attacker hashes them all and tries each
    // ruleid: php-hashed-small-random-token
    $hs = md5(random_int(1000, 9999));
    return $hs;
}

function inviteToken()
{
    // ruleid: php-hashed-small-random-token
    return sha1(random_int(0, 999999));
}

function confirmationCode()
{
    // ruleid: php-hashed-small-random-token
    return hash('sha256', (string) random_int(1, 99999));
}

function strongToken()
{
    // ok: php-hashed-small-random-token
    return bin2hex(random_bytes(32));
}

function wideRange()
{
    // ok: php-hashed-small-random-token
    return hash('sha256', random_int(0, PHP_INT_MAX));
}

function otpCode()
{
    // a six-digit code sent to the client and checked with attempt limits is not hashed into a token
    // ok: php-hashed-small-random-token
    return random_int(100000, 999999);
}

function hugeLiteralRange()
{
    // ok: php-hashed-small-random-token
    return md5(random_int(0, 9999999999999));
}
