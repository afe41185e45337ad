namespace Microloan.Payouts;

public class PayoutHandler(ILogger<PayoutHandler> logger, IPayoutFactory factory)
{
    public DisbursementCommand Build(Guid loanId) => new DisbursementCommand(loanId, 10m, null);

    public void Run(Guid loanId, PayoutEnvelope envelope, Envelope<DisbursementCommand> message)
    {
        var built = Build(loanId);
        logger.LogInformation("payout {Command}", built); // card: yes
        var again = factory.Create(loanId);
        logger.LogInformation("payout {@Command}", again); // card: yes
        logger.LogInformation("envelope {Envelope}", envelope); // card: no
        logger.LogInformation("envelope {@Envelope}", envelope); // card: yes
        var command = message.Command;
        logger.LogInformation("command {Command}", command); // card: yes
        logger.LogInformation("loan {LoanId}", built.LoanId); // card: no
        var quiet = new QuietDisbursement(loanId, null);
        logger.LogInformation("quiet {Quiet}", quiet); // card: no
    }
}

public interface IPayoutFactory
{
    DisbursementCommand Create(Guid loanId);
}

public class PayoutBehavior<TRequest, TResponse>(ILogger<PayoutBehavior<TRequest, TResponse>> logger)
    where TRequest : IRequest<TResponse>
{
    public void Before(TRequest request)
    {
        logger.LogInformation("handling {Request}", request); // card: yes
    }
}
