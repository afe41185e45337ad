<?php

// A made-up lender's staff log-in: a user looked up by the password itself means the table keeps
// it as typed.
class StaffLogin
{
    public function check($form)
    {
        $data = $form->getData();
        // ruleid: php-password-lookup-in-clear
        $found = $this->em->getRepository(Officer::class)->findBy(array('login' => $data->getLogin(), 'password' => $data->getPassword()));
        // ruleid: php-password-lookup-in-clear
        $one = $this->officers->findOneBy(['email' => $data->getEmail(), 'senha' => $data->getSenha()]);
        // ruleid: php-password-lookup-in-clear
        $row = Officer::where('email', $data->getEmail())->where('password', $data->getPassword())->first();
        // ruleid: php-password-lookup-in-clear
        $pinned = Card::where('pin', '=', $data->getPin())->exists();
        return [$found, $one, $row, $pinned];
    }

    public function checkHashed($form)
    {
        $data = $form->getData();
        // ok: php-password-lookup-in-clear
        $officer = $this->officers->findOneBy(['email' => $data->getEmail()]);
        if ($officer && password_verify($data->getPassword(), $officer->getPassword())) {
            return $officer;
        }
        // ok: php-password-lookup-in-clear
        $expiring = $this->officers->findBy(['passwordExpired' => true]);
        // ok: php-password-lookup-in-clear
        $byReset = Officer::where('password_reset_token', $data->getToken())->first();
        // ok: php-password-lookup-in-clear
        $unset = $this->officers->findBy(['password' => '']);
        return $expiring ?: ($byReset ?: $unset);
    }
}
