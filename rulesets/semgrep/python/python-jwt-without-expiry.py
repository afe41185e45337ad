import datetime

import jwt

SECRET = load_secret()


def session_token(member_id, role):
    # ruleid: python-jwt-without-expiry
    return jwt.encode({"sub": member_id, "role": role}, SECRET, algorithm="HS256")


def session_token_branch(member_id, strict):
    if strict:
        claims = build_claims(member_id)
    else:
        claims = {"sub": member_id, "iat": datetime.datetime.utcnow()}
    # ruleid: python-jwt-without-expiry
    return jwt.encode(claims, SECRET, algorithm="HS256")


def session_token_expiring(member_id):
    # ok: python-jwt-without-expiry
    return jwt.encode({"sub": member_id, "exp": expiry(minutes=15)}, SECRET, algorithm="HS256")


def session_token_nested(member_id):
    # ok: python-jwt-without-expiry
    return jwt.encode({"sub": member_id, "ctx": {"branch": 4}, "exp": expiry(minutes=15)}, SECRET)


def session_token_later(member_id):
    claims = {"sub": member_id}
    claims["exp"] = expiry(minutes=15)
    # ok: python-jwt-without-expiry
    return jwt.encode(claims, SECRET)


def session_token_updated(member_id, extra):
    claims = {"sub": member_id}
    claims.update(extra)
    # ok: python-jwt-without-expiry
    return jwt.encode(claims, SECRET)


def session_token_built(member_id):
    # the claims come from elsewhere: whether they expire is not seen here
    # ok: python-jwt-without-expiry
    return jwt.encode(build_claims(member_id), SECRET)


def session_token_optional_expiry(member_id, lifetime):
    # "exp" set on some path: a token without one is the configuration's choice
    claims = {"sub": member_id}
    if lifetime:
        claims["exp"] = expiry(minutes=lifetime)
    # ok: python-jwt-without-expiry
    return jwt.encode(claims, SECRET, "HS256")


