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
