namespace Microloan.Payouts;

public record PayoutCard(string Holder, string CardNumber, string Cvv);

public record DisbursementCommand(Guid LoanId, decimal Amount, PayoutCard Card) : ILoanCommand<bool>;

public interface ILoanCommand<out T> : IRequest<T> { }

public class PayoutEnvelope
{
    public Guid Id { get; set; }
    public PayoutCard Card { get; set; }
}

public record QuietCard(string Holder, string CardNumber)
{
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Holder = ").Append(Holder);
        return true;
    }
}

public record QuietDisbursement(Guid LoanId, QuietCard Card);

public class Envelope<T>
{
    public T Command { get; set; }
}
