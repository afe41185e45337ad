"""Dependency analysis (p18.2, p20): manifest and lockfile parsers, an offline OSV advisory index,
per-ecosystem version matching, CVSS severity, an optional pip-audit check and a CycloneDX SBOM.

Nothing here runs a project's build scripts: every manifest is read as data.
"""
