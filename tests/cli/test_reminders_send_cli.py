"""`reminders --send` (SPEC §8, issue 17 §1) against a real SMTP server on 127.0.0.1: exit 0 and the digest
received; a server that is down or refuses the login: exit 1, one line naming the reason on stderr, and
nothing marked as sent. Both engines."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from klara_assets.persistence.database import open_database
from klara_assets.persistence.models import Event
from klara_assets.services import mail
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings
from tests.helpers import cli_today
from tests.helpers import run_cli as run
from tests.smtp_server import PASSWORD, USER, Inbox, body, free_port, smtp

__all__ = ["smtp"]  # the fixture


@pytest.fixture
def db(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(mail.PASSWORD_ENV, PASSWORD)
    assert run(capsys, "--db", db_url, "init")[0] == 0
    run(capsys, "--db", db_url, "person", "add", "Zoé Kovács", "--email", "zoe@klara.fr")
    args = ["asset", "add", "--category", "monitor", "--manufacturer", "Dell", "--model", "P2723"]
    assert run(capsys, "--db", db_url, *args)[0] == 0
    due = (cli_today() + timedelta(days=2)).isoformat()
    assert run(capsys, "--db", db_url, "checkout", "KLA-000001", "zoe@klara.fr", "--due", due)[0] == 0
    return db_url


def _configure(url: str, port: int) -> None:
    database = open_database(url)
    try:
        update_settings(
            ServiceContext(db=database, url=url, actor="tester"),
            smtp_host="127.0.0.1",
            smtp_port=port,
            smtp_security="none",
            smtp_user=USER,
            smtp_sender="assets@klara.fr",
            smtp_recipients=["office@klara.fr"],
        )
    finally:
        database.close()


def _sent_events(url: str) -> int:
    database = open_database(url)
    try:
        return Event.select().where(Event.action == "digest_sent").count()
    finally:
        database.close()


def test_send_mails_the_digest_in_the_chosen_language(
    db: str, smtp: tuple[Inbox, int], capsys: pytest.CaptureFixture[str]
) -> None:
    inbox, port = smtp
    _configure(db, port)
    code, out, err = run(capsys, "--db", db, "--lang", "en", "reminders", "--send", "--json")
    assert code == 0, err
    assert json.loads(out)["messages"] == [{"items": 1, "kind": "digest", "to": ["office@klara.fr"]}]
    ((_sender, rcpt, message),) = inbox.messages
    assert rcpt == ["office@klara.fr"] and message["Subject"].startswith("Klara Assets: 1 item(s) to do on ")
    assert "KLA-000001 held by Zoé Kovács: due back on" in body(message, "plain")
    code, out, _ = run(capsys, "--db", db, "reminders", "--send")
    assert code == 0 and "Sent the digest (1) to office@klara.fr." in out
    assert inbox.messages[1][2]["Subject"].startswith("Klara Assets\u00a0: 1 élément(s) à traiter le ")
    assert _sent_events(db) == 2


def test_send_to_a_server_that_is_down_exits_1_with_one_line(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _configure(db, free_port())
    code, out, err = run(capsys, "--db", db, "reminders", "--send")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "No e-mail sent: the SMTP server cannot be reached" in err
    assert "Traceback" not in err and _sent_events(db) == 0


def test_send_with_a_refused_login_exits_1(
    db: str, smtp: tuple[Inbox, int], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    _configure(db, port)
    monkeypatch.setenv(mail.PASSWORD_ENV, "not-the-password")
    code, _out, err = run(capsys, "--db", db, "reminders", "--send")
    assert code == 1 and "refused the login of office" in err and err.count("\n") == 1
    assert inbox.messages == [] and _sent_events(db) == 0
