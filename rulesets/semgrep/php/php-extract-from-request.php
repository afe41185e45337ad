<?php

function apply_for_loan()
{
    $isOfficer = false;
    // ruleid: php-extract-from-request
    extract($_POST);
    // ruleid: php-extract-from-request
    extract($_GET, EXTR_OVERWRITE);
    // EXTR_SKIP creates only variables that do not exist yet
    // ok: php-extract-from-request
    extract($_COOKIE, EXTR_SKIP);
    // ok: php-extract-from-request
    extract(['title' => 'Заявка на микрокредит'], EXTR_SKIP);
    // ok: php-extract-from-request
    extract(['branch' => 'Shymkent']);
}

function apply_for_loan_laravel($request)
{
    // ruleid: php-extract-from-request
    extract($request->all());
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
    // ok: php-extract-from-request
    extract($filters);
}

function loan_filters_keyed_by_request()
{
    $filters['branch'] = 'main';
    foreach ($_POST as $k => $v) {
        // ruleid: php-extract-from-request
        $filters[$k] = $v;
    }
    extract($filters);
}

function loan_filters_merged()
{
    $filters['branch'] = 'main';
    // ruleid: php-extract-from-request
    $filters = array_merge($filters, $_POST);
    extract($filters);
}

function loan_filters_added()
{
    $filters['branch'] = 'main';
    if ($_GET['all']) {
        // ruleid: php-extract-from-request
        $filters += $_GET;
    }
    extract($filters, EXTR_OVERWRITE);
}

function loan_filters_replaced()
{
    $filters['branch'] = 'main';
    // ruleid: php-extract-from-request
    $filters = $_REQUEST;
    extract($filters);
}

// a variable variable named by the request is php-extract-variable-overwrite's
function repayment_field()
{
    $field = $_GET['field'];
    // ok: php-extract-from-request
    echo $$field;
    // ok: php-extract-from-request
    parse_str($_SERVER['QUERY_STRING']);
}
