<?php

function preview()
{
    // ruleid: php-ssrf
    $ch = curl_init($_GET['url']);
    curl_exec($ch);

    $iin = $_GET['iin'];
    // ok: php-ssrf
    $ch2 = curl_init('https://bureau.example.kz/api/report/' . rawurlencode($iin));
    curl_exec($ch2);
}

class WebhookController extends Controller
{
    public function test(Request $request)
    {
        // ruleid: php-ssrf
        return Http::post($request->input('callback_url'), ['ping' => true]);
    }

    public function score(Request $request)
    {
        // ok: php-ssrf
        return Http::get('https://bureau.example.kz/api/score', ['iin' => $request->input('iin')]);
    }
}

// A PSR-18 client adapter: the RequestInterface it is given is an outgoing request the
// application built, not the incoming one (that is ServerRequestInterface).
final class BureauPsr18Client implements ClientInterface
{
    public function sendRequest(RequestInterface $request): ResponseInterface
    {
        // ok: php-ssrf
        return $this->client->request($request->getMethod(), (string) $request->getUri());
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        // ruleid: php-ssrf
        return $this->client->request('GET', $request->getQueryParams()['callback']);
    }
}

// PHP's file functions open URLs too (allow_url_fopen is on by default): a request value that is
// the whole name makes the server fetch any http:// or ftp:// address it names.
function fetchPosted()
{
    $file = trim($_POST['file']);
    // ruleid: php-ssrf
    echo htmlentities(file_get_contents($file));
}

function fetchLowered()
{
    $file = strtolower($_POST['file']);
    if (strstr($file, 'localhost') == false) {
        // ruleid: php-ssrf
        echo '<textarea>' . file_get_contents($file) . '</textarea>';
    }
}

function otherWrappers()
{
    $u = $_GET['u'];
    // ruleid: php-ssrf
    $h = fopen($u, 'rb');
    // ruleid: php-ssrf
    readfile($u);
    // ruleid: php-ssrf
    $lines = file($u);
    // ruleid: php-ssrf
    $size = getimagesize($_POST['avatar_url']);
    // ruleid: php-ssrf
    copy($u, '/var/cache/app/avatar.png');
    // ruleid: php-ssrf
    $xml = simplexml_load_file($u);
    // ruleid: php-ssrf
    $soap = new SoapClient($_POST['wsdl']);
}

function localFiles()
{
    $name = $_GET['name'];
    // ok: php-ssrf
    readfile('/var/app/exports/' . $name);
    // ok: php-ssrf
    $t = file_get_contents(__DIR__ . '/templates/' . $name);
    // ok: php-ssrf
    $u = file_get_contents('uploads/' . $name);
    // ok: php-ssrf
    $b = file_get_contents(basename($_GET['f']));
    // ok: php-ssrf
    $body = file_get_contents('php://input');
    // ok: php-ssrf
    copy($_FILES['doc']['tmp_name'], '/var/app/uploads/' . $name);
    // ok: php-ssrf
    file_put_contents('/var/app/cache/' . $name, 'x');
}

// The name starts with a folder from the configuration or a constant: the request picks a file
// under it, not the address (a path, php-path-traversal's); an upload's temporary name and a
// value read back from the session are the server's.
function configuredFolders($conf)
{
    $hostname = $_GET['h'];
    $host_file = $conf['conf_dir'] . "/host_" . $hostname . ".json";
    // ok: php-ssrf
    $reports = json_decode(file_get_contents($host_file), true);
    // ok: php-ssrf
    $view = file_get_contents($conf['views_dir'] . '/view_' . $_GET['view_name'] . '.json');
    // ok: php-ssrf
    $page = file_get_contents(TEMPLATE_DIR . $_GET['page']);

    $file = $_FILES['image'];
    // ok: php-ssrf
    $data = getimagesize($file['tmp_name']);

    // ok: php-ssrf
    echo file_get_contents(session::get('graphFile' . $_GET['id']));

    // the request value first, the configured part after it: still the request's address
    // ruleid: php-ssrf
    echo file_get_contents($_GET['url'] . $conf['suffix']);
    $u = $_POST['u'];
    // ruleid: php-ssrf
    echo file_get_contents($u . $conf['suffix']);
}

// A URL built by a function of the same file from a configured base or a literal scheme and
// host, the request's values only in its query string: the request cannot change where the
// server connects.
function build_rates_url($conf, $branch, $from, $until)
{
    $url = $conf['rates_url_base'] .
        "?branch=" . $branch .
        "&from=" . $from . "&until=" . $until;
    return $url;
}

function build_bureau_url($client)
{
    return "https://bureau.example.kz/api?client=" . $client;
}

function build_any_url($base, $client)
{
    return $base . "?client=" . $client;
}

