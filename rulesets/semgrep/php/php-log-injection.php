<?php
$user = $_POST['username'];
// A name such as "bob\n[notice] login ok for admin" forges a second log line.
// ruleid: php-log-injection
error_log("failed login for " . $user);
// ruleid: php-log-injection
error_log(sprintf("search %s", $_GET['q']), 3, '/var/log/app.log');
// ruleid: php-log-injection
syslog(LOG_WARNING, "client ref {$_SERVER['HTTP_X_REF']}");
// ok: php-log-injection
error_log("failed login for " . str_replace(["\r", "\n"], '_', $user));
// ok: php-log-injection
error_log("failed login for " . json_encode($user));
// ok: php-log-injection
error_log("loan " . intval($_GET['loan']) . " requested");
// ok: php-log-injection
error_log("login attempt");
// ok: php-log-injection
error_log("failed login for " . addcslashes($user, "\r\n"));
