fn login(user: &User, password: &str) {
    // ruleid: rust-log-sensitive-data
    info!("login {} with {}", user.email, password);
    // ruleid: rust-log-sensitive-data
    println!("token {}", session.access_token);
    // ok: rust-log-sensitive-data
    info!("login {}", user.email);
}

fn cookie() -> Cookie<'static> {
    // ruleid: rust-cookie-without-protection
    let c = Cookie::build(("sid", sid)).secure(false).build();
    // ok: rust-cookie-without-protection
    let c = Cookie::build(("sid", sid)).secure(true).http_only(true).build();
    c
}

fn more(password: &str) {
    // ruleid: rust-log-sensitive-data
    debug!("check {password}");
    // ok: rust-log-sensitive-data
    info!("password changed for {}", user.id);
}
