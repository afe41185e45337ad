<?php

function storeScan()
{
    $dir = __DIR__ . '/uploads/';
    $target = $dir . basename($_FILES['passport']['name']);
    // ruleid: php-upload-client-filename
    move_uploaded_file($_FILES['passport']['tmp_name'], $target);

    if ($_FILES['selfie']['type'] == 'image/jpeg') {
        // ruleid: php-upload-client-filename
        move_uploaded_file($_FILES['selfie']['tmp_name'], $dir . $_FILES['selfie']['name']);
    }

    $ext = strtolower(pathinfo($_FILES['contract']['name'], PATHINFO_EXTENSION));
    if (in_array($ext, ['pdf', 'jpg', 'png'], true)) {
        $stored = bin2hex(random_bytes(16)) . '.' . $ext;
        // ok: php-upload-client-filename
        move_uploaded_file($_FILES['contract']['tmp_name'], $dir . $stored);
    }

    // ok: php-upload-client-filename
    move_uploaded_file($_FILES['photo']['tmp_name'], $dir . uniqid('photo_', true) . '.jpg');
}

class DocumentController
{
    public function upload($request)
    {
        $file = $request->file('doc');
        // ruleid: php-upload-client-filename
        $file->move('/var/www/public/docs', $file->getClientOriginalName());
        // ok: php-upload-client-filename
        $file->move('/var/www/storage/docs', $file->hashName());
    }
}
