<?php

function parseStatement(string $xml)
{
    $doc = new DOMDocument();
    // ruleid: php-xxe
    $doc->loadXML($xml, LIBXML_NOENT | LIBXML_DTDLOAD);
    // ok: php-xxe
    $doc->loadXML($xml, LIBXML_NONET);
    // ruleid: php-xxe
    $sx = simplexml_load_string($xml, 'SimpleXMLElement', LIBXML_NOENT);
    // ok: php-xxe
    $sx2 = simplexml_load_string($xml);
    // ruleid: php-xxe
    libxml_disable_entity_loader(false);
}
