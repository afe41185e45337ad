class LoanRepo(conn: java.sql.Connection) {
  def find(name: String) = {
    val st = conn.createStatement()
    // ruleid: scala-sql-string-interpolation
    st.executeQuery(s"SELECT * FROM loans WHERE client = '$name'")
    // ruleid: scala-sql-string-interpolation
    st.executeQuery("SELECT * FROM loans WHERE client = '" + name + "'")
    // ruleid: scala-sql-splice
    val q = sql"SELECT * FROM loans ORDER BY #$name"
    // ruleid: scala-sql-splice
    val a = SQL(s"SELECT * FROM loans WHERE client = '$name'")
    // ok: scala-sql-splice
    val q2 = sql"SELECT * FROM loans WHERE client = $name"
    // ok: scala-sql-string-interpolation
    conn.prepareStatement("SELECT * FROM loans WHERE client = ?")
  }

  def convert(file: String) = {
    // ruleid: scala-command-injection
    s"convert $file out.pdf".!
    // ok: scala-command-injection
    Seq("convert", file, "out.pdf").!
  }
}
