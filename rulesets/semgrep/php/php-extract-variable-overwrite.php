<?php

function apply()
{
    $isAdmin = false;
    // extract() is php-extract-from-request's, a rule of its own
    // ok: php-extract-variable-overwrite
    extract($_POST);
    // ruleid: php-extract-variable-overwrite
    parse_str($_SERVER['QUERY_STRING']);
    // ok: php-extract-variable-overwrite
    parse_str($_SERVER['QUERY_STRING'], $params);
    $field = $_GET['field'];
    // ruleid: php-extract-variable-overwrite
    $value = $$field;
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

// the array extract() reads, filled from the request: php-extract-from-request reports it, this
// rule does not
function loan_terms_merged()
{
    $terms['currency'] = 'KZT';
    // ok: php-extract-variable-overwrite
    $terms = array_merge($terms, $_POST);
    extract($terms);
}
