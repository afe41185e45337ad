package kz.mfo.reports;

import java.io.File;
import java.io.StringReader;
import javax.servlet.http.HttpServletRequest;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamSource;
import org.springframework.web.bind.annotation.*;

@RestController
public class StatementController {
    private static final java.util.Map<String, String> LAYOUTS = java.util.Map.of("short", "/xsl/short.xsl");
    private final TransformerFactory factory = TransformerFactory.newInstance();

    // the stylesheet itself sent by the caller: XSLT runs extension functions (Xalan's
    // java: namespace, Saxon's reflexive calls) and reads files with document()
    @PostMapping("/statement/render")
    public String render(@RequestBody String stylesheet, HttpServletRequest request) throws Exception {
        // ruleid: java-xslt-injection
        Transformer t = factory.newTransformer(new StreamSource(new StringReader(stylesheet)));
        // ruleid: java-xslt-injection
        Templates tpl = TransformerFactory.newInstance().newTemplates(new StreamSource(request.getInputStream()));
        StreamSource xsl = new StreamSource(request.getParameter("xslUrl"));
        TransformerFactory tf = TransformerFactory.newInstance();
        // ruleid: java-xslt-injection
        Transformer u = tf.newTransformer(xsl);
        // a stylesheet file named by the caller
        // ruleid: java-xslt-injection
        Templates v = tf.newTemplates(new StreamSource(new File("/xsl/" + request.getParameter("layout"))));
        java.util.List<StreamSource> sent = java.util.List.of(new StreamSource(request.getReader()));
        // each stylesheet of a request list compiled by a method reference
        // ruleid: java-xslt-injection
        sent.stream().map(tf::newTemplates).count();
        // ok: java-xslt-injection
        java.util.List.of(new StreamSource("/xsl/short.xsl")).forEach(tf::newTransformer);
        return "ok";
    }

    @GetMapping("/statement")
    public String statement(@RequestParam String layout, @RequestParam String data) throws Exception {
        // a stylesheet chosen from a constant table; the request's document is only transformed
        // ok: java-xslt-injection
        Transformer t = factory.newTransformer(new StreamSource(LAYOUTS.get(layout)));
        // ok: java-xslt-injection
        Transformer fixed = factory.newTransformer(new StreamSource(getClass().getResourceAsStream("/xsl/statement.xsl")));
        // the identity transform takes no stylesheet
        // ok: java-xslt-injection
        Transformer identity = factory.newTransformer();
        fixed.transform(new StreamSource(new StringReader(data)), new javax.xml.transform.stream.StreamResult(System.out));
        return "ok";
    }
}

// Saxon's s9api compiles the stylesheet with an XsltCompiler
class SaxonRenderer {
    void render(HttpServletRequest request) throws Exception {
        net.sf.saxon.s9api.Processor processor = new net.sf.saxon.s9api.Processor(false);
        net.sf.saxon.s9api.XsltCompiler compiler = processor.newXsltCompiler();
        // ruleid: java-xslt-injection
        compiler.compile(new StreamSource(new StringReader(request.getParameter("xslt"))));
        // ok: java-xslt-injection
        compiler.compile(new StreamSource(new File("/opt/app/xsl/report.xsl")));
    }
}
