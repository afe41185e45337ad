"""A class that the eighth part of Kingfisher's rule examples (10 rule files, measured from outside)
showed missed, written as our own cases (own values, made up for these tests) before the rule
changed for it, with decoys of the same shape:

- an OpenWeatherMap API key (32 lower-case letters and digits) where the service's own names put
  it: the `appid` query parameter of its API's URL, the `appid` of a request's parameters, pyowm's
  `OWM(...)` and a name `owm`/`pyowm`, with OpenWeatherMap (`openweathermap`, `openweather`,
  `owm`) named on the value's line or within two lines of it.

And a decision kept as a test: a value typed along a keyboard's rows (`qwertyuiop...`,
`asdfghjkl...`) behind a provider's prefix is still reported, unlike an alphabet typed in order
(docs/measurements/secrets.md, "Kingfisher's rule examples, eighth part", gives the evidence).
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

OWM_KEY = "9c0f82d131bf84149cec024e554fedd2"
OWM_KEY_2 = "30c8a57a1ae631c8e6d79d508010636c"
OWM_ALNUM = "pnm7i9qet4jz5q6legvtx6ep90f0fi7z"
API = "https://api.openweathermap.org/data/2.5/weather"

REPORTED = [
    # -- the key in the API's URL, as a literal or a template
    ("src/weather.js", f"const url = `{API}?q=${{city}}&appid={OWM_KEY}&units=metric`;\n", 1),
    ("app/weather.py", f'resp = requests.get("{API}?q=Almaty&APPID={OWM_KEY_2}")\n', 1),
    ("notes.txt", f"http://api.openweathermap.org/data/2.5/forecast?id=1526384&appid={OWM_ALNUM}\n", 1),
    # -- a name `appid` with the service's URL beside it
    ("src/api.js", f"const appId = '{OWM_KEY}';\nconst url = `{API}?q=${{c}}&appid=${{appId}}`;\n", 1),
    ("app/client.py", f"BASE = '{API}'\nparams = {{'q': city, 'appid': '{OWM_KEY_2}'}}\n", 2),
    # -- pyowm's client and the names after it
    ("app/meteo.py", f"import pyowm\nowm = pyowm.OWM('{OWM_KEY}')\n", 2),
    ("app/meteo.py", f"from pyowm import OWM\nowm = OWM(api_key='{OWM_KEY_2}')\n", 2),
    ("notes.txt", f"owm = '{OWM_ALNUM}'\n", 1),
    ("notes.txt", f"pyowm = '{OWM_KEY}'\n", 1),
    # -- a keyboard row behind a provider's prefix is still a value (the decision above)
    ("notes.txt", "VF.WS.3b360515697bc3281e726393.zxcvbnmasdfghjkl\n", 1),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # `appid` of another service (WeChat's app id is no secret), no OpenWeatherMap in sight
    (
        "src/pay.js",
        "const url = `https://api.weixin.qq.com/sns/oauth2?appid=wx8a1b2c3d4e5f6a7b8&secret=${s}`;\n",
    ),
    ("notes.txt", f"https://example.kz/api?appid={OWM_KEY}\n"),
    # the service's URL with a variable, a placeholder or its documentation's sample key
    ("src/weather.js", f"const url = `{API}?q=${{city}}&appid=${{apiKey}}`;\n"),
    ("notes.txt", f"{API}?q=London&appid=YOUR_API_KEY\n"),
    ("notes.txt", f"{API}?q=London&appid=" + "x" * 32 + "\n"),
    (
        "notes.txt",
        "https://samples.openweathermap.org/data/2.5/weather?q=London,uk&appid=b6907d289e10d714a6e88b30761fae22\n",
    ),
    # a 32-character value too long or of another shape, and a Markdown word `owm`
    ("notes.txt", f"{API}?q=London&appid={OWM_KEY}ab\n"),
    ("notes.txt", "owm = 'abcdefghijklmnopqrstuvwxyz012345'\n"),
    ("notes.txt", "owm = OWM(api_key)\n"),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert not lines_reported(path, text)
