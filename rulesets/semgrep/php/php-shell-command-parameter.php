<?php

class StatusService
{
    // A service method: the RPC server or a controller in another file passes the client's value.
    public function systemStatus($param)
    {
        // ruleid: php-shell-command-parameter
        $out = shell_exec('uptime ' . $param);
        return $out;
    }

    public function archive($name, $dir)
    {
        $cmd = "tar -czf /tmp/{$name}.tgz " . $dir;
        // ruleid: php-shell-command-parameter
        exec($cmd, $lines, $rc);
        return $rc;
    }

    public function ping($host)
    {
        // ruleid: php-shell-command-parameter
        system("ping -c 1 $host");
    }

    public function pingEscaped($host)
    {
        // ok: php-shell-command-parameter
        system('ping -c 1 ' . escapeshellarg($host));
    }

    public function count(int $n)
    {
        // ok: php-shell-command-parameter
        return shell_exec('seq ' . $n);
    }

    public function checked($format)
    {
        if (!in_array($format, ['-s', '-p'], true)) {
            throw new InvalidArgumentException('format');
        }
        // ok: php-shell-command-parameter
        return shell_exec('uptime ' . $format);
    }

    // A runner: the command is the caller's, passed through unchanged.
    public function run($command)
    {
        // ok: php-shell-command-parameter
        return shell_exec($command);
    }

    public function memory()
    {
        // ok: php-shell-command-parameter
        return shell_exec('free');
    }
}

function convert($file)
{
    // ruleid: php-shell-command-parameter
    passthru('convert ' . $file . ' out.pdf');
}
