<?php

function download()
{
    $name = $_GET['name'];
    // ruleid: php-path-traversal
    readfile('/srv/contracts/' . $name);
    // ok: php-path-traversal
    readfile('/srv/contracts/' . basename($name));
}

function remove()
{
    // ruleid: php-path-traversal
    unlink(__DIR__ . '/uploads/' . $_POST['file']);
}

function checked()
{
    $base = realpath('/srv/contracts');
    $path = realpath($base . '/' . $_GET['name']);
    if (strpos($path, $base) !== 0) {
        http_response_code(400);
        exit;
    }
    // ok: php-path-traversal
    readfile($path);
}

function checkedWithFalse()
{
    $base = realpath('/srv/contracts');
    $path = realpath($base . '/' . $_GET['name']);
    // realpath() gives false for a missing file; both refused in one test
    if (!$path || strpos($path, $base) !== 0) {
        http_response_code(403);
        exit;
    }
    // ok: php-path-traversal
    readfile($path);
}

function checkedOnlySometimes()
{
    $base = realpath('/srv/contracts');
    $path = realpath($base . '/' . $_GET['name']);
    // the prefix is tested only when strict is set: the guard does not hold
    if ($_GET['strict'] && strpos($path, $base) !== 0) {
        exit;
    }
    // ruleid: php-path-traversal
    readfile($path);
}

class DocController extends Controller
{
    public function get(Request $request)
    {
        // ruleid: php-path-traversal
        return response()->download(storage_path('docs/' . $request->input('doc')));
    }

    public function body()
    {
        // ok: php-path-traversal
        $raw = file_get_contents('php://input');
        return $raw;
    }
}

// A request value reduced by preg_replace to the characters of a negated class without '.',
// '/' or '\' (letters, digits, '-', '_') names no other folder; a class that keeps '.' or '/'
// does not help.
function keepStatementCopy()
{
    $format = preg_replace('{[^a-z0-9-]}i', '', $_SERVER['HTTP_ACCEPT']);
    // ok: php-path-traversal
    $fh = fopen('/var/lib/loans/statement.' . $format, 'w');
    $branch = preg_replace('/[^A-Za-z0-9_]+/', '', $_GET['branch']);
    // ok: php-path-traversal
    $rates = file_get_contents('/srv/rates/' . $branch . '.json');
    $code = preg_replace('#[^\w-]#u', '', $_GET['code']);
    // ok: php-path-traversal
    readfile('/srv/forms/' . $code . '.pdf');
    $name = preg_replace('/[^a-z0-9.\/]/', '', $_GET['name']);
    // ruleid: php-path-traversal
    readfile('/srv/forms/' . $name);
    $other = preg_replace('/[a-z]/', '', $_GET['other']);
    // ruleid: php-path-traversal
    readfile('/srv/forms/' . $other);
    $dots = preg_replace('/[^\w.]/', '', $_GET['dots']);
    // ruleid: php-path-traversal
    readfile('/srv/forms/' . $dots);
    // a range from space to '9' keeps '.' and '/'
    $range = preg_replace('/[^ -9]/', '', $_GET['range']);
    // ruleid: php-path-traversal
    readfile('/srv/forms/' . $range);
    return $fh;
}

// Laravel's filesystem: the Filesystem service (injected, or the File facade) and a Storage disk
// read, write and describe the path they are given. PHP's stat functions do too (and read a
// phar:// archive's metadata, unserialized before PHP 8), but are not sinks of this rule: on
// production code their request-derived paths were nearly all guarded by the caller.
class StatementFileController extends Controller
{
    private $files;

    public function __construct(Filesystem $files)
    {
        $this->files = $files;
    }

    public function size(Request $request)
    {
        $name = $request->query('name');
        // ruleid: php-path-traversal
        return ['bytes' => $this->files->size($name)];
    }

    public function show(Request $request)
    {
        // ruleid: php-path-traversal
        return File::get(storage_path('statements/' . $request->input('file')));
    }

    public function remove(Request $request)
    {
        // ruleid: php-path-traversal
        Storage::disk('contracts')->delete($request->input('path'));
    }

