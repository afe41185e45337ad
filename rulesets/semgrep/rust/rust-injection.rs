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

fn convert(file: &str) {
    let cmd = format!("convert {} out.pdf", file);
    // ruleid: rust-shell-command
    Command::new("sh").arg("-c").arg(cmd).output().unwrap();
    // ok: rust-shell-command
    Command::new("convert").arg(file).arg("out.pdf").output().unwrap();
    // ok: rust-shell-command
    Command::new("sh").arg("-c").arg("ls -l /tmp").output().unwrap();
}
