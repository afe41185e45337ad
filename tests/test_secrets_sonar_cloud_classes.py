"""Classes that sonar-text's second draw of secret-rule examples (cloud, CI, messaging, mail,
payment and monitoring providers, measured from outside) showed missed or falsely reported, written
as our own cases (values generated here, made up for these tests) before the rules changed for
them, with decoys of the same shape:

- a Microsoft Teams incoming webhook URL (`<tenant>.webhook.office.com/webhookb2/<guid>@<guid>/
  IncomingWebhook/<32 hex>/<guid>`): whoever holds it posts into the channel;
- HashiCorp Vault's batch token in its form before the `hvb.` prefix (`b.AAAAAQ` and its body);
- a JFrog Artifactory reference token (base64 of `reftkn:01:<expiry>:<random>`, 64 characters);
- already reported, kept as guards: the same tokens under a secret's name, and a Grafana API key
  (base64 of `{"k":"<32 letters and digits>",...}`) in a bearer header;
- not secrets: the published keys of the Azure Storage emulator (Azurite) and the Cosmos DB
  emulator, the same in every installation, as AWS's documentation keys are.
"""

from __future__ import annotations

import base64
import random
import string

import pytest

from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine

ENGINE = Engine(load_ruleset())
RNG = random.Random("sonar-text cloud classes")
ALNUM = string.ascii_letters + string.digits


def rand(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def guid() -> str:
    h = "0123456789abcdef"
    return f"{rand(h, 8)}-{rand(h, 4)}-4{rand(h, 3)}-{RNG.choice('89ab')}{rand(h, 3)}-{rand(h, 12)}"


def b64(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


TEAMS = (
    f"https://{rand(string.ascii_lowercase, 9)}.webhook.office.com/webhookb2/{guid()}@{guid()}"
    f"/IncomingWebhook/{rand('0123456789abcdef', 32)}/{guid()}"
)
GRAFANA = b64(
    f'{{"k":"{rand(ALNUM, 32)}","n":"{rand(string.ascii_lowercase, 7)}","id":{RNG.randint(1, 99)}}}'
)
VAULT_BATCH = "b.AAAAAQ" + rand(ALNUM + "_-", 140)
OTHER_K = b64('{"k":"@LoadText", "v":"Loading..."}')
REFTKN = b64(f"reftkn:01:{RNG.randint(1_700_000_000, 1_900_000_000)}:{rand(ALNUM, 27)}")


def ids_reported(path: str, text: str) -> set[str]:
    return {d.detector.id for d in ENGINE.scan(path, text).detections if d.detector.id != "weak-password"}


REPORTED = [
    ("src/Notify.cs", f'var webhookUrl = "{TEAMS}";\nvar client = new HttpClient();\n'),
    ("config/alerts.yaml", f"teams:\n  url: {TEAMS}\n"),
    (
        "scripts/dash.sh",
        f"curl 'https://grafana.internal/api/dashboards/home' -H 'Authorization: Bearer {GRAFANA}'\n",
    ),
    ("deploy/env.txt", f"{VAULT_BATCH}\n"),
    ("deploy/vault.env", f"VAULT_TOKEN={VAULT_BATCH}\n"),
    ("src/Repo.java", f'put("reference-with-user", "admin:{REFTKN}");\n'),
    ("ci/settings.xml", f"<password>{REFTKN}</password>\n"),
]


@pytest.mark.parametrize(("path", "text"), REPORTED)
def test_cloud_and_ci_credentials_are_reported(path: str, text: str) -> None:
    assert ids_reported(path, text), text


NOT_REPORTED = [
    # a webhook-shaped URL whose host is no host name (`_`) or whose ids are no GUIDs, a connector
    # that is not an incoming webhook
    (
        "notes.txt",
        f"url = 'https://team_name.webhook.office.com/webhookb2/{guid()}@{guid()}/IncomingWebhook/"
        f"{rand('0123456789abcdef', 32)}/{guid()}'\n",
    ),
    (
        "notes.txt",
        "url = 'https://acme.webhook.office.com/webhookb2/f49c28c6-d10b-412c-b961-fge456bd@"
        "c1a7fa9b-90b3-49ab-b5e2-345HG88c/IncomingWebhook/b43c20SDSGFG56712d848bc1cebb17/53ee2e22-a867'\n",
    ),
    # base64 of another object with a `k` field
    ("notes.txt", f"curl https://cdn.internal -d '{OTHER_K}'\n"),
    # the prefixes alone, short bodies
    ("notes.txt", "token = 'b.AAAAAQ'\n"),
    ("notes.txt", 'assertTrue(containsSuspectedSecrets("cmVmdGtuOjAxOjtext with space"));\n'),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_cloud_decoys_are_not_reported(path: str, text: str) -> None:
    assert not ids_reported(path, text), text


# Microsoft publishes these in the emulators' documentation; every local installation uses them.
AZURITE = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
COSMOS = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="


@pytest.mark.parametrize("key", [AZURITE, COSMOS])
def test_the_azure_emulators_published_keys_are_not_secrets(key: str) -> None:
    text = f'const connStr = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key}";\n'
    assert not ids_reported("src/storage.js", text)


def test_an_issued_storage_key_beside_them_is_still_reported() -> None:
    key = base64.b64encode(bytes(RNG.randrange(256) for _ in range(64))).decode()
    text = f'const connStr = "DefaultEndpointsProtocol=https;AccountName=loans;AccountKey={key}";\n'
    assert ids_reported("src/storage.js", text)
