using System;
using System.Data;
using System.Diagnostics;
using System.Linq;
using System.Linq.Dynamic.Core;
using System.Runtime.InteropServices;
using System.Xml.Xsl;
using Microsoft.CodeAnalysis.CSharp.Scripting;

namespace Shop.Services
{
    public class Calculator
    {
        public static string Power(string exponent)
        {
            // ruleid: csharp-script-code-built
            return CSharpScript.EvaluateAsync("System.Math.Pow(2, " + exponent + ")").Result.ToString();
        }

        public static object Formula(string expr)
        {
            // ruleid: csharp-script-code-built
            return CSharpScript.EvaluateAsync<double>($"return {expr};").Result;
        }

        public static object Run(string body)
        {
            // ruleid: csharp-script-code-built
            var script = CSharpScript.Create(string.Format("var x = {0};", body));
            return script;
        }

        public static object FromFile(string dir, string name)
        {
            // a script kept in a file: its path is built, not its code
            // ok: csharp-script-code-built
            return CSharpScript.EvaluateAsync(System.IO.File.ReadAllText(dir + name)).Result;
        }

        public static object Fixed()
        {
            // ok: csharp-script-code-built
            return CSharpScript.EvaluateAsync("1 + 2").Result;
        }
    }

    public class Reports
    {
        public static XslCompiledTransform Load(System.Xml.XmlReader stylesheet)
        {
            var transform = new XslCompiledTransform();
            var settings = new XsltSettings();
            // ruleid: csharp-xslt-script-enabled
            settings.EnableScript = true;
            transform.Load(stylesheet, settings, null);
            return transform;
        }

        public static XslCompiledTransform Trusted(System.Xml.XmlReader stylesheet)
        {
            var transform = new XslCompiledTransform();
            // ruleid: csharp-xslt-script-enabled
            transform.Load(stylesheet, XsltSettings.TrustedXslt, null);
            return transform;
        }

        public static XsltSettings Both()
        {
            // ruleid: csharp-xslt-script-enabled
            return new XsltSettings(true, true);
        }

        public static XsltSettings Typed(System.Xml.XmlReader stylesheet)
        {
            XsltSettings typed = new XsltSettings();
            // ruleid: csharp-xslt-script-enabled
            typed.EnableScript = true;
            return typed;
        }

        public class PageOptions { public bool EnableScript { get; set; } }

        public static PageOptions Page()
        {
            var page = new PageOptions();
            // ok: csharp-xslt-script-enabled
            page.EnableScript = true;
            return page;
        }

        public static XsltSettings Safe()
        {
            // ok: csharp-xslt-script-enabled
            var s = new XsltSettings(false, false);
            // ok: csharp-xslt-script-enabled
            s.EnableScript = false;
            // ok: csharp-xslt-script-enabled
            return XsltSettings.Default;
        }
    }

    public class Directory
    {
        public class Student { public int Id { get; set; } public string Name { get; set; } }

        public static DataRow[] Login(DataSet data, string user, string hash)
        {
            // ruleid: csharp-filter-expression-built
            return data.Tables[0].Select("passwd = '" + hash + "' and user = '" + user + "'");
        }

        public static DataRow[] ByName(DataTable table, string name)
        {
            // ruleid: csharp-filter-expression-built
            return table.Select($"Name = '{name}'");
        }

        public static DataRow[] Formatted(DataTable table, string name)
        {
            // ruleid: csharp-filter-expression-built
            return table.Select(string.Format("Name = '{0}'", name));
        }

        public static void Filter(DataView view, string city)
        {
            // ruleid: csharp-filter-expression-built
            view.RowFilter = "City = '" + city + "'";
        }

        public static Student Find(IQueryable<Student> students, string field, string op, string value)
        {
            // ruleid: csharp-filter-expression-built
            return students.Where(field + op + value).FirstOrDefault();
        }

        public static IQueryable<Student> Sorted(IQueryable<Student> students, string column)
        {
            // ruleid: csharp-filter-expression-built
            return students.OrderBy($"{column} desc");
        }

        public static DataRow[] Constant(DataTable table)
        {
            // ok: csharp-filter-expression-built
            return table.Select("Active = true");
        }

        public static Student Typed(IQueryable<Student> students, string name)
        {
            // ok: csharp-filter-expression-built
            return students.Where(s => s.Name == name).FirstOrDefault();
        }

        public static IQueryable<Student> Lambdas(IQueryable<Student> students, string prefix, string name)
        {
            // ok: csharp-filter-expression-built
            var sorted = students.OrderBy(s => s.Name + s.Id);
            // ok: csharp-filter-expression-built
            return sorted.Where(s => s.Name == prefix + name);
        }

        public static DataRow[] Stored(DataTable table, string key)
        {
            // ok: csharp-filter-expression-built
            return table.Select(FilterFor(key + "_filter"));
        }

        public static IQueryable<Student> Parameterised(IQueryable<Student> students, string name)
        {
            // ok: csharp-filter-expression-built
            return students.Where("Name == @0", name);
        }
    }

    public class Network
    {
        public static string Lookup(string host)
        {
            Process cmd = new Process();
            cmd.StartInfo.FileName = "cmd.exe";
            cmd.StartInfo.RedirectStandardInput = true;
            cmd.StartInfo.UseShellExecute = false;
            cmd.Start();
            // ruleid: csharp-shell-stdin-command
            cmd.StandardInput.WriteLine("nslookup " + host);
            cmd.StandardInput.Close();
            return cmd.StandardOutput.ReadToEnd();
        }

        public static string Dig(string host)
        {
            var shell = new Process();
            shell.StartInfo.FileName = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "powershell" : "/bin/sh";
            shell.StartInfo.RedirectStandardInput = true;
            shell.Start();
            string line = $"dig {host}";
            // ruleid: csharp-shell-stdin-command
            shell.StandardInput.WriteLine(line);
            return shell.StandardOutput.ReadToEnd();
        }

        public static void Feed(string csv)
        {
            // a data filter fed on its standard input: the input is data, not a command line
            var sort = new Process();
            sort.StartInfo.FileName = "sort";
            sort.StartInfo.RedirectStandardInput = true;
            sort.Start();
            // ok: csharp-shell-stdin-command
            sort.StandardInput.WriteLine(csv);
        }

        public static void Exit()
        {
            var shell = new Process();
            shell.StartInfo.FileName = "cmd.exe";
            shell.Start();
            // ok: csharp-shell-stdin-command
            shell.StandardInput.WriteLine("exit");
        }
    }
}
