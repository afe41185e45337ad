"""Objects that carry payment card data logged whole, in C#, Java and Kotlin: the type that
declares the card members may be in another file of the tree. Made-up code."""

from __future__ import annotations

from aiscan.models import Finding, Severity
from aiscan.sast.card_objects import card_carriers, keep_card_object_logs, logged_carrier, tree_index
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


# -- values whose type is not written at the call, cards one object deeper, Python and JavaScript --

CS_REMITTANCE = """
namespace Remit.Orders;

public record BankCard(string Owner, string Pan, string Cvc);

public record RemittanceDto(Guid Id, string Receiver, BankCard Card);

public record SendRemittance(RemittanceDto Remittance) : IRemitCommand<Guid>;

public interface IRemitCommand<out T> : IRequest<T> { }

public class RemittanceRow
{
    public Guid Id { get; set; }
    public BankCard Card { get; set; }
}

public record NoCardDto(Guid Id, string Receiver);

public record SendNothing(NoCardDto Payload) : IRemitCommand<bool>;

public class Wrapper<TMessage>
{
    public TMessage Message { get; set; }
}

public interface IRemittanceStore
{
    Task<RemittanceDto> LoadAsync(Guid id);
    RemittanceRow Row(Guid id);
}
"""

CS_REMIT_HANDLER = """
public class RemitHandler(ILogger<RemitHandler> logger, IRemittanceStore store)
{
    public async Task Send(Guid id, Wrapper<SendRemittance> wrapper, Wrapper<NoCardDto> empty)
    {
        var loaded = await store.LoadAsync(id);
        logger.LogInformation("loaded {Remittance}", loaded);
        var row = store.Row(id);
        logger.LogInformation("row {Row}", row);
        logger.LogInformation("row {@Row}", row);
        var message = wrapper.Message;
        logger.LogInformation("message {Message}", message);
        var nothing = empty.Message;
        logger.LogInformation("nothing {@Nothing}", nothing);
        var unknown = store.Missing(id);
        logger.LogInformation("unknown {@Unknown}", unknown);
    }
}

public class RemitBehavior<TRequest, TResponse>(ILogger<RemitBehavior<TRequest, TResponse>> logger)
    where TRequest : notnull, IRequest<TResponse>
{
    public void Before(TRequest request) => logger.LogInformation("request {Request}", request);
}
"""

JAVA_TUITION = """
@Data
class TuitionCard { private String cardNumber; private String cvv; }

@Data
class TuitionPayment { private String studentId; private TuitionCard card; }

class TuitionInvoice { private String studentId; private TuitionCard card; }

class TuitionService {
    TuitionPayment pay(String id) { return null; }
    TuitionInvoice invoice(String id) { return null; }

    void run(String id) {
        var payment = pay(id);
        log.info("payment {}", payment);
        var invoice = invoice(id);
        log.info("invoice {}", invoice);
    }
}
"""

KOTLIN_FEES = """
data class FeeCard(val pan: String, val cvv: String)
data class Fee(val id: String, val card: FeeCard)
class FeeBox(val id: String, val card: FeeCard)

class FeeService(private val store: FeeStore) {
    fun fee(id: String): Fee = TODO()
    fun box(id: String): FeeBox = TODO()

    fun run(id: String) {
        val fee = fee(id)
        logger.info("fee $fee")
        val box = box(id)
        logger.info("box $box")
    }
}
"""

DEEP_FILES = {
    "Remit/Types.cs": CS_REMITTANCE,
    "Remit/RemitHandler.cs": CS_REMIT_HANDLER,
    "tuition/TuitionService.java": JAVA_TUITION,
    "fees/FeeService.kt": KOTLIN_FEES,
}


def _carrier_in(files: dict[str, str], path: str, text: str, language: str) -> str | None:
    """The carrier logged on the first line of `files[path]` holding `text`, with `files` as the tree."""
    lines = files[path].split("\n")
    line = next(i for i, line in enumerate(lines, 1) if text in line)
    index = tree_index(files)
    found = logged_carrier(lines[line - 1], "\n".join(lines[:line]), language, index.carriers, index)
    return found.name if found else None


def _deep(path: str, text: str, language: str) -> str | None:
    return _carrier_in(DEEP_FILES, path, text, language)


def test_a_card_one_object_deeper_is_a_carrier_printed_as_its_holder_prints() -> None:
    known = tree_index(DEEP_FILES).carriers
    assert known["RemittanceDto"].members == ("Card.Pan", "Card.Cvc")
    assert known["RemittanceDto"].prints  # a record holding a record
    assert known["SendRemittance"].members == ("Remittance.Card.Pan", "Remittance.Card.Cvc")
    assert not known["RemittanceRow"].prints  # a class's ToString is its type's name
    assert "SendNothing" not in known and "NoCardDto" not in known
    assert known["TuitionPayment"].prints and not known["TuitionInvoice"].prints
    assert known["Fee"].prints and not known["FeeBox"].prints


