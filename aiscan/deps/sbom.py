"""The software bill of materials: CycloneDX 1.6 (JSON or XML) through cyclonedx-python-lib.

Components carry their purl, the licences the lockfile names, their scope and the manifest that
declares them; the dependency graph is the lockfiles' edges under the scanned application; the
metadata names aiscan and the scanned commit; the vulnerabilities are the dependency findings of
the scan, with their CVSS rating and the versions that fix them.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from aiscan.deps.ecosystems import purl as make_purl
from aiscan.deps.model import Dependency, Manifest
from aiscan.deps.parsers.common import redact_url
from aiscan.models import Finding

if TYPE_CHECKING:
    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component

FORMATS = ("json", "xml")
_EXCLUDED_SCOPES = {"dev", "test", "build", "provided"}


def _license_factory() -> Any:
    try:
        from cyclonedx.contrib.license.factories import LicenseFactory
    except ImportError:  # cyclonedx-python-lib before the contrib package
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            from cyclonedx.factory.license import LicenseFactory
    return LicenseFactory()


def _bom_ref(dep: Dependency) -> str:
    if dep.version:
        return make_purl(dep.ecosystem, dep.name, dep.version)
    return f"unpinned:{dep.ref}"


def build_bom(
    manifests: Sequence[Manifest],
    findings: Iterable[Finding],
    *,
    name: str,
    commit: str | None,
    tool_version: str,
    timestamp: datetime,
) -> Bom:
    from cyclonedx.model import Property, XsUri
    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component, ComponentScope, ComponentType
    from cyclonedx.model.vulnerability import (
        BomTarget,
        Vulnerability,
        VulnerabilityRating,
        VulnerabilityReference,
        VulnerabilityScoreSource,
        VulnerabilitySeverity,
        VulnerabilitySource,
    )
    from packageurl import PackageURL

    licenses = _license_factory()
    bom = Bom()
    bom.metadata.timestamp = timestamp
    bom.metadata.tools.components.add(
        Component(
            type=ComponentType.APPLICATION,
            name="aiscan",
            version=tool_version,
            description="Secure-SDLC conformance scanner",
        )
    )
    root = Component(
        type=ComponentType.APPLICATION,
        name=name,
        version=commit[:12] if commit else None,
        bom_ref="root-application",
        properties=[Property(name="aiscan:commit", value=commit)] if commit else [],
    )
    bom.metadata.component = root

    components: dict[str, Component] = {}
    edges: dict[str, set[str]] = {}
    root_edges: set[str] = set()
    for manifest in manifests:
        required = {child for d in manifest.dependencies for child in d.requires_refs}
        ref_map = {d.ref: _bom_ref(d) for d in manifest.dependencies}
        for dep in manifest.dependencies:
            ref = _bom_ref(dep)
            if ref not in components:
                props = [Property(name="aiscan:manifest", value=dep.source or manifest.path)]
                if dep.spec and not dep.version:
                    props.append(Property(name="aiscan:requirement", value=redact_url(dep.spec)))
                if dep.note:
                    props.append(Property(name="aiscan:note", value=dep.note))
                if dep.direct is not None:
                    props.append(Property(name="aiscan:direct", value=str(dep.direct).lower()))
                group, short = _group_and_name(dep)
                components[ref] = Component(
                    type=ComponentType.LIBRARY,
                    name=short,
                    group=group,
                    version=dep.version,
                    purl=PackageURL.from_string(make_purl(dep.ecosystem, dep.name, dep.version)),
                    bom_ref=ref,
                    scope=ComponentScope.EXCLUDED
                    if dep.scope in _EXCLUDED_SCOPES
                    else (ComponentScope.OPTIONAL if dep.scope == "optional" else ComponentScope.REQUIRED),
                    licenses=[licenses.make_from_string(lic) for lic in dep.licenses if lic],
                    properties=props,
                )
            children = {ref_map[c] for c in dep.requires_refs if c in ref_map and ref_map[c] != ref}
            edges.setdefault(ref, set()).update(children)
            if dep.direct or (dep.direct is None and dep.ref not in required):
                root_edges.add(ref)
    for component in components.values():
        bom.components.add(component)
    bom.register_dependency(root, [components[r] for r in sorted(root_edges)])
    for ref, children in edges.items():
        bom.register_dependency(components[ref], [components[c] for c in sorted(children)])

    vulns: dict[str, Vulnerability] = {}
    for f in findings:
        p = f.properties
        if not p.get("purl") or f.analyzer != "deps":
            continue
        target = str(p["purl"])
        if target not in components:
            continue
        v = vulns.get(f.rule_id)
        if v is None:
            ratings = []
            score, vector, version = (
                p.get("cvss_score"),
                p.get("cvss_vector"),
                str(p.get("cvss_version") or ""),
            )
            if score is not None:
                method = {
                    "4.0": VulnerabilityScoreSource.CVSS_V4,
                    "3.1": VulnerabilityScoreSource.CVSS_V3_1,
                    "3.0": VulnerabilityScoreSource.CVSS_V3,
                    "2.0": VulnerabilityScoreSource.CVSS_V2,
                }.get(version, VulnerabilityScoreSource.OTHER)
                ratings.append(
                    VulnerabilityRating(
                        score=Decimal(str(score)),
                        severity=VulnerabilitySeverity(f.severity.value),
                        method=method,
                        vector=str(vector) if vector else None,
                    )
                )
            else:
                ratings.append(VulnerabilityRating(severity=VulnerabilitySeverity.UNKNOWN))
            fixed = [str(x) for x in p.get("fixed_versions") or ()]
            v = Vulnerability(
                bom_ref=f"vuln-{f.rule_id}",
                id=f.rule_id,
                source=VulnerabilitySource(
                    name="OSV", url=XsUri(f"https://osv.dev/vulnerability/{f.rule_id}")
                ),
                references=[
                    VulnerabilityReference(id=alias, source=VulnerabilitySource(name=_source_of(alias)))
                    for alias in p.get("aliases") or ()
                ],
                ratings=ratings,
                cwes=[1395],
                description=f.title,
                recommendation=f.remediation or None,
                affects=[],
                properties=[Property(name="aiscan:fixed-version", value=x) for x in fixed],
            )
            vulns[f.rule_id] = v
        v.affects.add(BomTarget(ref=target))
    for v in vulns.values():
        bom.vulnerabilities.add(v)
    return bom


def _group_and_name(dep: Dependency) -> tuple[str | None, str]:
    if dep.ecosystem == "Maven" and ":" in dep.name:
        group, name = dep.name.split(":", 1)
        return group, name
    if dep.ecosystem in ("npm", "Packagist") and "/" in dep.name:
        group, name = dep.name.split("/", 1)
        return group, name
    return None, dep.name


def _source_of(identifier: str) -> str:
    for prefix, name in (
        ("CVE-", "NVD"),
        ("GHSA-", "GitHub"),
        ("PYSEC-", "PyPA"),
        ("GO-", "Go"),
        ("RUSTSEC-", "RustSec"),
    ):
        if identifier.startswith(prefix):
            return name
    return "OSV"


def serialize(bom: Bom, fmt: str = "json") -> str:
    if fmt == "xml":
        from cyclonedx.output.xml import XmlV1Dot6

        return str(XmlV1Dot6(bom).output_as_string(indent=2))
    from cyclonedx.output.json import JsonV1Dot6

    return str(JsonV1Dot6(bom).output_as_string(indent=2))


def validate(text: str, fmt: str = "json") -> str | None:
    """None when the document is valid CycloneDX 1.6, else the validator's message."""
    from cyclonedx.schema import SchemaVersion

    validator: Any
    if fmt == "xml":
        from cyclonedx.validation.xml import XmlValidator

        validator = XmlValidator(SchemaVersion.V1_6)
    else:
        from cyclonedx.validation.json import JsonStrictValidator

        validator = JsonStrictValidator(SchemaVersion.V1_6)
    error = validator.validate_str(text)
    return None if error is None else str(error)


def format_for(path: str, explicit: str | None = None) -> str:
    if explicit:
        return explicit
    return "xml" if path.lower().endswith(".xml") else "json"
