const sqlite3 = require("sqlite3");
const db = new sqlite3.Database(":memory:");

db.serialize(() => {
  db.run("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT, password TEXT)");
  // ruleid: javascript-seeded-account-password
  db.run("INSERT INTO users (username, password) VALUES ('admin', 'admin')");
  // ruleid: javascript-seeded-account-password
  db.exec(`INSERT INTO accounts (id, login, passwd, role) VALUES (1, 'operator', 'Qwerty123', 'ADMIN')`);
  // ruleid: javascript-seeded-account-password
  pool.query("insert into app_users(email, password) values ('ops@mfo.kz', 'changeme1')");
  // ok: javascript-seeded-account-password
  db.run("INSERT INTO users (username, password) VALUES (?, ?)", [username, hash]);
  // ok: javascript-seeded-account-password
  db.run("INSERT INTO users (username, password) VALUES ('admin', '$2b$12$C6UzMDM.H6dfI/f/IKcEeO5pl7xYwW4a3bJ0D3q/MuQYg4nWvT7xq')");
  // ok: javascript-seeded-account-password
  db.run("INSERT INTO users (username, password) VALUES ('admin', '5f4dcc3b5aa765d61d8327deb882cf99')");
  // ok: javascript-seeded-account-password
  db.run("INSERT INTO branches (name, city) VALUES ('Almaty-1', 'Almaty')");
  // ok: javascript-seeded-account-password
  knex.raw("INSERT INTO users (username, password) VALUES ($1, $2)", [name, digest]);
});
