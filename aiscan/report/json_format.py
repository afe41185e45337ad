from __future__ import annotations

import json

from aiscan.compliance.catalogue import Catalogue
from aiscan.models import ScanResult
from aiscan.report.model import report_dict


def render_json(result: ScanResult, catalogue: Catalogue) -> str:
    return json.dumps(report_dict(result, catalogue), indent=2, ensure_ascii=False) + "\n"
