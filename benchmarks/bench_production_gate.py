"""Would aiscan block a well-maintained production project as a release? One verdict per project.

    python benchmarks/bench_production_gate.py --packages DIR [--set NAME] [--project NAME ...]
                                               [--before REV] [--advisories DIR]
                                               [--show-findings] [--json FILE]
    python benchmarks/bench_production_gate.py --projects-dir DIR [--packages WORK] [...]

Projects. Well-known libraries that aiscan's rules were not written against (none of them is in
bench_sast_real.py's lists), several languages: PyPI wheels (unpacked, nothing run), npm packages
(each one's tarball from `npm pack`, unpacked: no dependency fetched, no script run) and Debian
packages of PHP, Go and Ruby libraries, which Debian ships as source (unpacked with dpkg -x; a
`*-src` package's source tarball under usr/src/ is unpacked too), and Debian source packages
(`debian_source`, for Go programs). They are installed once into
DIR/projects/<name>/ (DIR is created when missing, never inside the repository, and reused by
later runs); any other folder placed in DIR/projects/ by hand (for example a public mobile app copied from its
repository) is scanned too.

Thirty sets (`--set`, default `tuned`; give each set its own DIR). `tuned`: the first 19 projects,
whose blocking findings the rules were then changed for, so their figure is no longer a measure
from outside. `fresh`: 18 other projects, recorded before any rule was changed for them (and then
tuned on). `third`: 12 more, none of them in the two sets above nor in bench_sast_real.py, recorded
(`benchmarks/production/third-before.json`) before any rule was changed for them. `fourth`: 15
more, used in no set above nor in bench_sast_real.py, weighted to the languages lending systems
ship: PHP, Go, Ruby and JavaScript, two Python packages, and the one Java library Debian ships as
source (bsh-src, BeanShell; Debian's other Java packages hold jars only), recorded
(`benchmarks/production/fourth-before.json`) before any rule was changed for them. `fifth`: 12
more, used in no set above nor in bench_sast_real.py, small and medium libraries of the same
languages (Python, JavaScript, Go, PHP, Ruby), recorded
(`benchmarks/production/fifth-before.json`) before any rule was changed for them. `sixth`: 14
more, used in no set above nor in bench_sast_real.py, small and medium libraries for file upload,
CSRF, SAML and XML signatures, JWT/JWKS, OAuth 2, signed cookies and HTTP clients (Python,
JavaScript, Go, PHP, Ruby), recorded (`benchmarks/production/sixth-before.json`) before any rule
was changed for them. `seventh`: 14 more, used in no set above, nor in bench_sast_real.py, nor
measured in docs/measurements/: small and medium web, API, auth, payment, validation, templating,
CORS, rate-limiting and authorization libraries (Python, JavaScript, Go, PHP, Ruby), recorded
(`benchmarks/production/seventh-before.json`) before any rule was changed for them. `eighth`: 14
more, used in no set above, nor in bench_sast_real.py, nor measured in docs/measurements/: small
and medium Excel, PDF, ORM, cryptography, decimal money, UUID, body-parsing, JWT middleware, HTTP
handler and CORS libraries (Python, JavaScript, Go, PHP, Ruby), recorded
(`benchmarks/production/eighth-before.json`) before any rule was changed for them.
`ninth`: 14 more, used in no set above, nor in bench_sast_real.py, nor named in docs/ or
benchmarks/: a payment gateway's SDK, Excel and PDF generation, AMQP and Kafka clients, ORMs
for Node and Go, validation, one-time passwords, an HTTP client and field encryption (Python,
JavaScript, Go, PHP, Ruby), recorded
(`benchmarks/production/ninth-before.json`) before any rule was changed for them. `tenth`: 16
more, used in no set above, nor in bench_sast_real.py, nor in the measurements of docs/measurements/sast.md
or docs/measurements/secrets.md: web and API frameworks, OAuth 2 and OpenID Connect, JWT and JOSE, two-factor
login, a payment gateway's SDK, HTTP clients and an ORM (Python, JavaScript, Go, PHP, Ruby), and
two whole applications read from stored repositories, a Java (Spring) shop with payments and a
C# (ASP.NET Core) shop with JWT login, whose files and commits
`benchmarks/production/tenth-stored.json` lists (they are fetched into DIR/projects/<name>/
beforehand; the installer only names them), recorded (`benchmarks/production/tenth-before.json`)
before any rule was changed for them. `eleventh`: 16 more, used in no set above, nor in
bench_sast_real.py, nor named in docs/ or benchmarks/ as a measured project: two payment
gateways' SDKs (Mollie for Python, iyzico for Node), login lock-out, one-time passwords and
two-factor login, rate limiting, CSRF tokens, a job queue, configuration, decimal arithmetic,
serialization, file storage, authorization, password hashing and OAuth 2 login (Python,
JavaScript, Go, PHP, Ruby), recorded (`benchmarks/production/eleventh-before.json`) before any
rule was changed for them. `twelfth`: 12 applications and libraries in Java, Kotlin and
C#, used in no set above, read from stored repositories only (Apache Fineract, JHipster's Spring
and .NET sample applications, Keycloak, Spring Authorization Server, Ktor's samples, Bitwarden's
Android client and server, Now in Android, Microsoft's eShop, Jellyfin, OpenIddict's samples),
2 or 3 files each, whose files and commits `benchmarks/production/twelfth-stored.json` lists,
recorded (`benchmarks/production/twelfth-before.json`) before any rule was changed for them.
`thirteenth`: whole Spring applications rather than slices, used in no set above: PiggyMetrics
(Spring Cloud microservices for personal finance, every source file of its back-end services) and
the RealWorld Spring Boot back end (every file of src/main), whose files and commits
`benchmarks/production/thirteenth-stored.json` lists, recorded
(`benchmarks/production/thirteenth-before.json`) before any rule was changed for them.
`fourteenth`: 13 whole applications and API servers, used in no set above nor measured in
docs/: Django shops and ledgers (django-oscar, django-ledger), Flask and FastAPI applications
(calibreweb, changedetection.io, ihatemoney, fava, lnbits), a CalDAV server (radicale), Node
servers (parse-server, apostrophe, ghost), and a Gin/GORM and a Rails API read from stored repositories
(`benchmarks/production/fourteenth-stored.json`), recorded
(`benchmarks/production/fourteenth-before.json`) before any rule was changed for them.
`fifteenth`: 11 whole applications and API servers, used in no set above nor named in docs/ or
benchmarks/: a Pyramid JSON API server (kinto), Python web applications (datasette, FlaskBB,
FitTrackee, pypiserver), Node servers (Actual's sync server, Etherpad, Uptime Kuma; a scoped npm
name is kept in the folder `scope-name`), PHP applications Debian ships (DAViCal, Icinga Web 2)
and a Go HTTPS API server Debian ships as source (Red October), recorded
(`benchmarks/production/fifteenth-before.json`) before any rule was changed for them.
`sixteenth`: 11 whole applications and API servers, used in no set above nor named in docs/ or
benchmarks/: an alert monitoring REST API (alerta-server), a Flask production-tracking API (zou),
a FastAPI users and authentication server (fief-server; its wheel is tagged for Python 3.12, so
`pip download` here needs `--python-version 3.12`: fetch it into DIR/projects/ beforehand), a
Django double-entry bookkeeping application (django-hordak), JupyterHub's login and REST API,
a Django mail hosting administration panel (modoboa), the Tryton ERP server (trytond), two Node
API servers (Express Gateway, Kuzzle) and two PHP administration front ends Debian ships (GOsa,
NagVis), recorded (`benchmarks/production/sixteenth-before.json`) before any rule was changed for
them.
`seventeenth`: 6 whole server applications in Java, a language no earlier set took whole
applications of from an archive, used in no set above nor named in docs/ or benchmarks/, which
Debian ships as source packages (`debian_source`, as under `eighteenth`): ZooKeeper (a
coordination server with an HTTP admin server), H2 (a database with a web console), HSQLDB (a database server
with an HTTP mode), Jolokia (JMX over an HTTP/JSON API, with authentication and CORS policies),
ApacheDS (an LDAP and Kerberos server) and Derby (a database with a network server), recorded
(`benchmarks/production/seventeenth-before.json`) before any rule was changed for them.
`eighteenth`: 8 whole server applications in Ruby and Go, used in no set above nor named in docs/
or benchmarks/: Ruby applications Debian ships (their binary packages hold the Ruby source):
Debian's CI web front end and API (debci, Sinatra), a mailing-list server with an HTTP API
daemon (schleuder), a web diary (tDiary) and Sidekiq's web UI (a Rack application with
sessions and CSRF tokens); and Go servers Debian ships as SOURCE packages (`debian_source`:
`apt-get source --download-only`, which needs the archive's source lists, `Types: deb deb-src`
in /etc/apt/sources.list.d/debian.sources and `apt-get update`; the upstream tarballs unpacked,
the debian/ packaging not; vendored modules under vendor/ are third-party code the scan
prunes): Syncthing (web GUI and REST API), Caddy (web server and admin API), the NATS server
(HTTP monitoring, accounts and JWT) and webhook (an HTTP server that runs configured commands), recorded
(`benchmarks/production/eighteenth-before.json`) before any rule was changed for them.
`nineteenth`: 8 whole web applications in Python, PHP and JavaScript, used in no set above nor
named in docs/ or benchmarks/: Django, Tornado and Pyramid applications from PyPI (Postorius,
the Mailman 3 web interface for lists and subscriptions; Flower, Celery's web monitor with an
HTTP API; devpi-server, a package index server with uploads and users), Node servers from npm
(Redis Commander, an Express web console for Redis; the Signal K server, a web server and REST
API with its own security and users) and PHP web applications Debian ships (the Icinga
Director, a configuration front end with a REST API; Icinga DB Web; Ganglia's web front end),
recorded (`benchmarks/production/nineteenth-before.json`) before any rule was changed for them.
`twentieth`: 8 whole web applications with login, forms and a database, in PHP, Python and
JavaScript, used in no set above nor named in docs/ or benchmarks/: PHP applications Debian ships
(OCS Inventory's web console, an asset inventory with users and a MySQL database; LDAP Account
Manager, a web front end that manages accounts in a directory; ZoneMinder's web interface, a video
surveillance console with users, its PHP under www/ beside a compiled server), Django applications
from PyPI (pretalx, a conference call-for-papers and scheduling system; django-helpdesk, a ticket
desk with public forms; Kiwi TCMS, a test case management system with a JSON-RPC API) and Node
servers from npm that ship their source (the OpenHIM core, a health information mediator's Koa API
server with its own users and authentication, its src/ and the compiled lib/; Saltcorn's server, an
Express application builder with login, forms and tables), recorded
(`benchmarks/production/twentieth-before.json`) before any rule was changed for them. Java and C#
are missing: the two Java applications Debian lists as source (Hibiscus, Jameica) answer 404 on the
archive mirror this machine reaches.
`twentyfirst`: 10 whole servers and web applications of the kinds an online lending system is built
from, in Go, Ruby, TypeScript and Python, used in no set above nor named in docs/ or benchmarks/:
Go servers Debian ships as source packages (`debian_source`: Pebble, an ACME certificate
authority's HTTPS API server; Prometheus, a monitoring server with an HTTP API and web UI), Ruby
applications Debian ships (pcs, whose pcsd daemon is a Sinatra web UI and REST API with logins,
beside its Python command line; Samizdat, a web publishing application with users and a
PostgreSQL database), TypeScript servers from npm (Medusa's commerce server, orders, payments and
customers, compiled to dist/; Directus's API server, users, roles and a REST API; both ship only
their compiled dist/ folder, which the inventory prunes as build output, so two Node servers that
ship their code were added before they were scanned: Uppy Companion, an Express server for
uploads with OAuth to storage providers, src/ and lib/; Haraka, an SMTP server with
authentication plugins) and Python web applications from PyPI (Indico, a Flask event manager
with registration and payments; Mayan EDMS, a Django document manager with a REST API), recorded
(`benchmarks/production/twentyfirst-before.json`) before any rule was changed for them.
`twentysecond`: 9 whole server applications and API servers with accounts, logins, payments or
uploads, in Python, JavaScript, Go and PHP, used in no set above nor named in docs/ or benchmarks/:
Django applications from PyPI (HyperKitty, the Mailman 3 archive with accounts and posting;
dj-stripe, Stripe payments, customers and webhooks for Django; byro, a membership administration
with fees, payments and bank statement uploads; ephios, a volunteer and shift planner with
accounts and OpenID Connect), Node servers from npm that ship their source (Cloud Commander, an
Express file manager with authentication and uploads; Deployd, an API server with users and
sessions), Go servers Debian ships as source packages (the Docker registry, an HTTP API for image
uploads with token authentication; chasquid, an SMTP server with authentication) and a PHP
application Debian ships (Shaarli, a bookmark manager with login and a JWT REST API), recorded
(`benchmarks/production/twentysecond-before.json`) before any rule was changed for them.
`twentythird`: 6 servers and server components in Ruby and Java, used in no set above nor named
in docs/ or benchmarks/: Ruby applications and libraries Debian ships (Hiki, a wiki web application
with logins and an administrator's pages; Phusion Passenger, an application server whose agent
serves an HTTP API with authentication; Puppet's agent and library, certificates, an HTTP API
client and its catalogue compiler; rack-oauth2 and openid_connect, the server and
client sides of OAuth 2.0 and OpenID Connect that Rails applications build logins on) and a Java
server Debian ships as a source package (Nailgun, a TCP server that runs Java programs for its
clients). No C# server could be fetched (mono-xsp's upstream tarball answers 404 on the archive
mirror this machine reaches, as do those of davmail, openrefine and activemq), nor a
Kotlin one; recorded (`benchmarks/production/twentythird-before.json`) before any rule was changed
for them.
`twentyfourth`: 6 server applications in PHP, Java, C# and Kotlin, used in no set above: PHP
applications Debian ships (SimpleSAMLphp, a SAML 2.0 identity and service provider with its admin
pages; mlmmj's web administration of mailing lists), Java servers Debian ships as source packages
(Mondrian, an OLAP engine with an XML/A servlet; Dumbster, a small SMTP server) and two whole
applications read from stored repositories, whose files and commits
`benchmarks/production/twentyfourth-stored.json` lists (an ASP.NET Core minimal-API server with
JWT login and rate limiting, davidfowl/TodoApi; a Kotlin Ktor RealWorld API server with JWT login),
recorded (`benchmarks/production/twentyfourth-before.json`) before any rule was changed for them.
`twentyfifth`: 6 whole web server applications in Python and JavaScript that ship their source in
their registry package, used in no set above nor named in docs/ or benchmarks/: Django and FastAPI
applications from PyPI wheels (Shuup, an e-commerce platform with orders, payments, customers and an
administration; Misago, a forum with accounts, logins, OAuth 2 and a REST API; the OPAL server, a
FastAPI authorization policy server with JWT-protected APIs and webhooks) and Express servers from
npm (Sinopia, a private npm registry with users, htpasswd logins and package uploads, lib/;
NodeCG, a broadcast graphics server with logins through Passport and an HTTP API, src/ beside the
compiled dist/; the Federated Wiki server, a wiki with page writes and logins through plugins,
lib/), recorded (`benchmarks/production/twentyfifth-before.json`) before any rule was changed for
them.
`twentysixth`: 6 servers in Go, Rust and Kotlin, the languages recent sets had least of, used in no
set above nor named in docs/ or benchmarks/: Go servers Debian ships (LXD, the container manager's
REST API server with TLS client certificates, as a source package; goiardi, a Chef server's HTTP API
with signed requests and users, whose -dev package holds its source), Rust server crates Debian ships
as source in their librust-*-dev packages (hyper, the HTTP server and client library; tiny_http, a
small HTTP server; the trust-dns server, a DNS server with DNS over TLS and HTTPS) and a Kotlin Spring
WebFlux application read from its stored repository (the security package of MiXiT's conference web
site, logins by e-mailed tokens and a session filter; `benchmarks/production/twentysixth-stored.json`
lists its files and commits), recorded (`benchmarks/production/twentysixth-before.json`) before any
rule was changed for them.
`twentyseventh`: 6 server applications built on the PHP and TypeScript web frameworks lending sites
are written with (Laravel, Symfony, Yii 2, NestJS, Koa in TypeScript), used in no set above nor
named in docs/ or benchmarks/: TypeScript servers from npm that ship their source (Budibase's
server, a Koa application builder with users, logins, an app and data API, its src/; lenne.tech's
nest-server, a NestJS server with users, JWT logins and a GraphQL API, its src/) and the login and
request-handling slices of four applications read from stored repositories, whose files and commits
`benchmarks/production/twentyseventh-stored.json` lists (Ghostfolio, a NestJS wealth manager's
authentication; Firefly III, a Laravel finance manager's login, password reset and two-factor
login; Symfony's demo application; Yii 2's advanced application template), recorded
(`benchmarks/production/twentyseventh-before.json`) before any rule was changed for them.
`twentyeighth`: 6 servers, libraries and an app in the languages the sets above barely measured (Java,
Ruby, Kotlin, Scala, Dart, Swift), used in no set above nor named in docs/ or benchmarks/: a Java
server library Debian ships as a source package (Jersey 1, the JAX-RS reference implementation: REST
resources, servlet container, JSON and OAuth signatures), a Ruby Rails engine Debian ships (Doorkeeper's
OpenID Connect extension, the provider side of OpenID Connect logins) and the request-handling, login
and signing slices of four applications read from stored repositories, whose files and commits
`benchmarks/production/twentyeighth-stored.json` lists (a Kotlin Ktor e-commerce API server with JWT
logins and CORS; the Scala Play server of lichess.org, its CSRF check, signed tokens and session
cookies; a Dart Flutter wallet app's RSA request signing and token refresh; a Swift AWS Lambda
webhook handler of the Vapor project), recorded (`benchmarks/production/twentyeighth-before.json`)
before any rule was changed for them.
`twentyninth`: 6 whole server applications of the kinds a lender runs beside its loan system
(customer relations, invoicing and payments, a call centre's tools, certificate enrolment), in
Python, PHP and Go, used in no set above nor named in docs/ or benchmarks/: Django applications from
PyPI wheels (Tendenci, an association management system with invoices, online payments,
memberships and a REST API; BottleCRM, `django-crm`, a multi-tenant CRM with leads, deals,
invoices and support tickets behind a Django REST API, whose wheel is tagged for Python 3.12 and
is fetched into DIR/projects/ beforehand as under `sixteenth`; Django CRM, `django-crm-admin`, a
CRM with deals, payments, e-mail marketing and tasks), PHP applications Debian ships (HotelDruid, a
property manager with bookings, bills, payments and users; HOMER's API, the REST API with logins
of a SIP capture server that call centres run) and a Go server whose Debian -dev package holds its
source (micromdm's SCEP server, certificate enrolment over HTTP with a challenge password, its
scepserver program under the package's examples; the source package's upstream tarball answers
404 on the archive mirror this machine reaches), recorded
(`benchmarks/production/twentyninth-before.json`, four of the six: Tendenci and HotelDruid not
yet scanned) before any rule was changed for them.
`thirtieth`: 6 server applications of the kinds a lender runs or builds its loan system like
(billing and payments, accounting, invoicing with a client portal, e-commerce, a business
platform), in the languages whose production code the sets above measured least (C#, Java, PHP,
TypeScript), used in no set above nor named in docs/ or benchmarks/: the login, account and
request-handling slices of six applications read from stored repositories, whose files and commits
`benchmarks/production/thirtieth-stored.json` lists (Smartstore, an ASP.NET Core shop's download and
newsletter controllers; Kill Bill, a JAX-RS billing and payments server's user and role API and its
pass-through to plugin servlets; Akaunting, a Laravel accounting application's login, password
reset, users API and attachment downloads; Invoice Ninja, a Laravel invoicing application's client
portal documents, uploads and payment hook; Ever Gauzy, a NestJS platform's JWT strategy and
social-login token checks; Bigcapital, an Express accounting server's login, registration,
password reset and media uploads), recorded (`benchmarks/production/thirtieth-before.json`) before
any rule was changed for them.

Each project is scanned on its own, exactly as a user releases an AIS:
`aiscan scan DIR/projects/<name> --format json --config EMPTY --offline`, where EMPTY is an empty
operator configuration (`--bound S` sets only `[analyzers] timeout_s` in it, for a loaded
machine on which the default bound runs out). With no advisory database the dependency check is
NOT_ASSESSED and blocks every project; `--advisories DIR` imports the OSV exports found in DIR
(`*-all.zip`) into a database in DIR's place under --packages once (`aiscan db import`) and
passes it with `--advisory-db`. Ecosystems without an export (npm, Packagist, RubyGems here)
and exports older than a release allows stay NOT_ASSESSED. The table therefore gives two
verdicts: aiscan's own, and `code`, the verdict with the dependency analysis set aside: blocked
when a requirement FAILs, or is NOT_ASSESSED for another reason than the dependency analysis
(`deps: ...`).

Per project: files in the tree, the findings that weigh on the gate (those that fail a
requirement: at or above the policy's threshold, and not an observation in test code) by rule,
the requirements that FAIL and those NOT_ASSESSED, and the verdicts. `--show-findings` lists
every finding that weighs on the gate with its line, for classification by hand (recorded in
docs/measurements/sast.md); each report is kept as DIR/reports/<column>/<project>.json. `--label NAME` names
the current column (default `now`); `--from-reports` scans nothing and reads the reports kept
under that label again (to write a column's `--json` from a run that was stopped).

`--projects-dir DIR` scans projects fetched beforehand instead of a set: each folder directly in DIR
is one project (for example `/tmp/springprod/<project>/`, files read from public repositories as
`benchmarks/production/spring-set.json` lists them), and nothing is installed. The reports, and the
advisory database, are kept in `--packages` when given, else in `DIR-gate/` beside DIR (never in
DIR, where a folder would be taken for a project).

`--compare OLD` scans nothing: it compares the reports kept under OLD with those kept under
`--label`, project by project, and prints every finding (rule, file, line) that appears,
disappears or changes severity, and every verdict that changes.

`--before REV` also scans with aiscan as it was at git revision REV (`git archive` into a
temporary folder, run with `python -m aiscan` from there, as bench_vulnapps.py does) and prints
both columns.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_vulnapps import archived_aiscan

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ProjectSet:
    pypi: tuple[str, ...]
    npm: tuple[str, ...]
    debian: tuple[str, ...]
    # Applications read from the stored copies of public repositories, file by file, into
    # DIR/projects/<name>/ beforehand; `stored_list` names the JSON file (beside this script,
    # under production/) that gives each project's repository, files and commits.
    stored: tuple[str, ...] = ()
    stored_list: str = ""
    # Debian SOURCE packages (`apt-get source --download-only`), for applications whose binary
    # package holds only a compiled program (Go): the upstream tarballs are unpacked, not the
    # debian/ packaging.
    debian_source: tuple[str, ...] = ()


SETS = {
    "tuned": ProjectSet(
        pypi=("fastapi", "httpx", "celery", "paramiko", "tornado", "aiohttp", "pyjwt"),
        npm=("koa", "fastify", "mongoose", "axios", "nodemailer", "jsonwebtoken"),
        debian=(
            "php-symfony-http-foundation",
            "php-league-commonmark",
            "golang-github-go-chi-chi-dev",
            "golang-github-spf13-cobra-dev",
            "ruby-rack",
            "ruby-sinatra",
        ),
    ),
    "fresh": ProjectSet(
        pypi=(
            "flask",
            "werkzeug",
            "starlette",
            "pydantic",
            "requests-oauthlib",
            "scrapy",
            "redis",
            "psycopg",
        ),
        npm=("express", "passport", "helmet", "socket.io", "sequelize", "pg"),
        debian=(
            "golang-github-gin-gonic-gin-dev",
            "php-guzzlehttp-guzzle",
            "php-twig",
            "ruby-devise",
        ),
    ),
    "third": ProjectSet(
        pypi=("urllib3", "falcon", "oauthlib", "itsdangerous"),
        npm=("ws", "jose", "multer", "knex"),
        debian=(
            "php-phpseclib3",
            "golang-github-gorilla-websocket-dev",
            "golang-github-golang-jwt-jwt-dev",
            "ruby-omniauth",
        ),
    ),
    "fourth": ProjectSet(
        pypi=("djangorestframework", "authlib"),
        npm=("express-session", "passport-jwt", "node-forge"),
        debian=(
            "php-laravel-framework",
            "php-symfony-security-http",
            "php-doctrine-dbal",
            "php-tcpdf",
            "golang-github-jackc-pgx-v4-dev",
            "golang-github-minio-minio-go-v7-dev",
            "golang-github-gorilla-csrf-dev",
            "ruby-faraday",
            "ruby-doorkeeper",
            "bsh-src",
        ),
    ),
    "fifth": ProjectSet(
        pypi=("flask-login", "marshmallow", "pyotp"),
        npm=("cookie-parser", "joi", "bcryptjs"),
        debian=(
            "golang-github-go-sql-driver-mysql-dev",
            "golang-github-gorilla-sessions-dev",
            "libphp-phpmailer",
            "php-symfony-password-hasher",
            "ruby-jwt",
            "ruby-warden",
        ),
    ),
    "sixth": ProjectSet(
        pypi=("python-multipart", "flask-wtf", "python3-saml"),
        npm=("formidable", "xml-crypto", "jwks-rsa"),
        debian=(
            "golang-golang-x-oauth2-dev",
            "golang-gopkg-square-go-jose.v2-dev",
            "golang-github-gorilla-securecookie-dev",
            "php-symfony-http-client",
            "php-symfony-security-csrf",
            "php-nyholm-psr7",
            "ruby-oauth2",
            "ruby-httparty",
        ),
    ),
    "seventh": ProjectSet(
        pypi=("flask-jwt-extended", "webob", "braintree"),
        npm=("ejs", "express-validator", "express-rate-limit"),
        debian=(
            "golang-github-go-playground-validator-v10-dev",
            "golang-github-rs-cors-dev",
            "golang-github-casbin-casbin-dev",
            "php-symfony-routing",
            "php-symfony-rate-limiter",
            "php-symfony-mime",
            "ruby-rack-attack",
            "ruby-pundit",
        ),
    ),
    "eighth": ProjectSet(
        pypi=("openpyxl", "fpdf2", "pynacl", "tortoise-orm"),
        npm=("body-parser", "express-jwt", "pdfkit"),
        debian=(
            "golang-github-shopspring-decimal-dev",
            "golang-github-gorilla-handlers-dev",
            "golang-github-jung-kurt-gofpdf-dev",
            "php-ramsey-uuid",
            "php-dompdf",
            "ruby-money",
            "ruby-rack-cors",
        ),
    ),
    "ninth": ProjectSet(
        pypi=("adyen", "xlsxwriter", "reportlab", "pika", "cerberus"),
        npm=("kafkajs", "node-fetch", "speakeasy", "objection"),
        debian=(
            "golang-github-jinzhu-gorm-dev",
            "golang-github-rabbitmq-amqp091-go-dev",
            "php-symfony-validator",
            "ruby-prawn",
            "ruby-lockbox",
        ),
    ),
    "tenth": ProjectSet(
        pypi=("stripe", "django-oauth-toolkit", "djangorestframework-simplejwt"),
        npm=("restify", "superagent", "node-jose"),
        debian=(
            "golang-github-coreos-go-oidc-dev",
            "golang-github-go-resty-resty-dev",
            "golang-github-markbates-goth-dev",
            "php-slim",
            "php-symfony-security-core",
            "ruby-sequel",
            "ruby-grape",
            "ruby-devise-two-factor",
        ),
        stored=("eshoponweb", "shopizer"),
        stored_list="tenth-stored.json",
    ),
    "eleventh": ProjectSet(
        pypi=("mollie-api-python", "django-axes", "django-otp", "flask-limiter"),
        npm=("iyzipay", "bullmq", "rate-limiter-flexible", "csrf-csrf"),
        debian=(
            "golang-github-pquerna-otp-dev",
            "golang-github-spf13-viper-dev",
            "php-brick-math",
            "php-symfony-serializer",
            "php-league-flysystem",
            "ruby-bcrypt",
            "ruby-cancancan",
            "ruby-omniauth-oauth2",
        ),
    ),
    "twelfth": ProjectSet(
        pypi=(),
        npm=(),
        debian=(),
        stored=(
            "fineract",
            "jhipster-sample-app",
            "keycloak",
            "spring-authorization-server",
            "ktor-samples",
            "bitwarden-android",
            "nowinandroid",
            "eshop",
            "bitwarden-server",
            "jellyfin",
            "openiddict-samples",
            "jhipster-sample-app-dotnetcore",
        ),
        stored_list="twelfth-stored.json",
    ),
    "thirteenth": ProjectSet(
        pypi=(),
        npm=(),
        debian=(),
        stored=("piggymetrics", "realworld"),
        stored_list="thirteenth-stored.json",
    ),
    "fourteenth": ProjectSet(
        pypi=(
            "django-oscar",
            "django-ledger",
            "calibreweb",
            "changedetection-io",
            "radicale",
            "ihatemoney",
            "lnbits",
            "fava",
        ),
        npm=("parse-server", "apostrophe", "ghost"),
        debian=(),
        stored=("gin-realworld", "rails-realworld"),
        stored_list="fourteenth-stored.json",
    ),
    "fifteenth": ProjectSet(
        pypi=("kinto", "datasette", "flaskbb", "fittrackee", "pypiserver"),
        npm=("@actual-app/sync-server", "ep_etherpad-lite", "uptime-kuma"),
        debian=("davical", "icingaweb2", "golang-github-cloudflare-redoctober-dev"),
    ),
    "sixteenth": ProjectSet(
        pypi=("alerta-server", "zou", "fief-server", "django-hordak", "jupyterhub", "modoboa", "trytond"),
        npm=("express-gateway", "kuzzle"),
        debian=("gosa", "nagvis"),
    ),
    "seventeenth": ProjectSet(
        pypi=(),
        npm=(),
        debian=(),
        debian_source=(
            "zookeeper",
            "h2database",
            "hsqldb",
            "jolokia",
            "apache-directory-server",
            "derby",
        ),
    ),
    "eighteenth": ProjectSet(
        pypi=(),
        npm=(),
        debian=("debci", "schleuder", "tdiary-core", "ruby-sidekiq"),
        debian_source=("syncthing", "caddy", "nats-server", "webhook"),
    ),
    "nineteenth": ProjectSet(
        pypi=("postorius", "flower", "devpi-server"),
        npm=("redis-commander", "signalk-server"),
        debian=("icingaweb2-module-director", "icingadb-web", "ganglia-webfrontend"),
    ),
    "twentieth": ProjectSet(
        pypi=("pretalx", "django-helpdesk", "kiwitcms"),
        npm=("openhim-core", "@saltcorn/server"),
        debian=("ocsinventory-reports", "ldap-account-manager", "zoneminder"),
    ),
    "twentyfirst": ProjectSet(
        pypi=("indico", "mayan-edms"),
        npm=("@medusajs/medusa", "@directus/api", "@uppy/companion", "haraka"),
        debian=("pcs", "samizdat"),
        debian_source=("pebble", "prometheus"),
    ),
    "twentysecond": ProjectSet(
        pypi=("hyperkitty", "dj-stripe", "byro", "ephios"),
        npm=("cloudcmd", "deployd"),
        debian=("shaarli",),
        debian_source=("docker-registry", "chasquid"),
    ),
    "twentythird": ProjectSet(
        pypi=(),
        npm=(),
        debian=("hiki", "passenger", "puppet-agent", "ruby-rack-oauth2", "ruby-openid-connect"),
        debian_source=("nailgun",),
    ),
    "twentyfourth": ProjectSet(
        pypi=(),
        npm=(),
        debian=("simplesamlphp", "mlmmj-php-web-admin"),
        debian_source=("mondrian", "dumbster"),
        stored=("todoapi", "ktor-realworld"),
        stored_list="twentyfourth-stored.json",
    ),
    "twentyfifth": ProjectSet(
        pypi=("shuup", "misago", "opal-server"),
        npm=("sinopia", "nodecg", "wiki-server"),
        debian=(),
    ),
    "twentysixth": ProjectSet(
        pypi=(),
        npm=(),
        debian=(
            "golang-github-ctdk-goiardi-dev",
            "librust-hyper-dev",
            "librust-tiny-http-dev",
            "librust-trust-dns-server-dev",
        ),
        debian_source=("lxd",),
        stored=("mixit",),
        stored_list="twentysixth-stored.json",
    ),
    "twentyseventh": ProjectSet(
        pypi=(),
        npm=("@budibase/server", "@lenne.tech/nest-server"),
        debian=(),
        stored=("ghostfolio", "firefly-iii", "symfony-demo", "yii2-app-advanced"),
        stored_list="twentyseventh-stored.json",
    ),
    "twentyeighth": ProjectSet(
        pypi=(),
        npm=(),
        debian=("ruby-doorkeeper-openid-connect",),
        debian_source=("jersey1",),
        stored=("ktor-ecommerce", "lila", "jetwallet", "penny-bot"),
        stored_list="twentyeighth-stored.json",
    ),
    "twentyninth": ProjectSet(
        pypi=("tendenci", "django-crm", "django-crm-admin"),
        npm=(),
        debian=("hoteldruid", "homer-api", "golang-github-micromdm-scep-dev"),
    ),
    "thirtieth": ProjectSet(
        pypi=(),
        npm=(),
        debian=(),
        stored=("smartstore", "killbill", "akaunting", "invoiceninja", "ever-gauzy", "bigcapital"),
        stored_list="thirtieth-stored.json",
    ),
}


@dataclass
class Verdict:
    exit_code: int
    decision: str
    files: int
    gating: list[dict[str, object]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    not_assessed: list[str] = field(default_factory=list)
    # NOT_ASSESSED only because the dependency analysis could not run (no or old advisory data)
    dependency_only: list[str] = field(default_factory=list)

    @property
    def code_blocked(self) -> bool:
        return bool(self.failed) or bool(set(self.not_assessed) - set(self.dependency_only))

    def rules(self) -> Counter[str]:
        return Counter(str(f.get("rule_id")) for f in self.gating)


# --- the projects ---------------------------------------------------------------------------


def _run(argv: Sequence[str], cwd: Path) -> None:
    subprocess.run(list(argv), cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _missing(projects: Path, names: Sequence[str]) -> list[str]:
    return [n for n in names if not (projects / folder_name(n)).is_dir()]


def folder_name(package: str) -> str:
    """The project folder of a package: a scoped npm name `@scope/name` becomes `scope-name`."""
    return package.lstrip("@").replace("/", "-")


def install_pypi(projects: Path, manifest: Path, work: Path, wanted: Sequence[str]) -> None:
    names = _missing(projects, wanted)
    if not names:
        return
    wheels = work / "wheels"
    _run(["pip", "download", "--no-deps", "--only-binary=:all:", "-q", "-d", str(wheels), *names], work)
    for wheel in sorted(wheels.glob("*.whl")):
        name, version = wheel.name.split("-")[:2]
        key = next(n for n in names if n.replace("-", "_").lower() == name.lower())
        with zipfile.ZipFile(wheel) as zf:
            # zipfile drops absolute and ".." parts of member names; nothing is run
            zf.extractall(work / "unpacked" / key)  # noqa: S202 (a zip archive, see above)
        (manifest / key).write_text(f"PyPI {name} {version}\n", encoding="utf-8")
        (work / "unpacked" / key).rename(projects / key)


def install_npm(projects: Path, manifest: Path, work: Path, wanted: Sequence[str]) -> None:
    """Each npm package's tarball (`npm pack`: no dependency fetched, no script run) unpacked;
    tarfile's `data` filter refuses absolute paths, `..`, links out of the folder and devices."""
    names = _missing(projects, wanted)
    if not names:
        return
    tarballs = work / "npm"
    tarballs.mkdir()
    for name in names:
        before = set(tarballs.glob("*.tgz"))
        _run(["npm", "pack", "--silent", "--pack-destination", str(tarballs), name], work)
        (tarball,) = set(tarballs.glob("*.tgz")) - before
        target = work / "unpacked" / folder_name(name)
        with tarfile.open(tarball) as tf:
            tf.extractall(target, filter="data")
        src = next(p for p in target.iterdir() if p.is_dir())  # `package/` in every npm tarball
        meta = json.loads((src / "package.json").read_text(encoding="utf-8"))
        src.rename(projects / folder_name(name))
        line = f"npm {name} {meta.get('version', '?')}\n"
        (manifest / folder_name(name)).write_text(line, encoding="utf-8")


