import ssl

import httpx
import jwt
import requests


def check_credit_bureau(iin):
    # ruleid: python-tls-verification-disabled
    r = requests.post("https://bureau.example.kz/api/score", json={"iin": iin}, verify=False, timeout=10)
    # ok: python-tls-verification-disabled
    r2 = requests.post("https://bureau.example.kz/api/score", json={"iin": iin}, verify="/etc/ssl/bureau-ca.pem", timeout=10)
    # ruleid: python-tls-verification-disabled
    client = httpx.Client(verify=False)
    return r, r2, client


def peek_issuer(token):
    # a token's claims, not a TLS connection
    # ok: python-tls-verification-disabled
    claims = jwt.decode(token, verify=False)
    # ok: python-tls-verification-disabled
    other = api_jwt.decode(token, options={"verify_signature": False}, verify=False)
    return claims["iss"], other


# ruleid: python-tls-verification-disabled
ctx = ssl._create_unverified_context()
ctx2 = ssl.create_default_context()
# ruleid: python-tls-verification-disabled
ctx2.check_hostname = False
# ruleid: python-tls-verification-disabled
ctx2.verify_mode = ssl.CERT_NONE
ctx3 = ssl.create_default_context()
# ok: python-tls-verification-disabled
ctx3.minimum_version = ssl.TLSVersion.TLSv1_2
# ruleid: python-tls-verification-disabled
ctx3.minimum_version = ssl.TLSVersion.TLSv1
