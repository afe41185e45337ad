"""Which inputs carry a secret or card data, from their name, id and autocomplete hint."""

from __future__ import annotations

import re

from aiscan.webconfig.markup import DYNAMIC, Tag

PASSWORD = "password"  # noqa: S105 (a kind of input, not a credential)
PIN = "PIN"
CVV = "CVV"
OTP = "one-time code"
CARD = "card number"

_EXCLUDE = frozenset(
    {
        "email",
        "mail",
        "hint",
        "reminder",
        "question",
        "strength",
        "policy",
        "length",
        "show",
        "toggle",
        "visible",
        "visibility",
        "expiry",
        "expires",
        "holder",
    }
)
_PASSWORD = frozenset(
    {"password", "passwd", "passphrase", "passcode", "pwd", "pass", "pword", "пароль", "құпиясөз"}
)
_OTP_LEAD = frozenset(
    {
        "sms",
        "otp",
        "verification",
        "verify",
        "confirmation",
        "confirm",
        "auth",
        "one",
        "onetime",
        "2fa",
        "mfa",
        "totp",
    }
)
_TEXTLIKE = frozenset({"", "text", "tel", "number", "search"})
_WORD = re.compile(r"[A-Za-zА-Яа-яЁёҚқҒғҮүҰұӘәІіҢңӨөҺһ0-9]+")


def words(value: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", value)
    return [w.lower() for w in _WORD.findall(spaced)]


def kind_of(tag: Tag) -> str | None:
    """PASSWORD, PIN, CVV, OTP, CARD or None for an ordinary input."""
    kind = _kind_of_input(tag)
    if tag.name == "textarea" and kind != PASSWORD:
        # A multi-line field holds text, never a short code or a card number: one named for
        # a PIN or a card is something else (`pin-packages`, a list of packages to pin).
        return None
    return kind


def _kind_of_input(tag: Tag) -> str | None:
    hint = (tag.attr("autocomplete") or "").lower()
    if hint in ("current-password", "new-password") and not _autofill_off_trick(tag, hint):
        return PASSWORD
    if hint == "one-time-code":
        return OTP
    if hint == "cc-number":
        return CARD
    if hint == "cc-csc":
        return CVV
    for source in ("name", "id", "formcontrolname", "v-model", "th:field", "asp-for", "ng-model"):
        value = tag.attrs.get(source, "")
        kind = _kind_of_words(words(value.rsplit(".", 1)[-1] if source != "name" else value))
        if kind:
            return kind
    if (tag.attr("type") or "").lower() == "password":
        return PASSWORD
    return None


def _autofill_off_trick(tag: Tag, hint: str) -> bool:
    """`autocomplete="new-password"` on a text input (declared so, or with no type) is the common
    way to keep browsers from filling a field they would otherwise fill (a base URL, a user name in
    a settings form), and either hint on a URL or e-mail input says nothing of a password: the
    field's own names decide what it holds."""
    declared = (tag.attr("type") or "").lower()
    return declared in ("url", "email") or (hint == "new-password" and declared in ("", "text", "search"))


def _kind_of_words(ws: list[str]) -> str | None:
    if not ws or _EXCLUDE & set(ws):
        return None
    joined = "".join(ws)
    if _PASSWORD & set(ws) or "password" in joined or "passwd" in joined:
        return PASSWORD
    if {"cvv", "cvc", "cvv2", "cvc2", "csc"} & set(ws):
        return CVV
    if "pin" in ws:
        return PIN
    if "otp" in ws or "smscode" in joined or "totp" in ws:
        return OTP
    if "code" in ws and _OTP_LEAD & set(ws):
        return OTP
    if ("card" in ws and ("number" in ws or "num" in ws or "no" in ws)) or joined in (
        "cardnumber",
        "ccnumber",
        "ccnum",
    ):
        return CARD
    return None


def masking(tag: Tag) -> bool | None:
    """True when the input hides what is typed, False when it shows it, None when unknown
    (bound at run time, or not a text input at all)."""
    if tag.name == "button":
        return None
    style = tag.attrs.get("style", "").lower()
    if "text-security" in style:
        return True
    kind = tag.attr("type")
    if kind == DYNAMIC or (kind is None and "asp-for" in tag.attrs):
        return None  # bound at run time; Razor's tag helper takes the type from the model
    kind = (kind or "").lower()
    if kind == "password":
        return True
    if tag.name == "textarea" or kind in _TEXTLIKE:
        return False
    return None
