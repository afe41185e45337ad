using System.Xml;

public class StatementParser
{
    public XmlDocument Parse(Stream s)
    {
        // ruleid: csharp-xxe
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
        var doc = new XmlDocument();
        // ruleid: csharp-xxe
        doc.XmlResolver = new XmlUrlResolver();
        doc.Load(XmlReader.Create(s, settings));
        return doc;
    }

    public XmlDocument ParseSafe(Stream s)
    {
        // ok: csharp-xxe
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        var doc = new XmlDocument { XmlResolver = null };
        doc.Load(XmlReader.Create(s, settings));
        return doc;
    }
}