def install_debian(projects: Path, manifest: Path, work: Path, wanted: Sequence[str]) -> None:
    names = _missing(projects, wanted)
    if not names:
        return
    if not shutil.which("apt-get") or not shutil.which("dpkg"):
        print("apt-get/dpkg not available: the PHP, Go and Ruby projects are not installed")
        return
    debs = work / "debs"
    debs.mkdir()
    _run(["apt-get", "download", *names], debs)
    for deb in sorted(debs.glob("*.deb")):
        name, version = deb.name.split("_")[:2]
        target = work / "unpacked" / name
        target.mkdir(parents=True)
        _run(["dpkg", "-x", str(deb), str(target)], debs)
        unpack_source_tarballs(target)
        (manifest / name).write_text(f"Debian {name} {version}\n", encoding="utf-8")
        target.rename(projects / name)


def install_debian_source(projects: Path, manifest: Path, work: Path, wanted: Sequence[str]) -> None:
    """Each Debian source package's upstream tarballs (`NAME_VERSION.orig.tar.*`, and a component
    `NAME_VERSION.orig-COMP.tar.*` into COMP/, as dpkg-source places it), unpacked with
    tarfile's `data` filter; the debian/ packaging is not unpacked, no patch applied, nothing
    run."""
    names = _missing(projects, wanted)
    if not names:
        return
    if not shutil.which("apt-get"):
        print("apt-get not available: the Debian source packages are not installed")
        return
    sources = work / "sources"
    sources.mkdir()
    for name in names:
        # a mirror may lack a file of the package (its packaging): the tarballs fetched decide
        with contextlib.suppress(subprocess.CalledProcessError):
            _run(["apt-get", "source", "--download-only", name], sources)
        tarballs = sorted(sources.glob(f"{name}_*.orig*.tar.*"))
        if not tarballs:
            print(f"{name}: no upstream tarball fetched; not installed")
            continue
        target = work / "unpacked" / name
        version = ""
        for tarball in tarballs:
            version, _, rest = tarball.name[len(name) + 1 :].partition(".orig")
            component = rest.split(".tar.")[0].removeprefix("-")
            unpack_upstream(tarball, target / component if component else target)
        (manifest / name).write_text(f"Debian source {name} {version}\n", encoding="utf-8")
        target.rename(projects / name)


