package kz.mfo.web;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
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
}
