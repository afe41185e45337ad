package kz.mfo.web;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.*;

@RestController
public class ApplicationController {

    @PostMapping("/loans/apply")
    public ResponseEntity<?> apply(@RequestBody LoanRequest body) {
        try {
            return ResponseEntity.ok(service.submit(body));
        } catch (Exception e) {
            // ruleid: java-exception-details-in-response
            return ResponseEntity.status(500).body(e.getMessage());
        }
    }

    @PostMapping("/loans/apply2")
    public ResponseEntity<?> apply2(@RequestBody LoanRequest body) {
        try {
            return ResponseEntity.ok(service.submit(body));
        } catch (Exception e) {
            log.error("apply failed", e);
            // ok: java-exception-details-in-response
            return ResponseEntity.status(500).body(Map.of("error", "internal_error"));
        }
    }

    @ExceptionHandler(RuntimeException.class)
    public Map<String, String> handle(RuntimeException ex) {
        // ruleid: java-exception-details-in-response
        return Map.of("error", ex.toString());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<?> invalid(MethodArgumentNotValidException ex) {
        // ok: java-exception-details-in-response
        return ResponseEntity.badRequest().body(ex.getMessage());
    }

    @GetMapping("/loans/{id}/status")
    public String status(@PathVariable long id) {
        try {
            return service.status(id);
        } catch (IllegalStateException e) {
            // ruleid: java-exception-details-in-response
            return "status unavailable: " + e.getMessage();
        }
    }

    private String describe(Exception e) {
        try {
            return service.describe();
        } catch (RuntimeException ex) {
            // ruleid: java-exception-details-in-response
            return ex.getMessage();
        }
    }
}

@Service
class ScoringClient {

    ScoreResult score(ScoreRequest request) {
        try {
            return bureau.fetch(request);
        } catch (Exception e) {
            log.error("bureau call failed", e);
            // ok: java-exception-details-in-response
            return new ScoreResult(null, "bureau error: " + e.getMessage());
        }
    }

    String lastError() {
        try {
            return bureau.ping();
        } catch (IOException e) {
            // ok: java-exception-details-in-response
            return e.getMessage();
        }
    }
}

public class RepaymentServlet extends HttpServlet {

    protected String render(HttpServletRequest req) {
        try {
            return ledger.render(req.getParameter("contract"));
        } catch (Exception e) {
            // ruleid: java-exception-details-in-response
            return "<p>" + e.getMessage() + "</p>";
        }
    }
}
