import java.util.logging.Level;
import javax.servlet.http.HttpServletRequest;
import org.apache.commons.text.StringEscapeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LoginController {

    private static final Logger log = LoggerFactory.getLogger(LoginController.class);
    private static final java.util.logging.Logger AUDIT_LOG = java.util.logging.Logger.getLogger("audit");

    @PostMapping("/login")
    public String login(@RequestParam String username, HttpServletRequest request) {
        // A name such as "bob\n... INFO login ok for admin" forges a second log line.
        // ruleid: java-log-injection
        log.warn("failed login for " + username);
        // ruleid: java-log-injection
        log.info("failed login for {}", username);
        // ruleid: java-log-injection
        AUDIT_LOG.log(Level.WARNING, "client ref " + request.getHeader("X-Ref"));
        // ruleid: java-log-injection
        log.info(String.format("search %s", request.getParameter("q")));
        // ok: java-log-injection
        log.warn("failed login for {}", username.replaceAll("[\r\n]", "_"));
        // ok: java-log-injection
        log.warn("failed login for {}", StringEscapeUtils.escapeJava(username));
        // ok: java-log-injection
        log.info("loan {} requested", Long.parseLong(request.getParameter("loan")));
        // ok: java-log-injection
        log.info("login attempt");
        Account account = accountService.getAccountByLogin(username);
        // ok: java-log-injection
        log.info("account {} locked", account.getId());
        return "ok";
    }
}

// a logger's method handed the elements of a request collection
class LogReferenceServlet {
    private static final Logger log = LoggerFactory.getLogger(LogReferenceServlet.class);
    private static final java.util.Set<String> CHANNELS = java.util.Set.of("web", "mobile");

    void record(HttpServletRequest request) {
        java.util.List<String> names = java.util.Arrays.asList(request.getParameterValues("name"));
        // ruleid: java-log-injection
        names.forEach(log::info);
        // ok: java-log-injection
        names.stream().filter(CHANNELS::contains).forEach(log::info);
        // an element converted by a method reference keeps its taint (semgrep carries the receiver's
        // taint through the call)
        // todook: java-log-injection
        names.stream().map(String::length).forEach(n -> log.info("{}", n));
    }
}
