<?php

class LoanRepository
{
    public function findByPhone(string $phone)
    {
        // ruleid: php-sql-string-concat
        return DB::select("SELECT * FROM clients WHERE phone = '$phone'");
    }

    public function findByPhoneSafe(string $phone)
    {
        // ok: php-sql-string-concat
        return DB::select('SELECT * FROM clients WHERE phone = ?', [$phone]);
    }

    public function sorted(PDO $pdo, $column)
    {
        if (!in_array($column, ['amount', 'created_at'], true)) {
            $column = 'created_at';
        }
        // ok: php-sql-string-concat
        return $pdo->query("SELECT * FROM loans ORDER BY $column");
    }

    public function byStatus(PDO $pdo, $status)
    {
        $sql = "SELECT * FROM loans WHERE status = '" . $status . "'";
        // ruleid: php-sql-string-concat
        return $pdo->query($sql);
    }

    public function run(PDO $pdo, string $sql)
    {
        // ok: php-sql-string-concat
        return $pdo->exec($sql);
    }
}
