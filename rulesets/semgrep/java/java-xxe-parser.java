package kz.mfo.statements;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.Result;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

public class StatementParser {
    private static final Map<String, Boolean> HARDENING = new HashMap<>();
    private static final Map<String, Boolean> OPTIONS = new HashMap<>();

    static {
        HARDENING.put(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        HARDENING.put("http://apache.org/xml/features/disallow-doctype-decl", true);
        OPTIONS.put("http://xml.org/sax/features/namespaces", true);
    }

    // Features set in a loop over a map the class fills with disallow-doctype-decl.
    public XMLReader hardenedReader() throws Exception {
        // ok: java-xxe-parser
        SAXParserFactory spf = SAXParserFactory.newInstance();
        for (Map.Entry<String, Boolean> entry : HARDENING.entrySet()) {
            try {
                spf.setFeature(entry.getKey(), entry.getValue());
            } catch (Exception ignored) {
                // a parser without the feature
            }
        }
        return spf.newSAXParser().getXMLReader();
    }

    // A map of other features hardens nothing.
    public XMLReader optionsReader() throws Exception {
        // ruleid: java-xxe-parser
        SAXParserFactory spf = SAXParserFactory.newInstance();
        for (Map.Entry<String, Boolean> entry : OPTIONS.entrySet()) {
            spf.setFeature(entry.getKey(), entry.getValue());
        }
        return spf.newSAXParser().getXMLReader();
    }

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

    // An identity transform writing out a DOM the code built: no document is parsed.
    public String serialize(Node node) throws Exception {
        // ok: java-xxe-parser
        TransformerFactory factory = TransformerFactory.newInstance();
        Transformer transformer = factory.newTransformer();
        DOMSource source = new DOMSource(node);
        StringWriter out = new StringWriter();
        transformer.transform(source, new StreamResult(out));
        return out.toString();
    }

    public void serializeInline(Document doc, Writer out) throws Exception {
        // ok: java-xxe-parser
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.transform(new DOMSource(doc), new StreamResult(out));
    }

    // A handler without a stylesheet writes the SAX events the caller sends it; it parses nothing.
    public TransformerHandler writerOf(Writer out) throws Exception {
        // ok: java-xxe-parser
        SAXTransformerFactory factory = (SAXTransformerFactory) TransformerFactory.newInstance();
        TransformerHandler handler = factory.newTransformerHandler();
        handler.setResult(new StreamResult(out));
        return handler;
    }

    // An identity transform of a stream parses that stream: external entities are resolved.
    public String normalize(InputStream in) throws Exception {
        // ruleid: java-xxe-parser
        TransformerFactory factory = TransformerFactory.newInstance();
        Transformer transformer = factory.newTransformer();
        StringWriter out = new StringWriter();
        transformer.transform(new StreamSource(in), new StreamResult(out));
        return out.toString();
    }

    // The source is the caller's: it may be a stream.
    public void copy(Source source, Result result) throws Exception {
        // ruleid: java-xxe-parser
        TransformerFactory factory = TransformerFactory.newInstance();
        Transformer transformer = factory.newTransformer();
        transformer.transform(source, result);
    }

    // A stylesheet given to the factory is parsed (and can load others).
    public void render(Node node, InputStream xslt, Writer out) throws Exception {
        // ruleid: java-xxe-parser
        TransformerFactory factory = TransformerFactory.newInstance();
        Transformer transformer = factory.newTransformer(new StreamSource(xslt));
        transformer.transform(new DOMSource(node), new StreamResult(out));
    }

    // The factory leaves the method: what it is used for is not known here.
    public TransformerFactory factory() {
        // ruleid: java-xxe-parser
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.newTransformer();
        return factory;
    }
}

// A factory handed to a hardening wrapper of the code's own (a Secure... factory that sets the
// XXE features on every parser it makes) before use, unless the caller opts out of XML security.
class StatementParsers {
    private final boolean allowDoctypes;

    StatementParsers(boolean allowDoctypes) {
        this.allowDoctypes = allowDoctypes;
    }

    SAXParserFactory saxFactory() {
        // ok: java-xxe-parser
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        if (!allowDoctypes) {
            f = new SecureStatementSaxFactory(f);
        }
        return f;
    }

