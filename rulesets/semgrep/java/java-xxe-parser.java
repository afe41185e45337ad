package kz.mfo.statements;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import org.w3c.dom.Document;

public class StatementParser {
    public Document parse(InputStream in) throws Exception {
        // ruleid: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        return db.parse(in);
    }

    public Document parseSafe(InputStream in) throws Exception {
        // ok: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return dbf.newDocumentBuilder().parse(in);
    }

    public Object stax(InputStream in) throws Exception {
        // ruleid: java-xxe-parser
        XMLInputFactory f = XMLInputFactory.newInstance();
        return f.createXMLStreamReader(in);
    }

    public Object staxSafe(InputStream in) throws Exception {
        // ok: java-xxe-parser
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        return f.createXMLStreamReader(in);
    }
}