def unpack_upstream(tarball: Path, target: Path) -> None:
    """An upstream tarball unpacked into target: its one top folder (`name-1.0/`) is dropped."""
    with tempfile.TemporaryDirectory(dir=tarball.parent) as tmp:
        with tarfile.open(tarball) as tf:
            tf.extractall(tmp, filter="data")
        entries = list(Path(tmp).iterdir())
        top = entries[0] if len(entries) == 1 and entries[0].is_dir() else Path(tmp)
        target.mkdir(parents=True, exist_ok=True)
        for entry in top.iterdir():
            entry.rename(target / entry.name)


def unpack_source_tarballs(tree: Path) -> None:
    """A Debian `*-src` package ships its source as a tarball under usr/src/ (bsh-src): unpacked
    beside it, nothing run; tarfile's `data` filter refuses absolute paths, `..`, links out of
    the folder and device files."""
    for tarball in sorted((tree / "usr" / "src").glob("*/*.tar.*")):
        with tarfile.open(tarball) as tf:
            tf.extractall(tarball.parent / "unpacked", filter="data")
        tarball.unlink()


def prepare_projects(folder: Path, wanted: ProjectSet) -> Path:
    """Install the missing projects into folder/projects (present ones are reused)."""
    projects, manifest = folder / "projects", folder / "manifest"
    projects.mkdir(parents=True, exist_ok=True)
    manifest.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="aiscan-bench-prod-", dir=folder) as tmp:
        work = Path(tmp)
        (work / "unpacked").mkdir()
        install_pypi(projects, manifest, work, wanted.pypi)
        install_npm(projects, manifest, work, wanted.npm)
        install_debian(projects, manifest, work, wanted.debian)
        install_debian_source(projects, manifest, work, wanted.debian_source)
    note_stored(projects, manifest, wanted)
    return projects


