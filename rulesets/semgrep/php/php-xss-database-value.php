<?php
// Branch office page: the reviews that borrowers left, and the loan officers' notes.

function showReviews($link)
{
    $result = mysqli_query($link, 'SELECT author, body FROM reviews ORDER BY id DESC');
    while ($row = mysqli_fetch_assoc($result)) {
        // ruleid: php-xss-database-value
        echo '<div class="review"><b>' . $row['author'] . '</b>: ' . $row['body'] . '</div>';
    }
}

function showNotes(PDO $pdo, $loanId)
{
    $stmt = $pdo->prepare('SELECT note FROM officer_notes WHERE loan_id = ?');
    $stmt->execute([$loanId]);
    $html = '';
    foreach ($stmt->fetchAll() as $note) {
        // ruleid: php-xss-database-value
        $html .= '<li>' . $note['note'] . '</li>';
        // ruleid: php-xss-database-value
        $html .= 'Officer note: <i>' . $note['note'];
    }
    // ruleid: php-xss-database-value
    echo "<ul>$html</ul>";
}

function showBranch($mysqli, $id)
{
    $res = $mysqli->query('SELECT name, city FROM branches WHERE id = ' . intval($id));
    $branch = $res->fetch_object();
    // ruleid: php-xss-database-value
    printf('<h2>%s (%s)</h2>', $branch->name, $branch->city);
}

function showReviewsEscaped($link)
{
    $result = mysqli_query($link, 'SELECT author, body FROM reviews');
    while ($row = mysqli_fetch_assoc($result)) {
        // ok: php-xss-database-value, php-xss-database-value-echo
        echo '<p>' . htmlspecialchars($row['author'], ENT_QUOTES, 'UTF-8') . ': ' . htmlspecialchars($row['body']) . '</p>';
    }
}

function showCount($link)
{
    $row = mysqli_fetch_row(mysqli_query($link, 'SELECT COUNT(*) FROM reviews'));
    // ok: php-xss-database-value
    echo '<span>' . intval($row[0]) . ' reviews</span>';
}

function apiReviews($link)
{
    header('Content-Type: application/json');
    $rows = mysqli_fetch_all(mysqli_query($link, 'SELECT author, body FROM reviews'), MYSQLI_ASSOC);
    // ok: php-xss-database-value
    echo json_encode($rows);
}

function showStatic()
{
    // ok: php-xss-database-value
    echo '<p>No reviews yet.</p>';
}

function latestApplicantsWidget($link)
{
    $rows = mysqli_query($link, 'SELECT full_name, city FROM applicants ORDER BY id DESC LIMIT 5');
    $widget = '';
    while ($a = mysqli_fetch_row($rows)) {
        $who = $a[0];
        // ruleid: php-xss-database-value
        $widget .= "<li class=\"applicant\">{$who}, " . htmlspecialchars($a[1]) . "</li>\n";
    }
    return $widget;
}

function latestApplicantsWidgetEscaped($link)
{
    $rows = mysqli_query($link, 'SELECT full_name FROM applicants LIMIT 5');
    $widget = '';
    while ($a = mysqli_fetch_row($rows)) {
        $who = htmlspecialchars($a[0], ENT_QUOTES);
        // ok: php-xss-database-value
        $widget .= "<li class=\"applicant\">{$who}</li>\n";
    }
    return $widget;
}

function officerCard($link, $id)
{
    $officer = mysqli_fetch_assoc(mysqli_query($link, 'SELECT name FROM officers WHERE id = ' . (int) $id));
    ?>
    <div class="officer">
        <?php
        // ruleid: php-xss-database-value-echo
        echo $officer['name'];
        ?>
    </div>
    <?php
}

function officerCardEscaped($link, $id)
{
    $officer = mysqli_fetch_assoc(mysqli_query($link, 'SELECT name FROM officers WHERE id = ' . (int) $id));
    // ok: php-xss-database-value-echo
    echo htmlspecialchars($officer['name'], ENT_QUOTES, 'UTF-8');
}

function commentsFromStatement($conn)
{
    $stmt = $conn->prepare("select user, comment, date from comments");
    $stmt->execute();
    while ($rows = $stmt->fetch(PDO::FETCH_NUM)) {
        // ruleid: php-xss-database-value-echo
        echo ucfirst($rows[0]);
        // ruleid: php-xss-database-value
        echo "<p>" . $rows[1] . "</p>";
        // ok: php-xss-database-value
        echo "<p>" . htmlspecialchars($rows[1]) . "</p>";
    }
}

function commentsDefaultMode(PDO $db)
{
    $sth = $db->query("select author from comments");
    $row = $sth->fetch();
    // ruleid: php-xss-database-value
    echo "<span>" . $row['author'] . "</span>";
}

function cachedGreeting($cache)
{
    $greeting = $cache->fetch('greeting');
    // ok: php-xss-database-value
    echo "<span>" . $greeting . "</span>";
}
