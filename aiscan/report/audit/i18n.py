"""Message catalogues of the audit report (gettext, compiled from report_templates/locale/*.po
at build time by hatch_build.py).

A language is a folder `report_templates/locale/<code>/LC_MESSAGES/` holding `aiscan.po` (the
source, in the repository) and `aiscan.mo` (compiled). Adding Kazakh is adding `kk` there and
to LANGUAGES.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from aiscan.errors import CatalogueError
from aiscan.resources import templates_dir

DOMAIN = "aiscan"
LANGUAGES = ("ru", "en")
DEFAULT_LANGUAGE = "ru"


def locale_dir() -> Path:
    return templates_dir() / "locale"


@cache
def translations(lang: str) -> gettext.GNUTranslations:
    """The compiled catalogue of `lang`; an installation without it is broken, said in one line."""
    if lang not in LANGUAGES:
        raise CatalogueError(f"no report language {lang!r} (one of: {', '.join(LANGUAGES)})")
    mo = locale_dir() / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with mo.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    except OSError as exc:
        raise CatalogueError(
            f"{mo}: the compiled {lang} message catalogue is missing ({exc.strerror}); "
            'reinstall aiscan (pip install -e ".[test]" compiles it)'
        ) from None
