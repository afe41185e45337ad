export interface CardInput {
  holder: string;
  cardNumber: string;
  cvv: string;
}

export interface RepaymentOrder {
  loanId: string;
  card: CardInput;
}

export interface Receipt {
  loanId: string;
  amount: number;
}
