<?php

function convert()
{
    $file = $_GET['file'];
    // ruleid: php-command-injection
    system("libreoffice --headless --convert-to pdf /data/contracts/" . $file);
    // ok: php-command-injection
    system("libreoffice --headless --convert-to pdf /data/contracts/" . escapeshellarg($file));
    // ruleid: php-command-injection
    $out = shell_exec('ping -c 1 ' . $_POST['host']);
    // ruleid: php-command-injection
    $list = `ls /data/{$_REQUEST['dir']}`;
    // ok: php-command-injection
    $date = shell_exec('date +%F');
}

class ExportController extends Controller
{
    public function run(Request $request)
    {
        // ok: php-command-injection
        $p = new Process(['pg_dump', '--table', $request->input('table')]);
        // ruleid: php-command-injection
        $p2 = Process::fromShellCommandline('pg_dump --table ' . $request->input('table'));
    }
}

function pingHost()
{
    $parts = explode('.', $_POST['host']);
    if (count($parts) == 4 && is_numeric($parts[0]) && is_numeric($parts[1]) && is_numeric($parts[2]) && is_numeric($parts[3])) {
        $ip = $parts[0] . '.' . $parts[1] . '.' . $parts[2] . '.' . $parts[3];
        // ok: php-command-injection
        return shell_exec('ping -c 1 ' . $ip);
    }
    // ruleid: php-command-injection
    return shell_exec('ping -c 1 ' . $parts[0]);
}

// backticks run a shell command; in an SQL string they only quote a MySQL identifier
function archiveStatement()
{
    $branch = $_POST['branch'];
    // ok: php-command-injection
    $sql = "SELECT * FROM `loan_statements` WHERE branch = '" . $branch . "'";
    // ruleid: php-command-injection
    $size = `du -sh /srv/statements/$branch`;
    // ok: php-command-injection
    $free = `df -h /srv/statements`;
    return [$sql, $size, $free];
}

// a value found equal to a string literal, in the branch that found it, by switch, or after an
// early exit; the else branch, the default case, after the if, `&&`-joined and non-strict forms
// stay reported
function guarded_equal_command_injection($conn) {
    $format = $_GET['format'];
    if ($format === 'monthly') {
        // ok: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    } elseif ('weekly' == $format) {
        // ok: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    } else {
        // ruleid: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    // ruleid: php-command-injection
    system("/opt/lending/bin/export --format " . $format);
}

function guarded_switch_command_injection($conn) {
    $format = $_GET['format'];
    switch ($format) {
        case 'monthly':
        case 'weekly':
            // ok: php-command-injection
            system("/opt/lending/bin/export --format " . $format);
            break;
        case 1:
            // ruleid: php-command-injection
            system("/opt/lending/bin/export --format " . $format);
            break;
        default:
            // ruleid: php-command-injection
            system("/opt/lending/bin/export --format " . $format);
    }
}

function guarded_early_exit_command_injection($conn) {
    $format = $_POST['format'];
    if ($format !== 'monthly' || !$conn) {
        exit(1);
    }
    // ok: php-command-injection
    system("/opt/lending/bin/export --format " . $format);
}

function guarded_early_return_command_injection($conn) {
    $format = $_POST['format'];
    if (!in_array($format, ['monthly', 'weekly'], true)) {
        return;
    }
    // ok: php-command-injection
    system("/opt/lending/bin/export --format " . $format);
}

function guarded_early_throw_command_injection($conn) {
    $format = $_POST['format'];
    if ('monthly' != $format) {
        throw new InvalidArgumentException('unknown');
    }
    // ok: php-command-injection
    system("/opt/lending/bin/export --format " . $format);
}

function unguarded_no_exit_command_injection($conn) {
    $format = $_POST['format'];
    if ($format !== 'monthly') {
        $warning = 'unknown';
    }
    // ruleid: php-command-injection
    system("/opt/lending/bin/export --format " . $format);
}

function unguarded_and_command_injection($conn, $strict) {
    $format = $_POST['format'];
    if ($format !== 'monthly' && $strict) {
        die('unknown');
    }
    // ruleid: php-command-injection
    system("/opt/lending/bin/export --format " . $format);
}

function unguarded_negated_command_injection($conn) {
    $format = $_POST['format'];
    if (!($format !== 'monthly')) {
        return;
    }
    // ruleid: php-command-injection
    system("/opt/lending/bin/export --format " . $format);
}

function unguarded_number_command_injection($conn) {
    $format = $_GET['format'];
    if ($format == 1) {
        // ruleid: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
}

// `&&`: the branch runs only when every side holds, so a side that finds the value equal to a
// string literal guards it; an `||` side, or a `!==` side that must hold to stop, does not
function guarded_and_command_injection($conn, $ready, $open) {
    $format = $_GET['format'];
    if ($format === 'monthly' && $ready) {
        // ok: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    if ($ready && 'weekly' == $format) {
        // ok: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    if ($ready && $format === 'monthly' && $open) {
        // ok: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    if ($format == 'weekly' and $ready) {
        // ok: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    if ($format === 'monthly' || $ready) {
        // ruleid: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    if ($format !== 'monthly' && $ready) {
        // ruleid: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
}

// non-strict in_array admits any string loosely equal to an item: only string items that are not
// numeric hold it to themselves ('1abc' == 1 in PHP 7, ' 1' == '1' in both); strict admits only
// the items
function allow_list_command_injection($conn, $allowed) {
    $format = $_POST['format'];
    if (in_array($format, ['monthly', "weekly"])) {
        // ok: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    if (in_array($format, array('monthly', 'quarterly'))) {
        // ok: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    if (in_array($format, $allowed, true)) {
        // ok: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    if (in_array($format, $allowed)) {
        // ruleid: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    if (in_array($format, [1, 2, 3])) {
        // ruleid: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    if (in_array($format, ['10', '20'])) {
        // ruleid: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
    if (in_array($format, ['monthly', 0])) {
        // ruleid: php-command-injection
        system("/opt/lending/bin/export --format " . $format);
    }
}

function allow_list_refused_command_injection($conn, $allowed) {
    $format = $_POST['format'];
    if (!in_array($format, ['monthly', 'weekly'])) {
        exit('unknown');
    }
    // ok: php-command-injection
    system("/opt/lending/bin/export --format " . $format);
}

function allow_list_loose_refused_command_injection($conn, $allowed) {
    $format = $_POST['format'];
    if (!in_array($format, $allowed)) {
        exit('unknown');
    }
    // ruleid: php-command-injection
    system("/opt/lending/bin/export --format " . $format);
}
