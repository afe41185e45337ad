import base64
import json
import pickle

import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/session/restore")
def restore():
    raw = base64.b64decode(request.cookies["state"])
    # ruleid: python-unsafe-deserialization
    state = pickle.loads(raw)
    # ruleid: python-unsafe-deserialization
    cfg = yaml.load(request.data, Loader=yaml.Loader)
    # ok: python-unsafe-deserialization
    cfg2 = yaml.safe_load(request.data)
    # ok: python-unsafe-deserialization
    cfg3 = yaml.load(request.data, Loader=yaml.SafeLoader)
    # ok: python-unsafe-deserialization
    body = json.loads(request.data)
    # ok: python-unsafe-deserialization
    cached = pickle.loads(local_cache_bytes())
    return state, cfg, cfg2, cfg3, body, cached
