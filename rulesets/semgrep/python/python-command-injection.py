import configparser
import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/documents/convert")
def convert():
    name = request.form["file_name"]
    # ruleid: python-command-injection
    os.system("libreoffice --convert-to pdf /data/uploads/" + name)
    # ruleid: python-command-injection
    subprocess.run(f"pdftotext {name} out.txt", shell=True, check=True)
    # ruleid: python-command-injection
    out = subprocess.check_output("zip -r archive.zip " + name, shell=True)
    # ruleid: python-command-injection
    subprocess.call(["/bin/sh", "-c", "gzip " + name])
    # ruleid: python-command-injection
    os.popen("file " + name).read()
    # ok: python-command-injection
    subprocess.run(["pdftotext", name, "out.txt"], check=True, timeout=30)
    # ok: python-command-injection
    subprocess.run("pdftotext " + shlex.quote(name) + " out.txt", shell=True, check=True)
    # ok: python-command-injection
    os.system("systemctl reload nginx")
    return out


def ping(request):
    host = request.GET["host"]
    # ruleid: python-command-injection
    return subprocess.getoutput("ping -c 1 " + host)


def run_shell(command):
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE)
    return proc.communicate()


def notify(message):
    os.system(message)


def run_argv(argv):
    return subprocess.run(argv, check=True, timeout=30)


def traceroute(request):
    host = request.POST.get("host")
    # the helper above runs its parameter in a shell: the request value reaches it through the call
    # ruleid: python-command-injection
    out, err = run_shell("traceroute " + host)
    # ok: python-command-injection
    run_shell("uptime")
    # ruleid: python-command-injection
    notify("wall " + host)
    # ok: python-command-injection
    run_argv(["traceroute", host])
    return out


# GraphQL resolvers (graphene, strawberry, ariadne): the arguments after `info` are the client's
# query arguments. The command helpers live in another module, so only their names say what they do.
from app import shellutils


class ExportReport:
    def mutate(self, info, account_id, host, fmt="pdf"):
        # ruleid: python-command-injection
        output = shellutils.run_cmd(f"curl --silent https://{host}/reports/{account_id}.{fmt}")
        # ok: python-command-injection
        shellutils.run_cmd("uptime")
        return output


class Query:
    def resolve_diagnostics(self, info, command="whoami"):
        if command.startswith(("ls", "ps", "whoami")):
            # ruleid: python-command-injection
            return shellutils.execute_command(command)
        return "not allowed"

    def resolve_ping(self, info, host):
        # ok: python-command-injection
        return shellutils.run_command(["ping", "-c", "1", shlex.quote(host)])

    def resolve_version(self, info):
        # ok: python-command-injection
        return shellutils.run_cmd("git describe --tags")


# gRPC: the request message of a servicer method is the client's data
import subprocess

import diagnostics_pb2_grpc


class DiagnosticsServicer(diagnostics_pb2_grpc.DiagnosticsServicer):
    def Ping(self, request, context):
        host = request.host
        # ruleid: python-command-injection
        out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True)
        return out

    async def Trace(self, request, context):
        # ruleid: python-command-injection
        os.system("traceroute " + request.host)

    def Uptime(self, request, context):
        # ok: python-command-injection
        return subprocess.run("uptime", shell=True, capture_output=True)


class ReportBuilder:
    # not a servicer: the arguments come from the application's own code
    def build(self, request, context):
        # ok: python-command-injection
        os.system("make-report " + request.name)


# Request data kept in a container: under its key (a dict item, a ConfigParser option), or
# appended to a list, it is still the request's; another key's value is not.


@app.route("/container-0")
def command_injection_kept_under_its_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["wanted"]
    # ruleid: python-command-injection
    os.system("convert " + value)
    return "done"


@app.route("/container-1")
def command_injection_read_under_another_key():
    form = {}
    form["name"] = "guest"
    form["wanted"] = request.args.get("wanted")
    form["note"] = "none"
    value = form["name"]
    # ok: python-command-injection
    os.system("convert " + value)
    return "done"


@app.route("/container-2")
def command_injection_kept_in_a_config_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "wanted")
    # ruleid: python-command-injection
    os.system("convert " + value)
    return "done"


@app.route("/container-3")
def command_injection_read_from_another_option():
    conf = configparser.ConfigParser()
    conf.add_section("req")
    conf.set("req", "fixed", "guest")
    conf.set("req", "wanted", request.args.get("wanted"))
    value = conf.get("req", "fixed")
    # ok: python-command-injection
    os.system("convert " + value)
    return "done"


