<?php

function findClient(mysqli $conn)
{
    $iin = $_GET['iin'];
    // ruleid: php-sql-injection
    $res = mysqli_query($conn, "SELECT id, full_name FROM clients WHERE iin = '$iin'");

    // ok: php-sql-injection
    $stmt = mysqli_prepare($conn, "SELECT id, full_name FROM clients WHERE iin = ?");
    mysqli_stmt_bind_param($stmt, 's', $iin);

    $id = (int) $_GET['id'];
    // ok: php-sql-injection
    $res = mysqli_query($conn, "SELECT * FROM loans WHERE id = $id");
    return $res;
}

function loansByStatus(PDO $pdo)
{
    // ruleid: php-sql-injection
    $rows = $pdo->query("SELECT * FROM loans WHERE status = '" . $_POST['status'] . "'")->fetchAll();

    // ok: php-sql-injection
    $stmt = $pdo->prepare('SELECT * FROM loans WHERE status = :status');
    $stmt->execute(['status' => $_POST['status']]);

    $phone = $pdo->quote($_POST['phone']);
    // ok: php-sql-injection
    $pdo->query("SELECT * FROM clients WHERE phone = $phone");
    return $rows;
}

class LoanController extends Controller
{
    public function index(Request $request)
    {
        $sort = $request->input('sort');
        // ruleid: php-sql-injection
        $loans = DB::table('loans')->orderByRaw($sort)->get();
        // ruleid: php-sql-injection
        $sum = DB::select("SELECT sum(amount) FROM loans WHERE client_id = " . $request->query('client'));
        // ok: php-sql-injection
        $sum2 = DB::select('SELECT sum(amount) FROM loans WHERE client_id = ?', [$request->query('client')]);
        return $loans;
    }

    public function show($id)
    {
        // ruleid: php-sql-injection
        return DB::select("SELECT * FROM loans WHERE id = $id");
    }
}

function report(PDO $pdo, string $table)
{
    // ok: php-sql-injection
    return $pdo->query("SELECT count(*) FROM " . $table);
}

class Clients extends CI_Controller
{
    public function find()
    {
        // ruleid: php-sql-injection
        $q = $this->db->query("SELECT * FROM clients WHERE iin = '" . $this->input->get('iin') . "'");
        // ok: php-sql-injection
        $q2 = $this->db->query('SELECT * FROM clients WHERE iin = ?', [$this->input->get('iin')]);
    }
}

function changePassword($link)
{
    $current = md5($_POST['password_current']);
    $login = mysql_real_escape_string($_POST['login']);
    // ok: php-sql-injection
    return mysql_query("SELECT id FROM users WHERE login = '$login' AND password = '$current'", $link);
}

// a value found equal to a string literal, in the branch that found it, by switch, or after an
// early exit; the else branch, the default case, after the if, `&&`-joined and non-strict forms
// stay reported
function guarded_equal_sql_injection($conn) {
    $sort = $_GET['sort'];
    if ($sort === 'monthly') {
        // ok: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    } elseif ('weekly' == $sort) {
        // ok: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    } else {
        // ruleid: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    // ruleid: php-sql-injection
    $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
}

function guarded_switch_sql_injection($conn) {
    $sort = $_GET['sort'];
    switch ($sort) {
        case 'monthly':
        case 'weekly':
            // ok: php-sql-injection
            $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
            break;
        case 1:
            // ruleid: php-sql-injection
            $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
            break;
        default:
            // ruleid: php-sql-injection
            $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
}

function guarded_early_exit_sql_injection($conn) {
    $sort = $_POST['sort'];
    if ($sort !== 'monthly' || !$conn) {
        exit(1);
    }
    // ok: php-sql-injection
    $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
}

function guarded_early_return_sql_injection($conn) {
    $sort = $_POST['sort'];
    if (!in_array($sort, ['monthly', 'weekly'], true)) {
        return;
    }
    // ok: php-sql-injection
    $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
}

function guarded_early_throw_sql_injection($conn) {
    $sort = $_POST['sort'];
    if ('monthly' != $sort) {
        throw new InvalidArgumentException('unknown');
    }
    // ok: php-sql-injection
    $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
}

function unguarded_no_exit_sql_injection($conn) {
    $sort = $_POST['sort'];
    if ($sort !== 'monthly') {
        $warning = 'unknown';
    }
    // ruleid: php-sql-injection
    $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
}

function unguarded_and_sql_injection($conn, $strict) {
    $sort = $_POST['sort'];
    if ($sort !== 'monthly' && $strict) {
        die('unknown');
    }
    // ruleid: php-sql-injection
    $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
}

function unguarded_negated_sql_injection($conn) {
    $sort = $_POST['sort'];
    if (!($sort !== 'monthly')) {
        return;
    }
    // ruleid: php-sql-injection
    $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
}

function unguarded_number_sql_injection($conn) {
    $sort = $_GET['sort'];
    if ($sort == 1) {
        // ruleid: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
}

// `&&`: the branch runs only when every side holds, so a side that finds the value equal to a
// string literal guards it; an `||` side, or a `!==` side that must hold to stop, does not
function guarded_and_sql_injection($conn, $ready, $open) {
    $sort = $_GET['sort'];
    if ($sort === 'monthly' && $ready) {
        // ok: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    if ($ready && 'weekly' == $sort) {
        // ok: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    if ($ready && $sort === 'monthly' && $open) {
        // ok: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    if ($sort == 'weekly' and $ready) {
        // ok: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    if ($sort === 'monthly' || $ready) {
        // ruleid: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    if ($sort !== 'monthly' && $ready) {
        // ruleid: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
}

// non-strict in_array admits any string loosely equal to an item: only string items that are not
// numeric hold it to themselves ('1abc' == 1 in PHP 7, ' 1' == '1' in both); strict admits only
// the items
function allow_list_sql_injection($conn, $allowed) {
    $sort = $_POST['sort'];
    if (in_array($sort, ['monthly', "weekly"])) {
        // ok: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    if (in_array($sort, array('monthly', 'quarterly'))) {
        // ok: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    if (in_array($sort, $allowed, true)) {
        // ok: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    if (in_array($sort, $allowed)) {
        // ruleid: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    if (in_array($sort, [1, 2, 3])) {
        // ruleid: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    if (in_array($sort, ['10', '20'])) {
        // ruleid: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
    if (in_array($sort, ['monthly', 0])) {
        // ruleid: php-sql-injection
        $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
    }
}

function allow_list_refused_sql_injection($conn, $allowed) {
    $sort = $_POST['sort'];
    if (!in_array($sort, ['monthly', 'weekly'])) {
        exit('unknown');
    }
    // ok: php-sql-injection
    $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
}

function allow_list_loose_refused_sql_injection($conn, $allowed) {
    $sort = $_POST['sort'];
    if (!in_array($sort, $allowed)) {
        exit('unknown');
    }
    // ruleid: php-sql-injection
    $rows = mysqli_query($conn, "SELECT id FROM loans ORDER BY " . $sort);
}
