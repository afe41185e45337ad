"""Objects that carry payment card data logged whole, in C#, Java and Kotlin: the type that
declares the card members may be in another file of the tree. Made-up code."""

from __future__ import annotations

from aiscan.models import Finding, Severity
from aiscan.sast.card_objects import card_carriers, keep_card_object_logs, logged_carrier
from tests.conftest import make_finding

CS_TYPES = """
namespace Lending.Payments;

public record TopUpCommand(string WalletId, decimal Amount, string CardNumber, string CardHolder,
    string CardCvv);

public class InstalmentOrder
{
    public string ContractId { get; set; }
    public string CardNumber { get; set; }
    public string CardSecurityNumber { get; set; }
}

public class MaskedOrder
{
    public string ContractId { get; set; }
    [JsonIgnore] public string CardNumber { get; set; }
}

public record SilentCommand(string WalletId, string CardNumber)
{
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        builder.Append("WalletId = ").Append(WalletId);
        return true;
    }
}

public record ChargeCardCommand(string LoanId, string CardNumber, string Cvc) : IRequest<bool>;

public class Wallet
{
    public string WalletId { get; set; }
    public string CardHolder { get; set; }
}
"""

CS_HANDLER = """
public static class TopUpApi
{
    public static async Task<IResult> TopUp(TopUpCommand command, InstalmentOrder order, MaskedOrder masked,
        SilentCommand silent, Wallet wallet, ILogger<TopUpCommand> logger)
    {
        logger.LogInformation("Top-up {@Command}", command);
        logger.LogInformation($"Top-up {command}");
        logger.LogInformation("Top-up for {WalletId}", command.WalletId);
        logger.LogInformation("Order {Order}", order);
        logger.LogInformation("Order {@Order}", order);
        logger.LogDebug("Order body " + JsonSerializer.Serialize(order));
        logger.LogInformation("Masked {@Order}", masked);
        logger.LogInformation("Silent {Command}", silent);
        logger.LogInformation("Wallet {@Wallet}", wallet);
        var copy = new InstalmentOrder();
        logger.LogInformation("Copy {@Copy}", copy);
        var wrapped = new IdentifiedCommand<TopUpCommand, bool>(command, Guid.NewGuid());
        logger.LogInformation("Sending {@Wrapped}", wrapped);
        logger.LogInformation("Sending {Wrapped}", wrapped);
        return Results.Ok();
    }
}
"""

JAVA = """
record RefundRequest(String contractId, String cardNumber, String cvc) {}

class PlainCard {
    private String holder;
    private String cardNumber;
}

@Data
class LombokCard {
    private String holder;
    private String pan;
}

class OwnCard {
    private String holder;
    private String cardNumber;
    @Override
    public String toString() { return "OwnCard{" + holder + ", " + cardNumber + "}"; }
}

class RefundService {
    void refund(RefundRequest request, PlainCard plain, LombokCard lombok, OwnCard own) throws Exception {
        log.info("refund {}", request);
        log.info("refund for {}", request.contractId());
        log.info("plain {}", plain);
        log.info("plain {}", mapper.writeValueAsString(plain));
        log.info("lombok " + lombok);
        log.info("own {}", own);
    }
}
"""

KOTLIN = """
data class LoanRepayment(val loanId: String, val amount: Long, val cardNumber: String, val cvv: String)

class SavedCard(val holder: String, val cardNumber: String)

class RepaymentService {
    fun repay(repayment: LoanRepayment, saved: SavedCard) {
        logger.info("repayment $repayment")
        logger.info("repayment of ${repayment.amount} for $loanName")
        logger.info("saved {}", saved)
        logger.info("saved " + Json.encodeToString(saved))
        val again = LoanRepayment("L-1", 100, "4000", "000")
        logger.info("again {}", again)
    }
}
"""

CS_PIPELINE = """
public class AuditBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next)
    {
        _logger.LogInformation("Handling {@Request}", request);
        return await next();
    }
}

public class Ranking<TItem> where TItem : IComparable<TItem>
{
    public void Add(TItem item) => _logger.LogInformation("Ranked {@Item}", item);
}
"""

FILES = {
    "src/Payments/Types.cs": CS_TYPES,
    "src/Payments/TopUpApi.cs": CS_HANDLER,
    "src/Payments/AuditBehavior.cs": CS_PIPELINE,
    "src/main/java/kz/refunds/RefundService.java": JAVA,
    "src/main/kotlin/kz/repay/RepaymentService.kt": KOTLIN,
}


def _lines(path: str) -> tuple[str, ...]:
    return tuple(FILES[path].split("\n"))


def _line_of(path: str, text: str) -> int:
    return next(i for i, line in enumerate(_lines(path), 1) if text in line)


def _finding(path: str, text: str, rule_id: str) -> Finding:
    return make_finding(rule_id, Severity.MEDIUM, path=path, line=_line_of(path, text))


def test_carriers_are_types_that_declare_a_card_member() -> None:
    found = card_carriers(FILES)
    expected = {"TopUpCommand", "InstalmentOrder", "SilentCommand", "RefundRequest", "LoanRepayment"}
    assert set(found) >= expected
    assert "Wallet" not in found  # a card holder's name is no card number
    assert "MaskedOrder" not in found  # its only card member is kept out of JSON
    assert found["TopUpCommand"].prints and not found["InstalmentOrder"].prints
    assert not found["SilentCommand"].prints  # PrintMembers leaves the card out of ToString()
    assert found["LombokCard"].prints and found["OwnCard"].prints and not found["PlainCard"].prints
    assert found["LoanRepayment"].prints and not found["SavedCard"].prints
    assert found["InstalmentOrder"].members == ("CardNumber", "CardSecurityNumber")


