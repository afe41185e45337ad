import org.slf4j.LoggerFactory

data class LoanRepayment(val loanId: String, val amount: Long, val cardNumber: String, val cvv: String)

class RepaymentService {
    private val logger = LoggerFactory.getLogger(RepaymentService::class.java)

    fun repay(repayment: LoanRepayment) {
        // ruleid: kotlin-card-data-object-logged
        logger.info("repayment {}", repayment)
        // ruleid: kotlin-card-data-object-logged
        logger.info("repayment $repayment")
        // ruleid: kotlin-card-data-object-logged
        logger.debug("repayment " + repayment.toString())
        // a member of the object is not the object
        // ok: kotlin-card-data-object-logged
        logger.info("repayment of loan {}", repayment.loanId)
        // ok: kotlin-card-data-object-logged
        logger.info("repayment accepted")
    }
}
