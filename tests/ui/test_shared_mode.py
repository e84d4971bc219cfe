"""Shared mode in the window: login dialog, connect dialog (each failure explained, keyring), the page
filter for operators and scan stations, the status bar and File menu, and live refresh from another process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from klara_assets.domain.changes import Changes
from klara_assets.domain.permissions import Operator, Role
from klara_assets.persistence.database import open_database
from klara_assets.services import operators
from tests.conftest import POSTGRES_URL
from ui.connection_store import KEYRING_SERVICE, Connection, ConnectionStore
from ui.context import UiContext
from ui.dialogs.connect_dialog import ConnectDialog
from ui.dialogs.login_dialog import LoginDialog
from ui.events import AppEvents
from ui.live_refresh import LiveRefresh
from ui.main_window import MainWindow
from ui.pages.base import Page
from ui.session import RESTART, Session, station_mode, visible_pages

ROOT = Path(__file__).resolve().parents[2]


class FakeKeyring:
    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


def test_login_dialog_refuses_then_logs_in(qtbot: Any, ui: UiContext) -> None:
    operators.add_operator(ui.services, "boss", "Élise Boss", ["administrator"], "boss-password")
    dialog = LoginDialog(ui.runner, ui.services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.login, "boss")
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "password" in dialog.errors.visible_messages())
    assert dialog.errors.visible_messages()["password"] == "Login or password incorrect."
    assert dialog.isVisible() and dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "boss-password")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.operator is not None and dialog.operator.name == "Élise Boss"


def _connect_dialog(qtbot: Any, ui: UiContext, keyring: FakeKeyring) -> ConnectDialog:
    dialog = ConnectDialog(ui.runner, ConnectionStore(ui.state, keyring))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot: Any, dialog: ConnectDialog, url: str) -> str:
    dialog.url_field.setText(url)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=15000)
    return dialog.message.text()


def test_connect_dialog_explains_each_failure(qtbot: Any, ui: UiContext, postgres_url: str) -> None:
    dialog = _connect_dialog(qtbot, ui, FakeKeyring())
    server = POSTGRES_URL.rsplit("/", 1)[0]
    assert _try(qtbot, dialog, "postgresql://postgres@127.0.0.1:1/klara") == "The database server cannot be reached."
    assert _try(qtbot, dialog, server.replace("postgres@", "no_such_user@") + "/test") == (
        "The database server refused the user name or password."
    )
    assert _try(qtbot, dialog, server + "/no_such_database_here") == "The database does not exist."
    db = open_database(postgres_url)
    db.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0099_from_the_future', '2030-01-01')")
    db.close()
    assert "newer version of Klara Assets" in _try(qtbot, dialog, postgres_url)
    assert dialog.isVisible() and ui.state.value("connection/url") is None


def test_connect_dialog_keeps_the_choice_without_password_and_the_password_in_the_keyring(
    qtbot: Any, ui: UiContext, postgres_url: str
) -> None:
    keyring = FakeKeyring()
    dialog = _connect_dialog(qtbot, ui, keyring)
    with_password = postgres_url.replace("postgres@", "postgres:s3cret-pw@")
    dialog.url_field.setText(with_password)
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    saved = ui.state.value("connection/url")
    assert "s3cret-pw" not in saved and saved.startswith("postgresql://postgres@127.0.0.1:5432/test")
    assert "s3cret-pw" not in Path(ui.state.fileName()).read_text()
    connection, _ = Connection.from_url(saved)
    assert keyring.saved == {(KEYRING_SERVICE, connection.key): "s3cret-pw"}
    assert "s3cret-pw" in dialog.url  # for this session's connection only
    again = _connect_dialog(qtbot, ui, keyring)
    assert (again.host.text(), again.database.text(), again.user.text()) == ("127.0.0.1", "test", "postgres")
    assert again.focusWidget() in (again.password, None)


def test_connect_dialog_forgets_the_password_when_not_asked_to_keep_it(
    qtbot: Any, ui: UiContext, postgres_url: str
) -> None:
    keyring = FakeKeyring()
    connection, _ = Connection.from_url(postgres_url)
    keyring.set_password(KEYRING_SERVICE, connection.key, "old")
    dialog = _connect_dialog(qtbot, ui, keyring)
    dialog.url_field.setText(postgres_url)
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert keyring.saved == {}


def test_connection_url_round_trip() -> None:
    connection = Connection("db.klara.fr", 6432, "klara assets", "élise", "verify-full")
    url = connection.url("p@ss:word")
    assert url == "postgresql://%C3%A9lise:p%40ss%3Aword@db.klara.fr:6432/klara%20assets?sslmode=verify-full"
    assert Connection.from_url(url) == (connection, "p@ss:word")
    assert connection.url() == "postgresql://%C3%A9lise@db.klara.fr:6432/klara%20assets?sslmode=verify-full"


class StubPage(Page):
    def __init__(self, ui: UiContext, page_id: str):
        super().__init__(ui)
        self.page_id = page_id

    def title(self) -> str:
        return self.page_id


def _pages(ui: UiContext) -> list[Page]:
    return [StubPage(ui, pid) for pid in ("assets", "scan", "settings", "audits", "operators")]


def test_pages_follow_the_operator_and_the_scan_station(ui: UiContext, ui_state: QSettings) -> None:
    admin = Operator("boss", "Boss", frozenset({Role.ADMINISTRATOR}))
    tech = Operator("tom", "Tom", frozenset({Role.TECHNICIAN}))
    assert [p.page_id for p in visible_pages(_pages(ui), admin, False)] == [
        "assets",
        "scan",
        "settings",
        "audits",
        "operators",
    ]
    assert [p.page_id for p in visible_pages(_pages(ui), tech, False)] == ["assets", "scan", "audits"]
    assert [p.page_id for p in visible_pages(_pages(ui), admin, True)] == ["scan", "audits"]
    assert station_mode(None, ui_state) is False and station_mode("once", ui_state) is True
    assert station_mode(None, ui_state) is False
    assert station_mode("always", ui_state) is True and station_mode(None, ui_state) is True
    assert station_mode("never", ui_state) is False and station_mode(None, ui_state) is False


@pytest.mark.parametrize("menus_after_paint", [False, True])  # the start-up's window: the session comes first
def test_window_shows_the_operator_and_offers_to_connect(
    qtbot: Any, ui: UiContext, monkeypatch: Any, menus_after_paint: bool
) -> None:
    ui.services = ui.services.as_operator(Operator("tom", "Tom Técher", frozenset({Role.TECHNICIAN})))
    window = MainWindow(ui, [], menus_after_paint=menus_after_paint)
    qtbot.addWidget(window)
    session = Session(window, ui, station=False)
    assert session.operator_label.text() == "Operator: Tom Técher"
    window.build_menus()  # what the start-up does next: nothing is added twice
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]  # type: ignore[union-attr]
    assert texts[0] == "&Connect to a shared database…" and texts[1] == "" and texts[-1] == "&Quit"
    assert texts.count("&Quit") == 1 and "&Import…" in texts, texts
    exits: list[int] = []
    monkeypatch.setattr("ui.session.QCoreApplication.exit", lambda code=0: exits.append(code))
    session.restart_on("postgresql://someone@server/klara")
    assert exits == [RESTART] and session.next_url == "postgresql://someone@server/klara"
    from PySide6.QtWidgets import QApplication

    QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]


def test_scan_station_seat_is_full_screen_with_only_quit_in_the_file_menu(qtbot: Any, ui: UiContext) -> None:
    window = MainWindow(ui, visible_pages(_pages(ui), ui.services.who, station=True))
    qtbot.addWidget(window)
    Session(window, ui, station=True)
    assert window.isFullScreen() and [p.page_id for p in window.pages] == ["scan", "audits"]
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if a.isVisible()] == ["&Quit"]  # type: ignore[union-attr]


def test_change_from_another_process_reaches_the_pages(qtbot: Any, postgres_url: str) -> None:
    open_database(postgres_url).close()
    events = AppEvents()
    live = LiveRefresh(postgres_url, events)
    live.start()
    try:
        assert live.listener.listening.wait(10)
        command = [sys.executable, "-m", "klara_assets", "--db", postgres_url, "location", "add", "Lyon/Atelier"]
        arrived: list[Changes] = []
        events.changed.connect(arrived.append)
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)  # committed when it returns
        assert done.returncode == 0, done.stderr
        qtbot.waitUntil(lambda: any(c.concerns("location") for c in arrived), timeout=2000)  # within two seconds
        assert next(c for c in arrived if c.concerns("location")).touched["location"]
    finally:
        live.stop()
