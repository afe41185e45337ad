using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mfo.Web.Controllers
{
    public class LoansController : Controller
    {
        private readonly LendingContext _context;

        public LoansController(LendingContext context)
        {
            _context = context;
        }

        [HttpPost]
        [ValidateAntiForgeryToken]
        public async Task<IActionResult> Edit(int id, Loan loan)
        {
            if (id != loan.Id) return NotFound();
            // ruleid: csharp-mass-assignment
            _context.Update(loan);
            await _context.SaveChangesAsync();
            return RedirectToAction(nameof(Index));
        }

        [HttpPost]
        public async Task<IActionResult> Create(Customer customer)
        {
            // ruleid: csharp-mass-assignment
            _context.Customers.Add(customer);
            await _context.SaveChangesAsync();
            return RedirectToAction(nameof(Index));
        }

        [HttpPost]
        public async Task<IActionResult> Approve(Loan loan)
        {
            // ruleid: csharp-mass-assignment
            _context.Entry(loan).State = EntityState.Modified;
            await _context.SaveChangesAsync();
            return Ok();
        }

        // the fields the form may set are listed
        [HttpPost]
        public async Task<IActionResult> EditBound(int id, [Bind("Id,Phone,Email")] Customer customer)
        {
            // ok: csharp-mass-assignment
            _context.Update(customer);
            await _context.SaveChangesAsync();
            return RedirectToAction(nameof(Index));
        }

        // a request model holds only what the client may write, copied field by field
        [HttpPost]
        public async Task<IActionResult> Apply(LoanApplicationDto dto)
        {
            var loan = new Loan { Amount = dto.Amount, TermDays = dto.TermDays };
            // ok: csharp-mass-assignment
            _context.Loans.Add(loan);
            await _context.SaveChangesAsync();
            return Ok();
        }

        // a number bound from the route is not an entity
        [HttpPost]
        public async Task<IActionResult> Close(int id)
        {
            var loan = await _context.Loans.FindAsync(id);
            loan.Status = LoanStatus.Closed;
            // ok: csharp-mass-assignment
            _context.Update(loan);
            await _context.SaveChangesAsync();
            return Ok();
        }

        // an entity class named in lower case, added or updated by one action
        [HttpPost]
        public async Task<IActionResult> SaveSchedule(grafik_platezhey schedule)
        {
            if (schedule.id == 0)
            {
                // ruleid: csharp-mass-assignment
                _context.Add(schedule);
            }
            else
            {
                // ruleid: csharp-mass-assignment
                _context.Update(schedule);
            }
            await _context.SaveChangesAsync();
            return Ok();
        }

        // not an action: the application's own code passes the entity
        private void Save(Loan loan)
        {
            // ok: csharp-mass-assignment
            _context.Update(loan);
        }
    }

    [ApiController]
    [Route("api/[controller]")]
    public class ClientsApiController : ControllerBase
    {
        private readonly LendingContext _db;

        [HttpPut("{id}")]
        public async Task<IActionResult> Put(int id, [FromBody] Client client)
        {
            // ruleid: csharp-mass-assignment
            _db.Clients.Update(client);
            await _db.SaveChangesAsync();
            return NoContent();
        }

        // the privileged fields are copied from the request onto the stored entity one by one
        [HttpPut("{id}/profile")]
        public async Task<IActionResult> UpdateProfile(int id, [FromBody] Client input)
        {
            var client = await _db.Clients.FindAsync(id);
            // ok: csharp-mass-assignment-privileged-field
            client.Phone = input.Phone;
            // ruleid: csharp-mass-assignment-privileged-field
            client.IsAdmin = input.IsAdmin;
            // ruleid: csharp-mass-assignment-privileged-field
            client.Role = input.Role;
            // ruleid: csharp-mass-assignment-privileged-field
            client.CreditLimit = input.CreditLimit;
            // ok: csharp-mass-assignment-privileged-field
            client.Status = ClientStatus.Active;
            await _db.SaveChangesAsync();
            return NoContent();
        }

        // an administrator's action may set them
        [HttpPut("{id}/role")]
        [Authorize(Roles = "Admin")]
        public async Task<IActionResult> SetRole(int id, [FromBody] Client input)
        {
            var client = await _db.Clients.FindAsync(id);
            // ok: csharp-mass-assignment-privileged-field
            client.Role = input.Role;
            await _db.SaveChangesAsync();
            return NoContent();
        }

        [HttpPost]
        public async Task<IActionResult> Post([FromBody] CreateClientRequest request)
        {
            var client = new Client { Phone = request.Phone };
            // ok: csharp-mass-assignment
            await _db.Clients.AddAsync(client);
            await _db.SaveChangesAsync();
            return Ok();
        }
    }
}

// minimal API handlers: the bound entity itself saved
public static class BorrowerEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/borrowers/v1", (Delegate)SaveV1);
        app.MapPut("/borrowers/{id}", async (int id, Borrower borrower, LenderDb db) =>
        {
            // ruleid: csharp-mass-assignment
            db.Borrowers.Update(borrower);
            await db.SaveChangesAsync();
            return Results.Ok();
        });
        app.MapPut("/borrowers/{id}/phone", async (int id, PhoneChangeRequest change, LenderDb db) =>
        {
            var borrower = await db.Borrowers.FindAsync(id);
            borrower.Phone = change.Phone;
            // ok: csharp-mass-assignment
            db.Borrowers.Update(borrower);
            return Results.Ok();
        });
    }

    public static async Task<IResult> SaveV1([FromBody] Borrower borrower, [FromServices] LenderDb db)
    {
        // ruleid: csharp-mass-assignment
        db.Borrowers.Upsert(borrower);
        return Results.Ok(borrower);
    }

    public static async Task<IResult> SaveLimit([FromBody] CreditLimitRequest request, [FromServices] LenderDb db)
    {
        // ok: csharp-mass-assignment
        db.Limits.Upsert(request);
        return Results.Ok();
    }

    public static async Task<IResult> Archive(Borrower borrower, [FromServices] LenderDb db)
    {
        // ok: csharp-mass-assignment
        db.Borrowers.Update(borrower);
        return Results.Ok();
    }
}