def test_a_type_inferred_from_a_method_or_a_member_is_read() -> None:
    path = "Remit/RemitHandler.cs"
    assert _deep(path, '"loaded {Remittance}"', "csharp") == "RemittanceDto"  # Task<RemittanceDto>
    assert _deep(path, '"row {Row}"', "csharp") is None
    assert _deep(path, '"row {@Row}"', "csharp") == "RemittanceRow"
    assert _deep(path, '"message {Message}"', "csharp") == "SendRemittance"  # Wrapper<T>.Message
    assert _deep(path, '"nothing {@Nothing}"', "csharp") is None
    assert _deep(path, '"unknown {@Unknown}"', "csharp") is None  # no such method in the tree
    # a request constrained to IRequest<> is every command, through IRemitCommand<T> : IRequest<T>
    assert _deep(path, '"request {Request}"', "csharp") == "SendRemittance"
    assert _deep("tuition/TuitionService.java", '"payment {}"', "java") == "TuitionPayment"
    assert _deep("tuition/TuitionService.java", '"invoice {}"', "java") is None
    assert _deep("fees/FeeService.kt", '"fee $fee"', "kotlin") == "Fee"
    assert _deep("fees/FeeService.kt", '"box $box"', "kotlin") is None


PY_TYPES = """
from dataclasses import dataclass, field
from pydantic import BaseModel, SecretStr


@dataclass
class TopUpCard:
    owner: str
    card_number: str
    cvc: str


@dataclass
class TopUp:
    wallet: str
    card: TopUpCard


@dataclass
class HiddenCard:
    owner: str
    card_number: str = field(repr=False)


class GrantRequest(BaseModel):
    grant_id: str
    pan: str


class SafeRequest(BaseModel):
    grant_id: str
    pan: SecretStr


class Account:
    def __init__(self, owner, card_number):
        self.owner = owner
        self.card_number = card_number
"""

PY_CALLS = """
import json
import logging
from dataclasses import asdict

log = logging.getLogger(__name__)
slog = structlog.get_logger()


def build(wallet: str) -> TopUp:
    return TopUp(wallet, TopUpCard("A", "0", "0"))


def run(top_up: TopUp, grant: GrantRequest, safe: SafeRequest, hidden: HiddenCard, account: Account):
    log.info("top-up %s", top_up)
    log.info("wallet %s", top_up.wallet)
    log.info(f"grant {grant}")
    slog.info("granted", grant=grant)
    log.info("safe %s", safe)
    log.info("hidden %s", hidden)
    log.info("hidden %s", json.dumps(asdict(hidden)))
    log.info("account %s", account)
    log.info("account %s", account.__dict__)
    payload = {"wallet": "w", "card_number": top_up.card.card_number}
    log.info("payload %s", payload)
    other = {"wallet": "w", "amount": 1}
    log.info("other %s", other)
    built = build("w")
    log.warning("built %r", built)
    log.info("grant %s", grant.model_dump(exclude={"pan"}))
    log.info("grant %s", grant.model_dump())
"""

TS_TYPES = """
export interface SchoolCard {
  owner: string;
  cardNumber: string;
  cvv: string;
}

export type Enrolment = {
  studentId: string;
  card: SchoolCard;
};

export class Refund {
  id: string;
  amount: number;
}
"""

TS_CALLS = """
const log = pino();

export function enrol(card: SchoolCard, enrolment: Enrolment, refund: Refund) {
  console.log(card);
  log.info({ enrolment }, "enrolled");
  console.log(`enrolled ${enrolment}`);
  console.log("enrolled " + JSON.stringify(enrolment));
  console.log(refund);
  console.log(enrolment.studentId);
  const body = { studentId: enrolment.studentId, cardNumber: card.cardNumber };
  console.info("sending", body);
  const plain = { studentId: enrolment.studentId };
  console.info("sending", plain);
}
"""

JS_MODEL = """
const schema = new mongoose.Schema({ owner: String, cvc: { type: String }, pan: String });
module.exports = mongoose.model("Voucher", schema);
"""

JS_ROUTE = """
const Voucher = require("./voucher");
router.post("/voucher", async (req, res) => {
  const voucher = await Voucher.findById(req.params.id);
  logger.info("voucher", voucher);
  logger.info(`voucher ${voucher}`);
});
"""

