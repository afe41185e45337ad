"""The classes that the third part of CredSweeper's test samples showed missed or reported
wrongly, written as our own cases (own values, generated for these tests) before the rules
changed for them: tokens of services whose documented prefixes no detector knew (1Password
service account tokens, Airtable personal access tokens, Akamai EdgeGrid tokens, Amazon Bedrock
API keys) and a value that ends in a descending run (`...76543210`); with decoys of the same
shapes."""

from __future__ import annotations

import pytest

from tests.secrets_holdout import (
    TOKEN_PLACES,
    assert_token_reported,
    detector_ids,
)

TOKENS = {
    "onepassword-service-account-token": [
        "ops_eyJXVQucXdCmP2tVZf-zlPwAaiXsWWcw7bl4r0xczRASfo_LqYrluaiuzcNWJEXsGZlC55LJ4Q129ammUzVVeNuxCC_93Y8l51K"
        "eoz_lgjXDck9IVyFsd-0JmIcMvFetI-6OnWY7njP-FVAobRjMxG-_8CEcb5HmA9h9SKOZu_BSZeu6ouMZikToy4s9eLj_t4agM5Ivo5C"
        "d9H4jQ_Az_iCR4z-UyzsAmnE3l7uqRfutcmMrQnF7eY7f_DC1RCACBTgeItBQhmKDvAPJOomNm1F20ykA02tCniYJz19EuiMrnpO"
    ],
    "airtable-token": ["patBlb23EIXecpLNT.37d828ad9c4c7243cb1a2e128101f5ef51352a7774a31a2ba979dcde23c34b34"],
    "akamai-edgegrid-token": ["akab-cfime0juvfg6dl0a-w5en50hok3qupcjo"],
    "aws-bedrock-api-key": [
        "bedrock-api-key-FmA1nmryPjjllcDTJwzSpz27i2NQk2SUsZedC2K4",
        "ABSKA/VFgWwobaqtnASQD8nVoFPiJeU2rafQrfAL+4ThIqd88dgfFCSsXmV8P3JI4TWgmOvnklQg7R0CR9Cdu20huMgLd6SVY0Gnr714"
        "/W+DxnjuvcoNm0gC/HqnwuXa9JZl",
    ],
}


@pytest.mark.parametrize(("detector", "token"), [(d, t) for d, ts in TOKENS.items() for t in ts])
@pytest.mark.parametrize(("path", "line"), TOKEN_PLACES)
def test_prefixed_service_tokens_are_reported(detector: str, token: str, path: str, line: str) -> None:
    assert_token_reported(detector, token, path, line)


@pytest.mark.parametrize(
    "text",
    [
        "patEXAMPLE1234567.f0a46e2ca7b45f3205a9d517b0482543b297e57a38b65c38344c226b901766f2\n",
        "patxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
        # an Akamai host name is not a token
        "host = akab-cfime0juvfg6dl0a-w5en50hok3qupcjo.luna.akamaiapis.net\n",
        "ops_eyJ\n",
        "bedrock-api-key-\n",
        # ABSK inside a longer base64 text is not a key
        "MIIC+ABSKA/VFgWwobaqtnASQD8nVoFPiJeU2rafQrfAL+4ThIqd88dgfFCSsXmV8P3JI4TWgmOvnklQg7R0CR9Cdu20huMgLd6SVY"
        "0Gnr714/W+DxnjuvcoNm0gC/HqnwuXa9JZlQ\n",
        # a value ending in a descending run was typed
        "sk-ant-api03-F4-NuUr58Qk16EpJGm3ezX5klD0aaUrMmOS74-L3c7GZTb_CwG9FUzOFNvVWNEz4rgyI6slL4zgYMnJg76543210\n",
    ],
)
def test_prefixed_placeholders_and_runs_are_not_reported(text: str) -> None:
    assert detector_ids("notes.txt", text) == []
