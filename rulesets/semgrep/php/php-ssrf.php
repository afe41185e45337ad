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

// A PSR-18 client adapter: the RequestInterface it is given is an outgoing request the
// application built, not the incoming one (that is ServerRequestInterface).
final class BureauPsr18Client implements ClientInterface
{
    public function sendRequest(RequestInterface $request): ResponseInterface
    {
        // ok: php-ssrf
        return $this->client->request($request->getMethod(), (string) $request->getUri());
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        // ruleid: php-ssrf
        return $this->client->request('GET', $request->getQueryParams()['callback']);
    }
}
