package kz.microloan.repay;

import lombok.Data;

@Data
public class RepaymentCard {
    private String holder;
    private String cardNumber;
    private String cvv;
}