OTHER_FILES = {
    "app/types.py": PY_TYPES,
    "app/calls.py": PY_CALLS,
    "web/types.ts": TS_TYPES,
    "web/enrol.ts": TS_CALLS,
    "web/voucher.js": JS_MODEL,
    "web/route.js": JS_ROUTE,
}


def _other(path: str, text: str, language: str) -> str | None:
    return _carrier_in(OTHER_FILES, path, text, language)


def test_python_objects_that_print_the_card() -> None:
    known = tree_index(OTHER_FILES).carriers
    assert known["TopUp"].members == ("card.card_number", "card.cvc")
    assert "SafeRequest" not in known  # SecretStr prints as stars
    assert not known["HiddenCard"].prints and not known["Account"].prints
    path = "app/calls.py"
    assert _other(path, '"top-up %s"', "python") == "TopUp"  # a dataclass's repr holds its card's
    assert _other(path, "top_up.wallet", "python") is None
    assert _other(path, 'f"grant {grant}"', "python") == "GrantRequest"  # a pydantic model
    assert _other(path, '"granted", grant=grant', "python") == "GrantRequest"  # structlog's key
    assert _other(path, '"safe %s"', "python") is None
    assert _other(path, '"hidden %s", hidden', "python") is None  # field(repr=False)
    assert _other(path, "asdict(hidden)", "python") == "HiddenCard"
    assert _other(path, '"account %s", account)', "python") is None  # object.__repr__
    assert _other(path, "account.__dict__", "python") == "Account"
    assert _other(path, '"payload %s"', "python") == "dict"  # a dict with a card key
    assert _other(path, '"other %s"', "python") is None
    assert _other(path, '"built %r"', "python") == "TopUp"  # def build(...) -> TopUp
    assert _other(path, 'exclude={"pan"}', "python") is None
    assert _other(path, "grant.model_dump())", "python") == "GrantRequest"


def test_javascript_objects_that_print_the_card() -> None:
    known = tree_index(OTHER_FILES).carriers
    assert known["Enrolment"].members == ("card.cardNumber", "card.cvv")
    assert "Refund" not in known and known["Voucher"].members == ("cvc", "pan")
    path = "web/enrol.ts"
    assert _other(path, "console.log(card)", "typescript") == "SchoolCard"
    assert _other(path, "{ enrolment }", "typescript") == "Enrolment"  # pino's merged object
    assert _other(path, "`enrolled ${enrolment}`", "typescript") is None  # [object Object]
    assert _other(path, "JSON.stringify(enrolment)", "typescript") == "Enrolment"
    assert _other(path, "console.log(refund)", "typescript") is None
    assert _other(path, "enrolment.studentId);", "typescript") is None
    assert _other(path, '"sending", body', "typescript") == "object"
    assert _other(path, '"sending", plain', "typescript") is None
    assert _other("web/route.js", '"voucher", voucher', "javascript") == "Voucher"  # a mongoose document
    assert _other("web/route.js", "`voucher ${voucher}`", "javascript") is None


def test_python_and_javascript_candidates_are_kept_by_the_tree() -> None:
    files = {**OTHER_FILES}

    def lines(path: str) -> tuple[str, ...]:
        return tuple(files[path].split("\n"))

    def at(path: str, text: str, rule: str) -> Finding:
        line = next(i for i, line in enumerate(lines(path), 1) if text in line)
        return make_finding(rule, Severity.MEDIUM, path=path, line=line)

    found = [
        at("app/calls.py", '"top-up %s"', "python-card-data-object-logged"),
        at("app/calls.py", '"safe %s"', "python-card-data-object-logged"),
        at("web/enrol.ts", "console.log(card)", "javascript-card-data-object-logged"),
        at("web/enrol.ts", "console.log(refund)", "javascript-card-data-object-logged"),
    ]
    out = keep_card_object_logs(found, list(files), lines)
    assert [(f.location.path, f.rule_id) for f in out] == [
        ("app/calls.py", "python-card-data-object-logged"),
        ("web/enrol.ts", "javascript-card-data-object-logged"),
    ]
    assert "card.card_number" in out[0].message


def test_only_the_languages_of_the_candidates_are_read() -> None:
    # a C# candidate reads the tree's .NET files; its Kotlin, Python or JavaScript files are not read
    read: list[str] = []

    def lines(path: str) -> tuple[str, ...]:
        read.append(path)
        return _lines(path)

    cs = "src/Payments/TopUpApi.cs"
    kept = _finding(cs, '"Order {@Order}"', "csharp-card-data-object-logged")
    paths = [*FILES, "web/static/bundle.js", "tools/report.py"]
    out = keep_card_object_logs([kept], paths, lines)
    assert [f.rule_id for f in out] == ["csharp-card-data-object-logged"]
    assert read and all(p.endswith(".cs") for p in read)
