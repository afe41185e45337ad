"""php-path-traversal findings in a Symfony action whose every parameter the route's requirements
(or the parameter's type) limit to text with no path separator and no dot. Made-up code."""

from __future__ import annotations

from aiscan.models import Finding
from aiscan.sast.php_route_requirements import bounded_route_action, digits_only, drop_bounded_route_paths
from tests.conftest import make_finding

CONTROLLER = r"""<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Annotation\Route;
use Symfony\Component\Routing\Requirement\Requirement;

class StatementController extends AbstractController
{
    /**
     * @Route("/statement/{borrowerHash}/{loanId}/{page}", name="statement_pdf",
     *     requirements={"loanId": "\d+", "borrowerHash": "[0-9a-f]{32}", "page":"\d+"})
     */
    public function pdfAction($borrowerHash, $loanId, $page)
    {
        $statement = $this->statements->find($loanId);
        $path = $this->archive->pathFor($statement, $borrowerHash, $page);
        return new BinaryFileResponse($path);
    }

    /**
     * @Route("/export/{loanId}/{name}", requirements={"loanId": "\d+", "name": ".+"})
     */
    public function exportAction($loanId, $name)
    {
        return new BinaryFileResponse($this->exportDir . '/' . $loanId . '/' . $name);
    }

    #[Route('/receipt/{paymentId<\d+>}/{format}', requirements: ['format' => 'pdf|html'])]
    public function receipt(string $paymentId, string $format, ReceiptStore $store): BinaryFileResponse
    {
        return new BinaryFileResponse($store->dir() . '/' . $paymentId . '.' . $format);
    }

    #[Route('/contract/{contractId}', requirements: ['contractId' => Requirement::DIGITS])]
    public function contract(int $version, string $contractId): BinaryFileResponse
    {
        return new BinaryFileResponse($this->contracts . '/' . $contractId . '-v' . $version . '.pdf');
    }

    #[Route('/upload/{loanId<\d+>}')]
    public function upload(Request $request, string $loanId): BinaryFileResponse
    {
        return new BinaryFileResponse($this->uploads . '/' . $loanId . '/' . $request->get('file'));
    }

    #[Route('/scan/{loanId<\d+>}')]
    public function scan(string $loanId): BinaryFileResponse
    {
        return new BinaryFileResponse($this->scans . '/' . $loanId . '/' . $_GET['side']);
    }

    #[Route('/archive/{loanId<\d+>}')]
    public function archive(string $loanId, $year): BinaryFileResponse
    {
        return new BinaryFileResponse($this->archives . '/' . $year . '/' . $loanId);
    }

    public function unrouted($loanId)
    {
        return new BinaryFileResponse($this->archives . '/' . $loanId);
    }

    #[Route('/dots/{name}', requirements: ['name' => '[a-z.]+'])]
    public function dots(string $name): BinaryFileResponse
    {
        return new BinaryFileResponse($this->archives . '/' . $name);
    }
}
"""

LINES = CONTROLLER.split("\n")


def _line(text: str, after: str) -> int:
    start = next(n for n, line in enumerate(LINES) if after in line)
    return next(n for n in range(start, len(LINES)) if text in LINES[n]) + 1


def test_an_action_whose_parameters_the_route_bounds_is_no_traversal() -> None:
    assert bounded_route_action(LINES, _line("BinaryFileResponse($path)", "function pdfAction"))
    # a bound written inline, a requirement for another parameter, and a class-typed service
    assert bounded_route_action(LINES, _line("new BinaryFileResponse", "function receipt"))
    # Symfony's Requirement::DIGITS, and an int parameter
    assert bounded_route_action(LINES, _line("new BinaryFileResponse", "function contract"))


def test_a_parameter_left_open_keeps_the_finding() -> None:
    # `.+` lets a separator through
    assert not bounded_route_action(LINES, _line("new BinaryFileResponse", "function exportAction"))
    # the request object, or a superglobal, is input the route does not bound
    assert not bounded_route_action(LINES, _line("new BinaryFileResponse", "function upload"))
    assert not bounded_route_action(LINES, _line("new BinaryFileResponse", "function scan"))
    # a parameter the route does not name
    assert not bounded_route_action(LINES, _line("new BinaryFileResponse", "function archive"))
    # no route at all
    assert not bounded_route_action(LINES, _line("new BinaryFileResponse", "function unrouted"))
    # a bound that lets `..` through
    assert not bounded_route_action(LINES, _line("new BinaryFileResponse", "function dots"))
    # outside any function
    assert not bounded_route_action(LINES, 3)


def _finding(
    line: int, rule_id: str = "php-path-traversal", path: str = "src/Controller/StatementController.php"
) -> Finding:
    return make_finding(rule_id, path=path, line=line)


def test_only_bounded_path_findings_are_dropped() -> None:
    bounded = _line("BinaryFileResponse($path)", "function pdfAction")
    open_ = _line("new BinaryFileResponse", "function exportAction")
    findings = (_finding(bounded), _finding(open_), _finding(bounded, "php-ssrf"))
    kept = drop_bounded_route_paths(findings, lambda path: LINES)
    assert [(f.rule_id, f.location.start_line) for f in kept] == [
        ("php-path-traversal", open_),
        ("php-ssrf", bounded),
    ]
    # a file that cannot be read keeps its findings
    assert len(drop_bounded_route_paths(findings, lambda path: [])) == 3


