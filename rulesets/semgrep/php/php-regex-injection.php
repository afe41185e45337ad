<?php

function search(array $names)
{
    $q = $_GET['q'];
    // ruleid: php-regex-injection
    $found = preg_grep('/' . $q . '/i', $names);
    // ok: php-regex-injection
    $found2 = preg_grep('/' . preg_quote($q, '/') . '/i', $names);
    // ok: php-regex-injection
    $valid = preg_match('/^\d{12}$/', $q);
}
