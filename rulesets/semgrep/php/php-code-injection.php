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

// A type check, a key or membership test, or a negation is a boolean too: the state a request
// names is checked, not run.
function resume_from_state()
{
    $state = StateStore::load($_REQUEST['StateId']);
    // ok: php-code-injection
    assert(array_key_exists('LoanId', $state));
    // ok: php-code-injection
    assert(is_array($state));
    // ok: php-code-injection
    assert(isset($state['LoanId']));
    // ok: php-code-injection
    assert(in_array($state['step'], ['review', 'sign'], true));
    // ok: php-code-injection
    assert(!empty($state['LoanId']));
    // ruleid: php-code-injection
    assert($state['check']);
    // ruleid: php-code-injection
    assert(trim($state['check']));
    return $state;
}

// Request objects under each of the three names the rule reads, by method and by property.
function run_report_step($req, $httpRequest, $request, $requests)
{
    // ruleid: php-code-injection
    eval($req->input('formula'));
    // ruleid: php-code-injection
    include $httpRequest->get('module') . '.php';
    $step = $request->step;
    // ruleid: php-code-injection
    $step();
    // a name the rule does not read as a request
    // ok: php-code-injection
    eval($requests->get('formula'));
}
