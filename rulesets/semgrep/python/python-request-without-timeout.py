import urllib.request

import requests


def notify_partner(payload):
    # ruleid: python-request-without-timeout
    requests.post("https://partner.example.kz/notify", json=payload)
    # ok: python-request-without-timeout
    requests.post("https://partner.example.kz/notify", json=payload, timeout=10)
    s = requests.Session()
    # ruleid: python-request-without-timeout
    s.get("https://partner.example.kz/status")
    # ok: python-request-without-timeout
    s.get("https://partner.example.kz/status", timeout=(3, 10))
    # ruleid: python-request-without-timeout
    body = urllib.request.urlopen("https://partner.example.kz/rates").read()
    # ok: python-request-without-timeout
    body2 = urllib.request.urlopen("https://partner.example.kz/rates", timeout=5).read()
    return body, body2
