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