    public function touched(Request $request)
    {
        $month = $request->input('month');
        // todoruleid: php-path-traversal
        if (!file_exists('/srv/statements/' . $month)) {
            abort(404);
        }
        // todoruleid: php-path-traversal
        return filemtime('/srv/statements/' . $month);
    }

    public function kept(Request $request)
    {
        $file = basename($request->input('file'));
        // ok: php-path-traversal
        return File::get(storage_path('statements/' . $file));
    }

    public function report()
    {
        // ok: php-path-traversal
        return $this->files->size(storage_path('app/report.pdf'));
    }

    public function listed(Request $request)
    {
        // ok: php-path-traversal
        return Storage::disk('contracts')->files('2024');
    }
}

// A protected helper of a controller takes what the public action passes in (a written word
// here), not a route parameter; the action's own parameter still is the client's.
class SchemaDownloadController extends ActionController
{
    public function mysqlAction()
    {
        return $this->serveSchema('mysql');
    }

    public function customAction($name)
    {
        // ruleid: php-path-traversal
        return file_get_contents(__DIR__ . '/schema/' . $name . '.sql');
    }

    protected function serveSchema($type)
    {
        // ok: php-path-traversal
        return file_get_contents(sprintf('%s/schema/%s.sql', __DIR__, $type));
    }
}

// A record looked up with the client's key (an Eloquent model found by its id or by a column)
// holds the paths the application stored, not the client's text; so does a model the router
// binds to an action's parameter typed with the model's class. The client's own value, and a
// form request typed by its class, still are the client's.
class LoanScanController extends Controller
{
    public function show($id)
    {
        $scan = LoanScan::find($id);
        // ok: php-path-traversal
        return response()->file(storage_path('scans/' . $scan->filename));
    }

    public function byToken(string $token)
    {
        $scan = LoanScan::where('token', $token)->where('active', 1)->firstOrFail();
        // ok: php-path-traversal
        return Storage::disk('scans')->download($scan->path, $scan->title);
    }

    public function bound(LoanScan $scan)
    {
        // ok: php-path-traversal
        return Storage::disk($scan->disk)->download($scan->path);
    }

    public function named($id, Request $request)
    {
        $scan = LoanScan::findOrFail($id);
        // ruleid: php-path-traversal
        return response()->download(storage_path('scans/' . $scan->folder . '/' . $request->input('name')));
    }

    public function raw($name)
    {
        // ruleid: php-path-traversal
        return response()->file(storage_path('scans/' . $name));
    }

    public function typedName(string $name)
    {
        // ruleid: php-path-traversal
        return Storage::disk('scans')->download($name);
    }

    public function formRequest(StoreScanRequest $form)
    {
        // ruleid: php-path-traversal
        return Storage::disk('scans')->download($form->path);
    }

    public function upload(UploadedFile $scan)
    {
        // ruleid: php-path-traversal
        return Storage::disk('scans')->put('incoming/' . $scan->getClientOriginalName(), 'x');
    }

    public function fromData(ScanData $data)
    {
        // ruleid: php-path-traversal
        return Storage::disk('scans')->delete($data->path);
    }

    public function firstOfList(Request $request)
    {
        $path = Arr::first($request->input('paths'));
        // ruleid: php-path-traversal
        return Storage::disk('scans')->download($path);
    }

    public function firstPart(Request $request)
    {
        $folder = Str::of($request->input('where'))->explode(',')->first();
        // ruleid: php-path-traversal
        return File::get(storage_path('scans/' . $folder));
    }
}

// The request's uploaded-file getter takes the form field's name, which is no path; a file
// moved under a generated name stays where the application puts it (the client's extension is
// php-upload-client-filename's). A Symfony controller's `$this->file()` still sends a path.
// A model class written in lower case is still a model the router binds.
class RepaymentProofController extends Controller
{
    public function store(Request $request)
    {
        // ok: php-path-traversal
        $proof = $request->file('proof');
        $proof->move(storage_path('proofs'), time() . '.pdf');
        return back();
    }

