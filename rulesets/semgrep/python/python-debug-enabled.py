import os

from fastapi import FastAPI
from flask import Flask

# ruleid: python-debug-enabled
DEBUG = True

# ok: python-debug-enabled
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

app = Flask(__name__)
# ruleid: python-debug-enabled
app.config["DEBUG"] = True
# ruleid: python-debug-enabled
api = FastAPI(title="loans", debug=True)
# ok: python-debug-enabled
api2 = FastAPI(title="loans")

if __name__ == "__main__":
    # ruleid: python-debug-enabled
    app.run(host="0.0.0.0", port=8000, debug=True)
    # ok: python-debug-enabled
    app.run(host="127.0.0.1", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
