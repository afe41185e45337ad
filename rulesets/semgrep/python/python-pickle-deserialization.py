import json
import marshal
import pickle
import shelve

import redis

r = redis.Redis()


def load_scoring_state(key):
    # ruleid: python-pickle-deserialization
    return pickle.loads(r.get(key))


def load_model(path):
    with open(path, "rb") as f:
        # ruleid: python-pickle-deserialization
        return pickle.load(f)


def load_code(blob):
    # ruleid: python-pickle-deserialization
    return marshal.loads(blob)


def load_state(key):
    # ok: python-pickle-deserialization
    return json.loads(r.get(key))


def save_state(key, value):
    # ok: python-pickle-deserialization
    r.set(key, pickle.dumps(value))
