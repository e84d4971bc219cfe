"""Issue 12 in the CLI: stored escape sequences are never replayed, `--actor` is checked, storage none needs a
reason, and an edit without change saves nothing (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from klara_assets.persistence.database import open_database
from klara_assets.persistence.models import Asset, Event
from tests.helpers import run_cli as run


@pytest.fixture
def db(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", db_url, "init")[0] == 0
    add = ("asset", "add", "--category", "laptop", "--manufacturer", "Dell", "--model", "Latitude")
    assert run(capsys, "--db", db_url, *add)[0] == 0
    return db_url


def test_show_never_replays_terminal_escapes(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    conn = open_database(db)
    Asset.update(notes="\x1b[2J\x1b]0;owned\x07 hi \u202eevil", model="M\x1b[31m").execute()  # data from before
    conn.close()
    code, out, _ = run(capsys, "--db", db, "show", "KLA-000001")
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[2J" in out and "\\u202e" in out
    code, out, _ = run(capsys, "--db", db, "show", "KLA-000001", "--json")
    assert "\x1b" not in out and "\u202e" not in out


@pytest.mark.parametrize("actor", ["   ", "bob\x1b[2J", "ali\u202ece", "nul\x00"])
def test_actor_is_checked(db: str, capsys: pytest.CaptureFixture[str], actor: str) -> None:
    code, _, err = run(capsys, "--db", db, "--actor", actor, "asset", "edit", "KLA-000001", "--model", "X")
    assert code == 1 and "actor" in err and "\x1b" not in err
    conn = open_database(db)
    assert Asset.get().model == "Latitude"
    conn.close()


def test_storage_none_needs_a_reason_and_no_op_edit(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", db, "asset", "edit", "KLA-000001", "--storage", "none")
    assert code == 1 and "reason" in err
    code, _, _ = run(capsys, "--db", db, "asset", "edit", "KLA-000001", "--model", "Latitude")
    assert code == 0
    conn = open_database(db)
    assert (Asset.get().version, Asset.get().storage_kind, Event.select().count()) == (1, "unknown", 1)
    conn.close()
    code, _, _ = run(
        capsys, "--db", db, "asset", "edit", "KLA-000001", "--storage", "none", "--reason", "no disk: thin client"
    )
    assert code == 0
    conn = open_database(db)
    assert (Asset.get().version, Asset.get().storage_kind) == (2, "none")
    conn.close()


def test_price_typed_the_french_way(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", db, "asset", "edit", "KLA-000001", "--price", "1,299")
    assert code == 1 and "ambiguous" in err
    assert run(capsys, "--db", db, "asset", "edit", "KLA-000001", "--price", "1 299,00")[0] == 0
    code, out, _ = run(capsys, "--db", db, "show", "KLA-000001", "--json")
    assert '"price": "1299' in out
