"""Classes that sonar-text's secret-rule examples for databases, brokers and Django (measured from
outside) showed missed or falsely reported, written as our own cases (values generated here, made
up for these tests) before the rules changed for them, with decoys of the same shape:

- a weak or dummy password written where a connection string or a URL's query takes it
  (`;Pwd=<word>;`, `?user=app&password=<word>`), as a command line's long option
  (`--password=<word>`) or as an environment variable given to the command that follows it
  (`PGPASSWORD=<word> psql ...`): a literal wherever it is written, reported as the weak kind, as
  the same word under `password = "..."` is;
- Django's generated secret key (`django-insecure-` and 50 characters of its alphabet), found by
  its prefix under any name;
- not secrets: the code between two string literals read as the quoted value of the name that
  ends the first (`';Password=',parameters('pw'))`, `"password=" + getPass() + "`); an AWS
  resource name (`arn:aws:secretsmanager:...:secret:<name>`), whose
  `secret:` is the resource's type, not a setting; a URL written as a regular expression
  (`(postgis://.*:)(.*)(@.*)`), whose password is the pattern's group.
"""

from __future__ import annotations

import random

import pytest

from aiscan.secrets.detectors import load_ruleset
from aiscan.secrets.engine import Engine
from tests.test_secrets_outside_misses_classes import lines_reported

ENGINE = Engine(load_ruleset())
RNG = random.Random("sonar-text classes")
DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"
DJANGO_KEY = "django-insecure-" + "".join(RNG.choice(DJANGO_ALPHABET) for _ in range(50))
# A weak password of a typed shape: a placeholder's word with a sign and digits typed in.
WEAK = RNG.choice(["Passw0rd", "Qwerty", "Admin", "Changeme"]) + RNG.choice("@#!") + str(RNG.randint(1, 999))
ACCOUNT = str(RNG.randint(10**11, 10**12 - 1))
# The six characters Secrets Manager appends to a secret's name, a digit among them.
SUFFIX = "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(5)) + str(
    RNG.randint(0, 9)
)


def kinds_reported(path: str, text: str) -> set[tuple[int, str]]:
    """(line, detector) of every finding, the weak kind among them."""
    return {(d.line, d.detector.id) for d in ENGINE.scan(path, text).detections}


WEAK_REPORTED = [
    # -- a connection string's or a URL query's password
    ("src/Db.cs", f'var cs = "Server=db01;Uid=lender;Pwd={WEAK};Database=loans";\n'),
    ("notes.txt", f'ENV JDBC_URL="jdbc:postgresql://db01/loans?user=lender&password={WEAK}"\n'),
    ("src/main/scala/Load.scala", f'val url = "jdbc:mysql://db01:3306/loans?user=etl&password={WEAK}"\n'),
    # -- a command line's long option, unquoted or inside the argument's quotes
    ("deploy.sh", f"mysql --host=db01 --user=root --password={WEAK}\n"),
    ("notes.txt", f'mysqldump --user=root "--password={WEAK}" loans > loans.sql\n'),
    # -- an environment variable given to the command after it
    ("notes.txt", f"PGPASSWORD={WEAK} psql -h db01 -U lender loans\n"),
]


@pytest.mark.parametrize(("path", "text"), WEAK_REPORTED)
def test_weak_password_in_connection_strings_and_command_lines(path: str, text: str) -> None:
    assert (1, "weak-password") in kinds_reported(path, text)


