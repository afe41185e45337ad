import requests
import urllib.request

from flask import Flask, request

app = Flask(__name__)
PARTNERS = {"kaspi": "https://api.partner-a.kz/v1/check", "halyk": "https://api.partner-b.kz/check"}


@app.post("/webhooks/test")
def test_webhook():
    url = request.json["callback_url"]
    # ruleid: python-ssrf
    resp = requests.post(url, json={"ping": True}, timeout=5)
    # ruleid: python-ssrf
    data = urllib.request.urlopen(request.args["avatar"], timeout=5).read()
    session = requests.Session()
    # ruleid: python-ssrf
    session.get("http://" + request.args["host"] + "/status", timeout=5)
    # ok: python-ssrf
    requests.post(PARTNERS["kaspi"], json={"iin": request.json["iin"]}, timeout=5)
    # ok: python-ssrf
    partner = PARTNERS.get(request.json["partner"])
    # ok: python-ssrf
    requests.get("https://api.partner-a.kz/v1/clients", params={"iin": request.args["iin"]}, timeout=5)
    return resp.text, data, partner
