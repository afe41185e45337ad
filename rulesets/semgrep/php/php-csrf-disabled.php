<?php

namespace App\Http\Middleware;

class VerifyCsrf extends VerifyCsrfToken
{
    // ruleid: php-csrf-disabled
    protected $except = ['*'];
}

class VerifyCsrfNarrow extends VerifyCsrfToken
{
    // ok: php-csrf-disabled
    protected $except = ['payments/kassa24/callback'];
}

// the class of Laravel's own skeleton: VerifyCsrfToken extends the framework's class under an alias
class VerifyCsrfToken extends Middleware
{
    // ruleid: php-csrf-disabled
    protected $except = [
        '*',
    ];
}

class VerifyCsrfBrowserRoutes extends VerifyCsrfToken
{
    // browser routes (a form, a profile change) left without the token check
    // ruleid: php-csrf-route-excluded
    protected $except = ['/csrf', 'profile/email'];
}

class VerifyCsrfCallbacks extends Middleware
{
    // machine-to-machine callbacks, authenticated by their signature
    // ok: php-csrf-route-excluded
    protected $except = ['stripe/webhook', 'payments/kassa24/callback', 'api/*', 'telegram/bot'];
}

class VerifyCsrfNone extends Middleware
{
    // ok: php-csrf-route-excluded
    protected $except = [
        //
    ];
}

class LoanType extends AbstractType
{
    public function configureOptions(OptionsResolver $resolver): void
    {
        // ruleid: php-csrf-disabled
        $resolver->setDefaults(['data_class' => Loan::class, 'csrf_protection' => false]);
        // ok: php-csrf-disabled
        $resolver->setDefaults(['data_class' => Loan::class]);
    }
}