def test_csharp_forms_that_print_the_card() -> None:
    known = card_carriers(FILES)
    path = "src/Payments/TopUpApi.cs"

    def carrier(text: str) -> str | None:
        line = _line_of(path, text)
        found = logged_carrier(_lines(path)[line - 1], "\n".join(_lines(path)[:line]), "csharp", known)
        return found.name if found else None

    assert carrier('"Top-up {@Command}"') == "TopUpCommand"  # destructured
    assert carrier('$"Top-up {command}"') == "TopUpCommand"  # a record's ToString prints its members
    assert carrier("command.WalletId") is None  # a member, not the object
    assert carrier('"Order {Order}"') is None  # a class's ToString is its type's name
    assert carrier('"Order {@Order}"') == "InstalmentOrder"
    assert carrier("JsonSerializer.Serialize(order)") == "InstalmentOrder"
    assert carrier('"Masked {@Order}"') is None
    assert carrier('"Silent {Command}"') is None
    assert carrier('"Wallet {@Wallet}"') is None
    assert carrier('"Copy {@Copy}"') == "InstalmentOrder"  # var copy = new InstalmentOrder()
    # a generic wrapper destructured prints the command it wraps; its ToString() is its type's name
    assert carrier('"Sending {@Wrapped}"') == "TopUpCommand"
    assert carrier('"Sending {Wrapped}"') is None


def test_a_generic_parameter_stands_for_the_carriers_its_constraint_names() -> None:
    known = card_carriers(FILES)
    path = "src/Payments/AuditBehavior.cs"

    def carrier(text: str) -> str | None:
        line = _line_of(path, text)
        found = logged_carrier(_lines(path)[line - 1], "\n".join(_lines(path)[:line]), "csharp", known)
        return found.name if found else None

    # a pipeline that logs every request: ChargeCardCommand is one
    assert carrier('"Handling {@Request}"') == "ChargeCardCommand"
    assert known["ChargeCardCommand"].bases == ("IRequest",)
    # no carrier implements IComparable
    assert carrier('"Ranked {@Item}"') is None


def test_java_and_kotlin_forms_that_print_the_card() -> None:
    known = card_carriers(FILES)

    def carrier(path: str, text: str, language: str) -> str | None:
        line = _line_of(path, text)
        found = logged_carrier(_lines(path)[line - 1], "\n".join(_lines(path)[:line]), language, known)
        return found.name if found else None

    java = "src/main/java/kz/refunds/RefundService.java"
    assert carrier(java, '"refund {}", request', "java") == "RefundRequest"  # a record
    assert carrier(java, "request.contractId()", "java") is None
    assert carrier(java, '"plain {}", plain)', "java") is None  # Object.toString(): a hash
    assert carrier(java, "writeValueAsString(plain)", "java") == "PlainCard"
    assert carrier(java, '"lombok " + lombok', "java") == "LombokCard"  # @Data writes toString()
    assert carrier(java, '"own {}", own', "java") == "OwnCard"  # its toString() names the card
    kotlin = "src/main/kotlin/kz/repay/RepaymentService.kt"
    assert carrier(kotlin, '"repayment $repayment"', "kotlin") == "LoanRepayment"  # a data class
    assert carrier(kotlin, "${repayment.amount}", "kotlin") is None
    assert carrier(kotlin, '"saved {}", saved', "kotlin") is None
    assert carrier(kotlin, "Json.encodeToString(saved)", "kotlin") == "SavedCard"
    assert carrier(kotlin, '"again {}", again', "kotlin") == "LoanRepayment"  # val again = LoanRepayment(...)


def test_only_confirmed_candidates_are_kept_and_others_untouched() -> None:
    cs = "src/Payments/TopUpApi.cs"
    kept = _finding(cs, '"Order {@Order}"', "csharp-card-data-object-logged")
    dropped = _finding(cs, '"Order {Order}"', "csharp-card-data-object-logged")
    other = _finding(cs, '"Order {Order}"', "csharp-log-injection")
    kt = "src/main/kotlin/kz/repay/RepaymentService.kt"
    kotlin = _finding(kt, '"repayment $repayment"', "kotlin-card-data-object-logged")
    out = keep_card_object_logs([kept, dropped, other, kotlin], FILES, _lines)
    assert [f.rule_id for f in out] == [
        "csharp-card-data-object-logged",
        "csharp-log-injection",
        "kotlin-card-data-object-logged",
    ]
    assert "InstalmentOrder" in out[0].message and "CardNumber" in out[0].message
    assert out[1] is other


def test_no_candidate_reads_no_file() -> None:
    read: list[str] = []

    def lines(path: str) -> tuple[str, ...]:
        read.append(path)
        return _lines(path)

    other = _finding("src/Payments/TopUpApi.cs", '"Order {Order}"', "csharp-log-injection")
    assert keep_card_object_logs([other], FILES, lines) == (other,)
    assert read == []