    public function update(Request $request, repaymentproof $proof)
    {
        // ok: php-path-traversal
        Storage::delete('public/proofs/' . $proof->stored_name);
        return back();
    }

    public function rename(Request $request, string $name)
    {
        // ruleid: php-path-traversal
        Storage::delete('public/proofs/' . $name);
        return back();
    }

    public function send(Request $request)
    {
        // ruleid: php-path-traversal
        return $this->file('/srv/proofs/' . $request->query('name'));
    }
}

// A record a Doctrine repository looks up with the client's key (`find($id)`, `findOneBy([...])`,
// a repository reached through the entity manager or injected as a property) holds the paths the
// application stored, not the client's text; a path the client sends, or a repository's own
// request-shaped argument used as the path, is still the client's.
class StatementDownloadController extends AbstractController
{
    public function __construct(private StatementRepository $statementRepository)
    {
    }

    public function download($accountNo, $period)
    {
        $statement = $this->getDoctrine()->getRepository(Statement::class)->find($period);
        $path = $this->statementArchive->pathFor($statement);
        // ok: php-path-traversal
        return new BinaryFileResponse($path);
    }

    public function receipt($receiptKey)
    {
        $receipt = $this->statementRepository->findOneBy(['publicKey' => $receiptKey]);
        // ok: php-path-traversal
        return new BinaryFileResponse('/srv/receipts/' . $receipt->getStoredName());
    }

    public function schedule(EntityManagerInterface $em, $loanRef)
    {
        $rows = $em->getRepository(RepaymentSchedule::class)->findBy(['loanRef' => $loanRef]);
        // ok: php-path-traversal
        return new BinaryFileResponse($rows[0]->getPdfPath());
    }

    public function raw($fileName)
    {
        // ruleid: php-path-traversal
        return new BinaryFileResponse('/srv/statements/' . $fileName);
    }

    public function byQuery(Request $request)
    {
        $name = $this->statementRepository->normalise($request->query->get('file'));
        // ruleid: php-path-traversal
        return new BinaryFileResponse('/srv/statements/' . $name);
    }
}


// An uploaded file's path on the server (`getRealPath()`, `getPathname()`, `path()` of what
// `$request->file()` returns) is the temporary name PHP chose, like `$_FILES[..]['tmp_name']`;
// the client's name for it (`getClientOriginalName()`) and a path the client typed stay the client's.
class KycUploadController extends Controller
{
    public function store(Request $request)
    {
        // ok: php-path-traversal
        $scan = base64_encode(file_get_contents($request->file('passport_scan')->getRealPath()));
        $statement = $request->file('salary_statement');
        // ok: php-path-traversal
        $rows = file($statement->getPathname());
        foreach ($request->file('extra_docs') as $doc) {
            // ok: php-path-traversal
            $pages[] = file_get_contents($doc->path());
        }
        // ruleid: php-path-traversal
        $copy = file_get_contents('/srv/kyc/' . $request->file('salary_statement')->getClientOriginalName());
        $typed = new \SplFileInfo($request->input('doc_path'));
        // ruleid: php-path-traversal
        $other = file_get_contents($typed->getRealPath());
        return [$scan, $rows, $pages, $copy, $other];
    }

    public function preview(UploadedFile $scan)
    {
        // ok: php-path-traversal
        return file_get_contents($scan->getRealPath());
    }
}

