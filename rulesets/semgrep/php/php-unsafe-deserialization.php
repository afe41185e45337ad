<?php

function restoreCart()
{
    // ruleid: php-unsafe-deserialization
    $cart = unserialize($_COOKIE['cart']);
    // ok: php-unsafe-deserialization
    $cart2 = unserialize($_COOKIE['cart'], ['allowed_classes' => false]);
    // ok: php-unsafe-deserialization
    $cart3 = json_decode($_COOKIE['cart'], true);
    // ok: php-unsafe-deserialization
    $cached = unserialize(file_get_contents('/var/cache/mfo/tariffs.ser'));
}
