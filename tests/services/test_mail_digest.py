"""The e-mail digest (issue 17 §1) against a real SMTP server started here on 127.0.0.1 (aiosmtpd): the
message read back (subject, recipients, body lines) in French and in English, snoozed items left out, the
security officer's message, and the refusals — server down, login refused, no STARTTLS, no password — each
naming the reason with nothing marked as sent. Runs on both engines.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from klara_assets.domain.errors import ValidationFailed
from klara_assets.persistence.models import Event
from klara_assets.services import custody, incidents, inventory, mail, reminders
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings
from tests.conftest import Clock
from tests.helpers import assert_refused
from tests.smtp_server import PASSWORD, Inbox, body, free_port, smtp

__all__ = ["smtp"]  # the fixture


@pytest.fixture
def office(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> ServiceContext:
    """Two loans due within the week, and the digest set up (no TLS on the test server)."""
    monkeypatch.setenv(mail.PASSWORD_ENV, PASSWORD)
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    for _ in range(2):
        inventory.register_asset(
            ctx,
            category="laptop",
            manufacturer="Dell",
            model="Latitude",
            encryption_state="encrypted",
            encryption_checked_at=ctx.today().isoformat(),
        )
    custody.check_out(ctx, ["KLA-000001"], "zoe@klara.fr", due=ctx.today() + timedelta(days=3))
    custody.check_out(ctx, ["KLA-000002"], "zoe@klara.fr", due=ctx.today() + timedelta(days=5))
    return ctx


def _configure(ctx: ServiceContext, port: int, **extra: object) -> None:
    values: dict[str, object] = {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "none",
        "smtp_user": "office",
        "smtp_sender": "assets@klara.fr",
        "smtp_recipients": "office@klara.fr; it@klara.fr",
    }
    update_settings(ctx, **{**values, **extra})


def _digest_events() -> list[dict[str, Any]]:
    """The `after` side of each `digest_sent` event."""
    return [json.loads(e.data)["after"] for e in Event.select().where(Event.action == "digest_sent")]


def _fr(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def test_digest_in_french_reaches_the_recipients_without_the_snoozed_item(
    office: ServiceContext, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    _configure(office, port, language="fr")
    second = next(i for i in reminders.due_items(office) if i.subject == "KLA-000002")
    reminders.snooze(office, second.key, office.today() + timedelta(days=2))
    result = mail.send_digest(office)
    assert [(kind, n) for kind, _to, n in result.sent] == [("digest", 1)]
    ((sender, rcpt, message),) = inbox.messages
    assert sender == "assets@klara.fr" and rcpt == ["office@klara.fr", "it@klara.fr"]
    today = office.today()
    assert message["Subject"] == f"Klara Assets\u00a0: 1 élément(s) à traiter le {_fr(today)}, dont 0 urgent(s)"
    text = body(message, "plain")
    due = today + timedelta(days=3)
    assert f"- Bientôt · KLA-000001 détenu par Zoé Kovács\u00a0: à rendre le {_fr(due)}" in text
    assert "KLA-000002" not in text  # snoozed
    assert due.isoformat() not in text  # dates in the French form, not ISO
    assert message.get_body(("html",)) is None  # no HTML part unless asked
    (event,) = _digest_events()
    assert event["to"] == ["office@klara.fr", "it@klara.fr"] and event["items"] == 1


def test_digest_in_english_with_an_html_part(office: ServiceContext, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    _configure(office, port, language="fr", smtp_html=True)
    mail.send_digest(office, "en")
    ((_sender, _rcpt, message),) = inbox.messages
    today, due = office.today(), office.today() + timedelta(days=3)
    month = mail.digest_text.MONTHS_EN[due.month - 1]
    assert message["Subject"] == (
        f"Klara Assets: 2 item(s) to do on {today.day} {mail.digest_text.MONTHS_EN[today.month - 1]} "
        f"{today.year}, 0 urgent"
    )
    plain = body(message, "plain")
    assert f"- Soon · KLA-000001 held by Zoé Kovács: due back on {due.day} {month} {due.year}" in plain
    assert "KLA-000002 held by Zoé Kovács" in plain
    html = body(message, "html")
    assert '<html lang="en">' in html and "KLA-000001 held by Zoé Kovács" in html


def test_urgent_incident_items_also_go_to_the_security_officer(
    office: ServiceContext, smtp: tuple[Inbox, int], clock: Clock
) -> None:
    inbox, port = smtp
    _configure(office, port, security_officer_email="rssi@klara.fr")
    inventory.register_asset(office, category="laptop", manufacturer="HP", model="EliteBook", encryption_state="none")
    incidents.report_incident(office, "KLA-000003", "lost", clock.now - timedelta(hours=50))
    mail.send_digest(office, "fr")
    assert [rcpt for _s, rcpt, _m in inbox.messages] == [["rssi@klara.fr"], ["office@klara.fr", "it@klara.fr"]]
    officer = inbox.messages[0][2]
    assert officer["Subject"].startswith("Klara Assets\u00a0: 1 incident(s) urgent(s) le ")
    assert "notifier la CNIL avant le" in body(officer, "plain")
    assert "KLA-000001" not in body(officer, "plain")  # only the incident items
    assert len(_digest_events()) == 2


def test_a_server_that_is_down_is_refused_and_nothing_is_marked_sent(office: ServiceContext) -> None:
    _configure(office, free_port())
    assert_refused(mail.MailNotSent, "cannot be reached", mail.send_digest, office)


def test_a_refused_login_is_refused_and_nothing_is_marked_sent(
    office: ServiceContext, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    _configure(office, port)
    monkeypatch.setenv(mail.PASSWORD_ENV, "wrong")
    error = assert_refused(mail.MailNotSent, "refused the login of office", mail.send_digest, office)
    assert error.code == "smtp_auth_refused" and inbox.messages == []


def test_starttls_asked_of_a_server_without_it_is_refused(office: ServiceContext, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    _configure(office, port, smtp_security="starttls")
    assert_refused(mail.MailNotSent, "does not offer STARTTLS", mail.send_digest, office)
    assert inbox.messages == []


def test_no_password_anywhere_is_refused_naming_the_variable(
    office: ServiceContext, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _inbox, port = smtp
    _configure(office, port)
    monkeypatch.delenv(mail.PASSWORD_ENV)
    monkeypatch.setattr(mail, "keyring_backend", lambda: None)  # this machine's state, made explicit
    assert_refused(ValidationFailed, mail.PASSWORD_ENV, mail.send_digest, office)


def test_an_unconfigured_digest_is_refused(office: ServiceContext) -> None:
    assert_refused(ValidationFailed, "not set up", mail.send_digest, office)
    update_settings(office, smtp_host="127.0.0.1", smtp_sender="assets@klara.fr")
    assert_refused(ValidationFailed, "no recipient", mail.send_digest, office)


def test_settings_refuse_bad_smtp_values_and_never_hold_a_password(office: ServiceContext) -> None:
    assert_refused(ValidationFailed, "smtp_port", update_settings, office, smtp_port=70000)
    assert_refused(ValidationFailed, "smtp_security", update_settings, office, smtp_security="ssl3")
    assert_refused(ValidationFailed, "invalid e-mail", update_settings, office, smtp_recipients="a@klara.fr, nope")
    assert_refused(ValidationFailed, "unknown setting", update_settings, office, smtp_password=PASSWORD)


def test_without_a_keyring_keeping_the_password_is_refused_naming_the_variable(
    office: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mail, "keyring_backend", lambda: None)
    config = mail.SmtpConfig("smtp.klara.fr", 587, "starttls", "office", "a@klara.fr", ("b@klara.fr",))
    with pytest.raises(ValidationFailed) as err:
        mail.keep_password(config, PASSWORD)
    assert mail.PASSWORD_ENV in err.value.message and "no system keyring" in err.value.message


def test_the_password_from_the_keyring_is_used_and_stored_nowhere_else(
    office: ServiceContext, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch, db_url: str
) -> None:
    import keyring.backend

    class MemoryKeyring(keyring.backend.KeyringBackend):
        """A keyring backend of the `keyring` API held in memory: this machine has no system keyring."""

        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.entries: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.entries.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.entries[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.entries.pop((service, username), None)

    inbox, port = smtp
    _configure(office, port)
    backend = MemoryKeyring()
    monkeypatch.setattr(mail, "keyring_backend", lambda: backend)
    monkeypatch.delenv(mail.PASSWORD_ENV)
    mail.keep_password(mail.SmtpConfig.of(mail.load_settings()), PASSWORD)
    assert backend.entries == {(mail.KEYRING_SERVICE, f"office@127.0.0.1:{port}"): PASSWORD}
    mail.send_digest(office)
    assert len(inbox.messages) == 1
    if not db_url.startswith("postgresql"):
        for path in Path(db_url).parent.glob("klara.sqlite3*"):
            assert PASSWORD.encode() not in path.read_bytes()
    assert all(PASSWORD not in e.data for e in Event.select())


def test_tls_asked_of_a_plain_server_names_the_handshake(office: ServiceContext, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    _configure(office, port, smtp_security="tls")
    error = assert_refused(mail.MailNotSent, "TLS handshake failed", mail.send_digest, office)
    assert error.code == "smtp_tls_failed" and inbox.messages == []


def test_nothing_due_sends_nothing(ctx: ServiceContext, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    _configure(ctx, port)
    assert mail.send_digest(ctx).sent == [] and inbox.messages == [] and _digest_events() == []
