import jinja2
from django.template import Template
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)

PAGE = "<h1>{{ title }}</h1>"


@app.errorhandler(404)
def not_found(error):
    # The address the client asked for is formatted into the template's source: {{ }} in it runs.
    page = """<h1>No such page</h1><p>%s</p>""" % request.url
    # ruleid: python-template-from-formatted-string
    return render_template_string(page), 404


@app.errorhandler(500)
def failed(error):
    # ruleid: python-template-from-formatted-string
    return render_template_string("<p>Failed: {}</p>".format(error)), 500


def loan_offer(client):
    body = f"<p>Dear {client.name}, your limit is {{{{ limit }}}}</p>"
    # ruleid: python-template-from-formatted-string
    return jinja2.Template(body).render(limit=100000)


def sms_text(prefix, env):
    # ruleid: python-template-from-formatted-string
    return env.from_string(prefix + "{{ code }}").render(code="1234")


def django_snippet(label):
    # ruleid: python-template-from-formatted-string
    return Template("<b>%s</b>" % label).render()


def static_template():
    # ok: python-template-from-formatted-string
    return render_template_string("<h1>{{ title }}</h1>", title=request.args.get("t"))


def constant_template():
    # ok: python-template-from-formatted-string
    return render_template_string(PAGE, title="Offers")


def joined_constants():
    source = "<h1>" + "{{ title }}" + "</h1>"
    # ok: python-template-from-formatted-string
    return jinja2.Template(source).render(title="Offers")


def file_template(name):
    # ok: python-template-from-formatted-string
    return render_template(name + ".html")


def not_found_page(env):
    # constants only: nothing from outside reaches the template text
    # ok: python-template-from-formatted-string
    return env.from_string(PAGE % {"title": "Not Found", "details": "No such page."}).render()


def loaded(env, name):
    # ok: python-template-from-formatted-string
    return env.get_template("%s.html" % name).render()
