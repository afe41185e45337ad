<?php

function loanById(mysqli $db)
{
    $id = mysqli_real_escape_string($db, $_GET['id']);
    // ruleid: php-sql-escaped-unquoted
    $q = "SELECT amount, term FROM loans WHERE id = $id";

    // ok: php-sql-escaped-unquoted
    $q2 = "SELECT amount, term FROM loans WHERE id = '$id'";

    $limit = $db->real_escape_string($_GET['limit']);
    // ruleid: php-sql-escaped-unquoted
    $q3 = "SELECT * FROM payments ORDER BY paid_at DESC LIMIT " . $limit;

    $n = intval($_GET['n']);
    // ok: php-sql-escaped-unquoted
    $q4 = "SELECT * FROM payments LIMIT $n";

    $ids = addslashes($_POST['ids']);
    // ruleid: php-sql-escaped-unquoted
    $q5 = "DELETE FROM drafts WHERE id IN ($ids)";

    $branch = mysqli_real_escape_string($db, $_GET['branch']);
    // ruleid: php-sql-escaped-unquoted
    $q6 = " AND branch_id = " . $branch;

    return [$q, $q2, $q3, $q4, $q5, $q6];
}

function byPhone(PDO $pdo)
{
    $phone = $pdo->quote($_POST['phone']);
    // ok: php-sql-escaped-unquoted
    return $pdo->query("SELECT * FROM clients WHERE phone = $phone");
}

// HTML, not SQL: a <select> or </select> tag is no SELECT and its `>` no comparison, and the
// value escaped with addslashes goes into a JavaScript string of an onclick attribute
function branchPicker($branchName)
{
    $branch = addslashes($branchName);
    // ok: php-sql-escaped-unquoted
    echo "</select>;<br>
" . strtoupper("branch") . ": <input type=\"button\" onclick=\"pick('$branch')\">";
    // ok: php-sql-escaped-unquoted
    echo "<select name=branch size=1>" . $branch . "</select>";
    // ruleid: php-sql-escaped-unquoted
    $q = "<!-- report --> SELECT * FROM branches WHERE name_id = " . $branch;
    return $q;
}
