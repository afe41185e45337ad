"""`csharp-log-injection` on a value whose declared type cannot carry a line break.

The rule takes every member of a request-bound object as the client's text. A member the tree
declares as a number, a `Guid`, a date, a `bool` or an enum is printed as such, and an object of a
class (or struct) without its own string form is printed as its type's name by
Microsoft.Extensions.Logging: neither writes the client's text into the log. Strings, records
(whose string form lists their members), classes with their own `ToString`, types the tree does not
declare and whole objects in a tree that logs through Serilog or NLog (which destructure `{@X}`)
stay reported."""

from __future__ import annotations

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.csharp_log_values import drop_plain_log_values

TYPES = """namespace Lending.Repayments;

public class RepaymentCommand : IRequest<bool>
{
    public int ContractId { get; set; }
    public decimal? Amount { get; init; }
    public RepaymentChannel Channel { get; set; }
    public string Note { get; set; } = "";
    public DateTimeOffset PaidAt { get; set; }
}

public enum RepaymentChannel
{
    Cashier,
    Card,
}

public class Envelope<T>
{
    public Envelope(T body, Guid requestId)
    {
        Body = body;
        RequestId = requestId;
    }

    public T Body { get; }
    public System.Guid RequestId { get; }
}

public record ScheduleRequest(string BorrowerName, int Months);

public class BranchNote
{
    public string Text { get; set; } = "";
    public override string ToString() => Text;
}

public class RepaymentFailed : Exception
{
    public long Code { get; set; }
}
"""

HANDLER = """namespace Lending.Repayments;

public static class RepaymentApi
{
    public static async Task<IResult> PayAsync(
        [FromHeader(Name = "x-request-id")] Guid requestId,
        RepaymentCommand command,
        ScheduleRequest schedule,
        BranchNote branchNote,
        RepaymentFailed failure,
        ExternalTransfer transfer,
        string branch,
        [AsParameters] RepaymentServices services)
    {
        var envelope = new Envelope<RepaymentCommand>(command, requestId);
        services.Logger.LogInformation(
            "Repayment {ContractId} of {Amount} by {Channel} at {PaidAt}: {Note}",
            command.ContractId,
            command.Amount,
            command.Channel,
            command.PaidAt,
            command.Note);
        services.Logger.LogInformation("Envelope {RequestId} ({@Envelope})", envelope.RequestId, envelope);
        services.Logger.LogInformation("Body {C} {N}", envelope.Body.ContractId, envelope.Body.Note);
        services.Logger.LogInformation("Schedule {@Schedule} for {Branch}", schedule, branch);
        services.Logger.LogInformation("Note {Note} failed {Failure}", branchNote, failure);
        services.Logger.LogInformation("Transfer {Transfer} {Id}", transfer, transfer.Id);
        services.Logger.LogInformation("Contract {Id}", command.ContractId.ToString());
        return TypedResults.Ok();
    }
}
"""

PATH = "src/Repayments/RepaymentApi.cs"


def _finding(line: int, col: int, rule: str = "csharp-log-injection") -> Finding:
    return Finding(
        rule_id=rule,
        analyzer="semgrep",
        title="Request data written into the log unneutralised (C#)",
        message="Request data is written into a log message as it came",
        severity=Severity.MEDIUM,
        confidence=Confidence.MEDIUM,
        location=Location(PATH, line, line, col),
        cwe=("CWE-117",),
    )


def _at(text: str, handler: str = HANDLER) -> tuple[int, int]:
    """The line and (1-based) column of the first occurrence of `text` in the handler."""
    for n, line in enumerate(handler.splitlines(), 1):
        at = line.find(text)
        if at >= 0:
            return n, at + 1
    raise AssertionError(text)


