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

// the distinguished name of a search is an LDAP injection point of its own; an ESAPI encoder
// escapes the value for the filter (encodeForLDAP) or the name (encodeForDN)
@RestController
class BranchDirectoryController {
    private DirContext ctx;
    private org.owasp.esapi.Encoder encoder = org.owasp.esapi.reference.DefaultEncoder.getInstance();

    @GetMapping("/branches/staff")
    public Object staff(@RequestParam String branch, @RequestParam String login) throws Exception {
        SearchControls sc = new SearchControls();
        // ruleid: java-ldap-xpath-injection
        Object a = ctx.search("ou=" + branch + ",dc=example,dc=kz", "(objectClass=person)", sc);
        String safeBranch = encoder.encodeForDN(branch);
        String safeLogin = encoder.encodeForLDAP(login);
        // ok: java-ldap-xpath-injection
        Object b = ctx.search("ou=" + safeBranch + ",dc=example,dc=kz", "(uid=" + safeLogin + ")", sc);
        return a.toString() + b;
    }

    // dom4j evaluates XPath from a node
    @GetMapping("/branches/find")
    public Object find(@RequestParam String code, org.dom4j.Document branches) {
        // ruleid: java-ldap-xpath-injection
        Object a = branches.selectSingleNode("/branches/branch[@code='" + code + "']");
        // ruleid: java-ldap-xpath-injection
        Object b = branches.selectNodes("/branches/branch[@code='" + code + "']");
        // ok: java-ldap-xpath-injection
        Object c = branches.selectNodes("/branches/branch");
        return java.util.List.of(a, b, c);
    }
}
