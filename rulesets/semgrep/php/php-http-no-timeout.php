<?php

function fetchRate()
{
    $ch = curl_init('https://api.nationalbank.kz/rates');
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    // ruleid: php-http-no-timeout
    return curl_exec($ch);
}

function fetchRateTimeout()
{
    $ch = curl_init('https://api.nationalbank.kz/rates');
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_TIMEOUT, 10);
    // ok: php-http-no-timeout
    return curl_exec($ch);
}

function clients()
{
    // ruleid: php-http-no-timeout
    $a = new \GuzzleHttp\Client(['base_uri' => 'https://pay.example.kz']);
    // ok: php-http-no-timeout
    $b = new \GuzzleHttp\Client(['base_uri' => 'https://pay.example.kz', 'timeout' => 10]);
}
