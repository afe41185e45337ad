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
