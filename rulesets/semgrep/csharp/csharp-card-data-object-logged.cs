using Microsoft.Extensions.Logging;
using System.Text.Json;

public record TopUpCommand(string WalletId, decimal Amount, string CardNumber, string CardHolder, string CardCvv);

public class TopUpHandler
{
    private readonly ILogger<TopUpHandler> _logger;

    public async Task<bool> Handle(TopUpCommand command, string walletId, TopUpServices services)
    {
        // ruleid: csharp-card-data-object-logged
        _logger.LogInformation("Top-up {@Command}", command);
        // ruleid: csharp-card-data-object-logged
        _logger.LogDebug("Top-up body " + JsonSerializer.Serialize(command));
        // ruleid: csharp-card-data-object-logged
        _logger.LogInformation($"Top-up {command}");
        // a logger held by a bag of services
        // ruleid: csharp-card-data-object-logged
        services.Logger.LogWarning("Top-up rejected {@Command}", command);
        // a member of the object is not the object
        // ok: csharp-card-data-object-logged
        _logger.LogInformation("Top-up for wallet {WalletId}", command.WalletId);
        // ok: csharp-card-data-object-logged
        _logger.LogInformation("Top-up of {Amount}", command.Amount);
        return true;
    }
}
