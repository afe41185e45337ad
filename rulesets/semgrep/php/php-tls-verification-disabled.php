<?php

function callBureau(string $url)
{
    $ch = curl_init($url);
    // ruleid: php-tls-verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    // ruleid: php-tls-verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    // ok: php-tls-verification-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
    // ok: php-tls-verification-disabled
    curl_setopt($ch, CURLOPT_CAINFO, '/etc/mfo/bureau-ca.pem');
    return curl_exec($ch);
}

function guzzle()
{
    // ruleid: php-tls-verification-disabled
    $client = new \GuzzleHttp\Client(['base_uri' => 'https://pay.example.kz', 'verify' => false, 'timeout' => 10]);
    // ok: php-tls-verification-disabled
    $client2 = new \GuzzleHttp\Client(['base_uri' => 'https://pay.example.kz', 'verify' => '/etc/ssl/pay-ca.pem', 'timeout' => 10]);
    // ruleid: php-tls-verification-disabled
    return Http::withoutVerifying()->get('https://pay.example.kz/status');
}

// Laravel's `Auth::routes([...])` takes `'verify' => false` to leave out the e-mail verification
// routes: an option of the router, not of a TLS client. The same key for an HTTP client still
// switches certificate checks off.
function borrowerPortalRoutes()
{
    // ok: php-tls-verification-disabled
    Auth::routes(['register' => false, 'verify' => false, 'reset' => true]);
    // ok: php-tls-verification-disabled
    \Illuminate\Support\Facades\Auth::routes(['verify' => false]);
    // ok: php-tls-verification-disabled
    Route::auth(['verify' => false]);
    // ruleid: php-tls-verification-disabled
    $bureau = Http::withOptions(['verify' => false])->get('https://bureau.example.kz/score');
    return $bureau;
}
