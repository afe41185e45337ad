using System.IO;
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

    public void ReadLegacy(string xml)
    {
        // ruleid: csharp-xxe
        XmlTextReader reader = new XmlTextReader(new StringReader(xml));
        while (reader.Read()) { }
    }

    public void ReadLegacyVar(Stream s)
    {
        // ruleid: csharp-xxe
        var reader = new XmlTextReader(s);
        reader.Namespaces = false;
        while (reader.Read()) { }
    }

    public void ReadLegacyProhibited(string xml)
    {
        // ok: csharp-xxe
        XmlTextReader reader = new XmlTextReader(new StringReader(xml));
        reader.DtdProcessing = DtdProcessing.Prohibit;
        while (reader.Read()) { }
    }

    public void ReadLegacyIgnored(Stream s)
    {
        // ok: csharp-xxe
        var reader = new XmlTextReader(s) { DtdProcessing = DtdProcessing.Ignore };
        while (reader.Read()) { }
    }

    public void ReadLegacyNoDtd(Stream s)
    {
        // ok: csharp-xxe
        var reader = new XmlTextReader(s);
        reader.ProhibitDtd = true;
        while (reader.Read()) { }
    }

    public void ReadModern(Stream s)
    {
        // ok: csharp-xxe
        var reader = XmlReader.Create(s);
        while (reader.Read()) { }
    }
}

public class BureauReportImport
{
    // an XmlUrlResolver held in a variable and given to the document
    public void FromVariable(string reportXml)
    {
        var fetcher = new XmlUrlResolver
        {
            Credentials = CredentialCache.DefaultCredentials
        };
        var doc = new XmlDocument
        {
            // ruleid: csharp-xxe
            XmlResolver = fetcher
        };
        doc.LoadXml(reportXml);
    }

    public void Typed(string reportXml)
    {
        XmlUrlResolver fetcher = new XmlUrlResolver();
        var doc = new XmlDocument();
        // ruleid: csharp-xxe
        doc.XmlResolver = fetcher;
        doc.LoadXml(reportXml);
    }

    public void InlineInitializer(string reportXml)
    {
        // ruleid: csharp-xxe
        var doc = new XmlDocument { XmlResolver = new XmlUrlResolver { Credentials = null } };
        doc.LoadXml(reportXml);
    }

    public void NoResolver(string reportXml)
    {
        var unused = new XmlUrlResolver();
        var doc = new XmlDocument();
        // ok: csharp-xxe
        doc.XmlResolver = null;
        doc.LoadXml(reportXml);
    }
}
