import hashlib
import hmac

import bcrypt


def register(login, password):
    # ruleid: python-weak-password-hash
    digest = hashlib.md5(password.encode()).hexdigest()
    # ruleid: python-weak-password-hash
    digest2 = hashlib.sha256(password.encode()).hexdigest()
    # ok: python-weak-password-hash
    stored = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    return digest, digest2, stored


def sign_callback(secret_key, body):
    # HMAC: the key, not the hash, protects the value
    # ok: python-weak-password-hash
    return hmac.new(secret_key, body, hashlib.md5).hexdigest()


def sign_callback_ok(secret_key, body):
    # ok: python-weak-password-hash
    return hmac.new(secret_key, body, hashlib.sha256).hexdigest()


def verify_signature(data, sig):
    # ruleid: python-weak-password-hash
    return hashlib.sha1(data).hexdigest() == sig


def etag_for(content):
    # ok: python-weak-password-hash
    return hashlib.md5(content).hexdigest()


def cache_key(url):
    # ok: python-weak-password-hash
    return hashlib.sha1(url.encode(), usedforsecurity=False).hexdigest()


PASSWORD_HASHERS = [
    # ruleid: python-weak-password-hash
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",
]


def tokenize_host(host, port, user):
    # ok: python-weak-password-hash
    return hashlib.sha1((host + port + user).encode()).hexdigest()


def refresh_token_digest(value):
    # ruleid: python-weak-password-hash
    return hashlib.sha1(value.encode()).hexdigest()


PASSWORD_HASHERS = [
    # ok: python-weak-password-hash
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    # ruleid: python-weak-password-hash
    "django.contrib.auth.hashers.SHA1PasswordHasher",
]


class LegacyMD5Hasher(BasePasswordHasher):
    """Offered to read hashes made by an older system; chosen only in PASSWORD_HASHERS."""

    algorithm = "md5"

    def encode(self, password, salt):
        # ok: python-weak-password-hash
        return hashlib.md5((salt + password).encode()).hexdigest()


class AccountStore:
    algorithm = "sha256"

    def save(self, password, salt):
        # ruleid: python-weak-password-hash
        return hashlib.md5((salt + password).encode()).hexdigest()


def cookie_name(public_bits):
    h = hashlib.sha1()
    for bit in public_bits:
        h.update(bit)
    # ok: python-weak-password-hash
    h.update(b"cookiesalt")
    return h.hexdigest()


def remember(password):
    h = hashlib.sha1()
    # ruleid: python-weak-password-hash
    h.update(password)
    return h.hexdigest()


# A digest of a message's body or content in signing code: the integrity value a protocol
# prescribes (OAuth's body hash, Content-MD5), no secret goes in.
def get_oauth_params(request):
    # ok: python-weak-password-hash
    body_hash = hashlib.sha1(request.body.encode("utf-8")).digest()
    # ok: python-weak-password-hash
    content_md5 = hashlib.md5(response.content).hexdigest()
    # ruleid: python-weak-password-hash
    key_hash = hashlib.sha1(request.client_secret.encode("utf-8")).digest()
    # ruleid: python-weak-password-hash
    sign = hashlib.md5(request.body + api_secret).hexdigest()
    return body_hash, content_md5, key_hash, sign


# The same digest of a body passed in by name (`sign_request(self, body, ...)`).
def sign_request(self, body, content, headers):
    # ok: python-weak-password-hash
    body_hash = base64.b64encode(hashlib.sha1(body).digest())
    # ok: python-weak-password-hash
    content_md5 = hashlib.md5(content.encode("utf-8")).hexdigest()
    # ruleid: python-weak-password-hash
    keyed = hashlib.sha1(body + self.client_secret).digest()
    # ruleid: python-weak-password-hash
    token_hash = hashlib.md5(self.token).hexdigest()
    return body_hash, content_md5, keyed, token_hash


def gateway_signature(secret_key, content):
    # A digest of the key used as an HMAC's key (the gateway's signing scheme) is not a stored
    # password hash: the HMAC is the signature.
    # ok: python-weak-password-hash
    return hmac.new(hashlib.sha1(secret_key).digest(), content, hashlib.sha1).hexdigest()


