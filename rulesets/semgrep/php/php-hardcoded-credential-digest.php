<?php

function adminLogin()
{
    // ruleid: php-hardcoded-credential-digest
    if (md5($_POST['password']) == '5f4dcc3b5aa765d61d8327deb882cf99') {
        return true;
    }

    $expected = '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae';
    // ruleid: php-hardcoded-credential-digest
    if (hash_equals($expected, hash('sha256', $_POST['otp']))) {
        return true;
    }

    $row = loadUser($_POST['login']);
    // ok: php-hardcoded-credential-digest
    if (password_verify($_POST['password'], $row['password_hash'])) {
        return true;
    }

    // ok: php-hardcoded-credential-digest
    if (strlen($_POST['code']) == 6) {
        return false;
    }
    return false;
}

function supportConsole($pin, $token)
{
    $support = "0B7B5D4A1F2E3C6D8E9FA0B1C2D3E4F5";
    $log = 'support console opened';
    writeLog($log);
    // ruleid: php-hardcoded-credential-digest
    if ($support === hash("md5", $pin)) {
        return true;
    }

    $release = 'a3f1c2d4e5b60718293a4b5c6d7e8f9012345678';
    // ruleid: php-hardcoded-credential-digest
    if (sha1($token) !== $release) {
        return false;
    }

    // a build id of 12 hex digits is no digest
    $build = 'a3f1c2d4e5b6';
    // ok: php-hardcoded-credential-digest
    if (md5($token) == $build) {
        return false;
    }

    // ok: php-hardcoded-credential-digest
    if (hash('crc32b', $token) == $log) {
        return false;
    }
    return true;
}
