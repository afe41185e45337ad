class Auth(logger: Logger) {
  def login(user: String, password: String) = {
    // ruleid: scala-log-sensitive-data
    logger.info(s"login $user with $password")
    // ok: scala-log-sensitive-data
    logger.info(s"login $user")
  }
  def back = Action { request =>
    // ruleid: scala-open-redirect
    Redirect(request.getQueryString("next").getOrElse("/"))
  }
  def home = Action { request =>
    // ok: scala-open-redirect
    Redirect(routes.Home.index())
  }
}
