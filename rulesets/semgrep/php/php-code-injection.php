<?php

function calc()
{
    $formula = $_POST['formula'];
    // ruleid: php-code-injection
    $result = eval("return $formula;");
    // ok: php-code-injection
    $rate = eval('return 0.35;');

    $page = $_GET['page'];
    // ruleid: php-code-injection
    include "pages/" . $page . ".php";
    // ok: php-code-injection
    include "pages/" . basename($page) . ".php";

    // ruleid: php-code-injection
    call_user_func($_GET['action'], $_GET['arg']);

    $handlers = ['pdf' => 'renderPdf', 'csv' => 'renderCsv'];
    // ok: php-code-injection
    call_user_func($handlers['pdf']);
}

// assert() evaluates a string as PHP code (before PHP 8); an `instanceof` test, or a comparison,
// is a boolean whatever the request holds, never code.
function load_loan_from_request()
{
    $loan = LoanRepository::load($_GET['id']);
    // ok: php-code-injection
    assert($loan instanceof Loan);
    // ok: php-code-injection
    assert($loan !== null, 'loan found');
    // ruleid: php-code-injection
    assert($_GET['check']);
    return $loan;
}
