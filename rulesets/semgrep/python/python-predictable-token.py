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


# counters: the next value is the last one plus one, whoever saw one token knows the next
import itertools

_reset_counter = itertools.count(1000)
_sequence = 0


class ResetService:
    def __init__(self):
        self.counter = 0
        self.sequence = itertools.count()

    def issue_reset(self, user):
        self.counter += 1
        # ruleid: python-predictable-token
        user.reset_token = str(self.counter)
        # ruleid: python-predictable-token
        otp = f"{next(self.sequence):06d}"
        # ruleid: python-predictable-token
        nonce = next(_reset_counter)
        # ruleid: python-predictable-token
        session_id = hashlib.md5(str(user.id).encode()).hexdigest()
        # ruleid: python-predictable-token
        verification_code = hashlib.sha1(f"{user.pk}:{self.counter}".encode()).hexdigest()
        # a counter joined with a random part or a key, or kept as a count
        # ok: python-predictable-token
        csrf_token = f"{self.counter}-{secrets.token_hex(16)}"
        # ok: python-predictable-token
        token_count = self.counter
        # an HOTP code: the counter with the shared secret, as RFC 4226 means it
        # ok: python-predictable-token
        otp_code = self.hotp.at(self.counter)
        # a token taken from a list by its index is the list's, not the index
        # ok: python-predictable-token
        token = self.issued_tokens[self.counter]
        # a hash of the user's id with the server's secret
        # ok: python-predictable-token
        api_key = hashlib.sha256(f"{settings.SECRET_KEY}{user.id}".encode()).hexdigest()
        return user, otp, nonce, session_id, verification_code, csrf_token, token_count, otp_code, token, api_key


def next_invite_code():
    global _sequence
    _sequence += 1
    # ruleid: python-predictable-token
    invite_code = "INV-%d" % _sequence
    # ruleid: python-predictable-token
    return hashlib.md5(str(_sequence).encode()).hexdigest()


def share_link_token(request):
    uid = request.user.id
    # ruleid: python-predictable-token
    share_token = hashlib.sha256(str(uid).encode("utf-8")).hexdigest()
    return share_token


def make_otp(seq):
    # ruleid: python-predictable-token
    return str(seq).zfill(6)
