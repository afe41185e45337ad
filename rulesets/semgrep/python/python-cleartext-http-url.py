import os

import httpx
import requests
from setuptools import setup

# a name inside the organisation's network, like a private address (below)
# ok: python-cleartext-http-url
NOTIFY_URL = "http://notify.mfo.local:8081/v1/sms"
# ruleid: python-cleartext-http-url
SMS_GATEWAY_URL = "http://sms.partner.kz:8081/v1/sms"
# ok: python-cleartext-http-url
BUREAU_URL = "https://bureau.example.kz/api/v2"
# ok: python-cleartext-http-url
DEV_API_URL = "http://localhost:8000/api"
# ok: python-cleartext-http-url
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
# ruleid: python-cleartext-http-url
SCORING_API = os.getenv("SCORING_API", "http://scoring:8080")

SETTINGS = {
    # ruleid: python-cleartext-http-url
    "PAYMENT_GATEWAY_URL": "http://pay.partner.kz/gateway",
    # ok: python-cleartext-http-url
    "DOCS_URL": "http://docs.partner.kz/",
}


def send_sms(phone, text):
    # ruleid: python-cleartext-http-url
    requests.post("http://sms.partner.kz/send", json={"phone": phone, "text": text}, timeout=10)
    # ok: python-cleartext-http-url
    requests.post("https://sms.partner.kz/send", json={"phone": phone, "text": text}, timeout=10)


def bureau_client(host):
    # ruleid: python-cleartext-http-url
    client = httpx.Client(base_url=f"http://{host}/api", timeout=10)
    # ok: python-cleartext-http-url
    local = httpx.Client(base_url="http://127.0.0.1:9000", timeout=10)
    return client, local


def describe():
    # ok: python-cleartext-http-url
    return "see http://partner.kz for details"


setup(
    name="mfo-tools",
    # ok: python-cleartext-http-url
    url="http://github.com/example/mfo-tools",
)


class CleanLexer:
    name = "Clean"
    # the language's home page, not an endpoint
    # ok: python-cleartext-http-url
    url = "http://clean.cs.ru.nl/Clean"


class SmsClient:
    # ruleid: python-cleartext-http-url
    base_url = "http://sms.partner.kz/api"

    def __init__(self):
        # ruleid: python-cleartext-http-url
        self.callback_url = "http://mfo.kz/sms/callback"


# private networks and multicast-DNS names stay inside the organisation's network
# ok: python-cleartext-http-url
BUREAU_LAN_URL = "http://10.12.0.7/bureau"
# ok: python-cleartext-http-url
SCANNER_API_URL = "http://192.168.1.40/scan"
# ok: python-cleartext-http-url
PRINTER_ENDPOINT = "http://printer.local/api"
# ok: python-cleartext-http-url
GATEWAY_URL = "http://172.20.0.3:8080/"
# a public address in 172.x outside 172.16/12
# ruleid: python-cleartext-http-url
PARTNER_API_URL = "http://172.217.0.10/api"
# the cloud's instance metadata service answers on a link-local address, over HTTP only
# ok: python-cleartext-http-url
METADATA_URL = "http://169.254.169.254/latest/meta-data/"
