<?php

// This file never allows credentials (the Allow-Credentials header). Without them browsers send
// no cookies or HTTP authentication cross-origin, so an echoed Origin opens what an anonymous
// request reads.
if (isset($_SERVER['HTTP_ORIGIN'])) {
    // ruleid: php-cors-reflected-origin
    header("Access-Control-Allow-Origin: {$_SERVER['HTTP_ORIGIN']}");
    // credentials refused in so many words
    header('Access-Control-Allow-Credentials: false');
}

function cors()
{
    $origin = $_SERVER['HTTP_ORIGIN'];
    // ruleid: php-cors-reflected-origin
    header('Access-Control-Allow-Origin: ' . $origin);
}

function corsChecked()
{
    $origin = $_SERVER['HTTP_ORIGIN'];
    if (in_array($origin, ['https://my.example.kz'], true)) {
        // ok: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $origin);
    }
}

// The Origin echoed directly, inside a check against a fixed list: no reflection.
function corsListed()
{
    $allowed = ['https://my.example.kz', 'https://lk.example.kz'];
    if (isset($_SERVER['HTTP_ORIGIN']) && in_array($_SERVER['HTTP_ORIGIN'], $allowed, true)) {
        // ok: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
    if (isset($_SERVER['HTTP_ORIGIN'])) {
        if (in_array($_SERVER['HTTP_ORIGIN'], ['https://my.example.kz'])) {
            // ok: php-cors-reflected-origin
            header("Access-Control-Allow-Origin: " . $_SERVER['HTTP_ORIGIN']);
        }
    }
    if (array_key_exists($_SERVER['HTTP_ORIGIN'], ['https://my.example.kz' => 'cabinet'])) {
        // ok: php-cors-reflected-origin
        header("Access-Control-Allow-Origin: {$_SERVER['HTTP_ORIGIN']}");
    }
    if ($_SERVER['HTTP_ORIGIN'] === 'https://my.example.kz') {
        // ok: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
    if (preg_match('/^https:\/\/(my|lk)\.example\.kz$/', $_SERVER['HTTP_ORIGIN'])) {
        // ok: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
}

// Checks that let any origin through, or one that merely contains the MFO's name.
function corsWeakChecks()
{
    if (!in_array($_SERVER['HTTP_ORIGIN'], ['https://my.example.kz'], true)) {
        // ruleid: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
    if (preg_match('/example\.kz/', $_SERVER['HTTP_ORIGIN'])) {
        // ruleid: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
    if (preg_match('/^https:\/\/.*example\.kz/', $_SERVER['HTTP_ORIGIN'])) {
        // ruleid: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
    if (strpos($_SERVER['HTTP_ORIGIN'], 'example.kz') !== false) {
        // ruleid: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
    if ($_SERVER['HTTP_ORIGIN'] !== 'https://my.example.kz') {
        // ruleid: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
}

class RatesController extends Controller
{
    public function rates(Request $request)
    {
        // ruleid: php-cors-reflected-origin
        return response()->json($this->rates())->header('Access-Control-Allow-Origin', $request->header('Origin'));
    }

    public function ratesHeaders(Request $request)
    {
        // ruleid: php-cors-reflected-origin
        return response()->json($this->rates())->withHeaders([
            'Access-Control-Allow-Origin' => $request->headers->get('origin'),
            'Access-Control-Allow-Credentials' => 'false',
        ]);
    }

    public function branches(Request $request)
    {
        // ok: php-cors-reflected-origin
        return response()->json($this->branches())->header('Access-Control-Allow-Origin', 'https://my.example.kz');
    }
}

function corsElse()
{
    if (in_array($_SERVER['HTTP_ORIGIN'], ['https://my.example.kz'], true)) {
        header('Vary: Origin');
    } else {
        // the else branch is every origin the list refused
        // ruleid: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
}

function corsAllowedThenElse()
{
    if (isset($_SERVER['HTTP_ORIGIN']) && in_array($_SERVER['HTTP_ORIGIN'], ['https://credit.example.kz'], true)) {
        // ok: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
        header('Vary: Origin');
    } elseif ($_SERVER['HTTP_ORIGIN'] === 'https://partner.example.kz') {
        // ok: php-cors-reflected-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    } else {
        // ruleid: php-cors-reflected-origin
        header("Access-Control-Allow-Origin: {$_SERVER['HTTP_ORIGIN']}");
    }
}
