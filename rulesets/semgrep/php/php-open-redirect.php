<?php

function afterLogin()
{
    $next = $_GET['next'];
    // ruleid: php-open-redirect
    header("Location: " . $next);
    // ok: php-open-redirect
    header("Location: /cabinet/loans/" . urlencode($_GET['loan']));
    // ok: php-open-redirect
    header("Location: /cabinet");
    exit;
}

class PaymentController extends Controller
{
    public function back(Request $request)
    {
        // ruleid: php-open-redirect
        return redirect()->away($request->input('return_url'));
    }

    public function done(Request $request)
    {
        // ok: php-open-redirect
        return redirect()->to('/payments/' . $request->input('id'));
    }
}

class ReturnController extends Controller
{
    public function back(Request $request)
    {
        // ruleid: php-open-redirect
        return response('', 302)->header('Location', $request->query('next'));
    }

    public function backHeaders(Request $request)
    {
        // ruleid: php-open-redirect
        return response()->noContent(302)->withHeaders(['Location' => $request->input('next')]);
    }

    public function backTo(Request $request)
    {
        // ruleid: php-open-redirect
        return response()->redirectTo($request->input('next'));
    }

    public function otherHeader(Request $request)
    {
        // ok: php-open-redirect
        return response('ok')->header('X-Return-To', $request->query('next'));
    }

    public function home(Request $request)
    {
        // ok: php-open-redirect
        return response('', 302)->header('Location', '/cabinet');
    }

    public function partner(Request $request)
    {
        $target = $request->input('url', '');
        $parts = parse_url($target);
        if (isset($parts['host'])) {
            $host = strtolower($parts['host']);
            if (!in_array($host, ['pay.example.kz', 'bank.example.kz'], true) || $parts['scheme'] !== 'https') {
                abort(403);
            }
            // ok: php-open-redirect
            return redirect($target);
        }
        abort(400);
    }

    public function partnerDirect(Request $request)
    {
        $target = $request->input('url', '');
        $parts = parse_url($target);
        if (!in_array($parts['host'] ?? '', ['pay.example.kz'], true)) {
            abort(403);
        }
        // ok: php-open-redirect
        return redirect($target);
    }

    public function partnerLogged(Request $request)
    {
        $target = $request->input('url', '');
        $parts = parse_url($target);
        $host = $parts['host'] ?? '';
        // the host is only logged when unknown, never refused
        if (!in_array($host, ['pay.example.kz'], true) && $request->input('debug')) {
            logger()->info('unknown host');
        }
        // ruleid: php-open-redirect
        return redirect($target);
    }

    public function partnerOrPath(Request $request)
    {
        $target = $request->input('url', '');
        $parts = parse_url($target);
        if (isset($parts['host'])) {
            $host = $parts['host'];
            if (!in_array($host, ['pay.example.kz'], true)) {
                abort(403);
            }
        }
        // a URL without a host part (such as /\evil.example) never met the check
        // ruleid: php-open-redirect
        header('Location: ' . $target);
        exit;
    }
}

class RepaymentScheduleController extends AbstractController
{
    public function update(Request $request, $id)
    {
        $schedule = $this->findSchedule($id);
        // a route the application's own router builds: the host is the application's
        // ok: php-open-redirect
        return $this->redirect($this->generateUrl('schedule_edit', array('id' => $id)));
    }

    public function show(Request $request, $id)
    {
        // ok: php-open-redirect
        return new RedirectResponse($this->router->generate('schedule_show', ['id' => $id]));
    }

    public function back(Request $request)
    {
        // ok: php-open-redirect
        return new RedirectResponse($this->urlGenerator->generate($request->query->get('route', 'home')));
    }

    public function next(Request $request)
    {
        $target = $request->query->get('next');
        // a value joined after the generated path is not the router's
        // ruleid: php-open-redirect
        return $this->redirect($target . $this->generateUrl('schedule_list'));
    }

