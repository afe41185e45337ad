<?php
header('Content-Type: text/csv; charset=utf-8');
header('Content-Disposition: attachment; filename=export.csv');
$output = fopen('php://output', 'w');
// ok: php-csv-formula-injection
fputcsv($output, array('itemcode', 'itemname', 'price'));

$rows = mysql_query('SELECT itemcode, itemname, price FROM items');
// ruleid: php-csv-formula-injection
while ($row = mysql_fetch_assoc($rows)) fputcsv($output, $row);

function export_clients(PDO $db, $out) {
    $stmt = $db->query('SELECT name, phone, comment FROM clients');
    foreach ($stmt->fetchAll(PDO::FETCH_ASSOC) as $client) {
        // ruleid: php-csv-formula-injection
        fputcsv($out, [$client['name'], $client['phone'], $client['comment']]);
    }
}

function export_request($out) {
    // ruleid: php-csv-formula-injection
    fputcsv($out, [$_POST['name'], $_POST['note']]);
}

function neutralise($v) {
    return preg_match('/^[=+\-@\t\r]/', (string) $v) ? "'" . $v : $v;
}

function export_safe(PDO $db, $out) {
    $stmt = $db->query('SELECT name, comment FROM clients');
    while ($r = $stmt->fetch(PDO::FETCH_ASSOC)) {
        // ok: php-csv-formula-injection
        fputcsv($out, array_map('neutralise', $r));
    }
}

function export_numbers(PDO $db, $out) {
    $stmt = $db->query('SELECT id, amount FROM loans');
    while ($r = $stmt->fetch(PDO::FETCH_ASSOC)) {
        // ok: php-csv-formula-injection
        fputcsv($out, [(int) $r['id'], number_format($r['amount'], 2)]);
    }
}
