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