// a value found equal to a string literal, in the branch that found it, by switch, or after an
// early exit; the else branch, the default case, after the if, `&&`-joined and non-strict forms
// stay reported
function guarded_equal_path_traversal($conn) {
    $period = $_GET['period'];
    if ($period === 'monthly') {
        // ok: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    } elseif ('weekly' == $period) {
        // ok: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    } else {
        // ruleid: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    // ruleid: php-path-traversal
    readfile('/srv/reports/' . $period . '.csv');
}

function guarded_switch_path_traversal($conn) {
    $period = $_GET['period'];
    switch ($period) {
        case 'monthly':
        case 'weekly':
            // ok: php-path-traversal
            readfile('/srv/reports/' . $period . '.csv');
            break;
        case 1:
            // ruleid: php-path-traversal
            readfile('/srv/reports/' . $period . '.csv');
            break;
        default:
            // ruleid: php-path-traversal
            readfile('/srv/reports/' . $period . '.csv');
    }
}

function guarded_early_exit_path_traversal($conn) {
    $period = $_POST['period'];
    if ($period !== 'monthly' || !$conn) {
        exit(1);
    }
    // ok: php-path-traversal
    readfile('/srv/reports/' . $period . '.csv');
}

function guarded_early_return_path_traversal($conn) {
    $period = $_POST['period'];
    if (!in_array($period, ['monthly', 'weekly'], true)) {
        return;
    }
    // ok: php-path-traversal
    readfile('/srv/reports/' . $period . '.csv');
}

function guarded_early_throw_path_traversal($conn) {
    $period = $_POST['period'];
    if ('monthly' != $period) {
        throw new InvalidArgumentException('unknown');
    }
    // ok: php-path-traversal
    readfile('/srv/reports/' . $period . '.csv');
}

function unguarded_no_exit_path_traversal($conn) {
    $period = $_POST['period'];
    if ($period !== 'monthly') {
        $warning = 'unknown';
    }
    // ruleid: php-path-traversal
    readfile('/srv/reports/' . $period . '.csv');
}

function unguarded_and_path_traversal($conn, $strict) {
    $period = $_POST['period'];
    if ($period !== 'monthly' && $strict) {
        die('unknown');
    }
    // ruleid: php-path-traversal
    readfile('/srv/reports/' . $period . '.csv');
}

function unguarded_negated_path_traversal($conn) {
    $period = $_POST['period'];
    if (!($period !== 'monthly')) {
        return;
    }
    // ruleid: php-path-traversal
    readfile('/srv/reports/' . $period . '.csv');
}

function unguarded_number_path_traversal($conn) {
    $period = $_GET['period'];
    if ($period == 1) {
        // ruleid: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
}

// `&&`: the branch runs only when every side holds, so a side that finds the value equal to a
// string literal guards it; an `||` side, or a `!==` side that must hold to stop, does not
function guarded_and_path_traversal($conn, $ready, $open) {
    $period = $_GET['period'];
    if ($period === 'monthly' && $ready) {
        // ok: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    if ($ready && 'weekly' == $period) {
        // ok: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    if ($ready && $period === 'monthly' && $open) {
        // ok: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    if ($period == 'weekly' and $ready) {
        // ok: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    if ($period === 'monthly' || $ready) {
        // ruleid: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    if ($period !== 'monthly' && $ready) {
        // ruleid: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
}

// non-strict in_array admits any string loosely equal to an item: only string items that are not
// numeric hold it to themselves ('1abc' == 1 in PHP 7, ' 1' == '1' in both); strict admits only
// the items
function allow_list_path_traversal($conn, $allowed) {
    $period = $_POST['period'];
    if (in_array($period, ['monthly', "weekly"])) {
        // ok: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    if (in_array($period, array('monthly', 'quarterly'))) {
        // ok: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    if (in_array($period, $allowed, true)) {
        // ok: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    if (in_array($period, $allowed)) {
        // ruleid: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    if (in_array($period, [1, 2, 3])) {
        // ruleid: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    if (in_array($period, ['10', '20'])) {
        // ruleid: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
    if (in_array($period, ['monthly', 0])) {
        // ruleid: php-path-traversal
        readfile('/srv/reports/' . $period . '.csv');
    }
}

function allow_list_refused_path_traversal($conn, $allowed) {
    $period = $_POST['period'];
    if (!in_array($period, ['monthly', 'weekly'])) {
        exit('unknown');
    }
    // ok: php-path-traversal
    readfile('/srv/reports/' . $period . '.csv');
}

function allow_list_loose_refused_path_traversal($conn, $allowed) {
    $period = $_POST['period'];
    if (!in_array($period, $allowed)) {
        exit('unknown');
    }
    // ruleid: php-path-traversal
    readfile('/srv/reports/' . $period . '.csv');
}
