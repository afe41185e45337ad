<?php

function callback(string $secret)
{
    $expected = md5($_POST['order_id'] . $_POST['amount'] . $secret);
    // ruleid: php-loose-comparison-secret
    if ($_POST['sign'] == $expected) {
        markPaid($_POST['order_id']);
    }
    // ok: php-loose-comparison-secret
    if (hash_equals($expected, (string) $_POST['sign'])) {
        markPaid($_POST['order_id']);
    }
    // ok: php-loose-comparison-secret
    if ($_POST['sign'] == '') {
        exit;
    }
}

function checkOtp($otpCode, $session)
{
    // ruleid: php-loose-comparison-secret
    return $otpCode != $session['otp'] ? false : true;
}

function cacheMissed($memcached, $result)
{
    // ok: php-loose-comparison-secret
    return $result || \Memcached::RES_NOTFOUND == $memcached->getResultCode();
}

function checkSmsCode($smsCode, $session)
{
    // ruleid: php-loose-comparison-secret
    return $smsCode == $session->code;
}

function parseName($token) {
    // ok: php-loose-comparison-secret
    if (preg_match('/^[a-z_]+/', $token->getValue(), $matches) && $matches[0] == $token->getValue()) {
        return $matches[0];
    }
    // ruleid: php-loose-comparison-secret
    if (preg_match('/^[a-z_]+/', $name, $matches) && $matches[0] == $token->getValue()) {
        return null;
    }
}

// What describes a signature or key is no secret: its length, its format, its padding mode or a
// message type, all compared with constants or each other.
function checkSignatureShape($signature, $hmac, $curve, $padding, $type)
{
    // ok: php-loose-comparison-secret
    if (strlen($signature) != 2 * $curve::SIZE) {
        return false;
    }
    // ok: php-loose-comparison-secret
    if ($hmac === false || strlen($hmac) != $this->hmac_size) {
        return false;
    }
    // ok: php-loose-comparison-secret
    if ($this->signaturePadding == self::SIGNATURE_PSS) {
        return true;
    }
    // ok: php-loose-comparison-secret
    if ($padding != RSA::SIGNATURE_PKCS1 && $padding != RSA::SIGNATURE_RELAXED_PKCS1) {
        return false;
    }
    // ok: php-loose-comparison-secret
    if ($type != Agent::SSH_AGENT_SIGN_RESPONSE) {
        return false;
    }
    // ok: php-loose-comparison-secret
    if ($this->signature_format != $server_host_key_algorithm) {
        return false;
    }
    // ok: php-loose-comparison-secret
    if ($x->isOdd() != $sign) {
        return false;
    }
    // ok: php-loose-comparison-secret
    return gmp_sign($this->value) == -1;
}

function checkPaymentSign($params, $key)
{
    $sign = md5(http_build_query($params) . $key);
    // ruleid: php-loose-comparison-secret
    if ($sign != $_POST['sign']) {
        return false;
    }
    // ruleid: php-loose-comparison-secret
    return strtolower($params['signature']) == $sign;
}

// A name that holds a yes/no answer is no signature, whatever it is called: a number's sign kept
// as "is it negative?", a flag from a predicate or a comparison.
function divideSigned($x, $y)
{
    $x_sign = $x->is_negative;
    $y_sign = $y->is_negative;
    // ok: php-loose-comparison-secret
    $quotientNegative = $x_sign != $y_sign;
    $sign = $x->isNegative();
    // ok: php-loose-comparison-secret
    if ($sign != $y_sign) {
        return -1;
    }
    $signed = is_int($x) && $x < 0;
    $otherSign = $y < 0;
    // ok: php-loose-comparison-secret
    return $otherSign == $x_sign;
}

// The same names holding a request's value or a computed digest stay reported.
function verifyCallbackSign($request, $params, $key)
{
    $sign = $request->get('sign');
    $expected_sign = md5(implode('|', $params) . $key);
    // ruleid: php-loose-comparison-secret
    if ($sign != $expected_sign) {
        return false;
    }
    $x_sign = $request->input('x_sign');
    $token = issueToken($params);
    // ruleid: php-loose-comparison-secret
    if ($token != $request->get('token')) {
        return false;
    }
    // ruleid: php-loose-comparison-secret
    return $x_sign == $expected_sign;
}

