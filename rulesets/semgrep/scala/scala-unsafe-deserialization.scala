object Restore {
  def load(bytes: Array[Byte]): AnyRef = {
    // ruleid: scala-unsafe-deserialization
    new ObjectInputStream(new ByteArrayInputStream(bytes)).readObject()
  }
  def json(text: String) = {
    // ok: scala-unsafe-deserialization
    Json.parse(text)
  }
  def registry(text: String) = {
    // ruleid: scala-xml-external-entities
    val doc = XML.loadString(text)
    doc
  }
  def safeRegistry(in: InputStream) = {
    val f = DocumentBuilderFactory.newInstance()
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true)
    // ok: scala-xml-external-entities
    f.newDocumentBuilder().parse(in)
  }
}
