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
