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
    mail($_GET['to'], 'Your loan schedule', 'Attached', 'From: noreply@mfo.kz');
    // ruleid: php-mail-header-injection
    mail('credit@mfo.kz', 'Callback from ' . $_POST['name'], 'Please call back', 'From: noreply@mfo.kz');
    $extra = ['From' => 'noreply@mfo.kz', 'Reply-To' => $_POST['email']];
    // ruleid: php-mail-header-injection
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
    $clean = preg_replace('/[\r\n]+/', ' ', $_POST['subject']);
    // ok: php-mail-header-injection
    mail('credit@mfo.kz', $clean, 'Body', 'From: noreply@mfo.kz');
}
