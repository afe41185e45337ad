<?php
$name = $_GET['name'] ?? '';
// ruleid: php-xss
echo "<h1>Здравствуйте, " . $name . "</h1>";
// ok: php-xss
echo "<h1>Здравствуйте, " . htmlspecialchars($name, ENT_QUOTES, 'UTF-8') . "</h1>";
// ok: php-xss
echo "<p>Amount: " . (int) $_GET['amount'] . "</p>";
?>
<!-- ruleid: php-xss -->
<div class="search"><?= $_GET['q'] ?></div>
<!-- ok: php-xss -->
<div class="search"><?= htmlspecialchars($_GET['q']) ?></div>
<?php

function api()
{
    header('Content-Type: application/json');
    // ok: php-xss
    echo json_encode(['q' => $_GET['q']]);
}

class GreetController extends Controller
{
    public function hello(Request $request)
    {
        // ruleid: php-xss
        return response('<b>' . $request->input('name') . '</b>');
    }
}

// A value the script refuses unless a pattern of letters and digits, anchored at both ends, matches
// all of it (the refusal stops the script: exit, die, throw, return) holds no markup afterwards.
function loan_widget()
{
    if (!preg_match('/^(?:[a-z0-9]+)$/i', $_GET['widget_id'])) {
        echo "ERROR: invalid widget id.";
        exit(1);
    }
    $ident = $_GET['widget_id'] . '-widget';
    // ok: php-xss
    echo '<table name="' . $ident . '">';
    // ruleid: php-xss
    echo '<caption>' . $_GET['caption'] . '</caption>';
}

function loan_row()
{
    if (!preg_match('/^[A-Za-z0-9_\-]+$/', $_GET['contract'])) {
        throw new InvalidArgumentException('contract');
    }
    // ok: php-xss
    echo '<td>' . $_GET['contract'] . '</td>';
    // a pattern not anchored at both ends checks only a part of the value
    if (!preg_match('/[a-z0-9]+/', $_GET['branch'])) {
        exit(1);
    }
    // ruleid: php-xss
    echo '<td>' . $_GET['branch'] . '</td>';
    // a class that lets markup through checks nothing for it
    if (!preg_match('/^[^"]+$/', $_GET['note'])) {
        exit(1);
    }
    // ruleid: php-xss
    echo '<td>' . $_GET['note'] . '</td>';
    // a range reaching past letters and digits (space to '_') lets quotes and brackets through
    if (!preg_match('/^[ -_]+$/', $_GET['label'])) {
        exit(1);
    }
    // ruleid: php-xss
    echo '<td>' . $_GET['label'] . '</td>';
    // a pattern read line by line (m) checks one line of the value only
    if (!preg_match('/^[a-z]+$/m', $_GET['memo'])) {
        exit(1);
    }
    // ruleid: php-xss
    echo '<td>' . $_GET['memo'] . '</td>';
    // a failed check that does not stop the script
    if (!preg_match('/^[a-z0-9]+$/', $_GET['region'])) {
        $error = 'bad region';
    }
    // ruleid: php-xss
    echo '<td>' . $_GET['region'] . '</td>';
}

// Every character but digits removed (`preg_replace('/[^0-9]/', '', $x)`): no markup is left.
function schedule_chart()
{
    // ok: php-xss
    echo '<img src="chart.php?id=' . preg_replace('/[^0-9]/', '', $_GET['id']) . '">';
    // ok: php-xss
    echo '<span>' . preg_replace('/[^\w-]+/', '', $_GET['term']) . '</span>';
    // only digits removed: the rest is still the request's
    // ruleid: php-xss
    echo '<span>' . preg_replace('/[0-9]/', '', $_GET['id']) . '</span>';
    // a class keeping every character from space to '9' (quotes and '&' among them)
    // ruleid: php-xss
    echo '<span title="' . preg_replace('/[^ -9]/', '', $_GET['term']) . '">';
    // a class keeping '<' and '>'
    // ruleid: php-xss
    echo '<span>' . preg_replace('/[^a-z<>]/', '', $_GET['term']) . '</span>';
}

// Arithmetic on request data gives a number (`$_GET['scale'] / 100`), which holds no markup; the
// text concatenated to it, or a number's text cut from the request, is still reported.
function repayment_table()
{
    $scale = $_GET['scale'] / 100;
    $padding = 4 + $scale * 2;
    // ok: php-xss
    echo '<style>td { padding: ' . $padding . 'px; }</style>';
    // ok: php-xss
    echo '<td>' . ($_GET['months'] - 1) . '</td>';
    // ruleid: php-xss
    echo '<td>' . $_GET['months'] . ' months</td>';
    // ruleid: php-xss
    echo '<td>' . substr($_GET['amount'], 0, 12) . '</td>';
}

// A controller's action is a public method: the router hands it the route's parameters. A
// protected or private method is no action; its parameters are what the action passes in.
class ReportController extends ActionController
{
    public function monthlyAction($month)
    {
        // ruleid: php-xss
        echo "<h1>Report for $month</h1>";
        $this->serveReport('monthly');
    }

