using System.Web.Security;

public class BorrowerAccountService
{
    public string ResetPassword(string login)
    {
        // ruleid: csharp-membership-generate-password
        var temporary = Membership.GeneratePassword(12, 2);
        // ruleid: csharp-membership-generate-password
        string pin = System.Web.Security.Membership.GeneratePassword(8, 0);
        return temporary + pin;
    }

    public string NewPassword()
    {
        // ok: csharp-membership-generate-password
        var bytes = RandomNumberGenerator.GetBytes(12);
        // ok: csharp-membership-generate-password
        return PasswordPolicy.GeneratePassword(bytes);
    }
}