// What a token object's getter names (its firewall, its user, its id) is no secret; the token's
// value is.
function matchesFirewall($token, $request, $username, $expected)
{
    // ok: php-loose-comparison-secret
    if ($token instanceof PreAuthenticatedToken && $this->providerKey == $token->getFirewallName()) {
        return true;
    }
    // ok: php-loose-comparison-secret
    if ($token->getUserIdentifier() != $username) {
        return false;
    }
    // ruleid: php-loose-comparison-secret
    if ($token->getValue() == $request->request->get('_token')) {
        return true;
    }
    // ruleid: php-loose-comparison-secret
    return $request->get('token') == $expected;
}

// Where a signature is drawn (its page, position or size) is no secret either.
function placeSignature($n, $x)
{
    // ok: php-loose-comparison-secret
    if ($this->sign && ($n == $this->signature_appearance['page'])) {
        return true;
    }
    // ok: php-loose-comparison-secret
    if ($x != $this->signature_box['width']) {
        return false;
    }
    // ruleid: php-loose-comparison-secret
    return $this->signature_data['value'] == $x;
}

// Counts and positions of a route's tokens are numbers, not secret tokens.
function closeOptional(array $tokens, int $index, int $nbTokens, string $token): bool
{
    // ok: php-loose-comparison-secret
    if ($nbTokens - 1 == $index) {
        return true;
    }
    // ok: php-loose-comparison-secret
    if (count($tokens) == $index) {
        return true;
    }
    // ok: php-loose-comparison-secret
    if ($tokenCount != $index) {
        return false;
    }
    // ruleid: php-loose-comparison-secret
    return $token == $_COOKIE['remember'];
}


// A global constant (define('LEXER_ADD', 1)) is an enumerated code like a class constant: a
// parser's current token or a status compared with one is no secret's check.
function parse_sum($parser, $status)
{
    // ok: php-loose-comparison-secret
    while ($parser->current_token == LEXER_ADD || $parser->current_token == LEXER_SUB) {
        $parser->advance();
    }
    // ok: php-loose-comparison-secret
    if ($status == ACCOUNT_FORCE_PASSWORD_CHANGE) {
        return false;
    }
    // ok: php-loose-comparison-secret
    if (\ACCOUNT_PASSWORD_EXPIRED != $status) {
        return false;
    }
    // ruleid: php-loose-comparison-secret
    return $parser->csrf_token == $_POST['csrf'];
}


// A new password compared with its confirmation, or with the old one, typed into the same form:
// a form check with no stored secret on either side; a typed password against a stored one is
// still reported.
function change_password($user, $password_old, $password_new1, $password_new2, $new_password, $repeated_password)
{
    // ok: php-loose-comparison-secret
    if ($password_new1 != $password_new2) {
        return 'The new passwords do not match.';
    }
    // ok: php-loose-comparison-secret
    if ($password_old == $password_new1) {
        return 'The new and old passwords are equal.';
    }
    // ok: php-loose-comparison-secret
    if ($new_password != $repeated_password) {
        return 'Please repeat the new password.';
    }
    // ruleid: php-loose-comparison-secret
    if ($password_old != $user->password) {
        return 'Wrong password.';
    }
    // ruleid: php-loose-comparison-secret
    if ($stored_password_hash == $new_password) {
        return 'Reused.';
    }
    return '';
}


// The first characters of the new password against those of the current one, typed into the same
// form: the policy's similarity check; a typed password's part against a stored one is reported.
function similar_passwords($user, $current_password, $new_password, $differ)
{
    // ok: php-loose-comparison-secret
    if (substr($current_password, 0, $differ) == substr($new_password, 0, $differ)) {
        return 'The new and current passwords are too similar.';
    }
    // ok: php-loose-comparison-secret
    if (mb_substr($password_old, 0, 4) != mb_substr($password_new1, 0, 4)) {
        return '';
    }
    // ruleid: php-loose-comparison-secret
    if (substr($new_password, 0, 8) == substr($user->password_hash, 0, 8)) {
        return 'Reused.';
    }
    // ruleid: php-loose-comparison-secret
    if (substr($stored_password, 0, $differ) == substr($new_password, 0, $differ)) {
        return 'Reused.';
    }
    return '';
}

function readSessionCookie($cookie, $secret)
{
    $data = json_decode($cookie, true);
    // A cookie's field names checked against a list written in the code: names, not a secret.
    // ok: php-loose-comparison-secret
    if (array_keys($data) != array('user', 'group', 'token')) {
        return false;
    }
    // ok: php-loose-comparison-secret
    if (['borrower', 'token'] == array_keys($data)) {
        return true;
    }
    // ruleid: php-loose-comparison-secret
    if ($data['token'] != sha1($data['user'] . $secret)) {
        return false;
    }
    return true;
}

