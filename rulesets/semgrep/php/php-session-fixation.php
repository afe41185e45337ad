<?php
session_start();

function officer_login($db)
{
    $row = $db->query("SELECT id, pass_hash FROM officers WHERE login = ?", [$_POST['login']])->fetch();
    if ($row && password_verify($_POST['pass'], $row['pass_hash'])) {
        // ruleid: php-session-fixation
        $_SESSION['officer_id'] = $row['id'];
        // ok: php-session-fixation
        $_SESSION['username'] = $_POST['login'];
        header('Location: /arrears.php');
        exit;
    }
}

if (isset($_POST['borrower'])) {
    $pin = md5($_POST['pin_password']);
    $res = $conn->query("SELECT id FROM borrowers WHERE iin = '" . $conn->real_escape_string($_POST['borrower']) . "' AND pin = '$pin'");
    if ($res->num_rows === 1) {
        $b = $res->fetch_assoc();
        // ruleid: php-session-fixation
        $_SESSION['user_id'] = $b['id'];
        $_SESSION['logged_in'] = true;
    }
}

function cashier_login($db)
{
    $row = $db->fetchCashier($_POST['login']);
    if ($row && password_verify($_POST['pass'], $row['hash'])) {
        session_regenerate_id(true);
        // ok: php-session-fixation
        $_SESSION['user_id'] = $row['id'];
    }
}

function manager_login($db)
{
    $row = $db->fetchManager($_POST['login']);
    if ($row && password_verify($_POST['pass'], $row['hash'])) {
        // ok: php-session-fixation
        $_SESSION['uid'] = $row['id'];
        session_regenerate_id(true);
    }
}

function remember_branch($branch)
{
    // ok: php-session-fixation
    $_SESSION['branch_filter'] = $branch;
    // ok: php-session-fixation
    $_SESSION['flash'] = 'Saved';
}

function resume_from_link()
{
    // ruleid: php-session-fixation
    session_id($_GET['sid']);
    session_start();
}

function resume_from_form()
{
    $sid = $_REQUEST['PHPSESSID'];
    // ruleid: php-session-fixation
    session_id($sid);
}

function single_user_mode()
{
    // no credential is checked here: nothing to fix a session before
    // ok: php-session-fixation
    $_SESSION['uid'] = 1;
}

function check_password_then_logout($db)
{
    $pw = $_POST['password'];
    if (!$db->valid($pw)) {
        // ok: php-session-fixation
        $_SESSION['user_id'] = false;
        // ok: php-session-fixation
        $_SESSION['uid'] = null;
    }
}

function teller_login($pdo)
{
    $t = $pdo->fetchTeller($_POST['login']);
    if ($t && password_verify($_POST['password'], $t['hash'])) {
        // ruleid: php-session-fixation
        $_SESSION['teller']['id'] = $t['id'];
        $_SESSION['teller']['branch'] = $t['branch'];
    }
}

function collector_login($pdo)
{
    $a = $pdo->fetchAgent($_POST['login']);
    if ($a && password_verify($_POST['password'], $a['hash'])) {
        // ruleid: php-session-fixation
        $_SESSION['id'] = $a['id'];
        $_SESSION['logged'] = true;
    }
}

function supervisor_login($pdo)
{
    $s = $pdo->fetchSupervisor($_POST['login']);
    if ($s && password_verify($_POST['password'], $s['hash'])) {
        // ok: php-session-fixation
        $_SESSION['supervisor']['id'] = $s['id'];
        session_regenerate_id(true);
    }
}

function new_id()
{
    // ok: php-session-fixation
    session_id(bin2hex(random_bytes(32)));
}

// the identifier taken from the request with a fallback, or built from it
function resume_with_fallback()
{
    // ruleid: php-session-fixation
    session_id($_GET['borrower_sid'] ?? session_id());
    session_start();
}

function resume_from_post_or_new()
{
    // ruleid: php-session-fixation
    session_id(isset($_POST['sid']) ? $_POST['sid'] : bin2hex(random_bytes(16)));
}

function resume_with_assigned_fallback()
{
    $sid = $_REQUEST['officer_sid'] ?? '';
    // ruleid: php-session-fixation
    session_id($sid);
}

function keep_current_id()
{
    // ok: php-session-fixation
    session_id(session_id() ?: bin2hex(random_bytes(16)));
    // ok: php-session-fixation
    $current = session_id();
}

function id_checked_against_request()
{
    // ok: php-session-fixation
    if (session_id() !== ($_GET['sid'] ?? '')) {
        session_regenerate_id(true);
    }
}
