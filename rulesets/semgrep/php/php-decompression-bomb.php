<?php

function upload()
{
    $raw = file_get_contents('php://input');
    // ruleid: php-decompression-bomb
    $json = gzdecode($raw);
    // ok: php-decompression-bomb
    $json2 = gzdecode($raw, 5 * 1024 * 1024);
    // ok: php-decompression-bomb
    $local = gzdecode(file_get_contents('/var/lib/mfo/tariffs.json.gz'));
}
