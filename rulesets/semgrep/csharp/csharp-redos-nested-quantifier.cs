using System;
using System.Text.RegularExpressions;

public class LoanFormValidator
{
    // ruleid: csharp-redos-nested-quantifier
    private static readonly Regex Email = new Regex(@"^([a-zA-Z0-9_.+-]+)+@example\.kz$");

    // a match timeout bounds the backtracking
    // ok: csharp-redos-nested-quantifier
    private static readonly Regex EmailBounded = new Regex(@"^([a-zA-Z0-9_.+-]+)+@example\.kz$", RegexOptions.None, TimeSpan.FromMilliseconds(100));

    // ok: csharp-redos-nested-quantifier
    private static readonly Regex Iin = new Regex(@"^\d{12}$");

    // ok: csharp-redos-nested-quantifier
    private static readonly Regex Words = new Regex(@"^(\w+\s?)*$", RegexOptions.NonBacktracking);

    public bool IsWords(string input)
    {
        // ruleid: csharp-redos-nested-quantifier
        return Regex.IsMatch(input, "^(\\w+\\s?)*$");
    }

    public bool IsAccount(string input)
    {
        // ruleid: csharp-redos-nested-quantifier
        var r = new Regex(@"(\d+)*$");
        return r.IsMatch(input);
    }

    public string Clean(string input)
    {
        // ruleid: csharp-redos-nested-quantifier
        return Regex.Replace(input, @"([A-Z]{1,}[0-9]?)+$", "");
    }

    public bool IsHost(string input)
    {
        // ok: csharp-redos-nested-quantifier
        return Regex.IsMatch(input, @"^[a-z0-9-]+(\.[a-z0-9-]+)+$");
    }

    public bool IsIp(string input)
    {
        // ok: csharp-redos-nested-quantifier
        return Regex.IsMatch(input, @"^([0-9]{1,3}\.){3}[0-9]{1,3}$", RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    public bool IsCode(string input)
    {
        // the same pattern with a timeout
        // ok: csharp-redos-nested-quantifier
        return Regex.IsMatch(input, @"^(\d+)*$", RegexOptions.None, TimeSpan.FromMilliseconds(50));
    }
}

public class Attrs
{
    // ok: csharp-redos-nested-quantifier
    [RegularExpression(@"^[a-z]+$")]
    public string Name { get; set; }
}