def _kept(values: list[str], extra: dict[str, str] | None = None, handler: str = HANDLER) -> list[str]:
    files = {PATH: handler, "src/Repayments/Types.cs": TYPES, **(extra or {})}

    def lines(path: str) -> tuple[str, ...]:
        return tuple(files.get(path, "").splitlines())

    findings = []
    for value in values:
        line, col = _at(value, handler)
        findings.append(_finding(line, col))
    out = drop_plain_log_values(findings, list(files), lines)
    spots = {(f.location.start_line, f.location.start_col): v for f, v in zip(findings, values, strict=True)}
    return [spots[(f.location.start_line, f.location.start_col)] for f in out]


def test_number_date_and_enum_members_are_dropped() -> None:
    values = ["command.ContractId,", "command.Amount,", "command.Channel,", "command.PaidAt,"]
    assert _kept(values) == []


def test_string_member_is_kept() -> None:
    assert _kept(["command.Note)"]) == ["command.Note)"]


def test_members_through_a_generic_wrapper() -> None:
    kept = _kept(["envelope.RequestId,", "envelope.Body.ContractId,", "envelope.Body.Note)"])
    assert kept == ["envelope.Body.Note)"]


def test_class_logged_whole_prints_its_type_name() -> None:
    assert _kept(["envelope);"]) == []


def test_record_logged_whole_lists_its_members() -> None:
    assert _kept(["schedule, branch"]) == ["schedule, branch"]


def test_string_parameter_is_kept() -> None:
    assert _kept(["branch);"]) == ["branch);"]


def test_own_string_form_and_external_base_are_kept() -> None:
    assert _kept(["branchNote, failure", "failure);"]) == ["branchNote, failure", "failure);"]


def test_types_the_tree_does_not_declare_are_kept() -> None:
    assert _kept(["transfer, transfer.Id", "transfer.Id)"]) == ["transfer, transfer.Id", "transfer.Id)"]


def test_number_turned_to_text_is_dropped() -> None:
    assert _kept(["command.ContractId.ToString()"]) == []


def test_whole_objects_kept_when_the_tree_logs_through_serilog() -> None:
    program = {"src/Program.cs": "using Serilog;\nbuilder.Host.UseSerilog();\n"}
    assert _kept(["envelope);", "envelope.RequestId,"], program) == ["envelope);"]


def test_other_rules_and_unplaced_findings_pass() -> None:
    line, col = _at("command.ContractId,")
    other = _finding(line, col, rule="csharp-card-data-object-logged")
    unplaced = Finding(
        rule_id="csharp-log-injection",
        analyzer="semgrep",
        title="t",
        message="m",
        severity=Severity.MEDIUM,
        confidence=Confidence.MEDIUM,
        location=Location(PATH, line, line, None),
    )
    files = {PATH: HANDLER, "src/Repayments/Types.cs": TYPES}
    out = drop_plain_log_values([other, unplaced], list(files), lambda p: tuple(files[p].splitlines()))
    assert out == (other, unplaced)


def test_local_redeclared_as_string_is_kept() -> None:
    handler = HANDLER.replace(
        "        return TypedResults.Ok();",
        "        var contractId = command.Note;\n"
        '        services.Logger.LogInformation("C {C}", contractId);\n'
        "        return TypedResults.Ok();",
    )
    assert _kept(["contractId);"], handler=handler) == ["contractId);"]


def test_local_declared_as_a_number_is_dropped() -> None:
    handler = HANDLER.replace(
        "        return TypedResults.Ok();",
        '        int days = command.ContractId;\n        services.Logger.LogInformation("D {D}", days);\n'
        "        return TypedResults.Ok();",
    )
    assert _kept(["days);"], handler=handler) == []


def test_message_text_is_no_declaration() -> None:
    handler = HANDLER.replace(
        "        return TypedResults.Ok();",
        '        services.Logger.LogInformation(\n            "Sending command: {@Command}",\n'
        "            command);\n        return TypedResults.Ok();",
    )
    assert _kept(["command);"], handler=handler) == []
