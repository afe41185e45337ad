<?php
$types = ['pdf' => 'application/pdf', 'csv' => 'text/csv'];

// ruleid: php-response-header-injection
header('Content-Type: ' . $_GET['type']);
$name = $_GET['name'];
// ruleid: php-response-header-injection
header("Content-Disposition: attachment; filename=$name");
// ruleid: php-response-header-injection
header(sprintf('X-Client-Ref: %s', $_SERVER['HTTP_X_REF']));
// ok: php-response-header-injection
header('Content-Type: ' . ($types[$_GET['type']] ?? 'application/pdf'));
// ok: php-response-header-injection
header("Content-Disposition: attachment; filename*=UTF-8''" . rawurlencode($name));
// ok: php-response-header-injection
header('X-Loan: ' . (int) $_GET['loan']);
// ok: php-response-header-injection
header('Cache-Control: no-store');
// ok: php-response-header-injection
header('X-Name: ' . str_replace(["\r", "\n"], '', $name));
// a path on the same site is no open redirect, but it carries the client's CR/LF all the same
// ruleid: php-response-header-injection
header('Location: /statement?lang=' . $_GET['lang']);

class ExportController
{
    public function download($request)
    {
        // ruleid: php-response-header-injection
        header('Content-Language: ' . $request->input('lang'));
    }
}

function cors_headers(): void
{
    // ok: php-response-header-injection
    header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
}

function cached_script(): void
{
    $files = $_GET['files'];
    // ok: php-response-header-injection
    header('ETag: "' . md5(implode(',', $files)) . '"');
    // ok: php-response-header-injection
    header('X-Height: ' . ($_GET['height'] + 1));
    // ok: php-response-header-injection
    header('Location: ' . sanitize_uri($_SERVER['REQUEST_URI']));
    // ok: php-response-header-injection
    header('Location: ' . UrlHelper::validate(clean($_REQUEST['url'])));
}