// A public short link: the hash in a permalink, compared with the short URL a record keeps. A URL
// is shown to every visitor, so this is a look-up, not a check of a secret.
function findLoanByShortLink($shortHash, $loans)
{
    foreach ($loans as $key => $loan) {
        // ok: php-loose-comparison-secret
        if ($shortHash == $loan->getShortUrl()) {
            return $loan;
        }
        // ok: php-loose-comparison-secret
        if ($shortHash == $loan['shorturl']) {
            return $loan;
        }
        // ok: php-loose-comparison-secret
        if ($loan->getPermalink() != $shortHash) {
            continue;
        }
    }
    return null;
}

// A secret kept under a URL's name, a token against a token, or a response fetched with curl:
// still reported.
function checkCallback($request, $token, $signature, $ch)
{
    // ruleid: php-loose-comparison-secret
    if ($token == $request->get('url_token')) {
        return true;
    }
    // ruleid: php-loose-comparison-secret
    if ($signature != $request->get('callbackUrlSignature')) {
        return false;
    }
    // ruleid: php-loose-comparison-secret
    if ($signature == curl_exec($ch)) {
        return true;
    }
    // ruleid: php-loose-comparison-secret
    return $token == $request->get('reset_url_hash');
}

// A value compared with itself after a character is taken out or the spaces trimmed: a test of
// what the value contains, not of a secret against another. The same function applied to another
// value still is a comparison of two secrets.
function checkNewBorrowerPassword($borrowerPassword, $pinCode, $storedHash)
{
    // ok: php-loose-comparison-secret
    if ($borrowerPassword != str_replace("'", "", $borrowerPassword)) {
        return "no quotes in a password";
    }
    // ok: php-loose-comparison-secret
    if (trim($pinCode) == $pinCode) {
        return "";
    }
    // ruleid: php-loose-comparison-secret
    if ($storedHash == md5($borrowerPassword)) {
        return "ok";
    }
    // ruleid: php-loose-comparison-secret
    return $storedHash != str_replace("'", "", $borrowerPassword);
}

// The name under which a secret is written in a settings file, a form or a column, not the
// secret: a parser looking for the line that sets it, a form field picked by its name.
function readLoanSettingsLine($line, $field, $var_api_password, $tokenFieldName)
{
    // ok: php-loose-comparison-secret
    if (substr($line, 0, strlen($var_api_password)) == $var_api_password) {
        return "api_password";
    }
    // ok: php-loose-comparison-secret
    if ($field == $tokenFieldName) {
        return "token";
    }
    return "";
}

function checkSettingsSecret($line, $api_password, $token_value, $given)
{
    // ruleid: php-loose-comparison-secret
    if (substr($line, 0, strlen($api_password)) == $api_password) {
        return true;
    }
    // ruleid: php-loose-comparison-secret
    return $given == $token_value;
}

// A secret taken from the request and compared loosely with true or 0: any non-empty text equals
// true, and before PHP 8 any text that is not a number equals 0 (type juggling).
function confirmRepaymentOtp()
{
    $otp = $_POST['otp'] ?? '';
    // ruleid: php-loose-comparison-secret
    if ($otp == 0) {
        return 'confirmed';
    }
    $resetToken = isset($_GET['reset_token']) ? $_GET['reset_token'] : '';
    // ruleid: php-loose-comparison-secret
    if (true == $resetToken) {
        return 'reset';
    }
    $pin = $_REQUEST['pin'];
    // ruleid: php-loose-comparison-secret
    if ($pin != 0) {
        return 'pin given';
    }
    return 'refused';
}

function loosePagingAndEmptiness()
{
    $page = $_GET['page'] ?? 0;
    // ok: php-loose-comparison-secret
    if ($page == 0) {
        return 'first';
    }
    $token = $_GET['token'] ?? '';
    // ok: php-loose-comparison-secret
    if ($token == null) {
        return 'missing';
    }
    $pinValid = checkPin($_POST['pin']);
    // ok: php-loose-comparison-secret
    if ($pinValid == true) {
        return 'ok';
    }
    $pinCode = (int) ($_POST['pin_code'] ?? 0);
    // ok: php-loose-comparison-secret
    if ($pinCode == 0) {
        return 'no pin';
    }
    $tokenCount = (int) ($_GET['tokens'] ?? 0);
    // ok: php-loose-comparison-secret
    if ($tokenCount == 0) {
        return 'none';
    }
    return '';
}
