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
