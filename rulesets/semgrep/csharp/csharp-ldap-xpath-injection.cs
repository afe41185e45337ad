using System.Text;
using System.DirectoryServices;
using System.Xml;
using Microsoft.AspNetCore.Mvc;

public class StaffController : ControllerBase
{
    public IActionResult Find(string login)
    {
        using var entry = new DirectoryEntry("LDAP://dc.mfo.local");
        // ruleid: csharp-ldap-xpath-injection
        var searcher = new DirectorySearcher(entry, "(sAMAccountName=" + login + ")");
        // ok: csharp-ldap-xpath-injection
        var all = new DirectorySearcher(entry, "(objectClass=user)");
        return Ok();
    }

    public IActionResult Tariff(string code)
    {
        var doc = new XmlDocument();
        doc.Load("/etc/mfo/tariffs.xml");
        // ruleid: csharp-ldap-xpath-injection
        var node = doc.SelectSingleNode("//tariff[@code='" + code + "']");
        // ok: csharp-ldap-xpath-injection
        var nodes = doc.SelectNodes("//tariff[@active='1']");
        return Ok();
    }

    public IActionResult Branch(string city)
    {
        var doc = new XmlDocument();
        doc.Load("/etc/mfo/branches.xml");
        var xpath = new StringBuilder("//branch[@city='");
        xpath.Append(city);
        xpath.Append("']");
        // ruleid: csharp-ldap-xpath-injection
        var node = doc.SelectSingleNode(xpath.ToString());
        var fixedPath = new StringBuilder("//branch");
        fixedPath.Append("[@active='1']");
        // ok: csharp-ldap-xpath-injection
        var active = doc.SelectNodes(fixedPath.ToString());
        return Ok();
    }
}
