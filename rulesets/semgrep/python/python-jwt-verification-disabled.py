import jwt

from config import PUBLIC_KEY


def current_user(token):
    # ruleid: python-jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    # ruleid: python-jwt-verification-disabled
    claims2 = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "none"])
    # ok: python-jwt-verification-disabled
    claims3 = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="lk")
    # ok: python-jwt-verification-disabled
    header = jwt.get_unverified_header(token)
    return claims, claims2, claims3, header


class Tokens:
    def decode(self, token, csrf=None):
        # The unverified claims and header only choose the key (a `kid`, an issuer); the token
        # is then decoded with that key, its algorithms and the signature checked.
        # ok: python-jwt-verification-disabled
        unverified = jwt.decode(token, algorithms=["RS256"], options={"verify_signature": False})
        header = jwt.get_unverified_header(token)
        secret = self._key_loader(header, unverified)
        kwargs = {"token": token, "secret": secret, "algorithms": ["RS256"], "csrf": csrf}
        return verified_decode(**kwargs)


def by_issuer(token, jwks):
    # ok: python-jwt-verification-disabled
    unverified = jwt.decode(token, options={"verify_signature": False})
    signing_key = jwks.signing_key_for(unverified["iss"])
    return jwt.decode(token, signing_key.key, algorithms=["RS256"])


def profile(token):
    # the unverified claims are the result: the user is whoever the token says
    # ruleid: python-jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    user = load_user(claims["sub"])
    return user


def key_chosen_but_never_used(token, keys):
    # a key is looked up, but nothing verifies the token with it
    # ruleid: python-jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    key = keys.lookup_key(claims["kid"])
    return claims


def by_user(token):
    # the claims choose a user, not a key, and the user is then trusted
    # ruleid: python-jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    user = load_user(claims)
    return user.name


# The allowed algorithms named once, in a module constant or a local list, then passed by name.
TOKEN_ALGS = ["HS512", "none"]
SAFE_ALGS = ("HS512",)


def member_from_token(token, key):
    # ruleid: python-jwt-verification-disabled
    return jwt.decode(token, key, algorithms=TOKEN_ALGS)


def member_from_token_checked(token, key):
    # ok: python-jwt-verification-disabled
    return jwt.decode(token, key, algorithms=SAFE_ALGS)


def loan_claims(token, key):
    accepted = ("RS256", "none")
    # ruleid: python-jwt-verification-disabled
    return jwt.decode(token, key, algorithms=accepted)


def loan_claims_checked(token, key):
    accepted = ["RS256", "ES256"]
    # ok: python-jwt-verification-disabled
    return jwt.decode(token, key, algorithms=accepted)