    public function external(Request $request)
    {
        // ruleid: php-open-redirect
        return $this->redirect($request->query->get('next', $this->generateUrl('schedule_list')));
    }
}

class BorrowerLoanController extends Controller
{
    public function store(Request $request)
    {
        $loan = Loan::create($request->all());
        // ok: php-open-redirect
        return redirect(route('loans.show', ['loan' => $request->input('number')]));
    }

    public function cancel(Request $request)
    {
        // ok: php-open-redirect
        return redirect()->to(action([LoanController::class, 'index'], ['page' => $request->input('page')]));
    }

    public function agreement(Request $request)
    {
        // ok: php-open-redirect
        return Redirect::to(URL::route('agreements.show', $request->input('agreement')));
    }

    public function back(Request $request)
    {
        // url() returns an absolute URL or //host it is given as it is
        // ruleid: php-open-redirect
        return redirect()->to(url($request->input('next')));
    }

    public function backOnPath(Request $request)
    {
        // ok: php-open-redirect
        return redirect()->to(url('/loans/' . $request->input('loan')));
    }
}

class Repayments extends Base_Controller
{
    public function done($loan_key)
    {
        // CodeIgniter's site_url() puts the configured base URL first
        // ok: php-open-redirect
        redirect(site_url('cabinet/repayments/' . $loan_key));
    }

    public function receipt()
    {
        // ok: php-open-redirect
        redirect(base_url('receipts/' . $this->input->get('receipt')));
    }

    public function paid($loan_key)
    {
        // a relative path: its first segment ends at a slash, so no scheme or host follows
        // ok: php-open-redirect
        redirect('cabinet/repayments' . (empty($loan_key) ? '' : '/' . $loan_key));
    }

    public function unpaid()
    {
        // ruleid: php-open-redirect
        redirect('cabinet' . $this->input->get('next'));
    }

    public function away()
    {
        // ruleid: php-open-redirect
        redirect($this->input->get('return_to'));
    }
}

// a value found equal to a string literal, in the branch that found it, by switch, or after an
// early exit; the else branch, the default case, after the if, `&&`-joined and non-strict forms
// stay reported
function guarded_equal_open_redirect($conn) {
    $page = $_GET['page'];
    if ($page === 'monthly') {
        // ok: php-open-redirect
        header("Location: " . $page);
    } elseif ('weekly' == $page) {
        // ok: php-open-redirect
        header("Location: " . $page);
    } else {
        // ruleid: php-open-redirect
        header("Location: " . $page);
    }
    // ruleid: php-open-redirect
    header("Location: " . $page);
}

function guarded_switch_open_redirect($conn) {
    $page = $_GET['page'];
    switch ($page) {
        case 'monthly':
        case 'weekly':
            // ok: php-open-redirect
            header("Location: " . $page);
            break;
        case 1:
            // ruleid: php-open-redirect
            header("Location: " . $page);
            break;
        default:
            // ruleid: php-open-redirect
            header("Location: " . $page);
    }
}

function guarded_early_exit_open_redirect($conn) {
    $page = $_POST['page'];
    if ($page !== 'monthly' || !$conn) {
        exit(1);
    }
    // ok: php-open-redirect
    header("Location: " . $page);
}

function guarded_early_return_open_redirect($conn) {
    $page = $_POST['page'];
    if (!in_array($page, ['monthly', 'weekly'], true)) {
        return;
    }
    // ok: php-open-redirect
    header("Location: " . $page);
}

function guarded_early_throw_open_redirect($conn) {
    $page = $_POST['page'];
    if ('monthly' != $page) {
        throw new InvalidArgumentException('unknown');
    }
    // ok: php-open-redirect
    header("Location: " . $page);
}

function unguarded_no_exit_open_redirect($conn) {
    $page = $_POST['page'];
    if ($page !== 'monthly') {
        $warning = 'unknown';
    }
    // ruleid: php-open-redirect
    header("Location: " . $page);
}

