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

function registerMember(Request $request, $validatorFactory, $memberRepository, $logger)
{
    // a validator's rule list names the password field; nothing is logged
    // ok: php-log-sensitive-data
    $check = Validator::make($request->all(), ['phone' => 'required', 'password' => 'required|min:8']);
    // ok: php-log-sensitive-data
    $check = $validatorFactory->make($request->all(), ['pin' => 'required|digits:4']);
    // storing the request is not logging it
    // ok: php-log-sensitive-data
    $memberRepository->update($request->input('id'), $request->all());
    // ruleid: php-log-sensitive-data
    $logger->warning('member registration', ['phone' => $request->input('phone'), 'pin' => $request->input('pin')]);
    // ruleid: php-log-sensitive-data
    $logger->info('member registration', $request->all());
}
