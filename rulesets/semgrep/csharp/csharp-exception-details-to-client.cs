using Microsoft.AspNetCore.Mvc;

public class PaymentsController : ControllerBase
{
    public async Task<IActionResult> Pay(PayRequest req)
    {
        try
        {
            await _svc.Pay(req);
            return Ok();
        }
        catch (Exception ex)
        {
            // ruleid: csharp-exception-details-to-client
            return StatusCode(500, ex.ToString());
        }
    }

    public async Task<IActionResult> PaySafe(PayRequest req)
    {
        try
        {
            await _svc.Pay(req);
            return Ok();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "payment failed");
            // ok: csharp-exception-details-to-client
            return StatusCode(500, "Внутренняя ошибка");
        }
    }
}

public class ApplyController : ControllerBase
{
    public async Task<IActionResult> Apply(ApplyRequest request)
    {
        try
        {
            return Ok(await _service.CreateAsync(request));
        }
        catch (Exception ex)
        {
            // ruleid: csharp-exception-details-to-client
            return BadRequest(new { error = ex.Message });
        }
    }
}
