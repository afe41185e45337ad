import hashlib
import hmac
import secrets

from django.conf import settings


def create_collection(request, User, Collection):
    uid = request.user.id
    # ruleid: python-token-from-identifier-hash
    key = hashlib.sha256(str(uid).encode("utf-8")).hexdigest()
    Collection(user=User.objects.get(id=uid), key=key).save()


def share_link(user):
    # ruleid: python-token-from-identifier-hash
    share_token = hashlib.md5(f"{user.id}".encode()).hexdigest()
    return f"/shared/{share_token}"


def reset(account):
    # ruleid: python-token-from-identifier-hash
    account.reset_key = hashlib.sha1(str(account.pk).encode()).hexdigest()
    account.save()


def invite(invitation):
    # ruleid: python-token-from-identifier-hash
    invite_code = hashlib.sha256(bytes(str(invitation.user_id), "utf-8")).hexdigest()
    return invite_code


def random_token(user):
    # ok: python-token-from-identifier-hash
    key = secrets.token_urlsafe(32)
    return key


def signed(user):
    # ok: python-token-from-identifier-hash
    token = hmac.new(settings.SECRET_KEY.encode(), str(user.id).encode(), hashlib.sha256).hexdigest()
    return token


def salted(user):
    # ok: python-token-from-identifier-hash
    token = hashlib.sha256(f"{settings.SECRET_KEY}{user.id}".encode()).hexdigest()
    return token


def cached(obj, cache):
    # ok: python-token-from-identifier-hash
    cache_key = hashlib.md5(str(obj.id).encode()).hexdigest()
    return cache.get(cache_key)


def etag_of(data):
    # ok: python-token-from-identifier-hash
    etag = hashlib.sha1(str(data).encode()).hexdigest()
    return etag


def stored_token_hash(token):
    # ok: python-token-from-identifier-hash
    token_hash = hashlib.sha256(str(token).encode()).hexdigest()
    return token_hash


def shard_of(user):
    # ok: python-token-from-identifier-hash
    bucket = hashlib.md5(str(user.id).encode()).hexdigest()
    return int(bucket, 16) % 16
