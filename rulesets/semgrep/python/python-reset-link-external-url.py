import flask
from flask import current_app, render_template, url_for
from flask_mail import Message


def send_password_reset(user, mail):
    token = user.get_reset_token()
    # ruleid: python-reset-link-external-url
    link = url_for("auth.reset_password", token=token, _external=True)
    mail.send(Message("Reset your password", recipients=[user.email], body=link))


def send_confirmation(user, serializer, mail):
    code = serializer.dumps(user.email)
    msg = Message("Confirm your e-mail", recipients=[user.email])
    # ruleid: python-reset-link-external-url
    msg.html = render_template("confirm.html", url=flask.url_for("confirm_email", code=code, _external=True))
    mail.send(msg)


def invite_officer(invitation, mailer):
    # an endpoint named for the flow, its key under another name
    # ruleid: python-reset-link-external-url
    mailer.send(invitation.email, url_for("accept_invitation", key=invitation.key, _scheme="https", _external=True))


def magic_login_link(user):
    # ruleid: python-reset-link-external-url
    return url_for("login.magic", t=user.login_token(), _external=True)


def send_unlock_link(user, code):
    # a wrapper named after url_for builds the same absolute link
    # ruleid: python-reset-link-external-url
    link = url_for_accounts("unlock_account", id=user.uuid, code=code, _external=True)
    return link


def absolute_links(loan):
    # an absolute link that carries no token: nothing to steal from it
    # ok: python-reset-link-external-url
    home = url_for("index", _external=True)
    # ok: python-reset-link-external-url
    statement = url_for("loans.statement", loan_id=loan.id, _external=True)
    # a relative link: the browser keeps the site it is on
    # ok: python-reset-link-external-url
    relative = url_for("auth.reset_password", token=loan.token)
    # explicitly not external
    # ok: python-reset-link-external-url
    internal = url_for("auth.reset_password", token=loan.token, _external=False)
    return home, statement, relative, internal


def reset_from_configured_url(user, token):
    # the configured public URL with a relative path
    # ok: python-reset-link-external-url
    return current_app.config["PUBLIC_BASE_URL"] + url_for("auth.reset_password", token=token)
