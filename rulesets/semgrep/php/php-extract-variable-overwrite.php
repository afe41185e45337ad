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

function loan_filters()
{
    // keys the code names, values from the request: only $branch and $status are created
    $filters['branch'] = $_GET['branch'];
    if (isset($_GET['status'])) {
        $filters['status'] = $_GET['status'];
        $filters['extra'] = array();
        foreach ($_GET['extra'] as $k => $v) {
            $filters['extra'][$k] = $v;
        }
    }
    // ok: php-extract-variable-overwrite
    extract($filters);
}

function loan_filters_keyed_by_request()
{
    $filters['branch'] = 'main';
    foreach ($_POST as $k => $v) {
        // ruleid: php-extract-variable-overwrite
        $filters[$k] = $v;
    }
    extract($filters);
}

function loan_filters_merged()
{
    $filters['branch'] = 'main';
    // ruleid: php-extract-variable-overwrite
    $filters = array_merge($filters, $_POST);
    extract($filters);
}

function loan_filters_added()
{
    $filters['branch'] = 'main';
    if ($_GET['all']) {
        // ruleid: php-extract-variable-overwrite
        $filters += $_GET;
    }
    extract($filters, EXTR_OVERWRITE);
}

function loan_filters_replaced()
{
    $filters['branch'] = 'main';
    // ruleid: php-extract-variable-overwrite
    $filters = $_REQUEST;
    extract($filters);
}

