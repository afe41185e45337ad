<?php
// ruleid: php-display-errors
ini_set('display_errors', '1');
// ok: php-display-errors
ini_set('display_errors', '0');
// ok: php-display-errors
ini_set('log_errors', '1');
