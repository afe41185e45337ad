<?php

function download()
{
    $name = $_GET['name'];
    // ruleid: php-path-traversal
    readfile('/srv/contracts/' . $name);
    // ok: php-path-traversal
    readfile('/srv/contracts/' . basename($name));
}

function remove()
{
    // ruleid: php-path-traversal
    unlink(__DIR__ . '/uploads/' . $_POST['file']);
}

function checked()
{
    $base = realpath('/srv/contracts');
    $path = realpath($base . '/' . $_GET['name']);
    if (strpos($path, $base) !== 0) {
        http_response_code(400);
        exit;
    }
    // ok: php-path-traversal
    readfile($path);
}

class DocController extends Controller
{
    public function get(Request $request)
    {
        // ruleid: php-path-traversal
        return response()->download(storage_path('docs/' . $request->input('doc')));
    }

    public function body()
    {
        // ok: php-path-traversal
        $raw = file_get_contents('php://input');
        return $raw;
    }
}
