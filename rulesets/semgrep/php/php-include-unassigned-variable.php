<?php
// The page sets $view in a script included before this one.

require_once __DIR__ . '/bootstrap.php';

if (isset($view)) {
    // ruleid: php-include-unassigned-variable
    include($view);
}

// ok: php-include-unassigned-variable
include __DIR__ . '/footer.php';

// An include after an assignment of its variable in the same block or one around it: semgrep
// reports it, aiscan.sast.php_include_assigned leaves it out (tests/test_php_include_assigned.py
// runs this file through both and reads each "todook" mark here as "ok").
$layout = __DIR__ . '/layout.php';
// todook: php-include-unassigned-variable
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
// todook: php-include-unassigned-variable
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

// assigned in a branch that has closed before the include: the other way the value is the outside one
if ($mode === 'print') {
    $sheet = __DIR__ . '/print_sheet.php';
}
// ruleid: php-include-unassigned-variable
include $sheet;

if ($mode === 'export') {
    $exporter = __DIR__ . '/export_csv.php';
    // todook: php-include-unassigned-variable
    require $exporter;
}

$schedule = __DIR__ . '/repayment_schedule.php';
if ($showSchedule) {
    foreach ($loans as $loan) {
        // todook: php-include-unassigned-variable
        include $schedule;
    }
}

// a body without braces
if ($lang === 'kk') $strings = __DIR__ . '/lang/kk.php';
// ruleid: php-include-unassigned-variable
include $strings;

// every branch of an if/elseif/else assigns it, with or without braces
if ($single) $calendar = __DIR__ . '/calendar_one.php';
else $calendar = __DIR__ . '/calendar_all.php';
// todook: php-include-unassigned-variable
include($calendar);
if ($lang === 'ru') {
    $terms = __DIR__ . '/terms_ru.php';
} elseif ($lang === 'kk') {
    $terms = __DIR__ . '/terms_kk.php';
} else {
    if ($short) $terms = __DIR__ . '/terms_short.php';
    else $terms = __DIR__ . '/terms_en.php';
}
// todook: php-include-unassigned-variable
include $terms;

// a branch without it, or no else
if ($lang === 'ru') {
    $faq = __DIR__ . '/faq_ru.php';
} elseif ($lang === 'kk') {
    log_missing('faq');
} else {
    $faq = __DIR__ . '/faq_en.php';
}
// ruleid: php-include-unassigned-variable
include $faq;
if ($lang === 'ru') $rates = __DIR__ . '/rates_ru.php';
elseif ($lang === 'kk') $rates = __DIR__ . '/rates_kk.php';
// ruleid: php-include-unassigned-variable
include $rates;

// in a loop: assigned after the include, so the first pass reads the outside value
while ($row = next_row()) {
    // ruleid: php-include-unassigned-variable
    include $rowTemplate;
    $rowTemplate = __DIR__ . '/row_alt.php';
}

for ($i = 0; $i < 3; $i++) {
    $part = __DIR__ . "/part_$i.php";
    // todook: php-include-unassigned-variable
    include $part;
}

while (more_sections()) {
    $section = next_section_file();
}
// ruleid: php-include-unassigned-variable
include $section;

// by reference
$chosen = &$defaults['template'];
// todook: php-include-unassigned-variable
include $chosen;

// list() and its short form, also with keys
list($header, $body) = [__DIR__ . '/header.php', __DIR__ . '/body.php'];
// todook: php-include-unassigned-variable
include $header;
[, $footer] = ['x', __DIR__ . '/footer_small.php'];
// todook: php-include-unassigned-variable
include_once $footer;
['side' => $sidebar] = $layoutParts;
// todook: php-include-unassigned-variable
require_once($sidebar);

// names set from data: extract() and parse_str() with one argument
extract($_POST);
// ruleid: php-include-unassigned-variable
include $screen;
parse_str($_SERVER['QUERY_STRING']);
// ruleid: php-include-unassigned-variable
include $panel;

// a compound assignment keeps the outside value in front
$report .= '.php';
// ruleid: php-include-unassigned-variable
include $report;

// an element, a property or a static property is not the variable
$pageConf['file'] = 'conf.php';
Registry::$pageConf = 'conf.php';
// ruleid: php-include-unassigned-variable
include $pageConf;

// an assignment in a condition that always runs it, and one after a short-circuit
if ($widgetFile = locate_widget()) {
    // todook: php-include-unassigned-variable
    include $widgetFile;
}
if (!is_file($vendorAutoload = __DIR__ . '/vendor/autoload.php')) {
    exit(1);
}
// todook: php-include-unassigned-variable
require_once $vendorAutoload;
if ($useCache && is_file($cached = cache_path('menu'))) {
    echo 'cached';
}
// ruleid: php-include-unassigned-variable
include $cached;

// written in a comment or a string, or made in a function or a class of its own
// $banner = __DIR__ . '/banner.php';
$note = '$banner = "x.php";';
$help = <<<TXT
\$banner = "y.php";
TXT;
class BannerBox { public $banner = 'banner.php'; }
function pick_banner() { $banner = 'banner.php'; return $banner; }
// ruleid: php-include-unassigned-variable
include $banner;
?>
<script>$popup = "popup.php";</script>
<?php $tab = __DIR__ . '/tab.php'; ?>
<div class="tabs">
<?php
// ruleid: php-include-unassigned-variable
include $popup;
// todook: php-include-unassigned-variable
include $tab;
