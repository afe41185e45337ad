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


// register_globals emulated: every posted field becomes a variable of the same name
function loan_form_globals()
{
    foreach (array_keys($_POST) as $field) {
        // ruleid: php-extract-variable-overwrite
        if (!isset($$field)) {
            $$field = $_POST[$field];
        }
    }
}

// only tested: a posted field whose variable does not exist yet is listed by its prefix; the
// test of whether a variable exists writes none
function loan_form_listed_fields()
{
    $listed = array();
    $field = key($_POST);
    // ok: php-extract-variable-overwrite
    if (!isset($$field) and substr($field, 0, 8) == "instal_") {
        $listed[] = $field;
    }
    // ok: php-extract-variable-overwrite
    if (empty($$field)) {
        $listed[] = "missing_" . count($listed);
    }
    return $listed;
}

// a variable named by the request and printed: any variable of the scope can be read out
function loan_form_echo_field()
{
    $field = $_GET['field'];
    // ruleid: php-extract-variable-overwrite
    echo $$field;
}