@app.route("/container-4")
def command_injection_appended_to_a_list():
    parts = []
    parts.append("guest")
    parts.append(request.args.get("wanted"))
    value = parts[-1]
    # ruleid: python-command-injection
    os.system("convert " + value)
    return "done"


# Request data read through the application's own wrapper of the request
@app.route("/wrapped-convert", methods=["POST"])
def command_through_a_request_wrapper():
    name = forms.get_form_field(request, "name")
    # ruleid: python-command-injection
    os.system("libreoffice --convert-to pdf /data/uploads/" + name)


# An argument list that runs a shell with `-c` (or cmd.exe with /c): the string after it is a
# shell command line, whichever way the list was built
@app.route("/archive-list")
def shell_argument_list_built_by_append():
    name = request.args.get("name")
    argv = []
    if os.name == "nt":
        argv.append("cmd.exe")
        argv.append("/c")
    else:
        argv.append("sh")
        argv.append("-c")
    argv.append(f"tar czf /tmp/out.tgz {name}")
    # ruleid: python-command-injection
    subprocess.run(argv, capture_output=True)
    return "done"


@app.route("/archive-list-2")
def shell_argument_list_extended():
    name = request.form["name"]
    argv = ["bash", "-c"]
    argv.append("zip -r /tmp/out.zip " + name)
    # ruleid: python-command-injection
    subprocess.check_output(argv)
    return "done"


@app.route("/archive-list-3")
def program_argument_list_built_by_append():
    name = request.args.get("name")
    argv = []
    argv.append("tar")
    argv.append("czf")
    argv.append("/tmp/out.tgz")
    argv.append(name)
    # ok: python-command-injection
    subprocess.run(argv, capture_output=True)
    return "done"


@app.route("/archive-list-4")
def shell_argument_list_of_fixed_text():
    name = request.args.get("name")
    argv = ["sh", "-c"]
    argv.append("tar czf /tmp/out.tgz /srv/reports")
    # ok: python-command-injection
    subprocess.run(argv, capture_output=True)
    return name


@app.route("/archive-list-5")
def shell_argument_list_quoted():
    name = request.args.get("name")
    argv = ["sh", "-c"]
    argv.append("tar czf /tmp/out.tgz " + shlex.quote(name))
    # ok: python-command-injection
    subprocess.run(argv, capture_output=True)
    return "done"


# The standard library's HTTP server: the request line, headers and body of a
# BaseHTTPRequestHandler, also after a comprehension or a generator over them
import http.server


class LookupHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path, query = self.path.split("?", 1) if "?" in self.path else (self.path, "")
        params = dict(pair.split("=", 1) for pair in query.split("&") if "=" in pair)
        # ruleid: python-command-injection
        subprocess.check_output("nslookup " + params["host"], shell=True)
        status, names = 200, [name.strip() for name in self.headers.get("X-Hosts", "").split(",")]
        # ruleid: python-command-injection
        os.system("ping -c 1 " + names[0])
        # ok: python-command-injection
        subprocess.check_output("uptime", shell=True)


class LookupJob:
    def run(self):
        # ok: python-command-injection
        subprocess.check_output("ls " + self.path, shell=True)


# A route parameter annotated with a number, a boolean, a UUID or a date (alone, optional, in
# Annotated[...] or a list) is converted before the handler runs: it cannot carry the attack. A
# str beside it can, and so can a Flask <name> variable whatever its annotation says.
from typing import Annotated, List, Optional
from uuid import UUID

from fastapi import FastAPI, Path, Query

typed_api = FastAPI()


@typed_api.get("/branches/{branch_id}/typed")
async def typed_params(
    branch_id: Annotated[int, Path(ge=1)],
    page: Optional[int] = None,
    rate: float | None = None,
    loan_uuid: UUID | None = None,
    active: bool = True,
    ids: List[int] = Query([]),
    label: Annotated[str, Query()] = "",
):
    # ok: python-command-injection
    subprocess.run(f"report --branch {branch_id} --page {page} --rate {rate} --loan {loan_uuid}", shell=True)
    # ok: python-command-injection
    os.system("archive --active=%s --ids=%s" % (active, ",".join(map(str, ids))))
    # ruleid: python-command-injection
    os.system(f"report --branch {branch_id} --label {label}")
    return "ok"


@app.route("/typed/<code>/<int:number>")
def flask_typed(code: int, number: int):
    # ruleid: python-command-injection
    os.system("report --code %s" % code)
    return "ok"
