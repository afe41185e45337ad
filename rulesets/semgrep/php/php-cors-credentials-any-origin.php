<?php

function cors()
{
    header('Access-Control-Allow-Credentials: true');
    // ruleid: php-cors-credentials-any-origin
    header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
}

function corsChecked()
{
    $allowed = ['https://my.example.kz'];
    $origin = $_SERVER['HTTP_ORIGIN'];
    if (in_array($origin, $allowed, true)) {
        // ok: php-cors-credentials-any-origin
        header('Access-Control-Allow-Origin: ' . $origin);
        header('Access-Control-Allow-Credentials: true');
    }
}

return [
    'paths' => ['api/*'],
    // ruleid: php-cors-credentials-any-origin
    'config' => ['allowed_origins' => ['*'], 'supports_credentials' => true],
    // ok: php-cors-credentials-any-origin
    'other' => ['allowed_origins' => ['https://my.example.kz'], 'supports_credentials' => true],
];
