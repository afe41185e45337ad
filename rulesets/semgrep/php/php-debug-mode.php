<?php

return [
    'name' => 'mfo',
    // ruleid: php-debug-mode
    'settings' => ['debug' => true, 'timezone' => 'Asia/Almaty'],
    // ok: php-debug-mode
    'app' => ['debug' => (bool) env('APP_DEBUG', false)],
];

// ruleid: php-debug-mode
Debug::enable();
