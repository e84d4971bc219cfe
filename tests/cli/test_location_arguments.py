"""`--location SITE/ROOM` and `location add SITE/ROOM` are parsed once, where they are typed (issue 15 §5):
the contract is unchanged — a room may hold a "/", an empty value means none, a bad one exits 1, an unknown
one exits 3, and a refusal changes nothing."""

from __future__ import annotations

import json

import pytest

from klara_assets.domain.places import Place
from klara_assets.persistence import queries
from tests.helpers import run_cli as run
from tests.helpers import snapshot

ADD = ["asset", "add", "--category", "laptop", "--manufacturer", "Dell", "--model", "Latitude"]


@pytest.fixture
def db(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", sqlite_url, "init")[0] == 0
    return sqlite_url


def test_typed_locations_are_trimmed_and_split_at_the_first_slash(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "location", "add", " Paris /  Étage 2 / B12 ")
    assert (code, out.strip()) == (0, "Added location  Paris /  Étage 2 / B12 .")
    assert queries.location_places() == [Place("Paris", "Étage 2 / B12")]
    code, out, _ = run(capsys, "--db", db, *ADD, "--location", "Paris/Étage 2 / B12", "--json")
    assert code == 0 and json.loads(out)["location"] == "Paris/Étage 2 / B12"
    assert "place" not in json.loads(out)  # `show --json` keys stay as the contract lists them


def test_an_empty_location_means_none_and_clears_on_edit(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "location", "add", "Lyon")
    assert run(capsys, "--db", db, *ADD, "--location", "")[0] == 0
    assert queries.asset_detail("KLA-000001").place is None
    assert run(capsys, "--db", db, "asset", "edit", "KLA-000001", "--location", "Lyon")[0] == 0
    assert queries.asset_detail("KLA-000001").place == Place("Lyon")
    assert run(capsys, "--db", db, "asset", "edit", "KLA-000001", "--location", "")[0] == 0
    assert queries.asset_detail("KLA-000001").place is None


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["asset", "edit", "KLA-000001", "--location", "/Stock"], 1, "Invalid location '/Stock': use SITE/ROOM."),
        (["asset", "edit", "KLA-000001", "--location", "Lyon/Attic"], 3, "Unknown location 'Lyon/Attic'"),
        (["person", "add", "Luc", "--email", "luc@klara.fr", "--location", " / "], 1, "Invalid location ' / '"),
        (["audit", "open", "Nantes"], 3, "Unknown location 'Nantes': add it first"),
        (["location", "add", "lyon"], 1, "The location lyon/ already exists."),
    ],
)
def test_bad_or_unknown_locations_exit_with_the_reason_and_change_nothing(
    db: str, capsys: pytest.CaptureFixture[str], args: list[str], exit_code: int, message: str
) -> None:
    run(capsys, "--db", db, "location", "add", "Lyon")
    run(capsys, "--db", db, *ADD, "--location", "Lyon")
    before = snapshot()
    assert before["asset"] and before["location"]  # the database the command uses, filled
    code, _, err = run(capsys, "--db", db, *args)
    assert code == exit_code and message in err
    assert snapshot() == before