def stored_secret(secret_key):
    # ruleid: python-weak-password-hash
    return hashlib.sha1(secret_key).hexdigest()


# werkzeug's generate_password_hash with a single-round method (werkzeug before 2.3 accepted "md5",
# "sha1", "sha256" ... as one salted HMAC round, and "plain" as no hash at all).
from werkzeug.security import generate_password_hash
import werkzeug.security


def register_user(username, password):
    # ruleid: python-weak-password-hash
    passwordhash = generate_password_hash(password, method="md5")
    # ruleid: python-weak-password-hash
    legacy = werkzeug.security.generate_password_hash(password, "sha1")
    # ruleid: python-weak-password-hash
    plain = generate_password_hash(password, method="plain", salt_length=8)
    # ok: python-weak-password-hash
    slow = generate_password_hash(password, method="pbkdf2:sha256:600000")
    # ok: python-weak-password-hash
    scrypt = generate_password_hash(password, method="scrypt")
    # ok: python-weak-password-hash
    default = generate_password_hash(password)
    return passwordhash, legacy, plain, slow, scrypt, default


# A digest that names a place (a folder to spread uploads over, a file name, a cache key) is no
# stored secret and no signature: nothing is checked against it, and the value hashed is not
# guessed from a folder's name.
import os
from hashlib import md5


def upload_to(instance, filename):
    # ok: python-weak-password-hash
    spread_path = md5(str(instance.secret[:16]).encode()).hexdigest()
    # ok: python-weak-password-hash
    folder = os.path.join("uploads", hashlib.sha1(instance.token.encode()).hexdigest()[:2], filename)
    # ok: python-weak-password-hash
    cache_key = "session:" + hashlib.md5(session_token.encode()).hexdigest()
    # ruleid: python-weak-password-hash
    stored = md5(instance.secret.encode()).hexdigest()
    return spread_path, folder, cache_key, stored


# A token keyed with the application's secret key is a signature made with MD5 (an HMAC's
# work): a security use, reported.
def make_admin_token(user):
    formula = (str(user.pk), user.email, user.password, settings.SECRET_KEY)
    # ruleid: python-weak-password-hash
    return md5(":".join(formula).encode()).hexdigest()


# A payment gateway's signature scheme: the digest of the public query string is one part of
# the message, and the HMAC keyed with the merchant secret is the signature; no secret is
# hashed with MD5.
def sign_loan_gateway_request(path, query, merchant_secret):
    encoded = urlencode(sorted(query.items()))
    # ok: python-weak-password-hash
    digest = md5(encoded.encode()).hexdigest()
    mac = hmac.new(merchant_secret.encode(), (path + encoded + digest).encode(), hashlib.sha1)
    return base64.b64encode(mac.hexdigest().encode())


# The same shape with the secret itself put into the MD5: still reported.
def sign_borrower_callback(path, query, api_secret):
    # ruleid: python-weak-password-hash
    digest = md5((query + api_secret).encode()).hexdigest()
    mac = hmac.new(api_secret.encode(), (path + digest).encode(), hashlib.sha256)
    return mac.hexdigest()


# A signing function with no HMAC: the MD5 is the signature, reported.
def sign_repayment_notice(params, shared_key):
    # ruleid: python-weak-password-hash
    return md5((urlencode(params) + shared_key).encode()).hexdigest()


# A digest over a value of the operating system's generator (uuid.uuid4(), secrets, os.urandom)
# makes a random key: nothing guessable is hashed, and cracking it means guessing the random
# value. A password hashed with such a value as its salt is still a fast password hash.
def new_activation_key(applicant_salt):
    import os
    import secrets
    import uuid

    # ok: python-weak-password-hash
    activation_key = hashlib.sha1((applicant_salt + str(uuid.uuid4())).encode()).hexdigest()
    # ok: python-weak-password-hash
    reset_token = hashlib.md5(os.urandom(16) + applicant_salt.encode()).hexdigest()
    # ok: python-weak-password-hash
    invite_token = hashlib.sha1((secrets.token_hex(8) + applicant_salt).encode()).hexdigest()
    # ruleid: python-weak-password-hash
    weak_key = hashlib.sha1((applicant_salt + str(uuid.uuid1())).encode()).hexdigest()
    return activation_key, reset_token, invite_token, weak_key


