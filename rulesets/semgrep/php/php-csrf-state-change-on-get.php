<?php

function changePhone(mysqli $db)
{
    $phone = $_GET['phone'];
    $user = currentUser();
    // ruleid: php-csrf-state-change-on-get
    $sql = "UPDATE clients SET phone = '$phone' WHERE login = '" . $user . "'";
    mysqli_query($db, $sql);
}

function cancelLoan(mysqli $db)
{
    if (stripos($_SERVER['HTTP_REFERER'], $_SERVER['SERVER_NAME']) !== false) {
        $id = md5($_GET['loan']);
        // ruleid: php-csrf-state-change-on-get
        mysqli_query($db, "DELETE FROM applications WHERE ref = '" . $id . "'");
    }
}

function changePhoneChecked(mysqli $db)
{
    verifyCsrfToken($_GET['token'], $_SESSION['token']);
    $phone = $_GET['phone'];
    // ok: php-csrf-state-change-on-get
    $sql = "UPDATE clients SET phone = '$phone' WHERE id = 1";
    mysqli_query($db, $sql);
}

function changePhoneIfValid(mysqli $db)
{
    if (!hash_equals($_SESSION['csrf_token'], $_GET['csrf_token'])) {
        exit;
    }
    $phone = $_GET['phone'];
    // ok: php-csrf-state-change-on-get
    mysqli_query($db, "UPDATE clients SET phone = '$phone' WHERE id = 1");
}

function search(mysqli $db)
{
    $q = $_GET['q'];
    // ok: php-csrf-state-change-on-get
    $sql = "SELECT * FROM products WHERE name = '$q'";
    return mysqli_query($db, $sql);
}

function changePhonePost(mysqli $db)
{
    $phone = $_POST['phone'];
    // ok: php-csrf-state-change-on-get
    $sql = "UPDATE clients SET phone = '$phone' WHERE id = 1";
    mysqli_query($db, $sql);
}
