import requests
import urllib.request
import urllib3
import httpx

from urllib.parse import urlparse

from typing import Any, Mapping, Optional

from flask import Flask, abort, request, session

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


@app.post("/partners/credit-bureau/callback")
def bureau_callback():
    import httpx
    import urllib3

    target = request.json["report_url"]
    # ruleid: python-ssrf
    requests.get(url=target, timeout=5)
    # ruleid: python-ssrf
    requests.request("GET", url=request.args["statement_url"], timeout=5)
    # ruleid: python-ssrf
    requests.request(method="POST", url=target, json={"loan": 1}, timeout=5)
    # ruleid: python-ssrf
    httpx.post(url=target, json={"ping": True}, timeout=5)
    # ruleid: python-ssrf
    httpx.request("GET", url=target, timeout=5)
    pool = urllib3.PoolManager()
    # ruleid: python-ssrf
    pool.request("GET", target)
    # ruleid: python-ssrf
    urllib3.PoolManager().request("GET", url=target)
    client = httpx.Client()
    # ruleid: python-ssrf
    client.get(url=target)
    # ruleid: python-ssrf
    client.request("GET", target)
    # ruleid: python-ssrf
    urllib.request.urlopen(url=target, timeout=5)
    # ok: python-ssrf
    requests.get(url="https://api.partner-a.kz/v1/score", params={"iin": request.args["iin"]}, timeout=5)
    # ok: python-ssrf
    requests.request("POST", url=PARTNERS["kaspi"], json={"amount": request.json["amount"]}, timeout=5)
    # ok: python-ssrf
    pool.request("GET", "https://api.partner-b.kz/check", fields={"iin": request.args["iin"]})
    # ok: python-ssrf
    httpx.post(url=PARTNERS.get("halyk", ""), data={"ref": target}, timeout=5)
    return "ok"


@app.post("/captcha/verify")
def verify_captcha():
    from urllib import request as http

    body = ("response=" + request.form["g-recaptcha-response"]).encode()
    verify_server = app.config["CAPTCHA_VERIFY_SERVER"]
    # ok: python-ssrf
    http.urlopen(verify_server, body)
    # ok: python-ssrf
    http.urlopen(PARTNERS["kaspi"], body, timeout=5)
    pool = __import__("urllib3").PoolManager()
    # ruleid: python-ssrf
    pool.urlopen("POST", request.form["callback"], body=body)
    # ruleid: python-ssrf
    pool.urlopen(method, request.form["callback"])
    return "ok"


class PartnerGateway:
    def __init__(self, base_url):
        self.base_url = base_url
        self._session = requests.Session()

    def fetch_document(self):
        # ruleid: python-ssrf
        return self._session.get(url=request.args["document_url"], timeout=5)

    def status(self):
        # ok: python-ssrf
        return self._session.get(url=self.base_url + "/status", params={"iin": request.args["iin"]}, timeout=5)


ALLOWED_HOSTS = {"api.partner-a.kz", "api.partner-b.kz"}
ALLOWED_CALLBACKS = ("https://api.partner-a.kz/hook", "https://api.partner-b.kz/hook")


@app.post("/partners/allow-listed")
def allow_listed_partner_call():
    url = request.json["callback_url"]
    if url not in ALLOWED_CALLBACKS:
        abort(400)
    # ok: python-ssrf
    requests.post(url, json={"ping": True}, timeout=5)
    return "ok"


@app.post("/partners/allow-listed-host")
def allow_listed_host_call():
    url = request.json["callback_url"]
    if urlparse(url).netloc in ALLOWED_HOSTS:
        # ok: python-ssrf
        requests.post(url, json={"ping": True}, timeout=5)
    # ruleid: python-ssrf
    requests.post(url, json={"ping": True}, timeout=5)
    return "ok"


