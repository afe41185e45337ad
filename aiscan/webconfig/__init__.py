"""Web templates and server configuration (p24.2-p24.5, p26.1, p26.3, p23): login and card forms in
templates, and the settings a web server runs with in production. Rules are data in
`rulesets/config/web-templates.yaml` and `rulesets/config/server.yaml`; nothing scanned is ever
imported or executed."""

from aiscan.webconfig.analyzer import WebConfigAnalyzer

__all__ = ["WebConfigAnalyzer"]
