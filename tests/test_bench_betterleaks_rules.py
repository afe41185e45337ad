"""The loader of betterleaks' rule samples (benchmarks/betterleaks_rules.py) on small rule files
written here: how samples are evaluated, which rules are components, which false samples reuse a
secret's value."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from betterleaks_rules import entropy, load, reuses_secret

GENERATE = """package utils
func GenerateSampleSecret(identifier string, secret string) string {
	return fmt.Sprintf("%s_api_token = \\"%s\\"", identifier, secret)
}
func GenerateSampleSecrets(identifier string, secret string) []string {
	samples := map[string]string{
		"ini - quoted1": "{i}Token=\\"{s}\\"",
		"json - escaped newline in string": `{"config.ini": "{I}_TOKEN={s}"}`,
	}
}
"""

RULES = """package rules

func WidgetID() *config.Rule {
	r := config.Rule{
		RuleID:     "widget-client-id",
		SkipReport: true,
	}
	tps := []string{`WIDGET_CLIENT_ID=wid_12345678abcd`}
	return utils.Validate(r, tps, nil)
}

func WidgetKey() *config.Rule {
	r := config.Rule{
		RuleID: "widget-key",
		Regex:  utils.GenerateSemiGenericRegex([]string{"widget"}, utils.Hex("32"), true),
	}
	key := secrets.NewSecretWithEntropy(utils.Hex("32"), 3.5)
	tps := utils.GenerateSampleSecrets("widget", key)
	fps := []string{
		`API_KEY=` + key,
		`WIDGET_KEY=short`,
	}
	return utils.Validate(r, tps, fps)
}

func WidgetToken() *config.Rule {
	r := config.Rule{ID: "widget-token"}
	return utils.Validate(r,
		[]string{
			`WIDGET_TOKEN=wtk_` + widgetToken(40),
			utils.GenerateSampleSecret("widget", "wtk_a1b2c3d4e5f6a7b8c9d0"),
		},
		[]string{`WIDGET_TOKEN=wtk_a1b2c3d4e5f6a7b8c9d`, `WIDGET_TOKEN=wtk_zzzz`},
	)
}
"""


def write(root: Path) -> Path:
    (root / "cmd/generate/config/utils").mkdir(parents=True)
    (root / "cmd/generate/config/rules").mkdir(parents=True)
    (root / "cmd/generate/config/utils/generate.go").write_text(GENERATE, encoding="utf-8")
    (root / "cmd/generate/config/rules/widget.go").write_text(RULES, encoding="utf-8")
    manifest = root / "files.csv"
    manifest.write_text(
        "path,stored_commit\ncmd/generate/config/utils/generate.go,x\ncmd/generate/config/rules/widget.go,x\n",
        encoding="utf-8",
    )
    return manifest


def sampler(seed: str):  # type: ignore[no-untyped-def]
    values = iter(["0" * 32, "9f3a61c0b27e4d58a1c6e0f7b3d92a4e"])
    return lambda pattern: next(values)


def test_samples_labels_and_set_apart(tmp_path: Path) -> None:
    data = load(tmp_path, sampler, write(tmp_path))
    by_rule = {(s.rule, s.positive, s.text) for s in data.scored}
    # the low-entropy draw is drawn again; templates take {i}, {I} and {s}
    assert ("widget-key", True, 'widgetToken="9f3a61c0b27e4d58a1c6e0f7b3d92a4e"') in by_rule
    assert ("widget-key", True, '{"config.ini": "WIDGET_TOKEN=9f3a61c0b27e4d58a1c6e0f7b3d92a4e"}') in by_rule
    assert ("widget-key", False, "WIDGET_KEY=short") in by_rule
    assert ("widget-token", True, 'widget_api_token = "wtk_a1b2c3d4e5f6a7b8c9d0"') in by_rule
    assert ("widget-token", False, "WIDGET_TOKEN=wtk_zzzz") in by_rule
    # a component rule's samples, and false samples reusing a secret's value, are apart
    assert [s.rule for s in data.components] == ["widget-client-id"]
    assert {s.text for s in data.renamed} == {
        "API_KEY=9f3a61c0b27e4d58a1c6e0f7b3d92a4e",
        "WIDGET_TOKEN=wtk_a1b2c3d4e5f6a7b8c9d",
    }
    # a sample built by the file's own helper is left out and counted
    assert data.unevaluated == 1
    assert len(data.scored) == (2 + 1) + (1 + 1)


def test_reuse_needs_eight_shared_letters_and_digits_with_a_digit() -> None:
    assert reuses_secret("token = 20e9817b9c5d", ["bitly_token = 20e9817b9c5ddde1"])
    assert not reuses_secret("cloudpayments_checkout_url = x", ["cloudpayments_token = 4f9a"])
    assert not reuses_secret("KEY=abcdefghijk", ["KEY=abcdefghijk9"])
    assert entropy("aaaa") == 0.0


APPENDED = """package rules

