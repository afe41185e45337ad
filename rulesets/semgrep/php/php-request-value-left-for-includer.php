<?php
// Pieces of a loan portal written the old way: each module script sets variables that the
// front controller (modules/index.php) includes and then uses.

// ruleid: php-request-value-left-for-includer
$section = $_GET['section'];

$report = $_GET['report'];
// ruleid: php-request-value-left-for-includer
$report = str_replace('../', '', $report);

// ok: php-request-value-left-for-includer
$month = intval($_GET['month']);

// ok: php-request-value-left-for-includer
$lang = basename($_COOKIE['lang']);

$branch = $_GET['branch'];
// ok: php-request-value-left-for-includer
$branchName = $branch;
echo htmlspecialchars($branchName);

$sort = $_GET['sort'];
if (!in_array($sort, ['amount', 'date'], true)) {
    $sort = 'date';
}

$q = $_GET['q'];
// ok: php-request-value-left-for-includer
echo htmlspecialchars($q, ENT_QUOTES);

// ok: php-request-value-left-for-includer
$mode = $_POST['mode'] ?? 'list';
switch ($mode) {
    case 'list':
        break;
}

function currentPage()
{
    // ok: php-request-value-left-for-includer
    $page = $_GET['page'];
    return $page;
}

class Filters
{
    public function status()
    {
        // ok: php-request-value-left-for-includer
        $status = $_GET['status'];
        return $status;
    }
}

$id = $_POST['id'];
$update = "UPDATE loans SET status = 'closed' WHERE id = " . intval($id);
// ok: php-request-value-left-for-includer
$result = mysqli_query($link, $update) or die('failed');

$note = $_POST['note'];
$insert = "INSERT INTO notes (body) VALUES ('" . addslashes($note) . "')";
// ok: php-request-value-left-for-includer
$result = mysqli_query($link, $insert) or die('failed');

$field = new InputField(['name' => 'user']);
// ok: php-request-value-left-for-includer
$markup = $field->show($_POST['user'] ?? '');

if (isset($_GET['view'])) {
    // ok: php-request-value-left-for-includer
    $view = $_GET['view'];
}
render($view ?? 'home');

$tab = $_GET['tab'];
// ok: php-request-value-left-for-includer
$tabName = $tab;
if ($tabName === 'rates') {
    showRates();
} else {
    showRooms();
}

$rows = $_POST['rows'];
// ok: php-request-value-left-for-includer
$rowList = $rows;
foreach ($rowList as $n => $row) {
    echo intval($n);
}

$limit = $_GET['limit'];
// ok: php-request-value-left-for-includer
$pageSize = $limit;
while ($pageSize > 100) {
    $pageSize = 100;
}
