<?php

function apply()
{
    $isAdmin = false;
    // ruleid: php-extract-variable-overwrite
    extract($_POST);
    // ruleid: php-extract-variable-overwrite
    parse_str($_SERVER['QUERY_STRING']);
    // ok: php-extract-variable-overwrite
    parse_str($_SERVER['QUERY_STRING'], $params);
    $field = $_GET['field'];
    // ruleid: php-extract-variable-overwrite
    $value = $$field;
    // ok: php-extract-variable-overwrite
    extract(['title' => 'Заявка'], EXTR_SKIP);
}
