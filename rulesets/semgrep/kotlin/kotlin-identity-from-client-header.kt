package com.example.loans

import io.ktor.server.application.*
import io.ktor.server.routing.*
import javax.servlet.http.HttpServletRequest
import org.springframework.web.bind.annotation.*

@RestController
class PayoutController(private val ledger: LedgerService, private val loans: LoanRepository) {
    private val log = org.slf4j.LoggerFactory.getLogger(PayoutController::class.java)

    // The client names the account the payout is taken from.
    @PostMapping("/payouts")
    fun payout(@RequestHeader("X-User-Id") userId: String, @RequestBody form: PayoutForm): Receipt {
        // ruleid: kotlin-identity-from-client-header
        return ledger.debit(userId, form.amount)
    }

    @GetMapping("/loans")
    fun myLoans(@RequestHeader(value = "X-Customer-Id", required = false) customer: String?): List<Loan> {
        val id = customer!!.toLong()
        // ruleid: kotlin-identity-from-client-header
        return loans.findByCustomerId(id)
    }

    @GetMapping("/balance")
    fun balance(request: HttpServletRequest): Balance {
        val account = request.getHeader("X-Account-Id")
        // ruleid: kotlin-identity-from-client-header
        return ledger.balanceOf(account)
    }

    @GetMapping("/me/balance")
    fun own(principal: java.security.Principal, request: HttpServletRequest,
            @RequestHeader("X-Request-Id") requestId: String,
            @RequestHeader("X-User-Id") claimed: String): Balance {
        // The user a verified session gave; request ids are not identities.
        // ok: kotlin-identity-from-client-header
        val b = ledger.balanceOf(principal.name)
        // ok: kotlin-identity-from-client-header
        audit.record(requestId, request.getHeader("X-Correlation-Id"))
        // ok: kotlin-identity-from-client-header
        ledger.once(request.getHeader("Idempotency-Key"))
        // REMOTE_USER is set by the server after its own authentication, not by the client.
        // ok: kotlin-identity-from-client-header
        ledger.balanceOf(request.remoteUser)
        // Only logged or compared: no one acts as that user.
        // ok: kotlin-identity-from-client-header
        log.info("caller claims {}", claimed)
        // ok: kotlin-identity-from-client-header
        check(principal.name == claimed) { "header does not match the session" }
        return b
    }
}

fun Route.walletRoutes(wallets: WalletService) {
    get("/wallet") {
        val user = call.request.headers["X-User-Id"] ?: return@get call.respond(HttpStatusCode.BadRequest)
        // ruleid: kotlin-identity-from-client-header
        call.respond(wallets.forUser(user))
    }
    post("/wallet/topup") {
        val member = call.request.header("X-Member-Id")
        // ruleid: kotlin-identity-from-client-header
        wallets.topUp(member, call.receive<TopUp>().amount)
    }
    get("/wallet/me") {
        val principal = call.principal<JWTPrincipal>()!!
        // ok: kotlin-identity-from-client-header
        call.respond(wallets.forUser(principal.payload.subject))
        // ok: kotlin-identity-from-client-header
        call.response.header("X-Request-Id", call.request.headers["X-Request-Id"] ?: "")
    }
}

// The role the caller acts with, taken from a header the caller sends: anyone can claim staff.
fun Route.approvalRoutes(approvals: ApprovalService) {
    post("/approvals/{id}") {
        val role = call.request.headers["X-User-Roles"] ?: ""
        // ruleid: kotlin-identity-from-client-header
        approvals.approve(call.parameters["id"]!!, role)
    }
}
