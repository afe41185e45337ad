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
