"""`operator` commands and the global `--login` on a real SQLite file (the CLI runs in-process)."""

from __future__ import annotations

import pytest

from klara_assets.cli import main

SECRET = "boss-password-1"


@pytest.fixture
def staffed(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    assert main(["--db", sqlite_url, "init"]) == 0
    monkeypatch.setenv("NEW_PW", SECRET)
    assert (
        main(
            [
                "--db",
                sqlite_url,
                "operator",
                "add",
                "Boss",
                "--name",
                "Élise",
                "--role",
                "administrator",
                "--password-env",
                "NEW_PW",
            ]
        )
        == 0
    )
    monkeypatch.setenv("NEW_PW", "tech-password-1")
    assert (
        main(
            [
                "--db",
                sqlite_url,
                "operator",
                "add",
                "tom",
                "--name",
                "Tom",
                "--role",
                "technician",
                "--role",
                "auditor",
                "--password-env",
                "NEW_PW",
            ]
        )
        == 0
    )
    return sqlite_url


def test_operator_list_shows_logins_names_and_roles(staffed: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", staffed, "operator", "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"login": "boss"' in out and '"roles": ["auditor", "technician"]' in out
    assert "password" not in out


def test_login_acts_as_the_operator_and_roles_are_enforced(
    staffed: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLARA_ASSETS_PASSWORD", "tech-password-1")
    assert main(["--db", staffed, "--login", "tom", "location", "add", "Lyon/Stock"]) == 1
    err = capsys.readouterr().err
    assert "lacks the permission inventory.edit" in err and "tom" in err
    monkeypatch.setenv("KLARA_ASSETS_PASSWORD", SECRET)
    assert main(["--db", staffed, "--login", "boss", "location", "add", "Lyon/Stock"]) == 0


def test_wrong_password_is_refused_without_saying_which_part(
    staffed: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLARA_ASSETS_PASSWORD", "not-it-at-all")
    assert main(["--db", staffed, "--login", "boss", "operator", "list"]) == 1
    err = capsys.readouterr().err
    assert "Login or password incorrect" in err and "not-it-at-all" not in err


def test_login_required_setting_asks_for_a_login(
    staffed: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from klara_assets.persistence.database import open_database
    from klara_assets.services.context import ServiceContext
    from klara_assets.services.settings import update_settings

    db = open_database(staffed)
    update_settings(ServiceContext(db=db, url=staffed, actor="setup"), login_required=True)
    db.close()
    capsys.readouterr()
    assert main(["--db", staffed, "location", "add", "Lyon/Stock"]) == 1
    assert "requires an operator login" in capsys.readouterr().err
    monkeypatch.delenv("KLARA_ASSETS_PASSWORD", raising=False)
    assert main(["--db", staffed, "--login", "boss", "location", "add", "Lyon/Stock"]) == 1  # no terminal here
    assert "KLARA_ASSETS_PASSWORD" in capsys.readouterr().err


def test_last_administrator_cannot_be_deactivated(staffed: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", staffed, "operator", "deactivate", "boss"]) == 1
    assert "last active administrator" in capsys.readouterr().err
