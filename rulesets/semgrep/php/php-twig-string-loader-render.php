<?php
if (isset($_GET['submit'])) {
    $name = $_GET['name'];
    include 'vendor/twig/twig/lib/Twig/Autoloader.php';
    Twig_Autoloader::register();
    try {
        $loader = new Twig_Loader_String();
        $twig = new Twig_Environment($loader);
        // ruleid: php-twig-string-loader-render
        $result = $twig->render($name);
        echo htmlspecialchars($result);
    } catch (Exception $e) {
        die('error');
    }
}

function greet() {
    $twig = new Twig_Environment(new Twig_Loader_String());
    // ruleid: php-twig-string-loader-render
    return $twig->render("Hello " . $_POST['who'], array());
}

function safe_string_loader() {
    $twig = new Twig_Environment(new Twig_Loader_String());
    // ok: php-twig-string-loader-render
    return $twig->render('Hello {{ name }}', array('name' => $_GET['name']));
}

function file_loader() {
    $loader = new Twig_Loader_Filesystem('/srv/app/templates');
    $twig = new Twig_Environment($loader);
    // ok: php-twig-string-loader-render
    return $twig->render('profile.html', array('name' => $_GET['name']));
}
