<?php
session_start();
// ruleid: php-trust-boundary-session
$_SESSION['role'] = $_POST['role'];
// ruleid: php-trust-boundary-session
$_SESSION['client_id'] = (int) $_GET['client_id'];
// ok: php-trust-boundary-session
$_SESSION['visited'] = true;
$user = authenticate($_POST['login'], $_POST['password']);
// ok: php-trust-boundary-session
$_SESSION['user_id'] = $user['id'];
