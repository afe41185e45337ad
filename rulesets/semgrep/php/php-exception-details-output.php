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

class DisbursementController extends Controller
{
    public function store($req)
    {
        try {
            disburse($req->loanId);
        } catch (\Exception $e) {
            // the message is put in an array first and the array is returned
            $reply = array(
                'alert-type' => 'error',
                'message'    => 'Something went wrong',
                'debug'      => $e->getFile() . ' ' . $e->getLine() . ' ' . $e->getMessage(),
            );
            // ruleid: php-exception-details-output
            return response()->json($reply);
        }
    }

    public function cancel($req)
    {
        try {
            cancel($req->loanId);
        } catch (\Exception $e) {
            // an exception turned into a string carries its message and stack trace
            // ruleid: php-exception-details-output
            return response()->json(['success' => false, 'message' => $e . ' Try again']);
        }
    }

    public function retry($req)
    {
        try {
            retry($req->loanId);
        } catch (\Exception $e) {
            report($e);
            $reply = array('alert-type' => 'error', 'message' => 'Something went wrong', 'code' => $e->getCode());
            // ok: php-exception-details-output
            return response()->json($reply);
        }
    }
}
