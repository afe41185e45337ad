import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StatementController {

    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf");

    public void download(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getParameter("name");
        // ruleid: java-response-header-injection
        response.setHeader("Content-Disposition", "attachment; filename=" + name);
        // ruleid: java-response-header-injection
        response.addHeader("X-Client-Ref", request.getHeader("X-Ref"));
        // ruleid: java-response-header-injection
        response.addCookie(new Cookie("lang", request.getParameter("lang")));
        // ok: java-response-header-injection
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        // ok: java-response-header-injection
        response.setHeader("X-Loan", String.valueOf(Long.parseLong(request.getParameter("loan"))));
        // ok: java-response-header-injection
        response.setHeader("X-Name", name.replaceAll("[\\r\\n]", ""));
        // ok: java-response-header-injection
        response.setHeader("Cache-Control", "no-store");
        // a path on the same site is no open redirect, but it carries the client's CR/LF all the same
        // ruleid: java-response-header-injection
        response.setHeader("Location", "/statement?lang=" + request.getParameter("lang"));
    }

    @GetMapping("/export")
    public ResponseEntity<byte[]> export(@RequestParam String type) {
        // ruleid: java-response-header-injection
        return ResponseEntity.ok().header("Content-Type", type).body(new byte[0]);
    }

    @GetMapping("/export2")
    public ResponseEntity<byte[]> exportKnown(@RequestParam String type) {
        // ok: java-response-header-injection
        return ResponseEntity.ok().header("Content-Type", TYPES.getOrDefault(type, "application/pdf")).body(new byte[0]);
    }
}

// the response's setHeader handed the keys and values of a map built from the request
class HeaderReferenceServlet {
    void copy(javax.servlet.http.HttpServletRequest request, javax.servlet.http.HttpServletResponse response) {
        Map<String, String> echo = Map.of("X-Echo", request.getHeader("X-Echo"));
        // ruleid: java-response-header-injection
        echo.forEach(response::setHeader);
        // ok: java-response-header-injection
        Map.of("X-Frame-Options", "DENY").forEach(response::setHeader);
    }
}
