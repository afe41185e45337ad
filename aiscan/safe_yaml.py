"""The one way aiscan reads a YAML file a user or a scanned tree supplies (attestations, waivers,
baselines, the secrets allowlist): bounded in size, nesting and alias expansion, strictly UTF-8,
and every problem a ConfigError naming the file.

PyYAML's safe loader never runs code, but it does expand aliases: nine aliases of nine aliases
("billion laughs") make gigabytes from a few hundred bytes, and a deeply nested document
exhausts the recursion of its composer. The document is therefore first read as a flat stream
of events (no recursion, no expansion) to bound its nesting and count its aliases, then
composed into nodes whose expanded size is measured before anything is constructed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from aiscan.errors import ConfigError
from aiscan.userfiles import MAX_BYTES, read_text

MAX_DEPTH = 64
MAX_ALIASES = 100
MAX_EXPANDED_NODES = 200_000


@dataclass(frozen=True)
class YamlDocument:
    """A loaded document: its data, and its node tree for the line numbers of entries."""

    data: Any
    node: yaml.Node | None


def load_file(path: Path, what: str) -> YamlDocument:
    return parse(read_text(path, what), str(path), what)


def parse(text: str, source: str, what: str) -> YamlDocument:
    """Parse one YAML document within the bounds above; `source` names it in errors."""
    if len(text) > MAX_BYTES:
        raise ConfigError(f"{source}: the {what} is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    try:
        _check_events(text, source, what)
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return YamlDocument(None, None)
            _check_expansion(node, source, what)
            return YamlDocument(loader.construct_document(node), node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        where = f" (line {exc.problem_mark.line + 1})" if exc.problem_mark else ""
        problem = exc.problem or exc.context or "malformed"
        raise ConfigError(f"{source}: the {what} is not valid YAML{where}: {problem}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: the {what} is not valid YAML: {_one_line(exc)}") from None
    except (ValueError, TypeError, OverflowError) as exc:
        # The constructor's own checks: a date like 2026-13-45, an unhashable key.
        raise ConfigError(f"{source}: the {what} holds a value YAML cannot read: {_one_line(exc)}") from None


def _check_events(text: str, source: str, what: str) -> None:
    depth = 0
    aliases = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise ConfigError(f"{source}: the {what} is nested deeper than {MAX_DEPTH} levels")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise ConfigError(f"{source}: the {what} uses more than {MAX_ALIASES} YAML aliases")


def _check_expansion(root: yaml.Node, source: str, what: str) -> None:
    """The number of nodes the document would have with every alias expanded (each shared node
    is measured once), and no alias that contains itself."""
    sizes: dict[int, int] = {}
    # Iterative post-order walk: (node, children done?)
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    open_nodes: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            if sizes[key] > MAX_EXPANDED_NODES:
                raise ConfigError(
                    f"{source}: the {what} expands to more than {MAX_EXPANDED_NODES} values "
                    "through YAML aliases"
                )
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise ConfigError(f"{source}: the {what} holds a YAML alias that refers to itself")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
