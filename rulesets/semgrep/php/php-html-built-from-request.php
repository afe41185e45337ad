<?php

function greeting()
{
    $html = '<div class="greeting">';
    // ruleid: php-html-built-from-request
    $html .= 'Welcome back, ' . $_GET['client'];
    $html .= '</div>';

    $name = trim($_POST['full_name']);
    // ruleid: php-html-built-from-request
    $card = "<p>Applicant: {$name}</p>";

    // ruleid: php-html-built-from-request
    $row = '<td class="amount">' . $_REQUEST['amount'] . '</td>';

    $safe = htmlspecialchars($_GET['client'], ENT_QUOTES, 'UTF-8');
    // ok: php-html-built-from-request
    $html .= "<p>Hello {$safe}</p>";

    $term = (int) $_GET['term'];
    // ok: php-html-built-from-request
    $html .= "<p>Term: {$term} months</p>";

    // ok: php-html-built-from-request
    $html .= '<p>Your application was received.</p>';

    $status = $_GET['status'];
    // ok: php-html-built-from-request
    $log = 'status changed to ' . $status;

    // ruleid: php-html-built-from-request
    $cell = '<tr><td>' . $_GET['branch'];

    // ruleid: php-html-built-from-request
    $note = 'Dear client, <b>' . $_POST['client_name'];

    return [$html, $card, $row, $log, $cell, $note];
}

function apiReply()
{
    header('Content-Type: application/json');
    // ok: php-html-built-from-request
    $body = '{"note": "<b>' . $_GET['note'] . '</b>"}';
    return $body;
}

function pingReport()
{
    $host = escapeshellarg($_GET['host']);
    $out = shell_exec('ping -c 1 ' . $host);
    // ok: php-html-built-from-request
    $html = '<pre>' . $out . '</pre>';

    $id = $_GET['id'];
    if (is_numeric($id)) {
        // ok: php-html-built-from-request
        $html .= "<p>Loan {$id}</p>";
    }
    return $html;
}

function notFoundPage($request)
{
    $home = (string) $request->getUri()->withPath('')->withQuery('')->withFragment('');
    // ok: php-html-built-from-request
    $html = "<p>Back to <a href='{$home}'>the home page</a></p>";
    $host = $request->getHost();
    // ok: php-html-built-from-request
    $html .= '<footer>' . $host;
    $back = (string) $request->getUri()->withPath('/');
    // ruleid: php-html-built-from-request
    $html .= "<a href='{$back}'>back</a>";
    return $html;
}

// A row read back from the database through a query whose bound parameters came from the
// request is stored data, whatever the case of the fetching method's name (PHP method names
// are case-insensitive); the request's own values are still request data.
function repaymentFeed($request)
{
    $params = array(':borrower' => $request->path);
    $qry = new LoanQuery('SELECT * FROM repayments WHERE borrower = :borrower', $params);
    $html = '';
    while ($row = $qry->Fetch()) {
        // ok: php-html-built-from-request
        $html .= '<li>' . $row->amount . '</li>';
    }
    $rows = $qry->FetchAll();
    // ok: php-html-built-from-request
    $html .= '<p>' . count($rows) . ' repayments, first: ' . $rows[0]->amount . '</p>';
    $loan = $qry->FETCHOBJECT();
    // ok: php-html-built-from-request
    $html .= '<b>' . $loan->borrower_name . '</b>';
    $item = $request->fetchItem();
    // ruleid: php-html-built-from-request
    $html .= '<i>' . $item . '</i>';
    // ruleid: php-html-built-from-request
    $html .= '<p>' . $qry->Describe() . '</p>';
    return $html;
}

// A form builder constructed with the page's own address as its action (`REQUEST_URI`,
// `PHP_SELF`) writes the form's markup, and escapes the action where it writes it; a form
// built from a query parameter, another object built from the address, and the address itself
// joined to markup are still request data.
function loanApplicationForm($defaults)
{
    $form = new LoanEntryForm($_SERVER['REQUEST_URI'], $defaults, true);
    $html = '<div>';
    // ok: php-html-built-from-request
    $html .= $form->StartForm(array('autocomplete' => 'off'));
    // ok: php-html-built-from-request
    $html .= $form->SubmitButton('apply', 'Apply');
    $self = new Html_Form($_SERVER['PHP_SELF']);
    // ok: php-html-built-from-request
    $html .= $self->render();
    // ruleid: php-html-built-from-request
    $html .= "<a href='" . $_SERVER['REQUEST_URI'] . "'>reload</a>";
    $other = new LoanEntryForm($_GET['next'], $defaults);
    // ruleid: php-html-built-from-request
    $html .= $other->StartForm();
    $summary = new LoanSummary($_SERVER['REQUEST_URI']);
    // ruleid: php-html-built-from-request
    $html .= $summary->render();
    return $html;
}

// An object looked up with the client's key holds what the application or a payment provider
// stored, not the client's text: a Doctrine repository's record, an Eloquent model found by id, a
// provider's checkout session fetched by its id. The key itself, and the client's text passed to
// another method, are still request data.
class CardGatewayController extends Base_Controller
{
    public function returned(string $sessionRef)
    {
        $session = $this->provider->checkout->sessions->retrieve($sessionRef);
        $msg = '';
        // ok: php-html-built-from-request
        $msg = 'Payment incomplete' . '<br>' . $session->payment_status;
        // ok: php-html-built-from-request
        $notice = '<b>' . $session->status . '</b>';
        // ruleid: php-html-built-from-request
        $echoed = '<b>' . $sessionRef . '</b>';
        return $msg . $notice . $echoed;
    }

    public function borrower($borrowerId)
    {
        $borrower = $this->borrowerRepository->find($borrowerId);
        // ok: php-html-built-from-request
        $html = '<h2>' . $borrower->getDisplayName() . '</h2>';
        $loan = Loan::findOrFail($borrowerId);
        // ok: php-html-built-from-request
        $html .= $loan->reference;
        $label = $this->labels->decorate($borrowerId);
        // ruleid: php-html-built-from-request
        $html .= $label;
        return $html;
    }
}

// Request objects under each of the three names the rule reads, by method and by property.
function schedule_table($req, $httpRequest, $request, $requests)
{
    $html = '';
    // ruleid: php-html-built-from-request
    $html .= "<td>" . $req->input('term') . "</td>";
    // ruleid: php-html-built-from-request
    $html .= "<td>" . $httpRequest->get('rate') . "</td>";
    // ruleid: php-html-built-from-request
    $html .= "<td>" . $request->currency . "</td>";
    // a name the rule does not read as a request
    // ok: php-html-built-from-request
    $html .= "<td>" . $requests->get('term') . "</td>";
    return $html;
}
