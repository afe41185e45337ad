import hmac
import secrets

from fastapi import Header, HTTPException


def current_officer(authorization: str = Header(None)):
    # ruleid: python-hardcoded-credential-comparison
    if authorization == "Bearer branch-ops-2025":
        return {"officer_id": 1, "role": "supervisor"}
    # ok: python-hardcoded-credential-comparison
    if authorization == "":
        raise HTTPException(status_code=401)
    # ok: python-hardcoded-credential-comparison
    if authorization == "Bearer":
        raise HTTPException(status_code=401)
    return decode(authorization)


def check_pin(card, pin):
    # ruleid: python-hardcoded-credential-comparison
    if pin == "0000":
        return True
    # ruleid: python-hardcoded-credential-comparison
    if "letmein-2024" == card.admin_password:
        return True
    # ruleid: python-hardcoded-credential-comparison
    return hmac.compare_digest(card.api_key, "k3y-for-the-scoring-service")


def webhook_allowed(request):
    api_token = request.headers.get("X-Api-Token", "")
    # ruleid: python-hardcoded-credential-comparison
    if secrets.compare_digest(api_token, "scoring-webhook-secret"):
        return True
    # ruleid: python-hardcoded-credential-comparison
    if api_token != "scoring-webhook-secret":
        raise PermissionError("bad token")
    # ok: python-hardcoded-credential-comparison
    return secrets.compare_digest(api_token, settings.WEBHOOK_TOKEN)


def next_token(lexer):
    token = lexer.read()
    # ok: python-hardcoded-credential-comparison
    if token == "continue":
        return lexer.skip()
    return token


def settings_guard(settings):
    # ok: python-hardcoded-credential-comparison
    if settings.secret == "change-me":
        raise RuntimeError("set SECRET in the environment")
    # ok: python-hardcoded-credential-comparison
    if settings.admin_password == "admin":
        warnings.warn("the default administrator password is still set")
    # ok: python-hardcoded-credential-comparison
    if next_page_token == "abc":
        return None
    # ok: python-hardcoded-credential-comparison
    if token_type == "refresh":
        return None
    # ok: python-hardcoded-credential-comparison
    if password is None or password == "None":
        return None
    return settings


LEGACY_DEFAULT_PASSWORD = "password1234"


def refuse_legacy_default(password, provider_config):
    # ok: python-hardcoded-credential-comparison
    if password != LEGACY_DEFAULT_PASSWORD:
        return False
    # ok: python-hardcoded-credential-comparison
    if provider_config.api_key and provider_config.api_key != "not-needed":
        return {"Authorization": "Bearer " + provider_config.api_key}
    return True


def service_only(request):
    # ruleid: python-hardcoded-credential-comparison
    if request.headers.get("X-Service-Key") and request.api_key != "svc-7f3a9c":
        return {"error": "forbidden"}, 403
    return None
