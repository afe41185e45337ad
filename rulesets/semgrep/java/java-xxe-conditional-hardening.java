import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.parsers.DocumentBuilderFactory;

public class CommentParser {
    private final Settings settings;

    CommentParser(Settings settings) {
        this.settings = settings;
    }

    Object parse(String xml) throws Exception {
        // ruleid: java-xxe-conditional-hardening
        var xif = XMLInputFactory.newInstance();
        if (settings.isStrict()) {
            xif.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        }
        return xif.createXMLStreamReader(new StringReader(xml));
    }

    Object parseDom(String xml) throws Exception {
        // ruleid: java-xxe-conditional-hardening
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        if (settings.isStrict()) {
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        }
        return dbf.newDocumentBuilder();
    }

    Object parseAlways(String xml) throws Exception {
        // ok: java-xxe-conditional-hardening
        var xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        if (settings.isStrict()) {
            xif.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        }
        return xif.createXMLStreamReader(new StringReader(xml));
    }
}
