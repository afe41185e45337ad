package kz.microloan.instalment

data class InstalmentCard(val holder: String, val cardNumber: String, val cvc: String)

data class Instalment(val loanId: String, val card: InstalmentCard)

class InstalmentBox(val loanId: String, val card: InstalmentCard)

class InstalmentRepository {
    fun find(loanId: String): Instalment = TODO()
    fun box(loanId: String): InstalmentBox = TODO()
}

class InstalmentService(private val repository: InstalmentRepository) {
    private val logger = LoggerFactory.getLogger(InstalmentService::class.java)

    fun pay(loanId: String) {
        val instalment = repository.find(loanId)
        logger.info("paying $instalment") // card: yes
        val box = repository.box(loanId)
        logger.info("paying $box") // card: no
        logger.info("loan ${instalment.loanId}") // card: no
        val copy = Instalment(loanId, instalment.card)
        logger.info("copy {}", copy) // card: yes
    }
}