def note_stored(projects: Path, manifest: Path, wanted: ProjectSet) -> None:
    """The set's applications read from stored repositories are not installed here: each one is
    named in the manifest when present, and reported as missing otherwise."""
    if not wanted.stored:
        return
    listed = json.loads((REPO / "benchmarks" / "production" / wanted.stored_list).read_text(encoding="utf-8"))
    for name in wanted.stored:
        entry = listed["projects"][name]
        if (projects / name).is_dir():
            line = f"stored {entry['repository']} ({len(entry['files'])} files, {wanted.stored_list})\n"
            (manifest / name).write_text(line, encoding="utf-8")
        else:
            print(f"{name}: not in {projects}; fetch the files {wanted.stored_list} lists first")


def prefetched_projects(projects_dir: Path, packages: Path | None) -> tuple[Path, Path]:
    """(work folder, projects folder) for projects fetched beforehand into projects_dir: the work
    folder (reports, advisory database) is `packages` when given, else `<projects_dir>-gate` beside
    it; never projects_dir itself, whose every folder is a project."""
    projects = projects_dir.resolve()
    if not projects.is_dir():
        raise SystemExit(f"{projects_dir}: no such folder of projects")
    folder = packages.resolve() if packages else projects.with_name(projects.name + "-gate")
    if folder == projects or folder.is_relative_to(projects):
        raise SystemExit(f"{folder}: the reports are kept outside the folder of projects")
    return folder, projects


