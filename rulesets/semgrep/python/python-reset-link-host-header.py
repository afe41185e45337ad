import hashlib

from django.conf import settings
from django.core.mail import send_mail
from flask import request, url_for


# Django: the Host header (get_host, HTTP_HOST) names the site of the e-mailed link
def password_reset(request, user, token):
    # ruleid: python-reset-link-host-header
    link = f"https://{request.get_host()}/accounts/reset/{user.pk}/{token}/"
    # ruleid: python-reset-link-host-header
    confirm = "http://" + request.META["HTTP_HOST"] + "/confirm?token=" + token
    send_mail("Reset", link + confirm, None, [user.email])
    # the configured public URL
    # ok: python-reset-link-host-header
    safe = f"{settings.PUBLIC_BASE_URL}/accounts/reset/{user.pk}/{token}/"
    return safe


def invite(request, invitation):
    host = request.META.get("HTTP_X_FORWARDED_HOST", request.get_host())
    # ruleid: python-reset-link-host-header
    send_mail("Invitation", f"Join: https://{host}/invite/{invitation.key}", None, [invitation.email])
    # a link without a token (the site's home page) carries nothing to steal
    # ok: python-reset-link-host-header
    home = f"https://{host}/"
    return home


# Flask
def forgot_password(user):
    token = make_token(user)
    # ruleid: python-reset-link-host-header
    reset_url = request.url_root + "reset-password/" + token
    # ruleid: python-reset-link-host-header
    verify_url = "{}/verify-email?token={}".format(request.headers["Host"], token)
    # ruleid: python-reset-link-host-header
    activation = "%s/activate/%s" % (request.host_url, token)
    # ok: python-reset-link-host-header
    fixed = "https://loans.example.kz/reset-password/" + token
    # the request's host logged, not put in a link
    # ok: python-reset-link-host-header
    print("reset requested from", request.host)
    return reset_url, verify_url, activation, fixed


# FastAPI / Starlette
async def send_verification(request, user):
    token = hashlib.sha256(user.secret_seed).hexdigest()
    # ruleid: python-reset-link-host-header
    await mailer.send(user.email, f"{request.base_url}verify/{token}")
    # ruleid: python-reset-link-host-header
    return {"link": f"https://{request.headers.get('host')}/magic-login?code={token}"}
