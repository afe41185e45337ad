<?php
// ruleid: php-world-writable-permissions
mkdir('/var/www/storage/exports', 0777, true);
// ruleid: php-world-writable-permissions
chmod($file, 0666);
// ok: php-world-writable-permissions
mkdir('/var/www/storage/exports', 0750, true);
// ok: php-world-writable-permissions
chmod($file, 0640);