function unguarded_and_open_redirect($conn, $strict) {
    $page = $_POST['page'];
    if ($page !== 'monthly' && $strict) {
        die('unknown');
    }
    // ruleid: php-open-redirect
    header("Location: " . $page);
}

function unguarded_negated_open_redirect($conn) {
    $page = $_POST['page'];
    if (!($page !== 'monthly')) {
        return;
    }
    // ruleid: php-open-redirect
    header("Location: " . $page);
}

function unguarded_number_open_redirect($conn) {
    $page = $_GET['page'];
    if ($page == 1) {
        // ruleid: php-open-redirect
        header("Location: " . $page);
    }
}

// `&&`: the branch runs only when every side holds, so a side that finds the value equal to a
// string literal guards it; an `||` side, or a `!==` side that must hold to stop, does not
function guarded_and_open_redirect($conn, $ready, $open) {
    $page = $_GET['page'];
    if ($page === 'monthly' && $ready) {
        // ok: php-open-redirect
        header("Location: " . $page);
    }
    if ($ready && 'weekly' == $page) {
        // ok: php-open-redirect
        header("Location: " . $page);
    }
    if ($ready && $page === 'monthly' && $open) {
        // ok: php-open-redirect
        header("Location: " . $page);
    }
    if ($page == 'weekly' and $ready) {
        // ok: php-open-redirect
        header("Location: " . $page);
    }
    if ($page === 'monthly' || $ready) {
        // ruleid: php-open-redirect
        header("Location: " . $page);
    }
    if ($page !== 'monthly' && $ready) {
        // ruleid: php-open-redirect
        header("Location: " . $page);
    }
}

// non-strict in_array admits any string loosely equal to an item: only string items that are not
// numeric hold it to themselves ('1abc' == 1 in PHP 7, ' 1' == '1' in both); strict admits only
// the items
function allow_list_open_redirect($conn, $allowed) {
    $page = $_POST['page'];
    if (in_array($page, ['monthly', "weekly"])) {
        // ok: php-open-redirect
        header("Location: " . $page);
    }
    if (in_array($page, array('monthly', 'quarterly'))) {
        // ok: php-open-redirect
        header("Location: " . $page);
    }
    if (in_array($page, $allowed, true)) {
        // ok: php-open-redirect
        header("Location: " . $page);
    }
    if (in_array($page, $allowed)) {
        // ruleid: php-open-redirect
        header("Location: " . $page);
    }
    if (in_array($page, [1, 2, 3])) {
        // ruleid: php-open-redirect
        header("Location: " . $page);
    }
    if (in_array($page, ['10', '20'])) {
        // ruleid: php-open-redirect
        header("Location: " . $page);
    }
    if (in_array($page, ['monthly', 0])) {
        // ruleid: php-open-redirect
        header("Location: " . $page);
    }
}

function allow_list_refused_open_redirect($conn, $allowed) {
    $page = $_POST['page'];
    if (!in_array($page, ['monthly', 'weekly'])) {
        exit('unknown');
    }
    // ok: php-open-redirect
    header("Location: " . $page);
}

function allow_list_loose_refused_open_redirect($conn, $allowed) {
    $page = $_POST['page'];
    if (!in_array($page, $allowed)) {
        exit('unknown');
    }
    // ruleid: php-open-redirect
    header("Location: " . $page);
}

// "back where you came from": the browser sets the Referer to the page that sent the request,
// which an attacker can only make the attacker's own page
function rejectLoan($request)
{
    // ok: php-open-redirect
    header('Location: ' . $_SERVER['HTTP_REFERER']);
    // ok: php-open-redirect
    $back = redirect($request->headers->get('referer'));
    // ok: php-open-redirect
    $back = redirect($request->header('Referer', '/loans'));
    // ruleid: php-open-redirect
    header('Location: ' . ($_GET['next'] ?? $_SERVER['HTTP_REFERER']));
    // ruleid: php-open-redirect
    header('Location: ' . $_SERVER['HTTP_X_FORWARDED_HOST']);
}
