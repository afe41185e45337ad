package kz.microloan.repay;

import lombok.Data;

@Data
public class RepaymentOrder {
    private String loanId;
    private RepaymentCard card;
}

class PlainOrder {
    private String loanId;
    private RepaymentCard card;

    public String getLoanId() { return loanId; }

    public RepaymentCard getCard() { return card; }
}
