"""The classes the outside set of build, deployment and platform configuration files showed, and
two false reports seen on registry code, written as our own cases (own values) before the rules
changed for them:

- a weak password given to a remote host on the same line (a .NET connection string to a cloud
  SQL server, a URL) is the credential of that host: reported as critical, as a chosen password
  there is; on this machine (`localhost`, `(localdb)`) it keeps the weak password's severity;
- an icon font's code point is no password: a glyph map's entry (`"form-textbox-password":
  985077` beside other code points of a Private Use Area) and an Android resource holding an
  icon's character reference (`<string name="ic_password">&#xf07f5;</string>`);
- a GUID a type declares under a key name that is not a secret's (`RotationKey = new
  Guid("...")`, a media attribute's id) is an identifier; under a secret's name (`ApiKey = new
  Guid("...")`) it stays reported.
"""

from __future__ import annotations

import pytest

from aiscan.models import Severity
from tests.secrets_holdout import detector_ids, finding_severities

# --- a weak password for a remote host ---------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "Loans.Api/appsettings.Development.json",
            '{\n  "ConnectionStrings": {\n    "Default": "Server=qarz-sql.database.windows.net,1433;'
            'Database=loans;User ID=sa;Password=P@ssw0rd;Encrypt=True"\n  }\n}\n',
        ),
        (
            "Loans.Web/Web.config",
            '<connectionStrings>\n  <add name="Loans" connectionString="Data Source=sql01.qarz-lending.kz;'
            'Initial Catalog=Loans;User ID=sa;Password=Password1!" />\n</connectionStrings>\n',
        ),
    ],
)
def test_a_weak_password_of_a_remote_host_is_critical(path: str, text: str) -> None:
    severities = [s for s, _ in finding_severities(path, text)]
    assert severities == [Severity.CRITICAL]


@pytest.mark.parametrize(
    ("path", "text"),
    [
        (
            "Loans.Api/appsettings.Development.json",
            '{\n  "ConnectionStrings": {\n    "Default": "Server=localhost,1433;Database=loans;'
            'User ID=sa;Password=Password1!;"\n  }\n}\n',
        ),
        (
            "Loans.Web/Web.config",
            '<add name="Loans" connectionString="Data Source=(localdb)\\MSSQLLocalDB;User ID=sa;'
            'Password=P@ssw0rd" />\n',
        ),
    ],
)
def test_a_weak_password_on_this_machine_keeps_its_severity(path: str, text: str) -> None:
    severities = [s for s, _ in finding_severities(path, text)]
    assert severities and all(s in (Severity.LOW, Severity.MEDIUM) for s in severities)


def test_a_weak_password_of_a_remote_host_in_a_test_stays_low() -> None:
    text = 'const string Conn = "Server=qarz-sql.database.windows.net;User ID=sa;Password=P@ssw0rd;";\n'
    severities = [s for s, _ in finding_severities("tests/Loans.Tests/DbFixture.cs", text)]
    assert severities and all(s in (Severity.LOW, Severity.MEDIUM) for s in severities)


# --- icon glyphs ---------------------------------------------------------------------------------


def test_a_glyph_maps_code_point_under_a_password_name_is_not_reported() -> None:
    text = (
        "{\n"
        '  "form-select": 984590,\n'
        '  "form-textbox-password": 985079,\n'
        '  "format-bold": 984915,\n'
        '  "onepassword": 985218,\n'
        '  "opacity": 984524\n'
        "}\n"
    )
    assert detector_ids("glyphmaps/LendingIcons.json", text) == []


def test_a_lone_numeric_password_in_the_code_point_range_stays_reported() -> None:
    text = '{\n  "db": {\n    "user": "loans",\n    "password": 985079\n  }\n}\n'
    assert detector_ids("config/database.json", text) != []


def test_a_numeric_password_beside_other_numbers_outside_the_range_stays_reported() -> None:
    text = '{\n  "port": 5432,\n  "password": 738291,\n  "pool": 20\n}\n'
    assert detector_ids("config/database.json", text) != []


@pytest.mark.parametrize(
    "line",
    [
        '  <string name="ic_password">&#xf07f5;</string>\n',
        '  <string name="ic_password_visible">&#xE8F4;</string>\n',
        '  <string name="icon_password">&#59636;</string>\n',
    ],
)
def test_an_icons_character_reference_is_not_reported(line: str) -> None:
    text = "<resources>\n" + line + "</resources>\n"
    assert detector_ids("app/src/main/res/values/icons.xml", text) == []


def test_a_password_written_as_character_references_stays_reported() -> None:
    # `Qz7!kLm2` written one character reference each, the last cut by the pattern at its `;`
    encoded = "".join(f"&#{ord(c)};" for c in "Qz7!kLm2")
    text = f"<config>\n  <password>{encoded}</password>\n</config>\n"
    assert detector_ids("deploy/app-config.xml", text) != []


# --- GUIDs a type declares -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        '    static readonly Guid RotationKey = new Guid("5D1A6C2B-8E41-4F7A-9C3D-2B7E6F1A0C94");\n',
        '    static final UUID PROPERTY_KEY = UUID.fromString("4b7e2d91-6c3a-4f58-8e1d-7a9c0b2e5f36");\n',
        '    static readonly Guid SettingsKey = Guid.Parse("9e3c7a15-2f4b-4d86-b1e0-6a8d3c5f7b29");\n',
    ],
)
def test_a_guid_under_a_key_name_that_is_not_a_secrets_is_not_reported(line: str) -> None:
    text = "class CameraModule\n{\n" + line + "}\n"
    assert detector_ids("src/Media/CameraModule.cs", text) == []


@pytest.mark.parametrize(
    "line",
    [
        '    private static readonly Guid ApiKey = new Guid("7f3e9a21-5c4b-4d8e-a6f1-2b9c0d7e3a58");\n',
        '    static readonly Guid LicenseSecret = new Guid("3c8a1f67-9d2e-4b5a-8f70-1e6b4c9d2a83");\n',
    ],
)
def test_a_guid_under_a_secrets_name_stays_reported(line: str) -> None:
    text = "class PartnerClient\n{\n" + line + "}\n"
    assert detector_ids("src/Partners/PartnerClient.cs", text) == ["generic-secret-assignment"]


def test_a_plain_uuid_string_under_a_key_name_keeps_its_report() -> None:
    text = 'SIGNING_KEY = "5d1a6c2b-8e41-4f7a-9c3d-2b7e6f1a0c94"\n'
    assert detector_ids("app/settings.py", text) != []
