package kz.mfo.operator;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

public class BranchServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String role = request.getParameter("role");
        // ruleid: java-trust-boundary-session
        request.getSession().setAttribute("role", role);
        HttpSession session = request.getSession(true);
        // ruleid: java-trust-boundary-session
        session.setAttribute("branch", request.getHeader("X-Branch"));
        // ok: java-trust-boundary-session
        session.setAttribute("visited", Boolean.TRUE);
        User user = users.authenticate(request.getParameter("login"), request.getParameter("password"));
        // ok: java-trust-boundary-session
        session.setAttribute("userId", user.getId());
        response.sendRedirect("/operator");
    }
}

// Spring binds a handler's parameter without annotation from the request all the same
@org.springframework.web.bind.annotation.RestController
class LoanBranchController {
    @org.springframework.web.bind.annotation.PostMapping("/loans/branch")
    public String branch(HttpSession session, String branch) {
        // ruleid: java-trust-boundary-session
        session.setAttribute("branch", branch);
        return "ok";
    }

    @org.springframework.web.bind.annotation.PostMapping("/loans/branch-fixed")
    public String fixed(HttpSession session, String branch) {
        // ok: java-trust-boundary-session
        session.setAttribute("branch", "ALMATY-1");
        return "ok";
    }

    // not a handler: no mapping annotation
    public void remember(HttpSession session, String branch) {
        // ok: java-trust-boundary-session
        session.setAttribute("branch", branch);
    }
}

// the session's setAttribute handed a request map's keys and values
class SessionReferenceServlet extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        // ruleid: java-trust-boundary-session
        request.getParameterMap().forEach(session::setAttribute);
        java.util.Map<String, String> defaults = java.util.Map.of("lang", "kk");
        // ok: java-trust-boundary-session
        defaults.forEach(session::setAttribute);
    }
}
