"""Classes that the resource files of Checkov's secrets tests (measured from outside) showed
missed, written as our own cases (own values, made up for these tests) before the rules changed
for them, with decoys of the same shape:

- a name/value pair whose name is a secret's with a number after it (`SMTP_PASSWORD_2`,
  `PARTNER_TOKEN1`): numbered settings are the same kind of setting;
- a name/value pair written in HCL (`name = "..."` then `value = "..."`, a Terraform
  Kubernetes `env` block or an ECS `jsonencode` environment list);
- comment lines between the name and the value of a pair;
- (a false alarm) one word ended by a colon under a password's name in a translation file
  (`"one_time_password": "Engangskode:"`): the field's label;
- a pair written value first (`"value": "..."` then `"name": "SMTP_PASSWORD"`, in JSON, YAML or
  HCL).
"""

from __future__ import annotations

import pytest

from tests.test_secrets_outside_misses_classes import lines_reported

RANDOM = "qR7vXk2LmP9sW4tZ8nB3cY6hJ1fD5gA0eU"

REPORTED = [
    # -- a numbered secret name
    ("deploy/env.json", f'[{{"name": "SMTP_PASSWORD_2",\n  "value": "{RANDOM}"}}]\n', 2),
    ("k8s/deploy.yaml", f"env:\n  - name: PARTNER_TOKEN1\n    value: {RANDOM}\n", 3),
    # -- HCL pairs
    ("infra/pod.tf", f'env {{\n  name  = "SMTP_PASSWORD"\n  value = "{RANDOM}"\n}}\n', 3),
    (
        "infra/ecs.tf",
        f'environment = [\n  {{\n    name = "API_TOKEN_3"\n    value = "{RANDOM}"\n  }}\n]\n',
        4,
    ),
    # -- comments between the name and the value
    ("infra/pod.tf", f'env {{\n  name = "DB_PASSWORD"\n  // rotated yearly\n  value = "{RANDOM}"\n}}\n', 4),
    ("k8s/deploy.yaml", f"env:\n  - name: DB_PASSWORD\n    # rotated yearly\n    value: {RANDOM}\n", 4),
    ("cfn/stack.yaml", f'Tags:\n  - Key: "DB_PASSWORD"\n    # rotated yearly\n    Value: "{RANDOM}"\n', 4),
    # -- a password that ends with a colon but is no word
    ("config/app.json", '{\n  "db_password": "Kd8#mPq2!zLw:"\n}\n', 2),
    # -- value first
    ("deploy/env.json", f'[{{"value": "{RANDOM}",\n  "name": "SMTP_PASSWORD"}}]\n', 1),
    ("infra/pod.tf", f'env {{\n  value = "{RANDOM}"\n  # rotated yearly\n  name  = "API_TOKEN"\n}}\n', 2),
    ("cfn/stack.yaml", f'Tags:\n  - Value: "{RANDOM}"\n    Key: "DB_PASSWORD"\n', 2),
]


@pytest.mark.parametrize(("path", "text", "line"), REPORTED)
def test_reported(path: str, text: str, line: int) -> None:
    assert line in lines_reported(path, text)


NOT_REPORTED = [
    # -- a number after a word that names no secret, or a number that is the version of a name
    ("infra/pod.tf", f'env {{\n  name  = "CACHE_SIZE_2"\n  value = "{RANDOM}"\n}}\n'),
    ("infra/pod.tf", 'env {\n  name  = "SMTP_PASSWORD_2"\n  value = "${var.smtp_password}"\n}\n'),
    ("infra/pod.tf", 'env {\n  name  = "DB_PASSWORD"\n  value = var.db_password\n}\n'),
    ("infra/pod.tf", 'env {\n  name  = "LOG_LEVEL"\n  value = "info"\n}\n'),
    # -- a commented-out value before the reference the pair really takes
    (
        "k8s/deploy.yaml",
        "env:\n  - name: DB_PASSWORD\n    # value: from the vault\n"
        "    valueFrom:\n      secretKeyRef:\n        name: db\n",
    ),
    # -- a field's label
    ("locales/nb.json", '{\n  "one_time_password": "Engangskode:",\n  "password": "Passwort:"\n}\n'),
    # -- value first, the name no secret's or the value no literal
    ("cfn/stack.yaml", 'Tags:\n  - Value: "loans-web"\n    Key: "Name"\n'),
    ("deploy/env.json", f'[{{"value": "{RANDOM}",\n  "name": "BUILD_ID"}}]\n'),
    ("deploy/env.json", '[{"value": "${SMTP_PASSWORD}",\n  "name": "SMTP_PASSWORD"}]\n'),
]


@pytest.mark.parametrize(("path", "text"), NOT_REPORTED)
def test_not_reported(path: str, text: str) -> None:
    assert lines_reported(path, text) == set()
