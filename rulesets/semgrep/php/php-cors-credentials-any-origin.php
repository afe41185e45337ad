<?php

// This file sends the credentials header (a file without it is
// php-cors-reflected-origin, medium).

// A plain script: the request's Origin echoed at the top level of the file, not in a function.
if (isset($_SERVER['HTTP_ORIGIN'])) {
    // ruleid: php-cors-credentials-any-origin
    header("Access-Control-Allow-Origin: {$_SERVER['HTTP_ORIGIN']}");
    header('Access-Control-Allow-Credentials: true');
}

$requestOrigin = $_SERVER['HTTP_ORIGIN'];
if (in_array($requestOrigin, ['https://my.example.kz'], true)) {
    // ok: php-cors-credentials-any-origin
    header('Access-Control-Allow-Origin: ' . $requestOrigin);
}

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

// The Origin echoed directly, inside a check against a fixed list: no reflection.
function corsListed()
{
    $allowed = ['https://my.example.kz'];
    if (isset($_SERVER['HTTP_ORIGIN']) && in_array($_SERVER['HTTP_ORIGIN'], $allowed)) {
        // ok: php-cors-credentials-any-origin
        header("Access-Control-Allow-Origin: " . $_SERVER['HTTP_ORIGIN']);
        header("Access-Control-Allow-Credentials: true");
    }
    if ('https://my.example.kz' == $_SERVER['HTTP_ORIGIN']) {
        // ok: php-cors-credentials-any-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
    if (preg_match('#^https://(my|lk)\.example\.kz$#', $_SERVER['HTTP_ORIGIN'])) {
        // ok: php-cors-credentials-any-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
    if (in_array($_SERVER['HTTP_ORIGIN'], $allowed, true)) {
        // ok: php-cors-credentials-any-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    } else {
        // the list refused this origin
        // ruleid: php-cors-credentials-any-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
}

// isset() says only that the header was sent; an unanchored pattern matches evil-example.kz.
function corsWeakChecks()
{
    if (isset($_SERVER['HTTP_ORIGIN'])) {
        // ruleid: php-cors-credentials-any-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
    if (preg_match('#https://.*\.example\.kz#', $_SERVER['HTTP_ORIGIN'])) {
        // ruleid: php-cors-credentials-any-origin
        header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
    }
}

class PartnerController extends Controller
{
    public function profile(Request $request)
    {
        // ruleid: php-cors-credentials-any-origin
        return response()->json($this->profile())->header('Access-Control-Allow-Origin', $request->header('Origin'))
            ->header('Access-Control-Allow-Credentials', 'true');
    }

    public function profileHeaders(Request $request)
    {
        // ruleid: php-cors-credentials-any-origin
        return response()->json($this->profile())->withHeaders([
            'Access-Control-Allow-Origin' => $request->headers->get('origin'),
            'Access-Control-Allow-Credentials' => 'true',
        ]);
    }

    public function publicRates(Request $request)
    {
        // ok: php-cors-credentials-any-origin
        return response()->json($this->rates())->header('Access-Control-Allow-Origin', 'https://my.example.kz');
    }
}

return [
    'paths' => ['api/*'],
    // ruleid: php-cors-credentials-any-origin
    'config' => ['allowed_origins' => ['*'], 'supports_credentials' => true],
    // ok: php-cors-credentials-any-origin
    'other' => ['allowed_origins' => ['https://my.example.kz'], 'supports_credentials' => true],
];