function ratesExport($conf)
{
    $url = build_rates_url($conf, $_GET['branch'], $_GET['from'], $_GET['until']);
    // ok: php-ssrf
    echo file_get_contents($url . "&format=json");
    // ok: php-ssrf
    $h = curl_init(build_bureau_url($_POST['client']));
    // ok: php-ssrf
    $r = file_get_contents("https://bureau.example.kz?client=" . $_GET['client']);
    // ok: php-ssrf
    $s = file_get_contents("https://bureau.example.kz#" . $_GET['client']);

    // the base comes from the caller, here the request
    // ruleid: php-ssrf
    echo file_get_contents(build_any_url($_GET['base'], 'x'));
    // a literal scheme only, the host from the request
    // ruleid: php-ssrf
    $t = file_get_contents("https://" . $_GET['host'] . "/api?client=1");
    // ruleid: php-ssrf
    $v = file_get_contents("https://" . $_GET['host'] . "?client=1");
}

// Request objects under each of the three names the rule reads, by method and by property.
function fetch_partner_callbacks($req, $httpRequest, $request, $requests)
{
    // ruleid: php-ssrf
    $a = file_get_contents($req->input('callback'));
    // ruleid: php-ssrf
    $b = curl_init($httpRequest->get('callback'));
    // ruleid: php-ssrf
    $c = fopen($request->callback, 'r');
    // a name the rule does not read as a request
    // ok: php-ssrf
    $d = file_get_contents($requests->get('callback'));
}

// A name or URL whose first part is a folder or a fixed host stays under it however many parts
// the request adds after it: each chain below is read whole, not only its first two parts.
function load_statement_parts($conf)
{
    // ok: php-ssrf
    $a = file_get_contents(STATEMENTS_DIR . $_GET['year'] . '/' . $_GET['month'] . '.csv');
    // ok: php-ssrf
    $b = file_get_contents(STATEMENTS_DIR . '/' . $_GET['year'] . '/' . $_GET['branch'] . '/' . $_GET['month'] . '.csv');
    $path = STATEMENTS_DIR . $_POST['branch'] . '-' . $_POST['month'];
    // ok: php-ssrf
    $c = fopen($path, 'r');
    // ok: php-ssrf
    $d = file_get_contents("https://bureau.example.kz/api/" . $_GET['iin'] . "?from=" . $_GET['from']);
    // ok: php-ssrf
    $e = curl_init("https://bureau.example.kz/api/" . $_GET['iin'] . "/" . $_GET['kind'] . "?from=" . $_GET['from'] . "&to=" . $_GET['to']);
    // ok: php-ssrf
    $f = file_get_contents(__DIR__ . '/templates/' . $_GET['lang'] . '/' . $_GET['name']);
    // ok: php-ssrf
    $g = file_get_contents(dirname(__FILE__) . '/templates/' . $_GET['lang'] . '/' . $_GET['name']);
    // ok: php-ssrf
    $h = file_get_contents($conf['statements_dir'] . $_GET['year'] . '/' . $_GET['month'] . '.csv');
    // the request's part first: it can name a URL whatever comes after it
    // ruleid: php-ssrf
    $i = file_get_contents($_GET['base'] . STATEMENTS_DIR . $_GET['month'] . '.csv');
    // ruleid: php-ssrf
    $j = file_get_contents($_GET['host'] . "/api/" . $_GET['iin'] . "?from=" . $_GET['from']);
}

// The temporary file of an upload (`$request->file(...)->getRealPath()`) is a path PHP chose on
// the server, not an address; a URL the client gives beside it still is.
class GuarantorDocsController extends Controller
{
    public function store(Request $request)
    {
        // ok: php-ssrf
        $photo = base64_encode(file_get_contents($request->file('guarantor_photo')->getRealPath()));
        $letter = $request->file('guarantor_letter');
        // ok: php-ssrf
        $text = file_get_contents($letter->getPathname());
        // ruleid: php-ssrf
        $remote = file_get_contents($request->input('letter_url'));
        return [$photo, $text, $remote];
    }
}

// The scheme and host come from the application's configuration (Laravel's config() or env(),
// Config::get()) and a literal path follows them: the request value can reach only the path or
// the query of the configured service, not the host the server connects to.
class ScoringProxyController extends Controller
{
    public function limit(Request $request, $contractId)
    {
        $http = new \GuzzleHttp\Client();
        // ok: php-ssrf
        $url = config('services.scoring.base_url') . "/v2/contracts/" . $contractId . "/limit";
        return $http->request('GET', $url);
    }

    public function history(Request $request)
    {
        // ok: php-ssrf
        return Http::get(env('BUREAU_URL') . '/history?iin=' . $request->input('iin'));
    }

    public function status($applicationId)
    {
        // ok: php-ssrf
        return Http::post(Config::get('lender.core_url') . '/applications/' . $applicationId . '/status');
    }

    public function proxy(Request $request)
    {
        // the configured base with no literal path after it: a value like "@evil.example" or
        // ".evil.example" moves the host
        // ruleid: php-ssrf
        return Http::get(config('services.scoring.base_url') . $request->input('path'));
    }

    public function forward(Request $request)
    {
        // the request value first, the configured part after it
        // ruleid: php-ssrf
        return Http::get($request->input('target') . config('services.scoring.suffix'));
    }

    public function relay(Request $request)
    {
        // a literal that does not start a path keeps the host open: "host" . ".evil.example"
        // ruleid: php-ssrf
        return Http::get(config('services.partner.scheme') . '://' . $request->input('host') . '/ping');
    }
}

