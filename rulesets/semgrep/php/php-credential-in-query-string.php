<?php

function bureau_report($iin, $config)
{
    // ruleid: php-credential-in-query-string
    $body = file_get_contents("https://bureau.example.kz/v1/report?iin=" . urlencode($iin) . "&api_key=" . $config['bureau_key']);
    $smsPassword = $config['sms_password'];
    // ruleid: php-credential-in-query-string
    $ch = curl_init("https://sms.example.kz/send?login=mfo&password=$smsPassword&to=$iin");
    $url = "https://scoring.example.kz/score?iin={$iin}&access_token={$config['token']}";
    // ruleid: php-credential-in-query-string
    curl_setopt($ch, CURLOPT_URL, $url);
    // ok: php-credential-in-query-string
    $plain = file_get_contents("https://bureau.example.kz/v1/report?iin=" . urlencode($iin));
    return [$body, $ch, $plain];
}

function after_login($sessionId, $loanId)
{
    // ruleid: php-credential-in-query-string
    header("Location: https://partner.example.kz/cabinet?sid=" . $sessionId);
    // ok: php-credential-in-query-string
    header("Location: /cabinet?loan=" . $loanId);
    // ok: php-credential-in-query-string
    header("Location: /confirm?reset_token=" . $loanId);
}

class BureauGateway
{
    public function score($client, $iin, $token)
    {
        // ruleid: php-credential-in-query-string
        return $client->get("https://scoring.example.kz/score?iin=$iin&token=$token");
    }
}

class ScoringGateway
{
    public function score($client, $iin, $key)
    {
        // ruleid: php-credential-in-query-string
        return $client->get('https://scoring.example.kz/score', ['query' => ['iin' => $iin, 'api_key' => $key]]);
    }

    public function scoreWithHeader($client, $iin, $key)
    {
        // ok: php-credential-in-query-string
        return $client->get('https://scoring.example.kz/score', ['query' => ['iin' => $iin], 'headers' => ['X-Api-Key' => $key]]);
    }
}

function collection_calls($client, $base, $iin, $key, $token, $page, $cfg)
{
    $templ = 'https://pay.example.kz/v2/status?contract={contract}&api_key={key}';
    // ruleid: php-credential-in-query-string
    $status = file_get_contents($templ);
    $link = sprintf('https://pay.example.kz/v2/link?iin=%s&token=%s', $iin, $token);
    // ruleid: php-credential-in-query-string
    $ch = curl_init($link);
    $first = 'https://bureau.example.kz/v1/report?token=' . $token . '&iin=' . $iin;
    // ruleid: php-credential-in-query-string
    $client->get($first);
    $chained = $base . '/v1/report?iin=' . $iin . '&api_key=' . $key;
    // ruleid: php-credential-in-query-string
    $client->post($chained);
    $inline = "https://sms.example.kz/send?to=$iin&secret=$key&lang=ru";
    // ruleid: php-credential-in-query-string
    fopen($inline, 'r');
    $braced = "{$base}/score?iin={$iin}&access_token={$cfg['scoring']}";
    // ruleid: php-credential-in-query-string
    $client->request('GET', $braced);
    $doc = <<<URL
https://docs.example.kz/contract?iin=$iin&pwd=$key
URL;
    // ruleid: php-credential-in-query-string
    redirect($doc);
    $tail = "{$base}/export?sid=" . session_id();
    // ruleid: php-credential-in-query-string
    wp_redirect($tail);
    $direct = "https://pay.example.kz/v2/pay?access_token=$token";
    // ruleid: php-credential-in-query-string
    curl_setopt($ch, CURLOPT_URL, $direct);
    $export = $base . "/{$iin}/export?session_id=" . $token;
    // ruleid: php-credential-in-query-string
    $client->get($export, ['timeout' => 5]);
    $summed = 'https://pay.example.kz/v2/status?token=' + $token;
    // ruleid: php-credential-in-query-string
    file_get_contents($summed);
    $demo = 'https://pay.example.kz/v2/status?token=demo';
    // ok: php-credential-in-query-string
    $probe = file_get_contents($demo);
    $next = 'https://cabinet.example.kz/login?next=' . $page;
    // ok: php-credential-in-query-string
    header('Location: ' . $next);
    $plain = "https://bureau.example.kz/v1/report?iin=$iin";
    // ok: php-credential-in-query-string
    $report = file_get_contents($plain);
    $shown = "token=" . $token;
    // ok: php-credential-in-query-string
    $page = file_get_contents($shown);
    return [$status, $ch, $probe, $report, $page];
}
