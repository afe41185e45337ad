<?php

foreach ($_POST as $key => $value) {
    // ruleid: php-variable-variables
    $$key = $value;
}

$allowed = ['amount', 'term'];
foreach ($allowed as $key) {
    // ok: php-variable-variables
    $$key = $_POST[$key] ?? null;
}

foreach ($_POST as $key => $value) {
    // ok: php-variable-variables
    $data[$key] = trim($value);
}
