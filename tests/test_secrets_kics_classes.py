"""Classes that KICS's "Passwords And Secrets" test files (infrastructure code: Terraform,
CloudFormation, Kubernetes, Ansible, Dockerfiles) showed, written as our own cases (own values,
made up for these tests) before the rules changed for them, each with decoys of the same shape:

- a Dockerfile named by its suffix (`app.dockerfile`, `prod.Dockerfile`) is a Dockerfile: its
  `ARG`/`ENV` values are literals, as in `Dockerfile` and `Dockerfile.prod`;
- a CloudFormation dynamic reference (`'{{resolve:secretsmanager:...:SecretString:password:...}}'`)
  holds no value: `password:` inside it names the member to fetch;
- an option's value that is the next option (`--name cel-db-password --query "value"`: the
  `-password` ends a secret's name, `--query` is no password);
- a boolean ended by a comma (`AllowUsersToChangePassword: false,` in a YAML block holding
  JavaScript) is no value that runs to the end of its line;
- `password_expire: "never"` (Ansible's mysql_user option) describes the password, as
  `password_expiry` and `password_lifetime` do.
"""

from __future__ import annotations

import pytest

from aiscan.secrets.validate import file_role
from tests.test_secrets_outside_misses_classes import lines_reported

# -- a Dockerfile named by its suffix -----------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["deploy/app.dockerfile", "deploy/prod.Dockerfile", "Dockerfile", "Dockerfile.prod"]
)
def test_a_dockerfile_by_any_of_its_names_is_configuration(path: str) -> None:
    assert file_role(path) == "config"


@pytest.mark.parametrize("path", ["deploy/app.dockerfile", "deploy/prod.Dockerfile"])
@pytest.mark.parametrize(
    "line", ["ARG db_password=Kq7!mzpA31x", "ENV LEDGER_PASSWORD=Tulpar!4821", "ARG password=Zq!8813Wx"]
)
def test_a_password_in_a_dockerfile_named_by_its_suffix_is_reported(path: str, line: str) -> None:
    assert 2 in lines_reported(path, f"FROM alpine:3.20\n{line}\n")


@pytest.mark.parametrize("path", ["deploy/app.dockerfile", "deploy/prod.Dockerfile"])
@pytest.mark.parametrize(
    "line", ["ARG db_password=$DB_PASSWORD", "ENV LEDGER_PASSWORD_FILE=/run/secrets/ledger", "ARG password"]
)
def test_references_in_a_dockerfile_named_by_its_suffix_are_not(path: str, line: str) -> None:
    assert lines_reported(path, f"FROM alpine:3.20\n{line}\n") == set()


# -- CloudFormation dynamic references ----------------------------------------------------------

CFN = "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      {}\n"


@pytest.mark.parametrize(
    "line",
    [
        "MasterUserPassword: '{{resolve:secretsmanager:prod/db/creds:SecretString:password:number1:value}}'",
        "MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password:AWSCURRENT}}'",
        'AuthToken: "{{resolve:secretsmanager:cache/auth:SecretString:token:v2}}"',
        "DB_PASSWORD: '{{resolve:ssm-secure:/prod/db/password:3}}'",
    ],
)
def test_a_dynamic_reference_is_not_a_value(line: str) -> None:
    assert lines_reported("stack/db.yaml", CFN.format(line)) == set()


@pytest.mark.parametrize(
    "line", ["MasterUserPassword: 'Kq7!mzpA31x'", "MasterUserPassword: Tulpar!4821kz", "password:Kq7!mzpA31x"]
)
def test_a_literal_beside_where_references_go_is_reported(line: str) -> None:
    assert 5 in lines_reported("stack/db.yaml", CFN.format(line))


# -- an option's value that is the next option --------------------------------------------------

AZ = 'run: |\n  pw=$(az keyvault secret show --vault-name $vault --name {} --query "value" -o tsv)\n'


@pytest.mark.parametrize("name", ["cel-projectmgr-db-password", "ledger-api-token", "core-secret"])
def test_an_option_followed_by_another_option_has_no_value(name: str) -> None:
    assert lines_reported(".github/workflows/deploy.yaml", AZ.format(name)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "./deploy --db-password Kd8#mPq2!zLw --env prod\n",
        "mytool --api-token Zt7pLq2Wm9kXr4 --query x\n",
        # a password that starts with a dash is no option: capitals and digits after it
        "keytool -genkeypair -keystore app.jks -storepass -Tq4w9Lm27Rzk -alias app\n",
    ],
)
def test_an_option_with_its_value_is_still_reported(text: str) -> None:
    assert 1 in lines_reported("ops/deploy.sh", text)


# -- a boolean ended by a comma -----------------------------------------------------------------

ZIP = "Code:\n  ZipFile: |\n    const opts = {\n    {}\n    };\n"


@pytest.mark.parametrize(
    "line", ["AllowUsersToChangePassword: false,", "RequireToken: true,", "ResetPassword: null;"]
)
def test_a_boolean_ended_by_a_comma_is_not_a_value(line: str) -> None:
    assert lines_reported("stack/lambda.yaml", ZIP.replace("{}\n", line + "\n", 1)) == set()


@pytest.mark.parametrize("line", ["db_password: Kx<7aa,q", "smtp_password: Tulpar;4821kz,"])
def test_a_value_with_inner_stops_still_runs_to_the_line_end(line: str) -> None:
    assert 1 in lines_reported("config/app.yaml", line + "\n")


# -- a word that describes the password ---------------------------------------------------------


@pytest.mark.parametrize("line", ['password_expire: "never"', "password_expire: default", 'pwd_expire: "90"'])
def test_password_expire_describes_the_password(line: str) -> None:
    assert lines_reported("roles/db/tasks/main.yml", f"- mysql_user:\n    {line}\n") == set()


def test_a_password_beside_it_is_still_reported() -> None:
    text = '- mysql_user:\n    password: "Kq7!mzpA31x"\n    password_expire: "never"\n'
    assert lines_reported("roles/db/tasks/main.yml", text) == {2}
