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


# The else branch of any condition whose name says verification: the name, not a fixed list.
def context_from_settings(settings):
    verify_setting = settings.getbool("DOWNLOAD_VERIFY_CERTIFICATES")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if verify_setting:
        ctx.load_default_certs()
    else:
        # ok: python-tls-verification-disabled
        ctx.check_hostname = False
        # ok: python-tls-verification-disabled
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def context_for_options(options):
    ctx = ssl.create_default_context()
    if options.get("certificate_validation") is False:
        # ok: python-tls-verification-disabled
        ctx.verify_mode = ssl.CERT_NONE
    if options["cert_reqs"] == ssl.CERT_NONE:
        # ok: python-tls-verification-disabled
        ctx.check_hostname = False
    return ctx


def context_for_pinning(assert_fingerprint, assert_hostname):
    ctx = ssl.create_default_context()
    # the library checks the certificate's fingerprint or name itself
    if assert_fingerprint or assert_hostname:
        # ok: python-tls-verification-disabled
        ctx.check_hostname = False
    return ctx


# A condition that names TLS but not its verification is no opt-out: TLS is on, unverified.
def context_when_tls(use_ssl, tls_enabled):
    ctx = ssl.create_default_context()
    if use_ssl:
        # ruleid: python-tls-verification-disabled
        ctx.check_hostname = False
    if tls_enabled:
        # ruleid: python-tls-verification-disabled
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


# A function whose name does not say it turns verification off reports where it does.
def partner_bank_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ruleid: python-tls-verification-disabled
    ctx.check_hostname = False
    # ruleid: python-tls-verification-disabled
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


# A class standing in for ssl.SSLContext starts, like it, with hostname checking off.
class WrappedContext:
    def __init__(self, protocol):
        self._ctx = make_native_context(protocol)
        # ok: python-tls-verification-disabled
        self.check_hostname = False


class UnverifiedContext(ssl.SSLContext):
    def __init__(self, protocol):
        super().__init__(protocol)
        # ruleid: python-tls-verification-disabled
        self.check_hostname = False
        # ruleid: python-tls-verification-disabled
        self.verify_mode = ssl.CERT_NONE


# A function that exists to build the opt-out context: its callers decide, reported at a call
# that no verification condition guards.
def _make_insecure_ssl_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ok: python-tls-verification-disabled
    ctx.check_hostname = False
    # ok: python-tls-verification-disabled
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


class ProxyHandler:
    def proxy_context(self, proxy_url):
        if proxy_url.startswith("https:") and not self._verify_certificates:
            # ok: python-tls-verification-disabled
            return _make_insecure_ssl_ctx()
        return ssl.create_default_context()

    def partner_context(self):
        # ruleid: python-tls-verification-disabled
        return _make_insecure_ssl_ctx()

    def warn(self):
        # ok: python-tls-verification-disabled
        warn_insecure_transport()


# A call written in a docstring or a string is text, not a call.
class TokenValidator:
    def get_acr(self, user):
        """The assurance level of the login; re-implement it, for example:

            def get_acr(self, user):
                # ok: python-tls-verification-disabled
                if user.insecure_session():
                    return "0"
                # ok: python-tls-verification-disabled
                client = make_unverified_client()
        """
        # ok: python-tls-verification-disabled
        hint = "call make_unverified_client() only in tests"
        # ruleid: python-tls-verification-disabled
        return make_unverified_client()


# `verify` is TLS verification only on an HTTP client's call: a session's or client's request,
# or the building of a client, session, transport or connection pool. An application's own
# method that takes a `verify` keyword (a ledger entry checked for balance) opens no connection.
class LoanJournalEntry:
    def post(self, commit=True, verify=True):
        return commit and verify

    def lock(self):
        # ok: python-tls-verification-disabled
        self.save(verify=False, update_fields=["locked"])
        # ok: python-tls-verification-disabled
        self.clean(verify=False)


def close_day(entries, ledger):
    for entry in entries:
        # ok: python-tls-verification-disabled
        entry.mark_as_posted(commit=False, verify=False, raise_exception=True)
        # ok: python-tls-verification-disabled
        ledger.recompute_balances(verify=False)


def bureau_clients(base_url, iin):
    bureau_session = requests.Session()
    # ruleid: python-tls-verification-disabled
    score = bureau_session.get(base_url + "/score", params={"iin": iin}, verify=False)
    # ruleid: python-tls-verification-disabled
    http.request("GET", base_url, verify=False)
    # ruleid: python-tls-verification-disabled
    vault = hvac.Client(url=base_url, verify=False)
    # ruleid: python-tls-verification-disabled
    s3 = boto3.client("s3", verify=False)
    # ruleid: python-tls-verification-disabled
    status = self.api.fetch_status(iin, verify=False)
    return score, vault, s3, status
