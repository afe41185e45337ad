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
