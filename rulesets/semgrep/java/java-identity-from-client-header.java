package com.example.loans;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.*;

@RestController
public class PayoutController {
    private final LedgerService ledger;
    private final LoanRepository loans;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PayoutController.class);

    // The client names the account the payout is taken from.
    @PostMapping("/payouts")
    public Receipt payout(@RequestHeader("X-User-Id") String userId, @RequestBody PayoutForm form) {
        // ruleid: java-identity-from-client-header
        return ledger.debit(userId, form.getAmount());
    }

    @GetMapping("/loans")
    public List<Loan> myLoans(@RequestHeader(value = "X-Customer-Id", required = false) String customer) {
        long id = Long.parseLong(customer);
        // ruleid: java-identity-from-client-header
        return loans.findByCustomerId(id);
    }

    @GetMapping("/balance")
    public Balance balance(HttpServletRequest request) {
        String account = request.getHeader("X-Account-Id");
        // ruleid: java-identity-from-client-header
        return ledger.balanceOf(account);
    }

    @GetMapping("/profile")
    public Profile profile(ServerHttpRequest request) {
        String user = request.getHeaders().getFirst("X-Forwarded-User");
        // ruleid: java-identity-from-client-header
        return profiles.findByLogin(user);
    }

    @PostMapping("/transfers")
    public void transfer(@RequestHeader(name = "x-user-id") String from, @RequestBody TransferForm form) {
        Transfer t = new Transfer(from, form.getTo(), form.getAmount());
        // ruleid: java-identity-from-client-header
        transfers.save(t);
    }

    @GetMapping("/me/balance")
    public Balance own(java.security.Principal principal, HttpServletRequest request,
                       @RequestHeader("X-Request-Id") String requestId,
                       @RequestHeader("Idempotency-Key") String key,
                       @RequestHeader("X-User-Id") String claimed) {
        // The user a verified session gave; request ids and idempotency keys are not identities.
        // ok: java-identity-from-client-header
        Balance b = ledger.balanceOf(principal.getName());
        // ok: java-identity-from-client-header
        audit.record(requestId, request.getHeader("X-Correlation-Id"));
        // ok: java-identity-from-client-header
        ledger.once(key);
        // REMOTE_USER is set by the server after its own authentication, not by the client.
        // ok: java-identity-from-client-header
        ledger.balanceOf(request.getRemoteUser());
        // Only logged, compared or echoed: no one acts as that user.
        // ok: java-identity-from-client-header
        log.info("caller claims {}", claimed);
        // ok: java-identity-from-client-header
        if (!principal.getName().equals(claimed)) {
            throw new IllegalStateException("header does not match the session");
        }
        return b;
    }
}

@Path("/accounts")
public class AccountResource {
    @GET
    public Account get(@HeaderParam("X-Account-Id") String accountId) {
        // ruleid: java-identity-from-client-header
        return accounts.find(accountId);
    }
}

// A client of another service reads the header from a response: not the caller's identity.
class UpstreamClient {
    String owner(java.net.http.HttpResponse<String> response) {
        String id = response.headers().firstValue("X-User-Id").orElse("");
        // ok: java-identity-from-client-header
        return cache.lookup(id);
    }
}

// The role the caller acts with, taken from a header the caller sends: anyone can claim staff.
class CallerContextFilter {
    void before(HttpServletRequest request, CallerContext context) {
        String role = request.getHeader("X-User-Role");
        // ruleid: java-identity-from-client-header
        context.setRole(role);
        String version = request.getHeader("X-Roles-Version");
        // ok: java-identity-from-client-header
        context.setSchema(version);
    }
}
