<?php

function notify_manager(): void
{
    $from = $_POST['email'];
    // ruleid: php-mail-header-injection
    mail('credit@mfo.kz', 'Loan application', 'New application received', "From: " . $from);
    $headers = "From: noreply@mfo.kz\r\nReply-To: " . $_POST['reply_to'];
    // ruleid: php-mail-header-injection
    mail('credit@mfo.kz', 'Loan application', 'New application', $headers);
    // ruleid: php-mail-header-injection
    mb_send_mail('credit@mfo.kz', 'Loan application', 'Body', 'Cc: ' . $_REQUEST['copy_to']);
    // ruleid: php-mail-header-injection
    mail('credit@mfo.kz', 'Loan application', 'Body', sprintf("From: %s <noreply@mfo.kz>", $_POST['name']));
    // PHP replaces control characters in the recipient and the subject itself (ext/standard/mail.c)
    // ok: php-mail-header-injection
    mail($_GET['to'], 'Your loan schedule', 'Attached', 'From: noreply@mfo.kz');
    // ok: php-mail-header-injection
    mail('credit@mfo.kz', 'Callback from ' . $_POST['name'], 'Please call back', 'From: noreply@mfo.kz');
    // PHP 7.2+ refuses header values with CR or LF when the headers are given as an array
    $extra = ['From' => 'noreply@mfo.kz', 'Reply-To' => $_POST['email']];
    // ok: php-mail-header-injection
    mail('credit@mfo.kz', 'Question', 'Body', $extra);
}

function notify_safe(): void
{
    // ok: php-mail-header-injection
    mail('credit@mfo.kz', 'Loan application', 'Message from client: ' . $_POST['message'], 'From: noreply@mfo.kz');
    $reply = filter_var($_POST['email'], FILTER_VALIDATE_EMAIL);
    if ($reply !== false) {
        // ok: php-mail-header-injection
        mail('credit@mfo.kz', 'Loan application', 'Body', 'Reply-To: ' . $reply);
    }
    $name = str_replace(["\r", "\n"], '', $_POST['name']);
    // ok: php-mail-header-injection
    mail('credit@mfo.kz', 'Callback from ' . $name, 'Please call back', 'From: noreply@mfo.kz');
    // ok: php-mail-header-injection
    mail('credit@mfo.kz', 'Callback', 'Body', 'From: noreply@mfo.kz', '-fbounce@mfo.kz');
    $clean = preg_replace('/[\r\n]+/', ' ', $_POST['name']);
    // ok: php-mail-header-injection
    mail('credit@mfo.kz', 'Callback', 'Body', 'From: ' . $clean . ' <noreply@mfo.kz>');
    $trimmed = trim($_POST['name']);
    // ruleid: php-mail-header-injection
    mail('credit@mfo.kz', 'Callback', 'Body', 'From: ' . $trimmed . ' <noreply@mfo.kz>');
}
