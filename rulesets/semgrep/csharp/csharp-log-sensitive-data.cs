public class LoginService
{
    public void Login(LoginDto dto)
    {
        // ruleid: csharp-log-sensitive-data
        _logger.LogInformation("Login {Phone} {Password}", dto.Phone, dto.Password);
        // ok: csharp-log-sensitive-data
        _logger.LogInformation("Login {Phone}", dto.Phone);
        // ruleid: csharp-log-sensitive-data
        Console.WriteLine($"otp: {otp}");
    }
}

public class PaymentService
{
    private readonly ILogger<PaymentService> _paymentLogger;
    private static readonly ILog log = LogManager.GetLogger(typeof(PaymentService));

    public void Pay(CardDto card, TokenPair tokens, string apiKey, string value)
    {
        // a logger field under another name
        // ruleid: csharp-log-sensitive-data
        _paymentLogger.LogDebug("Card {Pan} cvv {Cvv}", card.Pan, card.Cvv);
        // the console's error stream and the debugger's output
        // ruleid: csharp-log-sensitive-data
        Console.Error.WriteLine("refresh " + tokens.RefreshToken);
        // ruleid: csharp-log-sensitive-data
        System.Diagnostics.Debug.WriteLine($"access: {tokens.AccessToken}");
        // log4net's formatted levels and System.Diagnostics.Trace
        // ruleid: csharp-log-sensitive-data
        log.InfoFormat("Partner call with key {0}", apiKey);
        // ruleid: csharp-log-sensitive-data
        Trace.TraceInformation("card {0}", card.CardNumber);
        // the message labels the value a password or a one-time code, whatever its name
        // ruleid: csharp-log-sensitive-data
        _paymentLogger.LogInformation("Client {Phone} entered password {Value}", card.Phone, value);
        // ruleid: csharp-log-sensitive-data
        Console.WriteLine($"OTP: {value}");
        // ok: csharp-log-sensitive-data
        _paymentLogger.LogInformation("Card {Card}", MaskPan(card.CardNumber));
        // ok: csharp-log-sensitive-data
        _paymentLogger.LogInformation("Password length {Length}", card.Password.Length);
        // ok: csharp-log-sensitive-data
        _paymentLogger.LogWarning("Token expired for {Phone}: {Expired}", card.Phone, tokens.TokenExpired);
        // ok: csharp-log-sensitive-data
        _paymentLogger.LogInformation("Password reset requested for {Phone}", card.Phone);
        // ok: csharp-log-sensitive-data
        _paymentLogger.LogInformation("Invalid password for {Phone}, attempt {Attempt}", card.Phone, value);
        // ok: csharp-log-sensitive-data
        Console.WriteLine("Payment accepted for {0}", card.Phone);
        // ok: csharp-log-sensitive-data
        _cache.Set(tokens.AccessToken, card.Phone);
        // a field read from a token object is not the token
        // ok: csharp-log-sensitive-data
        _paymentLogger.LogDebug("Token validated for {Subject}", tokens.AccessToken.Subject);
        // a password-reset token is a credential; a flag about the reset is not
        // ruleid: csharp-log-sensitive-data
        _paymentLogger.LogInformation("Reset link for {Phone}: {Link}", card.Phone, card.PasswordResetToken);
        // ok: csharp-log-sensitive-data
        _paymentLogger.LogInformation("Reset requested: {Requested}", card.PasswordResetRequested);
        // ruleid: csharp-log-sensitive-data
        Console.WriteLine("pin=" + card.Pin + ";");
        // a token's string form, and a message template whose placeholder names the secret
        // ruleid: csharp-log-sensitive-data
        Console.WriteLine($"Issued for {card.Phone}: {jwtString}");
        // ruleid: csharp-log-sensitive-data
        _paymentLogger.LogInformation("Session issued: {AccessToken}", issued);
        // ok: csharp-log-sensitive-data
        _paymentLogger.LogInformation("Session issued, expires in {TokenLifetime}", lifetime);
        // a connection string carries the database password
        // ruleid: csharp-log-sensitive-data
        Console.WriteLine($"Connecting with {connectionString}");
        // ok: csharp-log-sensitive-data
        _paymentLogger.LogInformation("Connection string {Name} is missing", name);
    }
}
