from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient()["lending"]


@app.get("/applications")
def applications():
    status = request.args.get("status", "new")
    # ruleid: python-nosql-injection
    a = db.applications.find({"$where": "this.status == '" + status + "'"})
    # ok: python-nosql-injection
    b = db.applications.find({"status": status})
    # ruleid: python-nosql-injection
    c = db.payments.find(request.get_json()["filter"])
    # ok: python-nosql-injection
    d = db.applications.find({"$where": "this.amount > this.limit"})
    return {"n": len(list(a)) + len(list(b)) + len(list(c)) + len(list(d))}
