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