def project_names(projects: Path, wanted: Sequence[str]) -> list[str]:
    """The folders directly in `projects`, sorted; only those in `wanted` when it is not empty."""
    names = sorted(p.name for p in projects.iterdir() if p.is_dir() and not p.is_symlink())
    return [n for n in names if n in wanted] if wanted else names


def advisory_db(folder: Path, advisories: Path, aiscan: Sequence[str], env: dict[str, str]) -> Path:
    """The OSV exports in `advisories` imported once into folder/advisories.db."""
    db = folder / "advisories.db"
    if not db.is_file():
        exports = sorted(str(p) for p in advisories.rglob("*-all.zip"))
        if not exports:
            raise SystemExit(f"{advisories}: no OSV export (*-all.zip)")
        subprocess.run([*aiscan, "db", "import", "--db", str(db), *exports], env=env, check=True)
    return db


# --- scanning -------------------------------------------------------------------------------


def count_files(tree: Path) -> int:
    return sum(len(files) for _root, _dirs, files in os.walk(tree))


def dependency_only(requirements: Sequence[dict[str, object]]) -> list[str]:
    """The NOT_ASSESSED requirements whose reason is the dependency analysis alone (`deps: ...`),
    and the points whose NOT_ASSESSED sub-points (`p18.2: NOT_ASSESSED`) are all of those."""
    out: list[str] = []
    grew = True
    while grew:  # a point is listed before its sub-points
        grew = False
        for r in requirements:
            reason, rid = str(r.get("reason") or ""), str(r["id"])
            if r.get("status") != "NOT_ASSESSED" or rid in out:
                continue
            children = reason.split(":")[0].split(", ") if reason.startswith("p") else []
            if reason.startswith("deps:") or (children and set(children) <= set(out)):
                out.append(rid)
                grew = True
    return out


