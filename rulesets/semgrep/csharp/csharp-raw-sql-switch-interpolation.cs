using System.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mfo.Loans.Controllers
{
    public class LoansController : Controller
    {
        private readonly LoansDbContext _db;

        [HttpGet]
        public IActionResult Search(string mode, string term)
        {
            // the query text chosen by a switch expression whose arms interpolate a value
            string sql = mode switch
            {
                "iin" => $"SELECT * FROM \"Loans\" WHERE \"Iin\" = '{term}'",
                "name" => $"SELECT * FROM \"Loans\" WHERE \"Name\" LIKE '%{term}%'",
                _ => "SELECT * FROM \"Loans\""
            };
            // ruleid: csharp-raw-sql-switch-interpolation
            var rows = _db.Loans.FromSqlRaw(sql).ToList();

            var count = mode switch
            {
                "open" => $"DELETE FROM \"Drafts\" WHERE \"Owner\" = '{term}'",
                _ => "DELETE FROM \"Drafts\" WHERE 1 = 0"
            };
            // ruleid: csharp-raw-sql-switch-interpolation
            _db.Database.ExecuteSqlRaw(count);

            // arms with constant text only: a parameter carries the value
            string safe = mode switch
            {
                "iin" => "SELECT * FROM \"Loans\" WHERE \"Iin\" = {0}",
                _ => "SELECT * FROM \"Loans\" WHERE \"Name\" = {0}"
            };
            // ok: csharp-raw-sql-switch-interpolation
            var rows2 = _db.Loans.FromSqlRaw(safe, term).ToList();

            // arms interpolating constants (table names from the code)
            string byTable = mode switch
            {
                "archive" => $"SELECT * FROM {ArchiveTable} WHERE \"Id\" = {{0}}",
                _ => $"SELECT * FROM {LiveTable} WHERE \"Id\" = {{0}}"
            };
            // ok: csharp-raw-sql-switch-interpolation
            var rows3 = _db.Loans.FromSqlRaw(byTable, term).ToList();

            // a switch expression that does not make the SQL text
            var limit = mode switch { "all" => 1000, _ => 50 };
            // ok: csharp-raw-sql-switch-interpolation
            var rows4 = _db.Loans.FromSqlRaw("SELECT * FROM \"Loans\" LIMIT {0}", limit).ToList();
            return Ok(rows);
        }

        private const string ArchiveTable = "\"LoansArchive\"";
        private const string LiveTable = "\"Loans\"";
    }
}
