<?php

function staffLogin($conn)
{
    $user = $_POST['login'];
    // ruleid: php-ldap-injection
    $sr = ldap_search($conn, 'ou=staff,dc=mfo,dc=kz', "(uid=$user)");
    // ok: php-ldap-injection
    $sr2 = ldap_search($conn, 'ou=staff,dc=mfo,dc=kz', '(uid=' . ldap_escape($user, '', LDAP_ESCAPE_FILTER) . ')');
}