    DocumentBuilderFactory domFactory() {
        // ok: java-xxe-parser
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f = new SecuredDomFactory(f);
        return f;
    }

    // A wrapper that hardens nothing (its name does not say so): still reported.
    SAXParserFactory loggingFactory() {
        // ruleid: java-xxe-parser
        SAXParserFactory f = SAXParserFactory.newInstance();
        f = new LoggingSaxFactory(f);
        return f;
    }

    // A parser given only a file the application ships on its classpath, named by a literal:
    // the document is the application's own, no one else's.
    public org.jdom.Document bundledTariffs() throws Exception {
        InputStream in = getClass().getClassLoader().getResourceAsStream("tariffs.xml");
        // ok: java-xxe-parser
        SAXBuilder sb = new SAXBuilder();
        try {
            org.jdom.Document d = sb.build(in);
            return d;
        } finally {
            in.close();
        }
    }

    public Document bundledProducts() throws Exception {
        // ok: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        return dbf.newDocumentBuilder().parse(StatementParser.class.getResourceAsStream("/defaults/products.xml"));
    }

    // A resource whose name the caller chooses, and a parser that reads the caller's document
    // beside the bundled one, are still reported.
    public Document namedResource(String name) throws Exception {
        InputStream in = getClass().getResourceAsStream(name);
        // ruleid: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        return dbf.newDocumentBuilder().parse(in);
    }

    public org.jdom.Document mergedTariffs(InputStream upload) throws Exception {
        InputStream in = getClass().getResourceAsStream("tariffs.xml");
        // ruleid: java-xxe-parser
        SAXBuilder sb = new SAXBuilder();
        org.jdom.Document defaults = sb.build(in);
        org.jdom.Document uploaded = sb.build(upload);
        return uploaded;
    }

    // The bundled resource opened, but the factory handed out unused: still reported.
    public DocumentBuilderFactory factoryBesideResource() throws Exception {
        InputStream in = getClass().getResourceAsStream("tariffs.xml");
        in.close();
        // ruleid: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        return dbf;
    }
}

// A parser that only ever reads a document written in the code (a string literal or a constant
// made of literals) parses nothing from outside: there is no one to plant an entity in it.
class TariffTemplates {
    private static final String EMPTY_TARIFF = "<tariff><rate>0</rate></tariff>";

    public Document emptyTariff() throws Exception {
        // ok: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        return db.parse(new InputSource(new StringReader(EMPTY_TARIFF)));
    }

    public Document skeleton() throws Exception {
        final String xml = "<loans>"
                + "<loan id=\"1\"/>"
                + "</loans>";
        // ok: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes("UTF-8")));
    }

    public Object staxSkeleton() throws Exception {
        // ok: java-xxe-parser
        XMLInputFactory f = XMLInputFactory.newInstance();
        return f.createXMLStreamReader(new StringReader("<rates/>"));
    }

    // The caller's text, a stream, a file: still reported.
    public Document inlineStream(InputStream in) throws Exception {
        // ruleid: java-xxe-parser
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }

    public Document handedOn() throws Exception {
        // ruleid: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.newDocumentBuilder().parse(new InputSource(new StringReader(EMPTY_TARIFF)));
        return TariffLoader.load(dbf);
    }

    public Document fromCaller(String xml) throws Exception {
        // ruleid: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        return dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    public Document fromFile() throws Exception {
        // ruleid: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        return dbf.newDocumentBuilder().parse("/srv/mfo/import/tariffs.xml");
    }

    // a literal skeleton parsed first, then the uploaded document with the same parser
    public Document merged(InputStream upload) throws Exception {
        // ruleid: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        Document skeleton = db.parse(new InputSource(new StringReader(EMPTY_TARIFF)));
        Document uploaded = db.parse(upload);
        return uploaded;
    }

    // the parser leaves the method after a literal parse: what else it reads is not known here
    public DocumentBuilder builderAfterCheck() throws Exception {
        // ruleid: java-xxe-parser
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        db.parse(new InputSource(new StringReader(EMPTY_TARIFF)));
        return db;
    }
}