// a value found equal to a string literal, in the branch that found it, by switch, or after an
// early exit; the else branch, the default case, after the if, `&&`-joined and non-strict forms
// stay reported
function guarded_equal_ssrf($conn) {
    $bureau = $_GET['bureau'];
    if ($bureau === 'monthly') {
        // ok: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    } elseif ('weekly' == $bureau) {
        // ok: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    } else {
        // ruleid: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    // ruleid: php-ssrf
    $ch = curl_init("https://" . $bureau . "/rates");
}

function guarded_switch_ssrf($conn) {
    $bureau = $_GET['bureau'];
    switch ($bureau) {
        case 'monthly':
        case 'weekly':
            // ok: php-ssrf
            $ch = curl_init("https://" . $bureau . "/rates");
            break;
        case 1:
            // ruleid: php-ssrf
            $ch = curl_init("https://" . $bureau . "/rates");
            break;
        default:
            // ruleid: php-ssrf
            $ch = curl_init("https://" . $bureau . "/rates");
    }
}

function guarded_early_exit_ssrf($conn) {
    $bureau = $_POST['bureau'];
    if ($bureau !== 'monthly' || !$conn) {
        exit(1);
    }
    // ok: php-ssrf
    $ch = curl_init("https://" . $bureau . "/rates");
}

function guarded_early_return_ssrf($conn) {
    $bureau = $_POST['bureau'];
    if (!in_array($bureau, ['monthly', 'weekly'], true)) {
        return;
    }
    // ok: php-ssrf
    $ch = curl_init("https://" . $bureau . "/rates");
}

function guarded_early_throw_ssrf($conn) {
    $bureau = $_POST['bureau'];
    if ('monthly' != $bureau) {
        throw new InvalidArgumentException('unknown');
    }
    // ok: php-ssrf
    $ch = curl_init("https://" . $bureau . "/rates");
}

function unguarded_no_exit_ssrf($conn) {
    $bureau = $_POST['bureau'];
    if ($bureau !== 'monthly') {
        $warning = 'unknown';
    }
    // ruleid: php-ssrf
    $ch = curl_init("https://" . $bureau . "/rates");
}

function unguarded_and_ssrf($conn, $strict) {
    $bureau = $_POST['bureau'];
    if ($bureau !== 'monthly' && $strict) {
        die('unknown');
    }
    // ruleid: php-ssrf
    $ch = curl_init("https://" . $bureau . "/rates");
}

function unguarded_negated_ssrf($conn) {
    $bureau = $_POST['bureau'];
    if (!($bureau !== 'monthly')) {
        return;
    }
    // ruleid: php-ssrf
    $ch = curl_init("https://" . $bureau . "/rates");
}

function unguarded_number_ssrf($conn) {
    $bureau = $_GET['bureau'];
    if ($bureau == 1) {
        // ruleid: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
}

// `&&`: the branch runs only when every side holds, so a side that finds the value equal to a
// string literal guards it; an `||` side, or a `!==` side that must hold to stop, does not
function guarded_and_ssrf($conn, $ready, $open) {
    $bureau = $_GET['bureau'];
    if ($bureau === 'monthly' && $ready) {
        // ok: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    if ($ready && 'weekly' == $bureau) {
        // ok: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    if ($ready && $bureau === 'monthly' && $open) {
        // ok: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    if ($bureau == 'weekly' and $ready) {
        // ok: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    if ($bureau === 'monthly' || $ready) {
        // ruleid: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    if ($bureau !== 'monthly' && $ready) {
        // ruleid: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
}

// non-strict in_array admits any string loosely equal to an item: only string items that are not
// numeric hold it to themselves ('1abc' == 1 in PHP 7, ' 1' == '1' in both); strict admits only
// the items
function allow_list_ssrf($conn, $allowed) {
    $bureau = $_POST['bureau'];
    if (in_array($bureau, ['monthly', "weekly"])) {
        // ok: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    if (in_array($bureau, array('monthly', 'quarterly'))) {
        // ok: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    if (in_array($bureau, $allowed, true)) {
        // ok: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    if (in_array($bureau, $allowed)) {
        // ruleid: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    if (in_array($bureau, [1, 2, 3])) {
        // ruleid: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    if (in_array($bureau, ['10', '20'])) {
        // ruleid: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
    if (in_array($bureau, ['monthly', 0])) {
        // ruleid: php-ssrf
        $ch = curl_init("https://" . $bureau . "/rates");
    }
}

function allow_list_refused_ssrf($conn, $allowed) {
    $bureau = $_POST['bureau'];
    if (!in_array($bureau, ['monthly', 'weekly'])) {
        exit('unknown');
    }
    // ok: php-ssrf
    $ch = curl_init("https://" . $bureau . "/rates");
}

function allow_list_loose_refused_ssrf($conn, $allowed) {
    $bureau = $_POST['bureau'];
    if (!in_array($bureau, $allowed)) {
        exit('unknown');
    }
    // ruleid: php-ssrf
    $ch = curl_init("https://" . $bureau . "/rates");
}
