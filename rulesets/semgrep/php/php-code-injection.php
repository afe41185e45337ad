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