func GadgetToken() *config.Rule {
	r := config.Rule{
		RuleID: "gadget-token",
	}

	tps := []string{`gadget_token = "gdt_7Qm2Xr9Lp4Vz8Kc1"`}
	tps = append(tps,
		`gadget pat = gdt_Hn5Wq3Ty6Ub0Ja2Se`,
	)
	return utils.Validate(r, tps, nil)
}
"""


def test_a_list_grown_by_append_keeps_its_samples(tmp_path: Path) -> None:
    manifest = write(tmp_path)
    (tmp_path / "cmd/generate/config/rules/gadget.go").write_text(APPENDED, encoding="utf-8")
    with manifest.open("a", encoding="utf-8") as fh:
        fh.write("cmd/generate/config/rules/gadget.go,x\n")
    data = load(tmp_path, sampler, manifest)
    assert [s.text for s in data.scored if s.rule == "gadget-token"] == [
        'gadget_token = "gdt_7Qm2Xr9Lp4Vz8Kc1"',
        "gadget pat = gdt_Hn5Wq3Ty6Ub0Ja2Se",
    ]


SPREAD = """package rules

func SprocketKey() *config.Rule {
	r := config.Rule{
		ID: "sprocket-key",
	}

	tps := append(
		utils.GenerateSampleSecrets("sprocket", "spk-"+secrets.NewSecret(utils.Hex("32"))),
		utils.GenerateSampleSecrets("cog", "spk-"+secrets.NewSecret(utils.Hex("32")))...,
	)
	tps = append(tps, `SPROCKET_ID=`+secrets.NewSecret(utils.Hex8_4_4_4_12()))
	return utils.Validate(r, tps, nil)
}
"""


def test_a_list_spread_into_append_and_a_helper_without_argument(tmp_path: Path) -> None:
    manifest = write(tmp_path)
    (tmp_path / "cmd/generate/config/rules/sprocket.go").write_text(SPREAD, encoding="utf-8")
    with manifest.open("a", encoding="utf-8") as fh:
        fh.write("cmd/generate/config/rules/sprocket.go,x\n")
    patterns: list[str] = []

    def recording(seed: str):  # type: ignore[no-untyped-def]
        return lambda pattern: patterns.append(pattern) or "9f3a61c0b27e4d58a1c6e0f7b3d92a4e"

    data = load(tmp_path, recording, manifest)
    texts = [s.text for s in data.scored if s.rule == "sprocket-key"]
    # two templates for each identifier, then the appended one
    assert texts[:4] == [
        'sprocketToken="spk-9f3a61c0b27e4d58a1c6e0f7b3d92a4e"',
        '{"config.ini": "SPROCKET_TOKEN=spk-9f3a61c0b27e4d58a1c6e0f7b3d92a4e"}',
        'cogToken="spk-9f3a61c0b27e4d58a1c6e0f7b3d92a4e"',
        '{"config.ini": "COG_TOKEN=spk-9f3a61c0b27e4d58a1c6e0f7b3d92a4e"}',
    ]
    assert texts[4] == "SPROCKET_ID=9f3a61c0b27e4d58a1c6e0f7b3d92a4e"
    assert "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" in patterns
    assert data.unevaluated == 1  # only WidgetToken's helper


HELPER = """package rules

func GizmoToken() *config.Rule {
	r := config.Rule{
		ID: "gizmo-token",
	}
	tps := []string{"GIZMO_TOKEN=gzt_" + gizmoBody()}
	fps := gizmoFalse("gzt_")
	return utils.Validate(r, tps, fps)
}

func gizmoFalse(prefix string) []string {
	return []string{
		prefix + "short",
		prefix + "xxxxxxxxxxxxxxxxxxxx",
	}
}

func gizmoBody() string {
	return secrets.NewSecret(utils.Hex("32"))
}

func gizmoCount(n int) string {
	body := strings.Repeat("a", n)
	return body
}
"""


def test_a_helper_of_one_return_statement_is_evaluated(tmp_path: Path) -> None:
    manifest = write(tmp_path)
    (tmp_path / "cmd/generate/config/rules/gizmo.go").write_text(HELPER, encoding="utf-8")
    with manifest.open("a", encoding="utf-8") as fh:
        fh.write("cmd/generate/config/rules/gizmo.go,x\n")
    data = load(tmp_path, lambda seed: lambda pattern: "9f3a61c0b27e4d58a1c6e0f7b3d92a4e", manifest)
    samples = [(s.positive, s.text) for s in data.scored if s.rule == "gizmo-token"]
    # the parameter bound to the argument; a helper without parameters evaluated too
    assert samples == [
        (True, "GIZMO_TOKEN=gzt_9f3a61c0b27e4d58a1c6e0f7b3d92a4e"),
        (False, "gzt_short"),
        (False, "gzt_xxxxxxxxxxxxxxxxxxxx"),
    ]
    assert data.unevaluated == 1  # WidgetToken's helper, not defined in its file