WEAK_NOT_REPORTED = [
    # -- templates, references and the field's own word in the same places
    ("src/Db.cs", 'var cs = "Server=db01;Uid=lender;Pwd=%s;Database=loans";\n'),
    ("src/Db.cs", 'var cs = $"Server=db01;Uid=lender;Pwd={config["DbPass"]};Database=loans";\n'),
    ("notes.txt", 'JDBC_URL="jdbc:postgresql://db01/loans?user=lender&password=password"\n'),
    ("notes.txt", 'JDBC_URL="jdbc:postgresql://db01/loans?user=lender&password=${DB_PASS}"\n'),
    ("deploy.sh", "mysql --host=db01 --user=root --password=$MYSQL_PWD\n"),
    ("deploy.sh", "mysql --host=db01 --user=root --password=password\n"),
    ("notes.txt", "PGPASSWORD=${POSTGRES_PASSWORD} psql -h db01\n"),
    ("notes.txt", "PGPASSWORD=*** psql -h db01\n"),
    # -- a query's value that runs on into the next parameter: digits and a flag's name
    ("src/probe.php", "$url = 'http://'.$host.'/cgi-bin/status?USER=operator&PWD=246810&MODE_INFO';\n"),
    # -- a command line's option in a comment; a password's name that ends no setting
    ("deploy.sh", f"# mysql --user=root --password={WEAK}\n"),
    ("notes.txt", f"The field reset_password={WEAK} is sent by the form.\n"),
]


@pytest.mark.parametrize(("path", "text"), WEAK_NOT_REPORTED)
def test_weak_password_decoys(path: str, text: str) -> None:
    assert not {k for k in kinds_reported(path, text) if k[1] == "weak-password"}


def test_django_generated_key_is_found_by_its_prefix() -> None:
    assert 1 in lines_reported("notes.txt", f"KEY = '{DJANGO_KEY}'\n")
    assert 1 in lines_reported("app/config.py", f'DJANGO_SECRET = "{DJANGO_KEY}"\n')


@pytest.mark.parametrize(
    "text",
    [
        "KEY = 'django-insecure-'\n",
        "KEY = 'django-insecure-" + "x" * 50 + "'\n",
        "# the key starts with django-insecure- when startproject made it\n",
    ],
)
def test_django_prefix_alone_or_a_mask_is_not_reported(text: str) -> None:
    assert lines_reported("notes.txt", text) == set()


NOT_SECRETS = [
    # -- an AWS resource name whose type is `secret`
    (
        "src/main/resources/application.properties",
        "spring.datasource.username=loans\n"
        f"spring.datasource.password=arn:aws:secretsmanager:eu-central-1:{ACCOUNT}:secret:prod/loans-{SUFFIX}\n",
    ),
    ("deploy/values.yaml", f"dbSecret: arn:aws:secretsmanager:eu-west-2:{ACCOUNT}:secret:prod/db-{SUFFIX}\n"),
    # -- the code between two literals after a password's name
    (
        "azuredeploy.json",
        "\"conn\": \"[concat('Data Source=',parameters('server'),';User ID=',parameters('user'),"
        "';Password=',parameters('dbPassword'))]\"\n",
    ),
    ("src/db.js", "const cs = 'Server=db01;Uid=app;Password=' + getPass() + ';Database=loans';\n"),
    # -- a URL written as a regular expression
    ("src/Mask.cs", 'Regex regex("(postgis://.*:)(.*)(@.*)");\n'),
    ("src/mask.py", 'MASK = re.compile(r"(mysql://[^:]+:)([^@]+)(@.*)")\n'),
]


@pytest.mark.parametrize(("path", "text"), NOT_SECRETS)
def test_resource_names_and_url_patterns_are_not_secrets(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()


STILL_REPORTED = [
    # -- a real value beside an ARN, a secret under `secret:` outside one, a URL's real password
    (
        "src/main/resources/application.properties",
        f"aws.secret-arn=arn:aws:secretsmanager:eu-central-1:{ACCOUNT}:secret:prod/loans-{SUFFIX}\n"
        "aws.secret-key=Wq7Lr2VxT9bKm4NcZ8pJd3HfY6sGa1QeU5oXiR0t\n",
        2,
    ),
    ("deploy/values.yaml", "secret: Wq7Lr2VxT9bKm4NcZ8pJd3HfY6sGa1Qe\n", 1),
    ("src/db.py", 'URL = "postgres://lender:Vq7nR2kLw9xT@db01:5432/loans"\n', 1),
]


@pytest.mark.parametrize(("path", "text", "line"), STILL_REPORTED)
def test_values_beside_the_narrowed_classes_are_still_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)
