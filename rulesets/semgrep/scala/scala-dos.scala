object Client {
  // ruleid: scala-unbounded-wait-or-entity
  def score(id: Long) = Await.result(bureau.fetch(id), Duration.Inf)
  // ok: scala-unbounded-wait-or-entity
  def score2(id: Long) = Await.result(bureau.fetch(id), 5.seconds)
  val route = path("upload") {
    // ruleid: scala-unbounded-wait-or-entity
    withoutSizeLimit {
      // ok: scala-unbounded-wait-or-entity
      withSizeLimit(1000000) { complete("ok") }
    }
  }
}
