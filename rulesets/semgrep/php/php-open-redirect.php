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
