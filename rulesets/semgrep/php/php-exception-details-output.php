<?php

function pay()
{
    try {
        charge();
    } catch (PDOException $e) {
        // ruleid: php-exception-details-output
        echo 'Ошибка: ' . $e->getMessage();
    } catch (Exception $e) {
        error_log($e->getMessage());
        // ok: php-exception-details-output
        echo 'Внутренняя ошибка, попробуйте позже';
    }
}

class PayController extends Controller
{
    public function store()
    {
        try {
            charge();
        } catch (\Throwable $e) {
            // ruleid: php-exception-details-output
            return response()->json(['error' => $e->getMessage(), 'trace' => $e->getTrace()], 500);
        }
    }
}
