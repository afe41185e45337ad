<?php
// A project's own query runner (its body in another file: run_query($sql) { return
// mysqli_query($db, $sql); }) handed SQL text built from request data.
require_once 'lib/db.php';

$iin = $_POST['iin'];
$sql = "SELECT * FROM borrowers WHERE iin = '$iin'";
// ruleid: php-sql-query-helper
$rows = run_query($sql, true);

// ruleid: php-sql-query-helper
db_query("DELETE FROM applications WHERE id = " . $_GET['id']);

// ruleid: php-sql-query-helper
$result = execute_query("UPDATE loans SET note = '{$_REQUEST['note']}'");

// placeholders and bound values: the request value is no part of the SQL text
// ok: php-sql-query-helper
db_query("SELECT * FROM loans WHERE id = :id", [':id' => $_GET['id']]);

// a number cast from the request
$page = (int) $_GET['page'];
// ok: php-sql-query-helper
run_query("SELECT * FROM loans LIMIT 20 OFFSET " . ($page * 20));

// constant SQL text
// ok: php-sql-query-helper
run_query("SELECT COUNT(*) FROM loans");

// a function whose name says nothing of a query
// ok: php-sql-query-helper
render_page("Loan " . $_GET['id']);

class LoanRepository
{
    private $db;

    public function byBranch()
    {
        $branch = $_GET['branch'];
        // ruleid: php-sql-query-helper
        return $this->db->rawQuery("SELECT * FROM loans WHERE branch = '$branch'");
    }

    public function byBranchBound()
    {
        // ok: php-sql-query-helper
        return $this->db->rawQuery("SELECT * FROM loans WHERE branch = ?", [$_GET['branch']]);
    }
}
