<?php

// A controller's middleware limited with ->only([...]) to actions: a name the controller does not
// define ('delete' where the resource action is destroy) leaves the real action unguarded, and
// Route::resource() routes DELETE /{id} to destroy().
class SavingsAccountController extends AppBaseController
{
    public function __construct(SavingsRepository $repo)
    {
        // ruleid: php-laravel-middleware-only-unknown-action
        $this->middleware('isTeller')->only(['create', 'store', 'edit', 'update', 'delete']);
        // ruleid: php-laravel-middleware-only-unknown-action
        $this->middleware('can:close-accounts')->only('remove');
        // ok: php-laravel-middleware-only-unknown-action
        $this->middleware('auth')->only(['create', 'store', 'destroy']);
        // ok: php-laravel-middleware-only-unknown-action
        $this->middleware('isTeller')->except(['index', 'delete']);
        $this->repo = $repo;
    }

    public function index() {}
    public function create() {}
    public function store(CreateSavingsRequest $request) {}
    public function edit($id) {}
    public function update($id, UpdateSavingsRequest $request) {}
    public function destroy($id) {}
}

// A resource action's own name the controller does not define leaves nothing unguarded: the route
// finds no method to call.
class RepaymentApprovalController extends Controller
{
    public function __construct()
    {
        // ok: php-laravel-middleware-only-unknown-action
        $this->middleware('isManager')->only(['edit', 'update']);
    }

    public function edit($id) {}
    public function destroy($id) {}
}

// Every name the middleware lists is an action of the controller.
class InstalmentController extends Controller
{
    public function __construct()
    {
        // ok: php-laravel-middleware-only-unknown-action
        $this->middleware('isManager')->only(['approve', 'destroy']);
    }

    public function approve($id) {}
    public function destroy($id) {}
}

// A controller that takes actions from a trait (a login controller's logout) or defines no destroy
// action is not judged: the name may be the trait's or the parent's.
class BorrowerLoginController extends Controller
{
    use AuthenticatesUsers;

    public function __construct()
    {
        // ok: php-laravel-middleware-only-unknown-action
        $this->middleware('auth')->only('logout');
    }

    public function destroy() {}
}

class StatementController extends Controller
{
    public function __construct()
    {
        // ok: php-laravel-middleware-only-unknown-action
        $this->middleware('auth')->only(['download']);
    }

    public function show($id) {}
}
