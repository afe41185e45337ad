import hashlib
import secrets
import time
import uuid
from datetime import datetime, timedelta

from django.contrib.auth.tokens import default_token_generator


def request_reset(user):
    # ruleid: python-predictable-token
    reset_token = hashlib.md5((user.email + str(time.time())).encode()).hexdigest()
    # ruleid: python-predictable-token
    user.verification_token = str(uuid.uuid1())
    # ruleid: python-predictable-token
    activation_code = str(int(time.time()))[-6:]
    # ruleid: python-predictable-token
    user.reset_key = hashlib.sha1(user.email.encode()).hexdigest()
    # ruleid: python-predictable-token
    nonce = f"{user.id}-{datetime.now().strftime('%Y%m%d%H%M%S')}"
    # the expiry of a token is a time, not a secret
    # ok: python-predictable-token
    reset_token_expires = time.time() + 3600
    # ok: python-predictable-token
    token_created_at = datetime.now()
    # random from the operating system's generator, or a server secret in the hash
    # ok: python-predictable-token
    session_token = secrets.token_urlsafe(32)
    # ok: python-predictable-token
    invite_token = str(uuid.uuid4())
    # ok: python-predictable-token
    csrf_token = hashlib.sha256(f"{secrets.token_hex(16)}{time.time()}".encode()).hexdigest()
    # ok: python-predictable-token
    signed = hashlib.sha256((settings.SECRET_KEY + user.email + str(time.time())).encode()).hexdigest()
    # Django's generator: a timestamp with a keyed HMAC
    # ok: python-predictable-token
    token = default_token_generator.make_token(user)
    # a cache key or a file name is no secret
    # ok: python-predictable-token
    cache_key = hashlib.md5(user.email.encode()).hexdigest()
    return reset_token, nonce, token


def generate_confirmation_token(email):
    # ruleid: python-predictable-token
    return hashlib.md5(f"{email}{time.time()}".encode()).hexdigest()


def make_api_key(user):
    # ruleid: python-predictable-token
    return uuid.uuid1().hex


def make_api_key_safe(user):
    # ok: python-predictable-token
    return secrets.token_hex(32)


def token_age(token):
    # a function about a token measuring its age
    # ok: python-predictable-token
    return time.time() - token.created