@app.post("/partners/allow-listed-host-return")
def allow_listed_host_return():
    url = request.json["callback_url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return "refused", 400
    # ok: python-ssrf
    requests.post(url, json={"ping": True}, timeout=5)
    return "ok"


@app.post("/partners/checked-but-not-stopped")
def checked_but_not_stopped():
    url = request.json["callback_url"]
    if url not in ALLOWED_CALLBACKS:
        app.logger.warning("unknown callback")
    # ruleid: python-ssrf
    requests.post(url, json={"ping": True}, timeout=5)
    return "ok"


@app.post("/partners/checked-against-request-data")
def checked_against_request_data():
    url = request.json["callback_url"]
    if url in request.json["allowed"]:
        # ruleid: python-ssrf
        requests.post(url, json={"ping": True}, timeout=5)
    return "ok"


# The standard library's HTTP server, and Python 2's urllib.urlopen
import http.server
import urllib


class ProxyHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path, query = self.path.split("?", 1) if "?" in self.path else (self.path, "")
        params = dict(pair.split("=", 1) for pair in query.split("&") if "=" in pair)
        # ruleid: python-ssrf
        urllib.request.urlopen(params["url"]).read()
        # ruleid: python-ssrf
        urllib.urlopen(params["url"]).read()
        # ok: python-ssrf
        urllib.request.urlopen("https://status.example.kz/health").read()


# The web framework's session, a cache and other dictionaries are looked up with `.get(key)` like
# an HTTP client: a key taken from the request is not a URL there.
@app.get("/login/callback")
def login_callback():
    state = request.args["state"]
    # ok: python-ssrf
    saved = session.get(f"_state_{state}")
    # ok: python-ssrf
    other = request.session.get(request.args["key"])
    # ruleid: python-ssrf
    echoed = requests.get(request.args["key"], timeout=5)
    return saved, other, echoed


def state_from(session: dict[str, Any] | None, cache: Optional[Mapping[str, str]]):
    state = request.args["state"]
    # ok: python-ssrf
    value = session.get(f"_state_{state}")
    # ok: python-ssrf
    cached = cache.get(state)
    return value, cached


def fetch_with(session, http_client: "httpx.AsyncClient", pool: urllib3.PoolManager):
    url = request.args["url"]
    # ruleid: python-ssrf
    first = session.get(url, timeout=5)
    # ruleid: python-ssrf
    second = http_client.get(url)
    # ruleid: python-ssrf
    third = pool.request("GET", url)
    return first, second, third


def fetch_with_typed(session: requests.Session):
    # ruleid: python-ssrf
    return session.get(request.args["url"], timeout=5)


class OAuthStateStore:
    """Keeps the login state in the framework's session (a dictionary) between two requests."""

    def __init__(self, name, redis_client):
        self.name = name
        self.redis_client = redis_client
        self.session = {}

    def save(self, session, state, data):
        session[f"_state_{self.name}_{state}"] = data

    def load(self, session):
        key = f"_state_{self.name}_{request.args['state']}"
        # ok: python-ssrf
        return session.get(key)

    def load_raw(self, session):
        # todook: python-ssrf
        return session.get(request.args["state"])

    def load_cached(self):
        # ok: python-ssrf
        return self.redis_client.get(request.args["state"])

    def load_own(self):
        # ok: python-ssrf
        return self.session.get(request.args["state"])


class CallbackClient:
    """An HTTP session kept on the object, beside a dictionary of headers."""

    def __init__(self):
        self.session = requests.Session()
        self.headers = {}

    def remember(self, name, value):
        self.headers[name] = value

    def call(self):
        # ruleid: python-ssrf
        return self.session.get(request.args["callback"], headers=self.headers, timeout=5)


async def fetch_async():
    import aiohttp

    async with aiohttp.ClientSession() as session:
        # ruleid: python-ssrf
        async with session.get(request.args["url"]) as resp:
            return await resp.text()


@app.get("/keys")
def keys_and_urls():
    state = request.args["state"]
    client = httpx.Client()
    # ok: python-ssrf
    client.get("_state_%s" % state)
    # ok: python-ssrf
    client.get("oauth_state:{}".format(state))
    # ruleid: python-ssrf
    client.get("http" + state)
    # ruleid: python-ssrf
    client.get(f"/{state}")
    # ruleid: python-ssrf
    client.get(f" {state}")
    # ruleid: python-ssrf
    client.get(f"{state}/status")
    return "ok"


# Flask-SQLAlchemy's `db.session` is the database's unit of work: delete(), get() and merge() take
# model objects and classes, and no URL.
@app.post("/loans/<int:loan_id>/delete")
def delete_loan(loan_id):
    loan = Loan.query.get(request.form["loan_id"])
    # ok: python-ssrf
    db.session.delete(loan)
    # ok: python-ssrf
    current_app.db.session.delete(Loan.query.get(request.form["other_id"]))
    db.session.commit()
    http_session = requests.Session()
    # ruleid: python-ssrf
    http_session.delete(request.form["callback"])
    # ruleid: python-ssrf
    app.session.delete(request.form["callback"])
    return "ok"


# A URL that begins with a base URL from the application's settings or configuration: the host is
# the operator's, the request data chooses a path or query on it.
@app.get("/extensions/<ext_id>/reviews")
def extension_reviews(ext_id):
    query = request.query_string.decode()
    # ok: python-ssrf
    requests.get(settings.reviews_url + f"/reviews/{ext_id}?{query}")
    # ok: python-ssrf
    requests.get(app.config["BUREAU_URL"] + "/reports/" + request.args["iin"])
    # ok: python-ssrf
    requests.get(current_app.config.get("BUREAU_URL") + "/reports/" + request.args["iin"])
    # ruleid: python-ssrf
    requests.get(request.args["base_url"] + "/status")
    callback_url = request.args["callback"]
    # ruleid: python-ssrf
    requests.get(callback_url + "/status")
    # ruleid: python-ssrf
    requests.get(settings.scheme + request.args["host"])
    return "ok"


# A SQLAlchemy session under another name than `db.session` (a module of the application holding
# it, `models.session`): the function also queries it, commits or rolls it back, which no HTTP
# session does; its delete() takes the row.
@app.post("/shelves/<int:shelf_id>/remove")
def remove_from_shelf(shelf_id):
    entry = store.session.query(ShelfEntry).filter(ShelfEntry.loan_id == request.form["loan_id"]).first()
    # ok: python-ssrf
    store.session.delete(entry)
    store.session.commit()
    return "ok"


@app.post("/tokens/<token>/expire")
def expire_token(token):
    # ok: python-ssrf
    models.session.delete(models.session.query(Token).filter(Token.value == request.form["token"]).first())
    try:
        # ok: python-ssrf
        models.session.merge(Token(value=request.form["token"]))
        models.session.commit()
    except Exception:
        models.session.rollback()
    return "ok"


@app.post("/partners/notify")
def notify_partner():
    # a session the function does not query nor commit is still the HTTP client it is named like
    # ruleid: python-ssrf
    partners.session.delete(request.form["callback"])
    # ruleid: python-ssrf
    partners.session.get(request.form["callback"])
    partners.session.close()
    return "ok"


# A helper that only deletes (its caller commits): the object it deletes was loaded by an ORM
# lookup (`first()`, `one()`, `Model.query.get()`, `get_or_404()`), which yields a row, no URL.
def drop_guarantor(loan_id):
    guarantor = Guarantor.query.filter_by(loan_id=request.form["loan_id"]).first()
    # ok: python-ssrf
    store.session.delete(guarantor)
    collateral = Collateral.query.get_or_404(request.form["collateral_id"])
    # ok: python-ssrf
    store.session.delete(collateral)
    schedule = store.session.execute(select(Schedule).where(Schedule.loan_id == request.form["loan_id"])).scalar_one()
    # ok: python-ssrf
    store.session.delete(schedule)
    hook = request.form["hook"].strip()
    # ruleid: python-ssrf
    partners.session.delete(hook)
    target = partners.lookup(request.form["target"])
    # ruleid: python-ssrf
    partners.session.delete(target)


# A URL template from the application's configuration, filled with request values reduced to
# file names: the host is the operator's.
@app.get("/branches/map/<z>/<x>/<y>.png")
def branch_map_tile(z, x, y):
    url = current_app.config["TILE_SERVER"]["URL"].format(z=secure_filename(z), x=secure_filename(x), y=secure_filename(y))
    # ok: python-ssrf
    requests.get(url, timeout=30)
    # ok: python-ssrf
    requests.get(settings.MAP_URL.format(z=z, x=x, y=y), timeout=30)
    # ruleid: python-ssrf
    requests.get(request.args["tiles"].format(z=z), timeout=30)
    # ruleid: python-ssrf
    requests.get("{}/{}".format(request.args["host"], z), timeout=30)
    return "ok"


# A value looked up in the application's settings by a key the request helps build (which
# configured provider) is the operator's setting, not the request's value.
@app.get("/login/<provider>/token")
def provider_token(provider):
    prefix = "auth.policy.%s." % request.view_args["provider"]
    issuer = settings_registry.settings[prefix + "issuer"]
    # ok: python-ssrf
    requests.post(issuer + "/token", data={"code": request.args["code"]})
    endpoint = current_app.config.get(prefix + "endpoint")
    # ok: python-ssrf
    requests.get(endpoint)
    hosts = {"bureau": request.args["host"]}
    # ruleid: python-ssrf
    requests.get(hosts["bureau"] + "/report")


# A dictionary the function builds (dict(...), a literal, a comprehension) and names like a
# client (`client_lookup`, `clients_by_id`) is looked up with `.get(key)`: a key taken from the
# request is no URL there; an HTTP client built in the same function is still one.
@app.post("/oauth/token")
def oauth_token_exchange():
    client_lookup = dict(zip(CLIENT_IDS, CLIENT_SECRETS))
    # ok: python-ssrf
    secret = client_lookup.get(request.json["clientId"], None)
    clients_by_id = {c.id: c for c in REGISTERED_CLIENTS}
    # ok: python-ssrf
    client = clients_by_id.get(request.args["client"])
    client_names = {"web": "Web cabinet", "mobile": "Mobile app"}
    # ok: python-ssrf
    name = client_names.get(request.args["kind"])
    http_client = httpx.Client()
    # ruleid: python-ssrf
    echoed = http_client.get(request.args["callback"])
    return secret, client, name, echoed


# A model registry or a database pool named `pool` or `manager` is looked up with `.get(name)`:
# urllib3's pools and pool managers have no get() or post() (only request() and urlopen()), so
# such a name with those methods is no HTTP client; one named for HTTP still is.
@app.route("/<database_name>/rest/model/<name>")
def rest_search(pool, manager, database_name, name):
    # ok: python-ssrf
    model = pool.get(name)
    # ok: python-ssrf
    handler = manager.get(request.args["kind"])
    http_pool = make_pool()
    # ruleid: python-ssrf
    echoed = http_pool.get(request.args["callback"])
    return model, handler, echoed


# A session bound from a database session factory (`with sql.session_for_write() as session`,
# `session_scope()`, SQLAlchemy's `Session(engine)`), or one the function add()s a row to, which no
# HTTP session can: its get() and delete() take a model class and a row.
@app.post("/oauth/request-tokens/<token_id>/exchange")
def exchange_request_token(token_id):
    with sql.session_for_write() as session:
        token_ref = session.get(RequestToken, token_id)
        # ok: python-ssrf
        session.delete(token_ref)
    with Session(engine) as session:
        # ok: python-ssrf
        session.delete(session.get(RequestToken, request.form["other_id"]))
    session = Session(bind=engine)
    # ok: python-ssrf
    session.delete(session.get(RequestToken, request.form["third_id"]))
    return "ok"


@app.post("/oauth/access-tokens/<token_id>")
def replace_token(token_id, session):
    session.add(AccessToken(id=token_id))
    # ok: python-ssrf
    session.delete(RequestToken.lookup(request.form["token_id"]))
    return "ok"


@app.post("/partners/<partner_id>/revoke")
def revoke_at_partner(partner_id):
    # an HTTP session bound in a `with`, or from a factory that is not a database's, still is one
    with requests.Session() as session:
        # ruleid: python-ssrf
        session.delete(request.form["callback"])
    with make_session() as session:
        # ruleid: python-ssrf
        session.delete(request.form["callback"])
    session = get_http_session()
    # ruleid: python-ssrf
    session.delete(request.form["callback"])
    return "ok"


# A URL past a check that its host resolves to a public address (not a private, loopback or
# link-local one), which leaves the view when it does not: the request cannot reach the
# operator's internal network, the class of harm the rule is about.
def url_points_to_public_ip(url):
    return True


def resolves_to_private_address(url):
    return False


@app.post("/settings/identity-providers/discover")
def discover_provider():
    url = request.args["url"]
    if not (url_points_to_public_ip(url) or app.config["ALLOW_PRIVATE_NETWORKS"]):
        raise ValueError("unsafe discovery URL")
    # ok: python-ssrf
    return requests.get(url + "/.well-known/openid-configuration", timeout=10).json()


@app.post("/settings/webhooks/check")
def check_webhook():
    hook = request.form["hook"]
    if resolves_to_private_address(hook):
        abort(400)
    # ok: python-ssrf
    return requests.post(hook, json={"ping": True}, timeout=5).text


@app.post("/settings/webhooks/check-public")
def check_public_webhook():
    hook = request.form["hook"]
    if url_points_to_public_ip(hook):
        # ok: python-ssrf
        return requests.post(hook, json={"ping": True}, timeout=5).text
    return "refused"


# A check that does not leave the view, a check of another value, or a prefix check is no guard.
@app.post("/settings/webhooks/check-logged")
def check_logged_webhook():
    hook = request.form["hook"]
    other = request.form["other"]
    if not url_points_to_public_ip(hook):
        print("private address")
    # ruleid: python-ssrf
    requests.post(hook, json={"ping": True}, timeout=5)
    if not url_points_to_public_ip(other):
        raise ValueError("unsafe")
    # ruleid: python-ssrf
    requests.post(hook, json={"ping": True}, timeout=5)
    if not url_points_to_public_ip(hook):
        # ruleid: python-ssrf
        requests.post(hook, json={"ping": True}, timeout=5)
    if not hook.startswith("https://"):
        raise ValueError("unsafe")
    # ruleid: python-ssrf
    return requests.post(hook, json={"ping": True}, timeout=5).text


# A provider's endpoints looked up in a dictionary of the Django settings by a key the request
# selects (`settings.BUREAU_ENDPOINTS[name]`): the hosts are the operator's, the request only
# picks one of them. A settings dictionary holding a request value is not there to look in.
def bureau_token(request):
    from django.conf import settings

    bureau = request.GET.get("bureau")
    entry = settings.CREDIT_BUREAUS[bureau]
    # ok: python-ssrf
    requests.post(f"{entry['base_url']}/{entry['token_path']}", data={"code": request.GET["code"]})
    other = settings.CREDIT_BUREAUS.get(bureau, {})
    # ok: python-ssrf
    requests.get(other["status_url"], timeout=5)
    # ruleid: python-ssrf
    requests.get(request.GET["callback"], timeout=5)


# urllib's Request object built with the operator's URL and the client's data as its body (a
# payment gateway's notification posted back for verification): the body is no URL, and a URL
# put into the Request is reported where the Request is built. The same object given to
# urlopen is not reported again; a Request whose URL is the client's still is (at the Request).
def verify_repayment_notice(request):
    from urllib.request import Request, urlopen

    body = urlencode({"cmd": "_notify-validate", "txn": request.POST.get("txn", "")})
    headers = {"Content-type": "application/x-www-form-urlencoded"}
    request = Request(settings.GATEWAY_VERIFY_URL, body.encode("utf-8"), headers)
    # ok: python-ssrf
    response = urlopen(request)
    outgoing = urllib.request.Request(url=settings.GATEWAY_VERIFY_URL, data=body.encode())
    # ok: python-ssrf
    urllib.request.urlopen(outgoing, timeout=10)
    # ok: python-ssrf
    urllib.request.urlopen(urllib.request.Request(settings.GATEWAY_VERIFY_URL, body.encode()))
    return response.read()


def fetch_borrower_document(request):
    from urllib.request import Request, urlopen

    # ruleid: python-ssrf
    document = Request(request.GET["document_url"], headers={"Accept": "application/pdf"})
    # ok: python-ssrf
    return urlopen(document).read()


def fetch_borrower_document_direct(request):
    from urllib.request import urlopen

    target = request.GET["document_url"]
    # ruleid: python-ssrf
    return urlopen(target).read()


# A route parameter annotated with a number, a boolean, a UUID or a date (alone, optional, in
# Annotated[...] or a list) is converted before the handler runs: it cannot carry the attack. A
# str beside it can, and so can a Flask <name> variable whatever its annotation says.
from typing import Annotated, List, Optional
from uuid import UUID

from fastapi import FastAPI, Path, Query

typed_api = FastAPI()


@typed_api.get("/branches/{branch_id}/typed")
async def typed_params(
    branch_id: Annotated[int, Path(ge=1)],
    page: Optional[int] = None,
    rate: float | None = None,
    loan_uuid: UUID | None = None,
    active: bool = True,
    ids: List[int] = Query([]),
    label: Annotated[str, Query()] = "",
):
    # ok: python-ssrf
    requests.get(f"https://{branch_id}/loans?page={page}", timeout=5)
    # ok: python-ssrf
    requests.get(loan_uuid, timeout=5)
    # ruleid: python-ssrf
    requests.get(f"https://{label}/loans", timeout=5)
    return "ok"


@app.route("/typed/<code>/<int:number>")
def flask_typed(code: int, number: int):
    # ruleid: python-ssrf
    requests.get("https://" + code + "/status", timeout=5)
    return "ok"
