import random
import secrets


def send_otp(phone):
    # ruleid: python-insecure-random
    otp_code = str(random.randint(100000, 999999))
    # ok: python-insecure-random
    otp = f"{secrets.randbelow(10**6):06d}"
    return otp_code, otp


def generate_reset_token():
    # ruleid: python-insecure-random
    return "".join(random.choice("abcdef0123456789") for _ in range(32))


def make_session():
    # ok: python-insecure-random
    return secrets.token_urlsafe(32)


def pick_collector(collectors):
    # ok: python-insecure-random
    chosen = random.choice(collectors)
    # ok: python-insecure-random
    delay = random.uniform(0.5, 1.5)
    return chosen, delay


def refresh_token_with_backoff(attempt):
    # ok: python-insecure-random
    delay = 2**attempt + random.uniform(0, 1)
    # ruleid: python-insecure-random
    nonce = random.getrandbits(64)
    return delay, nonce


# A name taken from the secrets module, with random only as the fallback of Pythons before 3.6
# (`except ImportError`): the secrets function is the one called.
try:
    from secrets import SystemRandom, randbits
except ImportError:
    from random import SystemRandom, getrandbits as randbits


def generate_nonce():
    # ok: python-insecure-random
    return str(randbits(64))


def generate_pin_code():
    # ruleid: python-insecure-random
    return random.randint(1000, 9999)


# A random pause that hides how long a check took (`time.sleep(random.random())`) keeps no
# secret: its value is never sent nor compared; a code drawn in the same function still is one.
def reset_password_request(login):
    # ok: python-insecure-random
    time.sleep(random.random())
    # ok: python-insecure-random
    asyncio.sleep(random.uniform(0.1, 0.5))
    # ruleid: python-insecure-random
    code = random.randint(100000, 999999)
    return send_reset_code(login, code)


# `pin` is a security value only as a word of its own (pin, pin_code, user_pin, PIN, newPin),
# not inside another word: pinned threads, a spinner, shipping, a mapping, a ping.
def seed_forum(threads):
    # ok: python-insecure-random
    pinned_threads = random.randint(0, len(threads))
    # ok: python-insecure-random
    shipping_fee = random.choice([100, 200])
    # ok: python-insecure-random
    PING_INTERVAL = random.randint(5, 10)
    # ruleid: python-insecure-random
    card_pin = random.randint(1000, 9999)
    # ruleid: python-insecure-random
    newPin = random.randint(1000, 9999)
    # ruleid: python-insecure-random
    PIN_CODE = str(random.randint(1000, 9999))
    return pinned_threads, shipping_fee, PING_INTERVAL, card_pin, newPin, PIN_CODE


def spinner_frames():
    # ok: python-insecure-random
    return random.choice("|/-\\")


def make_pin():
    # ruleid: python-insecure-random
    return random.randint(1000, 9999)


# A confirmation key is a security value. Made from `random` alone it is predictable (reported);
# a `random` salt hashed together with a value of the operating system's generator (uuid.uuid4(),
# secrets, os.urandom) takes its unpredictability from that value, and the salt adds nothing to
# guess.
def borrower_confirmation_key(borrower_id):
    import hashlib
    import os
    import uuid

    # ok: python-insecure-random
    salt = hashlib.sha1(str(random.random()).encode()).hexdigest()[:6]
    confirmation_key = hashlib.sha1((salt + str(uuid.uuid4())).encode()).hexdigest()
    # ok: python-insecure-random
    nonce_salt = str(random.getrandbits(32))
    reset_token = hashlib.sha256(nonce_salt.encode() + os.urandom(16)).hexdigest()
    # ok: python-insecure-random
    pepper_salt = random.choice("abcdef")
    session_token = pepper_salt + secrets.token_hex(16)
    # ruleid: python-insecure-random
    weak_salt = hashlib.sha1(str(random.random()).encode()).hexdigest()[:6]
    weak_key = hashlib.sha1((weak_salt + str(borrower_id)).encode()).hexdigest()
    # a uuid1 is made from the clock and the machine's address, not from a secure generator
    # ruleid: python-insecure-random
    clock_salt = str(random.random())
    clock_key = hashlib.sha1((clock_salt + str(uuid.uuid1())).encode()).hexdigest()
    return confirmation_key, reset_token, session_token, weak_key, clock_key
