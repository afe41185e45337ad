<?php

function tariff()
{
    $doc = new DOMDocument();
    $doc->load('/etc/mfo/tariffs.xml');
    $xp = new DOMXPath($doc);
    $code = $_GET['code'];
    // ruleid: php-xpath-injection
    $nodes = $xp->query("//tariff[@code='" . $code . "']");
    // ok: php-xpath-injection
    $all = $xp->query("//tariff[@active='1']");
}
