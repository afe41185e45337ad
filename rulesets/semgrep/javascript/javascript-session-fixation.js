app.post("/login", (req, res) => {
  users.check(req.body.login, req.body.password, (err, user) => {
    if (err) return res.status(401).end();
    // ruleid: javascript-session-fixation
    req.session.userId = user.id;
    return res.redirect("/dashboard");
  });
});

app.post("/login2", (req, res) => {
  users.check(req.body.login, req.body.password, (err, user) => {
    if (err) return res.status(401).end();
    req.session.regenerate((regenErr) => {
      // ok: javascript-session-fixation
      req.session.userId = user.id;
      res.redirect("/dashboard");
    });
  });
});

app.post("/logout", (req, res) => {
  // ok: javascript-session-fixation
  req.session.user = null;
  res.redirect("/");
});

app.post("/theme", (req, res) => {
  // ok: javascript-session-fixation
  req.session.theme = req.body.theme;
  res.end();
});
