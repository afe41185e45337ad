"""Findings weighed against the rest of the tree.

A semgrep rule reads one file, so it cannot see a check, a type or a configuration the
application keeps in another one. Each step below reads the files it needs, only when a finding
of its rules is there, and drops or lowers (with the reason) what the tree shows to be safe; the
order is the order the steps were written against, and every other finding passes unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from aiscan.inventory import TreeListing
from aiscan.models import Finding
from aiscan.sast.card_objects import keep_card_object_logs
from aiscan.sast.csharp_antiforgery import drop_covered_posts
from aiscan.sast.csharp_log_values import drop_plain_log_values
from aiscan.sast.django_csrf import drop_kept_csrf_middleware
from aiscan.sast.django_csrf_weight import weigh_csrf_exemptions
from aiscan.sast.django_safe_views import drop_safe_view_exemptions
from aiscan.sast.django_staff_templates import weigh_staff_templates
from aiscan.sast.express_query_strings import drop_express5_query_strings
from aiscan.sast.format_crypto import prescribed_by_format
from aiscan.sast.go_checked_builders import drop_checked_builder_paths
from aiscan.sast.identity_headers import weigh_written_identity_headers
from aiscan.sast.js_schema_validated import drop_schema_validated
from aiscan.sast.js_validated_fields import drop_validated_fields
from aiscan.sast.operator_commands import weigh_command_randomness
from aiscan.sast.php_include_assigned import drop_assigned_includes
from aiscan.sast.php_route_requirements import drop_bounded_route_paths
from aiscan.sast.play_cors_origins import drop_configured_cors_filters
from aiscan.sast.python_built_kwargs import drop_built_kwargs
from aiscan.sast.python_path_guards import drop_guarded_paths
from aiscan.sast.ruby_case_allow_lists import drop_allow_listed_renders
from aiscan.sast.ruby_own_send import drop_own_send
from aiscan.sast.rust_key_items import keep_rust_key_items
from aiscan.sast.rust_test_items import mark_rust_test_items

Lines = Callable[[str], Sequence[str]]


def weigh_with_tree(findings: Sequence[Finding], tree: TreeListing, lines: Lines) -> tuple[Finding, ...]:
    """The findings after every tree-level step; `tree` is the whole tree's files (in a scoped
    scan too: the steps read beyond the scope, and only ever drop, lower or keep the findings
    given), `lines` reads a file of the tree by its path."""

    def sources(*languages: str) -> list[str]:
        return [f.path for f in tree.files if f.language in languages]

    python_files = set(sources("python"))
    out = prescribed_by_format(findings, lines)
    out = drop_kept_csrf_middleware(out, python_files, lines)
    out = drop_safe_view_exemptions(out, python_files, lines)
    out = weigh_csrf_exemptions(out, lines, python_files)
    out = drop_guarded_paths(out, python_files, lines)
    out = drop_built_kwargs(out, python_files, lines)
    out = weigh_command_randomness(out, lines)
    out = weigh_staff_templates(out, lines)
    out = drop_own_send(out, set(sources("ruby")), lines)
    # Rails views named by a request value inside a `when` of literal names
    out = drop_allow_listed_renders(out, lines)
    out = drop_checked_builder_paths(out, set(sources("go")), lines)
    out = drop_bounded_route_paths(out, lines)
    out = drop_assigned_includes(out, lines)
    # card-object logging candidates are kept only for types that carry card data
    out = keep_card_object_logs(
        out, sources("csharp", "java", "kotlin", "python", "javascript", "typescript"), lines
    )
    # C# values logged whose declared type cannot carry the client's text
    out = drop_plain_log_values(out, sources("csharp"), lines)
    # MVC POST actions covered by a global antiforgery filter or a marked base controller, or in
    # an application signed into by a header alone (its C# and its `.config`/launch settings read)
    out = drop_covered_posts(out, [f.path for f in tree.files] + list(tree.other_files), lines)
    manifests = [p for p in tree.other_files if p == "package.json" or p.endswith("/package.json")]
    script_files = set(sources("javascript", "typescript"))
    out = drop_express5_query_strings(out, script_files, manifests, lines)
    out = drop_validated_fields(out, script_files, lines)
    out = drop_schema_validated(out, script_files, lines)
    conf_files = [p for p in tree.other_files if p.endswith(".conf")]
    out = drop_configured_cors_filters(out, conf_files, lines)
    # identity headers the tree's own filter, middleware or gateway writes onto the request
    out = weigh_written_identity_headers(out, [f.path for f in tree.files] + list(tree.other_files), lines)
    # Rust keys named by a `const`/`static` item are kept when the item holds a literal
    out = keep_rust_key_items(out, sources("rust"), lines)
    # Rust's unit tests inside source files weigh as test code
    return mark_rust_test_items(out, lines)