LEDGER = r"""<?php

namespace App\Controller;

use Doctrine\DBAL\Connection;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Routing\Requirement\Requirement;

class LedgerController extends AbstractController
{
    #[Route('/ledger/{loanId<\d+>}/{page}', requirements: ['page' => '[1-9][0-9]*'])]
    public function ledger(string $loanId, string $page, Connection $db): Response
    {
        $sql = 'SELECT * FROM ledger WHERE loan_id = ' . $loanId . ' LIMIT 20 OFFSET ' . $page;
        $rows = $db->fetchAllAssociative($sql);
        return new Response('<h1>Loan ' . $loanId . '</h1>');
    }

    #[Route('/branch/{code}', requirements: ['code' => '[a-z0-9-]+'])]
    public function branch(string $code, Connection $db): Response
    {
        $rows = $db->fetchAllAssociative('SELECT * FROM loans WHERE branch = ' . $code);
        return new Response('<h1>Branch ' . $code . '</h1>');
    }

    #[Route('/bureau/{clientId}', requirements: ['clientId' => Requirement::DIGITS])]
    public function bureau(int $attempt, string $clientId): Response
    {
        $url = 'https://bureau.example.kz/score/' . $clientId . '?n=' . $attempt;
        return new Response(file_get_contents($url));
    }

    #[Route('/uuid/{ref}', requirements: ['ref' => Requirement::UUID])]
    public function byRef(string $ref, Connection $db): Response
    {
        return new Response((string) $db->fetchOne('SELECT id FROM loans WHERE ref = ' . $ref));
    }

    #[Route('/loan/{id<\d+>}')]
    public function show(Loan $loan, LoggerInterface $logger): Response
    {
        return new Response('<p>' . $loan->getNote() . '</p>');
    }

    #[Route('/note/{loanId<\d+>}')]
    public function note(string $loanId): Response
    {
        return new Response('<p>' . $loanId . $_GET['note'] . '</p>');
    }
}
"""

LEDGER_LINES = LEDGER.split("\n")


def _ledger_line(text: str, after: str) -> int:
    start = next(n for n, line in enumerate(LEDGER_LINES) if after in line)
    return next(n for n in range(start, len(LEDGER_LINES)) if text in LEDGER_LINES[n]) + 1


def _ledger_finding(text: str, after: str, rule_id: str) -> Finding:
    return _finding(_ledger_line(text, after), rule_id, "src/Controller/LedgerController.php")


def test_digits_only_routes_bound_every_input_for_the_other_injection_rules() -> None:
    def digits(text: str, after: str) -> bool:
        return bounded_route_action(LEDGER_LINES, _ledger_line(text, after), digits=True)

    # digits inline and `[1-9][0-9]*`, and a class-typed service
    assert digits("fetchAllAssociative", "function ledger")
    # Requirement::DIGITS and an int parameter
    assert digits("file_get_contents", "function bureau")
    # letters: an unquoted `branch = main` names a column; hex letters of a UUID as well
    assert not digits("fetchAllAssociative", "function branch")
    assert bounded_route_action(LEDGER_LINES, _ledger_line("fetchAllAssociative", "function branch"))
    assert not digits("fetchOne", "function byRef")
    # a superglobal read in the body
    assert not digits("new Response", "function note")
    # an entity the route's id looks up: its members are stored text an earlier request wrote
    assert not digits("new Response", "function show")
    assert bounded_route_action(LEDGER_LINES, _ledger_line("new Response", "function show"))


def test_digits_only_requirements() -> None:
    for regex in (r"\d+", "[0-9]+", "[1-9][0-9]*", r"\d{4}", r"(?:\d{2}|\d{4})", "0|[1-9][0-9]*"):
        assert digits_only(regex), regex
    others = ("[0-9a-f]{32}", ".+", r"\w+", "[a-z]+", r"\d+|all", "", r"\d+(?:\.\d+)?", "[^/]+", "[^a-z]+")
    for regex in others:
        assert not digits_only(regex), regex


def test_injection_findings_dropped_only_in_digits_only_actions() -> None:
    sql = _ledger_finding("fetchAllAssociative", "function ledger", "php-sql-injection")
    xss = _ledger_finding("new Response", "function ledger", "php-xss")
    ssrf = _ledger_finding("file_get_contents", "function bureau", "php-ssrf")
    kept_sql = _ledger_finding("fetchAllAssociative", "function branch", "php-sql-injection")
    kept_xss = _ledger_finding("new Response", "function note", "php-xss")
    # a trust-boundary rule does not depend on what the value can hold
    session = _ledger_finding("fetchAllAssociative", "function ledger", "php-trust-boundary-session")
    out = drop_bounded_route_paths([sql, xss, ssrf, kept_sql, kept_xss, session], lambda path: LEDGER_LINES)
    assert out == (kept_sql, kept_xss, session)