def scan(
    aiscan: Sequence[str],
    target: Path,
    cwd: Path | None,
    env: dict[str, str],
    db: Path | None,
    bound_s: int | None = None,
) -> tuple[Verdict, dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="aiscan-prod-gate-") as tmp:
        config = Path(tmp) / "operator.toml"
        config.write_text(operator_config(bound_s), encoding="utf-8")
        out = Path(tmp) / "report.json"
        argv = [*aiscan, "scan", str(target), "--format", "json", "-o", str(out), "--config", str(config)]
        argv += ["--offline", *(["--advisory-db", str(db)] if db else [])]
        proc = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, check=False)
        if not out.exists():
            sys.exit(f"bench_production_gate: no report for {target}: {proc.stderr.strip()[-400:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    return verdict_of(report, target, proc.returncode), report


def operator_config(bound_s: int | None) -> str:
    """The operator configuration a project is scanned with: empty, or only the analyzers' bound."""
    return "" if bound_s is None else f"[analyzers]\ntimeout_s = {bound_s}\n"


def verdict_of(report: dict[str, Any], target: Path, exit_code: int) -> Verdict:
    requirements: list[dict[str, Any]] = report.get("requirements", [])
    failed = [r for r in requirements if r.get("status") == "FAIL"]
    # The findings that fail a requirement are the ones that weigh on the gate.
    weighing = {fp for r in failed for fp in r.get("findings", [])}
    findings: list[dict[str, Any]] = report.get("findings", [])
    return Verdict(
        exit_code=exit_code,
        decision=str((report.get("verdict") or {}).get("decision")),
        files=count_files(target),
        gating=[f for f in findings if f.get("fingerprint") in weighing],
        failed=[str(r["id"]) for r in failed],
        not_assessed=[str(r["id"]) for r in requirements if r.get("status") == "NOT_ASSESSED"],
        dependency_only=dependency_only(requirements),
    )


def kept_verdicts(folder: Path, projects: Path, label: str, names: Sequence[str]) -> dict[str, Verdict]:
    """The verdicts of the reports a run kept in folder/reports/<label>/, read again (the exit
    code is the report's own `verdict.exit_code`)."""
    out = {}
    for name in names:
        kept = folder / "reports" / label / f"{name}.json"
        if kept.is_file():
            report = json.loads(kept.read_text(encoding="utf-8"))
            out[name] = verdict_of(report, projects / name, int(report["verdict"]["exit_code"]))
    return out


# --- comparing kept reports -----------------------------------------------------------------


def _by_place(report: dict[str, Any]) -> dict[tuple[str, str, int], list[str]]:
    out: dict[tuple[str, str, int], list[str]] = {}
    for f in report.get("findings", []):
        loc = f.get("location") or {}
        key = (str(f.get("rule_id")), str(loc.get("path")), int(loc.get("start_line") or 0))
        out.setdefault(key, []).append(str(f.get("severity")))
    return {k: sorted(v) for k, v in out.items()}


def compare_reports(folder: Path, old: str, new: str, names: Sequence[str]) -> list[str]:
    """Every difference between the reports kept under two labels, one line each."""
    lines: list[str] = []
    for name in names:
        paths = [folder / "reports" / label / f"{name}.json" for label in (old, new)]
        if not all(p.is_file() for p in paths):
            lines.append(f"{name}: no report under {' and '.join((old, new))}")
            continue
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in paths)
        verdicts = [str(r["verdict"]["decision"]) for r in (before, after)]
        if verdicts[0] != verdicts[1]:
            lines.append(f"{name}: verdict {verdicts[0]} -> {verdicts[1]}")
        a, b = _by_place(before), _by_place(after)
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                lines.append(f"{name}: {a.get(key, [])} -> {b.get(key, [])} {key[0]} {key[1]}:{key[2]}")
    return lines


