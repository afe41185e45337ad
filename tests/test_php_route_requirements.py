"""php-path-traversal findings in a Symfony action whose every parameter the route's requirements
(or the parameter's type) limit to text with no path separator and no dot. Made-up code."""

from __future__ import annotations

from aiscan.models import Confidence, Finding, Location, Severity
from aiscan.sast.php_route_requirements import bounded_route_action, drop_bounded_route_paths

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


def _finding(line: int, rule_id: str = "php-path-traversal") -> Finding:
    return Finding(
        rule_id=rule_id,
        analyzer="semgrep",
        title="Path traversal",
        message="A request value reaches a file path.",
        severity=Severity.HIGH,
        confidence=Confidence.MEDIUM,
        location=Location("src/Controller/StatementController.php", line, line),
        cwe=("CWE-22",),
    )


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