def store_applicant_password(password):
    import uuid

    # ruleid: python-weak-password-hash
    stored = hashlib.sha1((password + str(uuid.uuid4())).encode()).hexdigest()
    return stored


# A one-time proof that the applicant typed the branch's join secret: a digest of the secret and
# a nonce the server keeps in the session, handed to the next view in the redirect's URL and
# recomputed there from the stored secret and the same session. Nothing is stored, and the
# client chooses no part of the digest's input, so MD5's collisions and length extension give
# it nothing; what the session holds ends with the session.
def join_branch_with_secret(request, form, branch_id):
    from hashlib import md5

    nonce = get_random_string(6)
    request.session["join_nonce"] = nonce
    join_secret = form.cleaned_data["join_secret"]
    # ok: python-weak-password-hash
    proof = md5("{}:{}".format(join_secret, nonce).encode()).hexdigest()
    return redirect(reverse("branch-join", args=[branch_id, proof]))


def branch_join_checked(request, branch, proof):
    from hashlib import md5

    # ok: python-weak-password-hash
    expected = md5((branch.join_secret + request.session.get("join_nonce", "")).encode()).hexdigest()
    # ok: python-weak-password-hash
    again = hashlib.sha1((branch.join_secret + request.session["join_nonce"]).encode()).hexdigest()
    return proof == expected or proof == again


def join_branch_nonce_after(request, join_secret):
    nonce = get_random_string(6)
    # ok: python-weak-password-hash
    proof = hashlib.md5((join_secret + nonce).encode()).hexdigest()
    request.session["join_nonce"] = nonce
    return proof


# Still reported: the nonce is not kept in the session (a value the function only makes), a
# session value signing data the client sends (md5(secret + message) is forged by extending the
# message), and a password or PIN with a session nonce (the password branch).
def join_branch_nonce_not_kept(request, join_secret):
    nonce = get_random_string(6)
    # ruleid: python-weak-password-hash
    return hashlib.md5((join_secret + nonce).encode()).hexdigest()


def sign_with_session_secret(request):
    # ruleid: python-weak-password-hash
    return hashlib.md5((request.session["api_secret"] + request.GET["amount"]).encode()).hexdigest()


def sign_posted_with_session_secret(request):
    session_secret = request.session["api_secret"]
    body = request.POST["repayment"]
    # ruleid: python-weak-password-hash
    return hashlib.md5((session_secret + body).encode()).hexdigest()


def pin_with_session_nonce(request, pin_code):
    # ruleid: python-weak-password-hash
    return hashlib.md5((pin_code + request.session["nonce"]).encode()).hexdigest()


# passlib: the scheme new hashes are made with (the first of `schemes`, or `default`) is a fast
# or broken one; a weak scheme listed after a strong default only reads old hashes
from passlib.context import CryptContext
from passlib.hash import md5_crypt, pbkdf2_sha256

# ruleid: python-weak-password-hash
weak_context = CryptContext(schemes=["md5_crypt"], deprecated="auto")

# ruleid: python-weak-password-hash
chosen_weak_default = CryptContext(schemes=["bcrypt", "ldap_salted_sha1"], default="ldap_salted_sha1")

# ok: python-weak-password-hash
migrating_context = CryptContext(schemes=["bcrypt", "md5_crypt"], deprecated="auto")

# ok: python-weak-password-hash
strong_default = CryptContext(schemes=["md5_crypt", "argon2"], default="argon2", deprecated=["md5_crypt"])


def legacy_teller_hash(password):
    # ruleid: python-weak-password-hash
    return md5_crypt.hash(password)


def teller_hash(password):
    # ok: python-weak-password-hash
    return pbkdf2_sha256.hash(password)


def legacy_teller_check(password, stored):
    # ok: python-weak-password-hash
    return md5_crypt.verify(password, stored)


# bcrypt with a cost (log2 of its rounds) below 10
def cashier_pin_hash(pin):
    # ruleid: python-weak-password-hash
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=4))


def cashier_pin_hash_positional(pin):
    # ruleid: python-weak-password-hash
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(6))


def cashier_pin_hash_strong(pin):
    # ok: python-weak-password-hash
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=12))
