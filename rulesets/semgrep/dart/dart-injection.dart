Future<List<Map<String, Object?>>> find(Database db, String name) async {
  // ruleid: dart-sql-string-interpolation
  await db.rawQuery("SELECT * FROM loans WHERE client = '$name'");
  // ruleid: dart-sql-string-interpolation
  await db.execute('DELETE FROM loans WHERE id = ${loan.id}');
  // ok: dart-sql-string-interpolation
  await db.rawQuery('SELECT * FROM loans WHERE client = ?', [name]);
  // ok: dart-sql-string-interpolation
  return db.query('loans', where: 'client = ?', whereArgs: [name]);
}

void show(WebViewController c, String msg) {
  // ruleid: dart-webview-script-injection
  c.runJavaScript("showBanner('$msg')");
  // ok: dart-webview-script-injection
  c.runJavaScript("window.location.reload()");
}
