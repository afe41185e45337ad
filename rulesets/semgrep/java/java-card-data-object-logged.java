import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

record InstalmentPayment(String contractId, long amountTiyn, String cardNumber, String cvc) {}

class InstalmentService {
    private static final Logger log = LoggerFactory.getLogger(InstalmentService.class);
    private final ObjectMapper mapper = new ObjectMapper();

    void pay(InstalmentPayment payment) throws Exception {
        // ruleid: java-card-data-object-logged
        log.info("instalment payment {}", payment);
        // ruleid: java-card-data-object-logged
        log.debug("instalment payment " + payment);
        // ruleid: java-card-data-object-logged
        log.info("payload {}", mapper.writeValueAsString(payment));
        // a member of the object is not the object
        // ok: java-card-data-object-logged
        log.info("instalment for contract {}", payment.contractId());
        // ok: java-card-data-object-logged
        log.info("instalment amount " + payment.amountTiyn());
    }
}
