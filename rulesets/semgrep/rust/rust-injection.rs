async fn find(pool: &PgPool, name: &str) -> Result<(), Error> {
    // ruleid: rust-sql-string-format
    let rows = sqlx::query(&format!("SELECT * FROM loans WHERE client = '{}'", name)).fetch_all(pool).await?;
    // ruleid: rust-sql-string-format
    conn.execute(&format!("DELETE FROM loans WHERE id = {}", id), [])?;
    // ok: rust-sql-string-format
    let rows = sqlx::query("SELECT * FROM loans WHERE client = $1").bind(name).fetch_all(pool).await?;
    // ok: rust-sql-string-format
    conn.execute("DELETE FROM loans WHERE id = ?1", params![id])?;
    Ok(())
}

async fn arrears(pool: &PgPool, client: &Client, branch: &str, officer: String) -> Result<(), Error> {
    // the statement built in a local first, then run
    let text = format!("SELECT * FROM arrears WHERE branch = '{}'", branch);
    // ruleid: rust-sql-string-format
    let rows = sqlx::query(&text).fetch_all(pool).await?;
    let by_officer = "SELECT id FROM loans WHERE officer = '".to_owned() + &officer + "'";
    // ruleid: rust-sql-string-format
    let ids = diesel::sql_query(by_officer).load::<LoanId>(&mut conn);
    let stmt = format!("UPDATE loans SET overdue = true WHERE branch = {}", branch);
    // ruleid: rust-sql-string-format
    for row in client.query(&stmt, &[])? {}
    let fixed = "SELECT count(*) FROM arrears";
    // ok: rust-sql-string-format
    let n = sqlx::query(fixed).fetch_one(pool).await?;
    let bound = "SELECT * FROM arrears WHERE branch = $1".to_string();
    // ok: rust-sql-string-format
    let rows = sqlx::query(&bound).bind(branch).fetch_all(pool).await?;
    let label = format!("arrears report for {}", branch);
    // a formatted text that no query call receives
    // ok: rust-sql-string-format
    log::info!("{}", label);
    Ok(())
}

fn convert(file: &str) {
    let cmd = format!("convert {} out.pdf", file);
    // ruleid: rust-shell-command
    Command::new("sh").arg("-c").arg(cmd).output().unwrap();
    // ok: rust-shell-command
    Command::new("convert").arg(file).arg("out.pdf").output().unwrap();
    // ok: rust-shell-command
    Command::new("sh").arg("-c").arg("ls -l /tmp").output().unwrap();
}
