import json

from django.http import JsonResponse
from fastapi import FastAPI, Request
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
api = FastAPI()
db = MongoClient()["lending"]


# A JSON body can carry an object where a string is expected: {"password": {"$ne": ""}} turns an
# equality into an operator and the login matches any password.
@app.post("/login")
def login():
    body = request.get_json()
    # ruleid: python-nosql-operator-injection
    user = db.users.find_one({"login": body["login"], "password": body["password"]})
    # ruleid: python-nosql-operator-injection
    other = db.users.find_one({"login": request.json.get("login")})
    # ok: python-nosql-operator-injection
    safe = db.users.find_one({"login": str(body["login"])})
    # ok: python-nosql-operator-injection
    form = db.users.find_one({"login": request.form["login"]})
    # ok: python-nosql-operator-injection
    fixed = db.users.find_one({"login": "admin"})
    return {"ok": bool(user or other or safe or form or fixed)}


@app.put("/comments")
def edit_comment():
    data = request.get_json()
    # ruleid: python-nosql-operator-injection
    db.comments.update_many({"_id": data["id"]}, {"$set": {"text": data["text"]}})
    # ok: python-nosql-operator-injection
    db.comments.insert_one({"_id": "x", "text": data["text"]})
    return {}


@api.post("/applications/search")
async def search(req: Request):
    payload = await req.json()
    # ruleid: python-nosql-operator-injection
    return list(db.applications.find({"borrower": payload["borrower"]}))


def django_login(request):
    creds = json.loads(request.body)
    # ruleid: python-nosql-operator-injection
    found = db.users.count_documents({"login": creds["login"]})
    # ok: python-nosql-operator-injection
    by_id = db.users.count_documents({"_id": int(creds["id"])})
    return JsonResponse({"n": found + by_id})
