<?php

function generateOtp(): string
{
    // ruleid: php-insecure-random
    return str_pad((string) mt_rand(0, 999999), 6, '0', STR_PAD_LEFT);
}

function issueToken(): string
{
    // ok: php-insecure-random
    return bin2hex(random_bytes(32));
}

function pickBanner(array $banners)
{
    // ok: php-insecure-random
    return $banners[array_rand($banners)];
}

function resetLink($user)
{
    // ruleid: php-insecure-random
    $resetToken = md5(uniqid());
    return $resetToken;
}

function retryDelay(): int
{
    // ok: php-insecure-random
    $delay = rand(100, 500);
    return $delay;
}

// A random number compared with a bound decides by chance (clean up one call in a hundred): its
// value is never kept, whatever the function is named.
function storeSession($db, $sessionId)
{
    $db->insert($sessionId);
    // ok: php-insecure-random
    if (rand(0, 1000) < 10) {
        $db->purgeExpired();
    }
    // ok: php-insecure-random
    if (mt_rand(1, 100) <= $this->gcProbability) {
        $db->vacuum();
    }
    // ruleid: php-insecure-random
    $sessionKey = mt_rand();
    return $sessionKey;
}

function drawNamedNumbers()
{
    // `pin` counts only as a word of its own: pin, userPin, PIN_CODE, pinCode, not pinned or spinner
    // ruleid: php-insecure-random
    $pin = mt_rand(0, 9999);
    // ruleid: php-insecure-random
    $userPin = mt_rand(0, 9999);
    // ruleid: php-insecure-random
    $PIN_CODE = mt_rand(0, 9999);
    // ruleid: php-insecure-random
    $pinCode = mt_rand(0, 9999);
    // ok: php-insecure-random
    $pinned = mt_rand(0, 9999);
    // ok: php-insecure-random
    $spinner = mt_rand(0, 9999);
    // ok: php-insecure-random
    $shipping = mt_rand(0, 9999);
    // ok: php-insecure-random
    $mapping = mt_rand(0, 9999);
    // ok: php-insecure-random
    $pinyin = mt_rand(0, 9999);
    // ok: php-insecure-random
    $opinion = mt_rand(0, 9999);
    // ok: php-insecure-random
    $PING_INTERVAL = mt_rand(0, 9999);
    // ruleid: php-insecure-random
    $card = ['pin' => mt_rand(0, 9999)];
    // ok: php-insecure-random
    $row = ['spinner' => mt_rand(0, 9999)];
}

// Another key of the same array literal names a code or key ('currency_code', 'api_key'); the
// value drawn is the transfer's reference, not a secret. The key of the drawn value decides.
function payoutRequest($phone)
{
    $payout = [
        'currency_code' => 'KZT',
        'msisdn' => $phone,
        // ok: php-insecure-random
        'reference' => mt_rand(100000000, 999999999),
    ];
    $sms = [
        'country_code' => 'KZ',
        // ruleid: php-insecure-random
        'otp' => rand(100000, 999999),
    ];
    return [$payout, $sms];
}
