package kz.microloan.repay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class RepaymentService {
    private static final Logger log = LoggerFactory.getLogger(RepaymentService.class);
    private final ObjectMapper mapper = new ObjectMapper();

    RepaymentOrder load(String loanId) { return new RepaymentOrder(); }

    PlainOrder plain(String loanId) { return new PlainOrder(); }

    public void repay(String loanId) throws Exception {
        var order = load(loanId);
        log.info("repaying {}", order); // card: yes
        var other = plain(loanId);
        log.info("repaying {}", other); // card: no
        log.info("json {}", mapper.writeValueAsString(other)); // card: yes
        log.info("loan {}", order.getLoanId()); // card: no
        RepaymentOrder typed = load(loanId);
        log.info("typed {}", typed); // card: yes
    }
}
