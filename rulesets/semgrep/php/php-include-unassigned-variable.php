<?php
// The page sets $view in a script included before this one.

require_once __DIR__ . '/bootstrap.php';

if (isset($view)) {
    // ruleid: php-include-unassigned-variable
    include($view);
}

// ok: php-include-unassigned-variable
include __DIR__ . '/footer.php';

$layout = __DIR__ . '/layout.php';
// ok: php-include-unassigned-variable
require $layout;

foreach (glob(__DIR__ . '/plugins/*.php') as $plugin) {
    // ok: php-include-unassigned-variable
    require_once $plugin;
}

function render($template)
{
    // ok: php-include-unassigned-variable
    include $template;
}

$loader = function ($class) {
    $file = __DIR__ . '/src/' . str_replace('\\', '/', $class) . '.php';
    // ok: php-include-unassigned-variable
    require $file;
};

if (in_array($page, ['home.php', 'rates.php'], true)) {
    // ok: php-include-unassigned-variable
    include $page;
}

// ruleid: php-include-unassigned-variable
REQUIRE_ONCE $module;

// ruleid: php-include-unassigned-variable
include_once($widget);

$menu = 'menu.php';
// ok: php-include-unassigned-variable
include($menu);
?>
<div class="loan-summary">
<?php
// ruleid: php-include-unassigned-variable
include $partial ?>
</div>
<?php
// ok: php-include-unassigned-variable
include_once __DIR__ . '/totals.php';
