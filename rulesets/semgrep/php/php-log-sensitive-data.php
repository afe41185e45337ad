<?php

function login(Request $request, $logger)
{
    $password = $request->input('password');
    // ruleid: php-log-sensitive-data
    error_log("login attempt for {$request->input('phone')} with password " . $password);
    // ok: php-log-sensitive-data
    error_log("login attempt for " . $request->input('phone'));
    // ruleid: php-log-sensitive-data
    Log::info('otp sent', ['phone' => $request->input('phone'), 'otp' => $otp]);
    // ok: php-log-sensitive-data
    Log::info('otp sent', ['phone' => $request->input('phone')]);
}

function loginAll(Request $request)
{
    // ruleid: php-log-sensitive-data
    Log::info('login attempt', $request->all());
    // ok: php-log-sensitive-data
    Log::info('login attempt', $request->only('phone'));
}
