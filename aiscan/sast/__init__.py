"""Static analysis across languages (p18.1, p19): coverage of the rules per language and weakness
class, the merging of findings that several analyzers report for the same weakness, and the
checks every semgrep rule of aiscan's ruleset must pass."""
