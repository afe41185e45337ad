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
}
