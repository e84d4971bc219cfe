"""The e-mail digest section of the settings page (issue 17 §1): its values saved and read back, "Send a
test message" run on the worker against a real SMTP server on 127.0.0.1 (aiosmtpd), a server that is down
named in the section, and, on a computer without a keyring, the environment variable named instead."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from klara_assets.services import mail
from klara_assets.services.settings import load_settings
from tests.helpers import snapshot
from tests.smtp_server import PASSWORD, USER, Inbox, body, free_port, smtp
from ui.context import UiContext
from ui.pages.settings_page import SettingsPage

__all__ = ["smtp"]  # the fixture


def _page(qtbot: Any, ui: UiContext) -> SettingsPage:
    page = SettingsPage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def _fill(qtbot: Any, page: SettingsPage, port: int) -> None:
    group = page.form.mail
    for name, text in (
        ("smtp_host", "127.0.0.1"),
        ("smtp_user", USER),
        ("smtp_sender", "assets@klara.fr"),
        ("smtp_recipients", "office@klara.fr; it@klara.fr"),
    ):
        group.texts[name].selectAll()
        qtbot.keyClicks(group.texts[name], text)
    group.port.setValue(port)
    group.security.setCurrentIndex(group.security.findData("none"))


def test_smtp_settings_are_saved_and_come_back(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    _fill(qtbot, page, 2525)
    page.form.mail.html.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() == "Saved.")
    saved = load_settings()
    assert (saved.smtp_host, saved.smtp_port, saved.smtp_security, saved.smtp_user) == ("127.0.0.1", 2525, "none", USER)
    assert saved.smtp_recipients == ("office@klara.fr", "it@klara.fr") and saved.smtp_html
    again = _page(qtbot, ui)
    assert again.form.mail.texts["smtp_recipients"].text() == "office@klara.fr, it@klara.fr"
    assert not again.save_button.isEnabled()  # what was loaded is not an edit


def test_a_bad_recipient_is_refused_next_to_its_field(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    before = snapshot()
    _fill(qtbot, page, 2525)
    page.form.mail.texts["smtp_recipients"].setText("office@klara.fr, nobody")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    label = page.form.errors.label("smtp_recipients")
    qtbot.waitUntil(lambda: not label.isHidden())
    assert "nobody" in label.text() or "not valid" in label.text()
    assert snapshot() == before


def test_send_a_test_message_reaches_the_server(qtbot: Any, ui: UiContext, smtp: tuple[Inbox, int]) -> None:
    inbox, port = smtp
    page = _page(qtbot, ui)
    _fill(qtbot, page, port)  # not saved: the test uses what the section shows
    qtbot.keyClicks(page.form.mail.password, PASSWORD)
    qtbot.mouseClick(page.form.mail.test_button, Qt.MouseButton.LeftButton)
    result = page.form.mail.test_result
    qtbot.waitUntil(lambda: result.text().startswith("Test message sent"), timeout=10000)
    assert result.text() == "Test message sent to office@klara.fr, it@klara.fr."
    ((_sender, rcpt, message),) = inbox.messages
    assert rcpt == ["office@klara.fr", "it@klara.fr"] and message["Subject"] == "Klara Assets: test message"
    assert "through 127.0.0.1" in body(message)


def test_a_test_message_to_a_server_that_is_down_says_so(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    _fill(qtbot, page, free_port())
    qtbot.keyClicks(page.form.mail.password, PASSWORD)
    qtbot.mouseClick(page.form.mail.test_button, Qt.MouseButton.LeftButton)
    result = page.form.mail.test_result
    qtbot.waitUntil(lambda: page.form.mail.test_button.isEnabled(), timeout=10000)
    assert "cannot be reached" in result.text() and "127.0.0.1" in result.text(), result.text()
    assert load_settings().smtp_host == ""  # a test saves nothing


def test_a_test_message_without_a_password_is_refused_under_the_password(
    qtbot: Any, ui: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(mail.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(mail, "keyring_backend", lambda: None)
    page = _page(qtbot, ui)
    _fill(qtbot, page, free_port())
    qtbot.mouseClick(page.form.mail.test_button, Qt.MouseButton.LeftButton)
    label = page.form.errors.label("smtp_password")
    qtbot.waitUntil(lambda: page.form.mail.test_button.isEnabled(), timeout=10000)
    assert not label.isHidden() and mail.PASSWORD_ENV in label.text(), page.form.mail.test_result.text()


def test_without_a_keyring_the_section_names_the_environment_variable(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    if mail.keyring_name():
        page.form.mail.set_keyring("")  # this machine has one: show what a headless one shows
    note = page.form.mail.keyring_note.text()
    assert "no system keyring" in note and mail.PASSWORD_ENV in note
    qtbot.keyClicks(page.form.mail.password, PASSWORD)
    assert not page.form.mail.keep_button.isEnabled()
