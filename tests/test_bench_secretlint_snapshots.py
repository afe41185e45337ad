"""The reader of secretlint's rule snapshots (benchmarks/secretlint_snapshots.py) on small
fixtures written here: a message labels the lines it spans, a fixture with no message labels its
non-empty lines false, an `ok.` case without `output.json` is false, an input and an output of
different versions are left out, identifiers are apart, the preset's copy of a case is merged
with the rule package's own files, and nothing printed holds a value in full."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from secretlint_snapshots import load, redact, rule_of, tree_file

RULE = "packages/@secretlint/secretlint-rule-widget/test/snapshots"
PRESET = "packages/@secretlint/secretlint-rule-preset-recommend/test/snapshots/secretlint-rule-widget"
INPUT = "intro\nWIDGET_TOKEN=wdg_Zq3Rk8Lm2Tp9Vx4Nc7Bh\n\nkey block\nwdg_Hs5Jd8Kf2Lg6Mn9P\nend\n"


def message(text: str, value: str, loc: bool = True, message_id: str = "WIDGET_TOKEN") -> dict[str, object]:
    start = text.index(value)
    m: dict[str, object] = {"range": [start, start + len(value)], "ruleId": "widget", "messageId": message_id}
    if loc:
        m["loc"] = {"start": {"line": text.count("\n", 0, start) + 1}}
    return m


def write(root: Path, files: dict[str, str]) -> Path:
    rows = ["path,commit"]
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text, encoding="utf-8")
        rows.append(f"{path},{'0' * 40}")
    manifest = root / "files.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest


def output(name: str, messages: list[dict[str, object]], source: str | None = None) -> str:
    report: dict[str, object] = {"filePath": f"[SNAPSHOT]/case/{name}", "messages": messages}
    if source is not None:
        report["sourceContent"] = source
    return json.dumps(report)


def test_messages_label_their_lines_and_a_silent_fixture_is_false(tmp_path: Path) -> None:
    block = "wdg_Zq3Rk8Lm2Tp9Vx4Nc7Bh\n\nkey block\nwdg_Hs5Jd8Kf2Lg6Mn9P"
    files = {
        f"{RULE}/ng.token/output.json": output(
            "input.txt", [message(INPUT, block), message(INPUT, "intro", message_id="AWSAccountID")], INPUT
        ),
        f"{RULE}/ok.valid/output.json": output("input.txt", [], "nothing here\n\nwdg_short\n"),
    }
    data = load(tmp_path, write(tmp_path, files))
    secret = [c for c in data.scored if c.secret]
    assert [(c.fixture, c.lines) for c in secret] == [("widget/ng.token", (2, 3, 4, 5))]
    assert [c.lines for c in data.scored if not c.secret] == [(1,), (3,)]
    assert [c.message for c in data.apart] == ["AWSAccountID"]


def test_input_file_used_when_no_source_content_and_versions_checked(tmp_path: Path) -> None:
    other = "one more line, added later\n" + INPUT
    files = {
        f"{RULE}/ng.token/input.txt": INPUT,
        f"{RULE}/ng.token/output.json": output("input.txt", [message(INPUT, "wdg_Zq3Rk8Lm2Tp9Vx4Nc7Bh")]),
        f"{RULE}/ng.moved/input.txt": other,
        f"{RULE}/ng.moved/output.json": output("input.txt", [message(INPUT, "wdg_Zq3Rk8Lm2Tp9Vx4Nc7Bh")]),
    }
    data = load(tmp_path, write(tmp_path, files))
    assert [(c.fixture, c.lines) for c in data.scored] == [("widget/ng.token", (2,))]
    assert len(data.left_out) == 1 and data.left_out[0].startswith("widget/ng.moved")


def test_ok_case_without_output_is_false_and_other_cases_need_one(tmp_path: Path) -> None:
    files = {
        f"{PRESET}/ok.too_short/input.txt": "wdg_abc\n",
        f"{PRESET}/placeholder/input.txt": "wdg_xxx\n",
    }
    data = load(tmp_path, write(tmp_path, files))
    assert [(c.fixture, c.secret) for c in data.scored] == [("widget/ok.too_short", False)]
    assert len(data.left_out) == 1


def test_preset_copy_merged_and_own_file_wins(tmp_path: Path) -> None:
    files = {
        f"{PRESET}/ng.token/input.txt": INPUT,
        f"{RULE}/ng.token/output.json": output("input.txt", [message(INPUT, "wdg_Zq3Rk8Lm2Tp9Vx4Nc7Bh")]),
        f"{PRESET}/ng.token/output.json": output("input.txt", []),
    }
    data = load(tmp_path, write(tmp_path, files))
    assert [(c.fixture, c.secret, c.lines) for c in data.scored] == [("widget/ng.token", True, (2,))]


def test_rule_and_neutral_tree_name() -> None:
    assert rule_of(f"{RULE}/ng.token") == "widget"
    assert rule_of(f"{PRESET}/ng.token") == "widget"
    data_case = type("C", (), {"rule": "widget", "fixture": "widget/placeholder-dots", "name": ".npmrc"})()
    name = tree_file(data_case)  # type: ignore[arg-type]
    assert name.startswith("widget/case-") and name.endswith("/.npmrc") and "placeholder" not in name


def test_redact_prints_no_value_in_full() -> None:
    line = "WIDGET_TOKEN=wdg_Zq3Rk8Lm2Tp9Vx4Nc7Bh and https://deploy:Xq7pW2@api.partner.kz"
    out = redact(line)
    assert "Zq3Rk8Lm2Tp9Vx4Nc7Bh" not in out and "Xq7pW2" not in out