    function yearlyAction($year)
    {
        // ruleid: php-xss
        echo "<h1>Report for $year</h1>";
    }

    protected function serveReport($type)
    {
        // ok: php-xss
        echo "<h1>Report: $type</h1>";
    }

    private static function footer($label)
    {
        // ok: php-xss
        echo "<p>$label</p>";
    }
}

// A value the request gives only when is_numeric() holds, else a default, is a number: no markup.
function loan_chart()
{
    $min = (isset($_REQUEST['min']) and is_numeric($_REQUEST['min'])) ? $_REQUEST['min'] : 0;
    $max = (isset($_REQUEST['max']) && is_numeric($_REQUEST['max'])) ? $_REQUEST['max'] : 10;
    $height = is_numeric($_GET['height']) ? $_GET['height'] : 30;
    // ok: php-xss
    print "chart.extent([" . $min . "," . $max . "]).height(" . $height . ");";
    $label = (isset($_REQUEST['label']) || is_numeric($_REQUEST['label'])) ? $_REQUEST['label'] : '';
    // ruleid: php-xss
    print "<h2>" . $label . "</h2>";
    $title = is_numeric($_GET['id']) ? $_GET['title'] : '';
    // ruleid: php-xss
    print "<h1>" . $title . "</h1>";
}

// Request objects under each of the three names the rule reads, by method and by property.
function repayment_notice($req, $httpRequest, $request, $requests)
{
    // ruleid: php-xss
    echo $req->input('borrower');
    // ruleid: php-xss
    print $httpRequest->get('branch');
    // ruleid: php-xss
    echo $request->comment;
    // a name the rule does not read as a request
    // ok: php-xss
    echo $requests->get('borrower');
}

// Inside the branch that found it equal to a literal, the request value is that literal; in the
// other branch, and after the test, it is still the request's.
function branch_greeting()
{
    $branch = $_POST['branch'];
    if ($branch === 'almaty') {
        // ok: php-xss
        echo "<h2>Branch " . $branch . "</h2>";
    } else {
        // ruleid: php-xss
        echo "<p>Unknown branch " . $branch . "</p>";
    }
    // ruleid: php-xss
    echo "<p>" . $branch . "</p>";
    $officer = $_POST['officer'];
    $expected = "SUPERVISOR";
    if ($officer === $expected) {
        // ok: php-xss
        echo '<p>Welcome, ' . $officer . '</p>';
    }
    if ('auditor' == $officer) {
        // ok: php-xss
        echo '<p>Read-only view for ' . $officer . '</p>';
    }
    $other = $_GET['other'];
    if ($officer === $expected) {
        // the value tested is not the value written
        // ruleid: php-xss
        echo $other;
    }
    $prefix = $_GET['prefix'];
    if ($officer === $prefix) {
        // equal to another request value, not to a literal
        // ruleid: php-xss
        echo $officer;
    }
}

// a value found equal to a string literal, in the branch that found it, by switch, or after an
// early exit; the else branch, the default case, after the if, `&&`-joined and non-strict forms
// stay reported
function guarded_equal_xss($conn) {
    $tab = $_GET['tab'];
    if ($tab === 'monthly') {
        // ok: php-xss
        echo "<p>" . $tab . "</p>";
    } elseif ('weekly' == $tab) {
        // ok: php-xss
        echo "<p>" . $tab . "</p>";
    } else {
        // ruleid: php-xss
        echo "<p>" . $tab . "</p>";
    }
    // ruleid: php-xss
    echo "<p>" . $tab . "</p>";
}

function guarded_switch_xss($conn) {
    $tab = $_GET['tab'];
    switch ($tab) {
        case 'monthly':
        case 'weekly':
            // ok: php-xss
            echo "<p>" . $tab . "</p>";
            break;
        case 1:
            // ruleid: php-xss
            echo "<p>" . $tab . "</p>";
            break;
        default:
            // ruleid: php-xss
            echo "<p>" . $tab . "</p>";
    }
}

function guarded_early_exit_xss($conn) {
    $tab = $_POST['tab'];
    if ($tab !== 'monthly' || !$conn) {
        exit(1);
    }
    // ok: php-xss
    echo "<p>" . $tab . "</p>";
}

function guarded_early_return_xss($conn) {
    $tab = $_POST['tab'];
    if (!in_array($tab, ['monthly', 'weekly'], true)) {
        return;
    }
    // ok: php-xss
    echo "<p>" . $tab . "</p>";
}

function guarded_early_throw_xss($conn) {
    $tab = $_POST['tab'];
    if ('monthly' != $tab) {
        throw new InvalidArgumentException('unknown');
    }
    // ok: php-xss
    echo "<p>" . $tab . "</p>";
}

function unguarded_no_exit_xss($conn) {
    $tab = $_POST['tab'];
    if ($tab !== 'monthly') {
        $warning = 'unknown';
    }
    // ruleid: php-xss
    echo "<p>" . $tab . "</p>";
}