# --- printing -------------------------------------------------------------------------------


def _reqs(ids: Sequence[str]) -> str:
    return ",".join(ids) or "-"


def print_tables(columns: dict[str, dict[str, Verdict]], show: bool) -> None:
    labels = list(columns)
    names = sorted({n for col in columns.values() for n in col})
    print(f"{'project':<32}{'files':>7}" + "".join(f"{lab + ' verdict':>20}{'code':>10}" for lab in labels))
    for name in names:
        first = next(col[name] for col in columns.values() if name in col)
        row = f"{name:<32}{first.files:>7}"
        for lab in labels:
            v = columns[lab].get(name)
            if v is None:
                row += f"{'-':>20}{'-':>10}"
                continue
            row += f"{f'{v.decision} ({v.exit_code})':>20}{('blocked' if v.code_blocked else 'allowed'):>10}"
        print(row)
    for lab in labels:
        blocked = sum(v.code_blocked for v in columns[lab].values())
        print(f"{lab}: {blocked} of {len(columns[lab])} projects blocked with the dependency check set aside")
    for lab in labels:
        print(f"\n{lab}:")
        for name in names:
            v = columns[lab].get(name)
            if v is None:
                continue
            rules = ", ".join(f"{r} {n}" for r, n in sorted(v.rules().items())) or "-"
            others = [r for r in v.not_assessed if r not in v.dependency_only]
            print(
                f"  {name:<30} FAIL {_reqs(v.failed):<24} NOT_ASSESSED {_reqs(others)}"
                f" (and {_reqs(v.dependency_only)} for the dependency analysis)"
            )
            print(f"  {'':<30} gating findings: {rules}")
    if show:
        lab = labels[-1]
        print(f"\nfindings that weigh on the gate ({lab}):")
        for name in names:
            for f in columns[lab].get(name, Verdict(0, "", 0)).gating:
                loc = f.get("location") or {}
                assert isinstance(loc, dict)
                print(
                    f"  {name:<28} {f.get('severity'):<8} {f.get('rule_id')} "
                    f"{loc.get('path')}:{loc.get('start_line')} {','.join(f.get('requirements') or [])}"  # type: ignore[arg-type]
                )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--packages", type=Path, help="folder for the projects (reused)")
    parser.add_argument(
        "--projects-dir", type=Path, help="scan the folders in DIR (fetched beforehand) instead of a set"
    )
    parser.add_argument("--set", choices=sorted(SETS), default="tuned", help="which projects (default tuned)")
    parser.add_argument("--project", action="append", default=[], help="only these projects")
    parser.add_argument("--before", metavar="REV")
    parser.add_argument("--label", default="now", help="name of the current column (and reports folder)")
    parser.add_argument("--advisories", type=Path, help="folder of OSV exports (*-all.zip) to import")
    parser.add_argument("--show-findings", action="store_true")
    parser.add_argument(
        "--from-reports", action="store_true", help="scan nothing: read the reports kept under --label"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--compare", metavar="OLD", help="compare the reports kept under OLD and --label")
    parser.add_argument(
        "--bound",
        type=int,
        metavar="S",
        help="each analyzer's bound in seconds ([analyzers] timeout_s; default aiscan's 900)",
    )
    args = parser.parse_args(argv)

    if args.projects_dir:
        folder, projects = prefetched_projects(args.projects_dir, args.packages)
    elif args.packages:
        folder = args.packages.resolve()
        projects = folder / "projects"
    else:
        parser.error("--packages or --projects-dir is required")
    if folder.is_relative_to(REPO) or projects.is_relative_to(REPO):
        raise SystemExit(f"{folder}: the projects are installed outside the repository")
    print("projects:")
    if args.projects_dir:
        folder.mkdir(parents=True, exist_ok=True)
        print(f"  fetched beforehand into {projects}")
    else:
        prepare_projects(folder, SETS[args.set])
        for line in sorted(p.read_text(encoding="utf-8").strip() for p in (folder / "manifest").iterdir()):
            print(f"  {line}")
    names = project_names(projects, args.project)
    if args.compare:
        differences = compare_reports(folder, args.compare, args.label, names)
        print("\n".join(differences) or f"no difference between {args.compare} and {args.label}")
        return 0
    # -P: the working folder is not put first on the import path, so an older tree given in
    # PYTHONPATH is the aiscan that runs, wherever the benchmark is started from
    current = ([sys.executable, "-P", "-c", "from aiscan.cli import main; main()"], None, dict(os.environ))
    db = advisory_db(folder, args.advisories, current[0], current[2]) if args.advisories else None
    columns: dict[str, dict[str, Verdict]] = {}
    with tempfile.TemporaryDirectory(prefix="aiscan-before-") as tmp:
        runners = {} if args.from_reports else {args.label: current}
        if args.from_reports:
            columns[args.label] = kept_verdicts(folder, projects, args.label, names)
        if args.before:
            runners = {"before": archived_aiscan(args.before, Path(tmp)), args.label: current}
        for label, (cmd, cwd, env) in runners.items():
            columns[label] = {}
            for name in names:
                columns[label][name], report = scan(cmd, projects / name, cwd, env, db, args.bound)
                kept = folder / "reports" / label / f"{name}.json"
                kept.parent.mkdir(parents=True, exist_ok=True)
                kept.write_text(json.dumps(report, indent=1), encoding="utf-8")
                print(f"  scanned {name} ({label}): {columns[label][name].decision}", file=sys.stderr)
    print()
    print_tables(columns, args.show_findings)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    lab: {
                        n: {
                            "exit": v.exit_code,
                            "decision": v.decision,
                            "code_blocked": v.code_blocked,
                            "files": v.files,
                            "failed": v.failed,
                            "not_assessed": v.not_assessed,
                            "not_assessed_for_dependencies": v.dependency_only,
                            "gating_rules": dict(v.rules()),
                        }
                        for n, v in col.items()
                    }
                    for lab, col in columns.items()
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
