<?php

namespace App\Http\Middleware;

use Closure;

class CheckBranchPermission
{
    public function handle($request, Closure $next)
    {
        // X-Requested-With is set by the client: any request can claim to be ajax
        // ruleid: php-access-check-skipped-for-ajax
        if ($request->ajax()) {
            return $next($request);
        }
        if (!in_array($request->route()->uri(), session('allowed_routes', []))) {
            return redirect('/denied');
        }
        return $next($request);
    }
}

class RoleGate
{
    public function handle($request, Closure $next, $role)
    {
        // ruleid: php-access-check-skipped-for-ajax
        if ($request->wantsJson() || $request->isXmlHttpRequest()) {
            return $next($request);
        }
        // ruleid: php-access-check-skipped-for-ajax
        if ($request->header('X-Requested-With') === 'XMLHttpRequest') {
            return $next($request);
        }
        abort_unless($request->user()->hasRole($role), 403);
        return $next($request);
    }
}

class AdminOnly
{
    public function handle($request, Closure $next)
    {
        // an ajax caller gets a JSON refusal instead of a redirect: nothing is skipped
        // ok: php-access-check-skipped-for-ajax
        if ($request->ajax()) {
            if (!$request->user()->is_admin) {
                return response()->json(['message' => 'Forbidden'], 403);
            }
            return $next($request);
        }
        // ok: php-access-check-skipped-for-ajax
        if (!$request->ajax()) {
            abort_unless($request->user()->is_admin, 403);
        }
        return $next($request);
    }
}

class SetLocaleFromHeader
{
    public function handle($request, Closure $next)
    {
        // not an access check: a locale middleware may skip its work for ajax calls
        // ok: php-access-check-skipped-for-ajax
        if ($request->ajax()) {
            return $next($request);
        }
        app()->setLocale($request->getPreferredLanguage(['en', 'kk', 'ru']));
        return $next($request);
    }
}
