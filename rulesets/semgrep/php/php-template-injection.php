<?php

class SmsTemplateController extends Controller
{
    public function preview(Request $request, \Twig\Environment $twig)
    {
        // ruleid: php-template-injection
        $tpl = $twig->createTemplate($request->input('body'));
        // ok: php-template-injection
        $fixed = $twig->load('sms/payment.twig');
        return $fixed->render(['name' => $request->input('name')]);
    }
}
