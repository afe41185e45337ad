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


# A client library's own verify option: the branch it selects is the caller's choice.
def client_context(verify):
    if verify is True:
        return ssl.create_default_context()
    elif verify is False:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        # ok: python-tls-verification-disabled
        ctx.check_hostname = False
        # ok: python-tls-verification-disabled
        ctx.verify_mode = ssl.CERT_NONE
        return ctx


def connector_context(verified):
    if verified:
        return ssl.create_default_context()
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ruleid: python-tls-verification-disabled
    ctx.check_hostname = False
    return ctx


def debug_context(debug):
    ctx = ssl.create_default_context()
    if debug:
        # ruleid: python-tls-verification-disabled
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def request_context(request):
    ctx = ssl.create_default_context()
    if not request.validate_cert:
        # ok: python-tls-verification-disabled
        ctx.check_hostname = False
    return ctx


class ClientWithVerifyFlag:
    def context(self):
        if self.verify_tls:
            ctx = ssl.create_default_context()
        else:
            # ok: python-tls-verification-disabled
            ctx.check_hostname = False
            # ok: python-tls-verification-disabled
            ctx.verify_mode = ssl.CERT_NONE
        return ctx


def context_for(verify):
    if verify:
        return ssl.create_default_context()
    else:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        # ok: python-tls-verification-disabled
        ctx.verify_mode = ssl.CERT_NONE
        return ctx


def context_for_host(host):
    if host.endswith(".internal"):
        ctx = ssl.create_default_context()
    else:
        # ruleid: python-tls-verification-disabled
        ctx.verify_mode = ssl.CERT_NONE
    return ctx
