package kz.mfo.auth;

import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.*;

@RestController
public class StaffController {
    private DirContext ctx;

    @PostMapping("/staff/login")
    public Object login(@RequestParam String login) throws Exception {
        SearchControls sc = new SearchControls();
        // ruleid: java-ldap-xpath-injection
        Object a = ctx.search("ou=staff,dc=example,dc=kz", "(uid=" + login + ")", sc);
        // ok: java-ldap-xpath-injection
        Object b = ctx.search("ou=staff,dc=example,dc=kz", "(uid={0})", new Object[] {login}, sc);
        XPath xp = XPathFactory.newInstance().newXPath();
        // ruleid: java-ldap-xpath-injection
        Object c = xp.evaluate("//client[@iin='" + login + "']", doc);
        // ok: java-ldap-xpath-injection
        Object d = xp.evaluate("//client", doc);
        return a.toString() + b + c + d;
    }
}

// Spring binds a handler's parameter without annotation from the request all the same
@RestController
class LoanOfficerController {
    private DirContext ctx;

    @GetMapping("/loans/officer")
    public Object officer(String login, SearchControls sc) throws Exception {
        // ruleid: java-ldap-xpath-injection
        return ctx.search("ou=officers,dc=example,dc=kz", "(uid=" + login + ")", sc);
    }

    @GetMapping("/loans/officer-fixed")
    public Object fixed(String login, SearchControls sc) throws Exception {
        // ok: java-ldap-xpath-injection
        return ctx.search("ou=officers,dc=example,dc=kz", "(uid=duty)", sc);
    }

    // not a handler: no mapping annotation
    public Object lookup(String login, SearchControls sc) throws Exception {
        // ok: java-ldap-xpath-injection
        return ctx.search("ou=officers,dc=example,dc=kz", "(uid=" + login + ")", sc);
    }
}

// an XPath compiled from each element of a request collection
class XPathReferenceServlet {
    void compile(javax.servlet.http.HttpServletRequest request, XPath xpath) {
        java.util.List<String> paths = java.util.Arrays.asList(request.getParameterValues("path"));
        // ruleid: java-ldap-xpath-injection
        paths.stream().map(xpath::compile).count();
        // ok: java-ldap-xpath-injection
        java.util.List.of("/loans/loan").stream().map(xpath::compile).count();
    }
}
