package kz.mfo.web;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import javax.servlet.jsp.JspWriter;
import org.springframework.web.util.HtmlUtils;

public class GreetingServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        resp.setContentType("text/html");
        // ruleid: java-xss
        resp.getWriter().println("<h1>Welcome, " + name + "</h1>");
        // ok: java-xss
        resp.getWriter().println("<h1>Welcome, " + HtmlUtils.htmlEscape(name) + "</h1>");
        // ok: java-xss
        resp.getWriter().println("<h1>Welcome</h1>");
    }

    // a JSP page's Java as aiscan gives it to the Java rules: `out` is the page's response
    void _jspService(HttpServletRequest request, HttpSession session, JspWriter out) throws Exception {
        String q = request.getParameter("q");
        String shown = (String) session.getAttribute("displayName");
        // ruleid: java-xss
        out.print(q);
        // ruleid: java-xss
        out.println("<b>" + shown + "</b>");
        // ok: java-xss
        out.print(HtmlUtils.htmlEscape(q));
        // a project's or a container's own escaping functions, known by their names
        // ok: java-xss
        out.print(PageHelper.escapeXml(q));
        // ok: java-xss
        out.print(web.util.HtmlFilter.filter(q));
        // ok: java-xss
        out.print(encodeForHtmlAttribute(q));
        // a name that only mentions HTML does not escape
        // ruleid: java-xss
        out.print(HtmlPage.wrap(q));
        // ok: java-xss
        out.print(q.getClass().getName());
        java.sql.ResultSet rs = conn.createStatement().executeQuery("SELECT id FROM loans WHERE client = '" + q + "'");
        // rows of a query are the database's, not the request's
        // ok: java-xss
        out.print(rs.getInt("id"));
    }

    // a resource or file the request names: its content is the application's own (which one is
    // read is the path traversal rules' concern); the name echoed back is still request data
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        java.io.InputStream resource = ClassLoader.getSystemResourceAsStream("static" + path);
        if (resource == null) {
            // ruleid: java-xss
            resp.getWriter().println(path + " not found!");
            return;
        }
        while (resource.available() > 0) {
            // ok: java-xss
            resp.getWriter().write(resource.read());
        }
        java.io.InputStream page = getClass().getResourceAsStream("/pages/" + path);
        // ok: java-xss
        resp.getWriter().print(new String(page.readAllBytes()));
        byte[] doc = java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/srv/docs", path));
        // ok: java-xss
        resp.getWriter().print(new String(doc));
        java.io.InputStream body = req.getInputStream();
        // ruleid: java-xss
        resp.getWriter().write(body.read());
    }

    // outside a JSP page's method a session value is not request data
    void render(HttpSession session, java.io.PrintWriter w) {
        // ok: java-xss
        w.print((String) session.getAttribute("displayName"));
    }

    private java.sql.Connection conn;
}

// Spring binds a handler's parameter without annotation from the request all the same
@org.springframework.stereotype.Controller
class LoanGreetingController {
    @GetMapping("/loans/hello")
    public void hello(HttpServletResponse resp, String name) throws IOException {
        // ruleid: java-xss
        resp.getWriter().println("<p>Dear " + name + ", your loan is approved</p>");
    }

    @GetMapping(value = "/loans/note", produces = "text/html")
    @ResponseBody
    public String note(String note) {
        // ruleid: java-xss
        return "<div>" + note + "</div>";
    }

    @GetMapping("/loans/hello-fixed")
    public void fixed(HttpServletResponse resp, String name) throws IOException {
        // ok: java-xss
        resp.getWriter().println("<p>Dear client, your loan is approved</p>");
    }

    @GetMapping("/loans/hello-model")
    public void model(HttpServletResponse resp, Model model) throws IOException {
        // ok: java-xss
        resp.getWriter().println("<p>" + model.getAttribute("x") + "</p>");
    }

    // not a handler: no mapping annotation
    public void render(HttpServletResponse resp, String html) throws IOException {
        // ok: java-xss
        resp.getWriter().println(html);
    }

    @GetMapping("/loans/count")
    public void count(HttpServletResponse resp, int count) throws IOException {
        // ok: java-xss
        resp.getWriter().println("<p>" + count + " loans</p>");
    }
}

// a writer's print handed the elements of a request collection
class EchoReferenceServlet extends HttpServlet {
    private static final java.util.Set<String> KNOWN = java.util.Set.of("kk", "ru");

    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.util.List<String> names = java.util.Arrays.asList(request.getParameterValues("name"));
        // ruleid: java-xss
        names.forEach(response.getWriter()::println);
        PrintWriter out = response.getWriter();
        // ruleid: java-xss
        names.forEach(out::print);
        // ok: java-xss
        names.stream().filter(KNOWN::contains).forEach(out::print);
        // ok: java-xss
        names.stream().map(HtmlUtils::htmlEscape).count();
    }
}
