<?php

function preview()
{
    // ruleid: php-ssrf
    $ch = curl_init($_GET['url']);
    curl_exec($ch);

    $iin = $_GET['iin'];
    // ok: php-ssrf
    $ch2 = curl_init('https://bureau.example.kz/api/report/' . rawurlencode($iin));
    curl_exec($ch2);
}

class WebhookController extends Controller
{
    public function test(Request $request)
    {
        // ruleid: php-ssrf
        return Http::post($request->input('callback_url'), ['ping' => true]);
    }

    public function score(Request $request)
    {
        // ok: php-ssrf
        return Http::get('https://bureau.example.kz/api/score', ['iin' => $request->input('iin')]);
    }
}
