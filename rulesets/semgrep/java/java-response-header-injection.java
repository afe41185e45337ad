import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

// values the server generates: a record a service or repository returns, a numeric identifier
@RestController
class RepaymentReceiptController {

    private final ReceiptService receiptService;
    private final RepaymentRepository repaymentRepository;
    private final ReferenceFormatter formatter;

    RepaymentReceiptController(ReceiptService receiptService, RepaymentRepository repaymentRepository, ReferenceFormatter formatter) {
        this.receiptService = receiptService;
        this.repaymentRepository = repaymentRepository;
        this.formatter = formatter;
    }

    @PostMapping("/receipts")
    public ResponseEntity<byte[]> issue(@RequestParam("borrower") String borrower, @RequestParam("note") String note) {
        Receipt receipt = receiptService.issueReceipt(borrower, note);
        String file = receipt.getReceiptNumber() + "_receipt.pdf";
        // ok: java-response-header-injection
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"" + file + "\"").body(receipt.getPdf());
    }

    @PostMapping("/receipts2")
    public ResponseEntity<byte[]> issueNumbered(@RequestParam("borrower") String borrower) {
        // ok: java-response-header-injection
        return ResponseEntity.ok().header("X-Receipt-Number", this.receiptService.issueReceipt(borrower, "").getReceiptNumber()).body(new byte[0]);
    }

    @GetMapping("/repayments/{id}/file")
    public ResponseEntity<byte[]> file(@PathVariable Long id) {
        return repaymentRepository.findById(id)
                .map(r -> ResponseEntity.ok()
                        // ok: java-response-header-injection
                        .header("Content-Disposition", "inline; filename=\"" + r.getReference() + "\"")
                        .body(r.getData()))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/repayments/by-reference/{reference}")
    public ResponseEntity<byte[]> byReference(@PathVariable String reference) {
        // the record the client's key selects is the stored one, not the key
        return repaymentRepository.findByReference(reference)
                .map(r -> ResponseEntity.ok()
                        // ok: java-response-header-injection
                        .header("X-Repayment-Number", r.getRepaymentNumber())
                        .body(r.getData()))
                .orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/receipts3")
    public ResponseEntity<byte[]> issueNamed(@RequestParam("borrower") String borrower) {
        Receipt receipt = receiptService.issueReceipt(borrower, "");
        // a member the service copied from the request is still the client's text
        // ruleid: java-response-header-injection
        return ResponseEntity.ok().header("X-Borrower", receipt.getBorrowerName()).body(new byte[0]);
    }

    @PostMapping("/receipts4")
    public ResponseEntity<byte[]> issuePhone(@RequestParam("phone") String phone) {
        Receipt receipt = receiptService.issueReceipt(phone, "");
        // ruleid: java-response-header-injection
        return ResponseEntity.ok().header("X-Phone", receipt.getPhoneNumber()).body(new byte[0]);
    }

    @GetMapping("/repayments/by-name/{reference}")
    public ResponseEntity<byte[]> storedName(@PathVariable String reference) {
        return repaymentRepository.findByReference(reference)
                .map(r -> ResponseEntity.ok()
                        // a name stored from an earlier request is followed as before
                        // ruleid: java-response-header-injection
                        .header("Content-Disposition", "inline; filename=\"" + r.getFileName() + "\"")
                        .body(r.getData()))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/repayments/{id}/ref")
    public ResponseEntity<byte[]> ref(@PathVariable("id") long id, @RequestParam int page) {
        // ok: java-response-header-injection
        return ResponseEntity.ok().header("X-Repayment", "R-" + id + "-" + page).body(new byte[0]);
    }

    @GetMapping("/repayments/label")
    public ResponseEntity<byte[]> label(@RequestParam String label) {
        // a string a service hands back may be the same text it was given
        String cleaned = receiptService.normalise(label);
        // ruleid: java-response-header-injection
        return ResponseEntity.ok().header("X-Label", cleaned).body(new byte[0]);
    }

    @GetMapping("/repayments/format")
    public ResponseEntity<byte[]> format(@RequestParam String reference) {
        // a helper that is no service or repository is followed as before
        Receipt receipt = formatter.wrap(reference);
        // ruleid: java-response-header-injection
        return ResponseEntity.ok().header("X-Ref", receipt.getReceiptNumber()).body(new byte[0]);
    }

    @GetMapping("/repayments/{ref}/name")
    public ResponseEntity<byte[]> named(@PathVariable String ref) {
        // ruleid: java-response-header-injection
        return ResponseEntity.ok().header("X-Ref", "R-" + ref).body(new byte[0]);
    }

    @GetMapping("/documents/{kind}/view")
    public ResponseEntity<byte[]> view(@PathVariable DocumentKind kind, @RequestParam("as") ExportFormat format) {
        // Spring binds an enum-typed parameter to one of its constants only
        // ok: java-response-header-injection
        return ResponseEntity.ok().header("Content-Disposition", "inline; filename=\"" + kind.name() + "." + format.name().toLowerCase() + "\"").body(new byte[0]);
    }

    @PostMapping("/documents/named")
    public ResponseEntity<byte[]> namedBody(@RequestBody ApplicantName applicant) {
        // a record read from the body: its name() is the client's text
        // ruleid: java-response-header-injection
        return ResponseEntity.ok().header("X-Applicant", applicant.name()).body(new byte[0]);
    }

    @GetMapping("/documents/{kind}/label")
    public ResponseEntity<byte[]> label(@PathVariable DocumentKind kind, @RequestParam String label) {
        // ruleid: java-response-header-injection
        return ResponseEntity.ok().header("X-Label", kind.name() + label).body(new byte[0]);
    }
}
