"""A cyber-hygiene notice (p24.4) in Russian, Kazakh or English: advice not to share codes and
passwords, to check the site's address, not to install remote-access apps, to beware of
fraudsters."""

from __future__ import annotations

import re

from aiscan.webconfig.source import line_of

_WORDING = re.compile(
    r"(?i)"
    # Russian
    r"кибергигиен|мошенни|никому\s+не\s+(сообщайте|сообщать|передавайте|говорите)"
    r"|не\s+(сообщайте|передавайте|называйте)\s+(никому|третьим)"
    r"|(правила|меры|советы)\s+(кибер)?безопасност"
    r"|программ\w*\s+удал[её]нного\s+доступа|проверяйте\s+адрес"
    # Kazakh
    r"|кибергигиена|алаяқ|ешкімге\s+(айтпаңыз|бермеңіз|хабарламаңыз)|қауіпсіздік\s+(ережелері|шаралары)"
    # English
    r"|cyber[\s-]?hygiene|phishing|fraudster|scammer"
    r"|never\s+(share|disclose|tell)|(do\s+not|don't)\s+(share|disclose|tell)\s+(your|the|anyone)"
    r"|we\s+(will\s+)?never\s+ask|security\s+(tips|advice|recommendations)"
    r"|remote[\s-]access\s+(app|software|program)"
)


def notice_line(text: str) -> int | None:
    m = _WORDING.search(text)
    return line_of(text, m.start()) if m else None
