using Microsoft.AspNetCore.Mvc;
using MongoDB.Bson;
using MongoDB.Driver;

public class BorrowersController : ControllerBase
{
    private readonly IMongoCollection<BsonDocument> _col;

    public BorrowersController(IMongoCollection<BsonDocument> col) { _col = col; }

    [HttpGet("by-name")]
    public IActionResult ByName(string username)
    {
        // ruleid: csharp-nosql-injection
        var filter = BsonDocument.Parse("{username: \"" + username + "\"}");
        return Ok(_col.Find(filter).ToList());
    }

    [HttpGet("by-query")]
    public IActionResult ByQuery(string query)
    {
        // ruleid: csharp-nosql-injection
        var filter = new JsonFilterDefinition<BsonDocument>(query);
        return Ok(_col.Find(filter).ToList());
    }

    [HttpGet("by-name-safe")]
    public IActionResult ByNameSafe(string username)
    {
        // ok: csharp-nosql-injection
        var filter = Builders<BsonDocument>.Filter.Eq("username", username);
        return Ok(_col.Find(filter).ToList());
    }

    [HttpGet("by-id")]
    public IActionResult ById(int id)
    {
        // ok: csharp-nosql-injection
        var filter = BsonDocument.Parse("{loanId: " + id + "}");
        return Ok(_col.Find(filter).ToList());
    }

    [HttpGet("active")]
    public IActionResult Active()
    {
        // ok: csharp-nosql-injection
        var filter = BsonDocument.Parse("{status: 'active'}");
        return Ok(_col.Find(filter).ToList());
    }
}
