import os
from pathlib import Path

from django.shortcuts import render
from flask import Flask, request

app = Flask(__name__)
TEMPLATES = os.path.join(os.path.dirname(__file__), "templates")


def tidy(text):
    return text.strip()


def save_offer_page(request, offer_id):
    body = request.POST["body"]
    body = tidy(body)
    page = "{% extends 'base.html' %}{% block content %}" + body + "{% endblock %}"
    filename = os.path.join(os.path.dirname(__file__), f"templates/offers/{offer_id}.html")
    with open(filename, "w") as out:
        # ruleid: python-template-file-from-request
        out.write(page)
    return render(request, f"offers/{offer_id}.html")


@app.post("/banner")
def save_banner():
    text = request.form["banner"]
    handle = open(os.path.join(TEMPLATES, "banner.html"), "w")
    # ruleid: python-template-file-from-request
    handle.write(text)
    handle.close()
    # ruleid: python-template-file-from-request
    Path("templates/partials/notice.jinja2").write_text(request.form["notice"])
    return "ok"


@app.post("/notes")
def save_note():
    text = request.form["note"]
    with open("/var/lib/app/notes.txt", "a") as out:
        # ok: python-template-file-from-request
        out.write(text)
    with open(os.path.join(TEMPLATES, "footer.html"), "w") as out:
        # ok: python-template-file-from-request
        out.write("<footer>{{ year }}</footer>")
    return "ok"


def build_site(pages):
    for name, html in pages.items():
        with open(f"templates/{name}.html", "w") as out:
            # ok: python-template-file-from-request
            out.write(html)
