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
