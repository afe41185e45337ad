<?php

// query strings built with http_build_query

function sms_send($config, $phone, $text)
{
    // ruleid: php-credential-in-query-builder
    $url = 'https://sms.example.kz/send?' . http_build_query(['login' => 'mfo', 'psw' => 'x', 'password' => $config['sms_password'], 'to' => $phone]);
    return file_get_contents($url);
}

function bureau_balance($iin, $apiKey)
{
    $params = ['iin' => $iin, 'api_key' => $apiKey];
    // ruleid: php-credential-in-query-builder
    return file_get_contents('https://bureau.example.kz/v1/balance?' . http_build_query($params));
}

function scoring_url($base, $iin, $token)
{
    $query = ['iin' => $iin];
    $query['access_token'] = $token;
    // ruleid: php-credential-in-query-builder
    $ch = curl_init($base . '?' . http_build_query($query));
    return $ch;
}

function cabinet_redirect($sessionId)
{
    // ruleid: php-credential-in-query-builder
    header('Location: https://partner.example.kz/cabinet?' . http_build_query(['sid' => $sessionId]));
}

function token_request($user, $password)
{
    $ch = curl_init('https://idp.example.kz/token');
    // a POST body, not a URL
    // ok: php-credential-in-query-builder
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['username' => $user, 'password' => $password]));
    // ok: php-credential-in-query-builder
    $list = file_get_contents('https://bureau.example.kz/v1/list?' . http_build_query(['page' => $user, 'grant_type' => 'password']));
    // ok: php-credential-in-query-builder
    $next = file_get_contents('https://bureau.example.kz/v1/list?' . http_build_query(['page_token' => $password]));
    return [$ch, $list, $next];
}
