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

// query strings built with http_build_query

function sms_send($config, $phone, $text)
{
    // ruleid: php-credential-in-query-string
    $url = 'https://sms.example.kz/send?' . http_build_query(['login' => 'mfo', 'psw' => 'x', 'password' => $config['sms_password'], 'to' => $phone]);
    return file_get_contents($url);
}

function bureau_balance($iin, $apiKey)
{
    $params = ['iin' => $iin, 'api_key' => $apiKey];
    // ruleid: php-credential-in-query-string
    return file_get_contents('https://bureau.example.kz/v1/balance?' . http_build_query($params));
}

function scoring_url($base, $iin, $token)
{
    $query = ['iin' => $iin];
    $query['access_token'] = $token;
    // ruleid: php-credential-in-query-string
    $ch = curl_init($base . '?' . http_build_query($query));
    return $ch;
}

function cabinet_redirect($sessionId)
{
    // ruleid: php-credential-in-query-string
    header('Location: https://partner.example.kz/cabinet?' . http_build_query(['sid' => $sessionId]));
}

function token_request($user, $password)
{
    $ch = curl_init('https://idp.example.kz/token');
    // a POST body, not a URL
    // ok: php-credential-in-query-string
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['username' => $user, 'password' => $password]));
    // ok: php-credential-in-query-string
    $list = file_get_contents('https://bureau.example.kz/v1/list?' . http_build_query(['page' => $user, 'grant_type' => 'password']));
    // ok: php-credential-in-query-string
    $next = file_get_contents('https://bureau.example.kz/v1/list?' . http_build_query(['page_token' => $password]));
    return [$ch, $list, $next];
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