function unguarded_and_xss($conn, $strict) {
    $tab = $_POST['tab'];
    if ($tab !== 'monthly' && $strict) {
        die('unknown');
    }
    // ruleid: php-xss
    echo "<p>" . $tab . "</p>";
}

function unguarded_negated_xss($conn) {
    $tab = $_POST['tab'];
    if (!($tab !== 'monthly')) {
        return;
    }
    // ruleid: php-xss
    echo "<p>" . $tab . "</p>";
}

function unguarded_number_xss($conn) {
    $tab = $_GET['tab'];
    if ($tab == 1) {
        // ruleid: php-xss
        echo "<p>" . $tab . "</p>";
    }
}

// `&&`: the branch runs only when every side holds, so a side that finds the value equal to a
// string literal guards it; an `||` side, or a `!==` side that must hold to stop, does not
function guarded_and_xss($conn, $ready, $open) {
    $tab = $_GET['tab'];
    if ($tab === 'monthly' && $ready) {
        // ok: php-xss
        echo "<p>" . $tab . "</p>";
    }
    if ($ready && 'weekly' == $tab) {
        // ok: php-xss
        echo "<p>" . $tab . "</p>";
    }
    if ($ready && $tab === 'monthly' && $open) {
        // ok: php-xss
        echo "<p>" . $tab . "</p>";
    }
    if ($tab == 'weekly' and $ready) {
        // ok: php-xss
        echo "<p>" . $tab . "</p>";
    }
    if ($tab === 'monthly' || $ready) {
        // ruleid: php-xss
        echo "<p>" . $tab . "</p>";
    }
    if ($tab !== 'monthly' && $ready) {
        // ruleid: php-xss
        echo "<p>" . $tab . "</p>";
    }
}

// non-strict in_array admits any string loosely equal to an item: only string items that are not
// numeric hold it to themselves ('1abc' == 1 in PHP 7, ' 1' == '1' in both); strict admits only
// the items
function allow_list_xss($conn, $allowed) {
    $tab = $_POST['tab'];
    if (in_array($tab, ['monthly', "weekly"])) {
        // ok: php-xss
        echo "<p>" . $tab . "</p>";
    }
    if (in_array($tab, array('monthly', 'quarterly'))) {
        // ok: php-xss
        echo "<p>" . $tab . "</p>";
    }
    if (in_array($tab, $allowed, true)) {
        // ok: php-xss
        echo "<p>" . $tab . "</p>";
    }
    if (in_array($tab, $allowed)) {
        // ruleid: php-xss
        echo "<p>" . $tab . "</p>";
    }
    if (in_array($tab, [1, 2, 3])) {
        // ruleid: php-xss
        echo "<p>" . $tab . "</p>";
    }
    if (in_array($tab, ['10', '20'])) {
        // ruleid: php-xss
        echo "<p>" . $tab . "</p>";
    }
    if (in_array($tab, ['monthly', 0])) {
        // ruleid: php-xss
        echo "<p>" . $tab . "</p>";
    }
}

function allow_list_refused_xss($conn, $allowed) {
    $tab = $_POST['tab'];
    if (!in_array($tab, ['monthly', 'weekly'])) {
        exit('unknown');
    }
    // ok: php-xss
    echo "<p>" . $tab . "</p>";
}

function allow_list_loose_refused_xss($conn, $allowed) {
    $tab = $_POST['tab'];
    if (!in_array($tab, $allowed)) {
        exit('unknown');
    }
    // ruleid: php-xss
    echo "<p>" . $tab . "</p>";
}

// A page rendered from a named template: the template decides how each value of its context is
// written, so the renderer's result is no request text; a literal string or an unnamed template is.
class LoanPagesController
{
    private $view;

    public function listing()
    {
        $filter = $_GET['filter'] ?? '';
        // ok: php-xss
        echo $this->view->render('loans/list.php', ['filter' => $filter]);
        // ok: php-xss
        echo $this->app->render("loans/list.php", ['filter' => $filter, 'page' => 1]);
        // ruleid: php-xss
        echo $this->view->render($_GET['template'], ['filter' => $filter]);
        // ruleid: php-xss
        echo $this->view->render('loans/list.php', []) . $filter;
    }
}

// The nodes an XPath query selects, and the rows a query returns, hold the document's or the
// database's data, not the request's, even when the query text holds request data (that is XPath or
// SQL injection, reported by its own rule).
function branch_rates($catalogue, $db)
{
    $city = $_GET['city'];
    $nodes = $catalogue->xpath("//branch[city='" . $city . "']");
    foreach ($nodes as $node) {
        // ok: php-xss
        echo "<li>" . $node->rate . "</li>";
    }
    $rows = $db->query("SELECT rate FROM branches WHERE city = '" . $city . "'")->fetchAll();
    foreach ($rows as $row) {
        // ok: php-xss
        echo "<li>" . $row['rate'] . "</li>";
    }
    $found = mysqli_query($db, "SELECT rate FROM branches WHERE city = '" . $city . "'");
    // ok: php-xss
    echo mysqli_fetch_assoc($found)['rate'];
    // ruleid: php-xss
    echo "<p>No branch in " . $city . "</p>";
}
