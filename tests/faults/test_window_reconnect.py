"""The window when its PostgreSQL server dies (kill -9) and comes back: the status bar says so, the seat
reconnects by itself, the read in flight is run again, a write in flight is reported (not saved, nothing
changed) and never run again, every page shows fresh data, and the change listener resubscribes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg2
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from klara_assets.domain.changes import Changes
from klara_assets.domain.places import Place
from klara_assets.persistence import queries
from klara_assets.persistence.database import open_database
from klara_assets.services import inventory
from klara_assets.services.context import ServiceContext
from tests.faults.conftest import running, wait_for_blocked
from tests.faults.server import OwnServer
from tests.ui.conftest import FakeDialogs
from ui.connection_watch import ConnectionWatch
from ui.context import UiContext
from ui.events import AppEvents
from ui.live_refresh import LiveRefresh
from ui.pages.assets_page import AssetsPage
from ui.session import start_live_refresh
from ui.tasks import TaskRunner

LOST = "Connection to the server lost — retrying…"


@dataclass
class Seat:
    ui: UiContext
    window: QMainWindow
    page: AssetsPage
    watch: ConnectionWatch
    live: LiveRefresh


def laptop(model: str) -> dict[str, Any]:
    return {"category": "laptop", "manufacturer": "Dell", "model": model}


def other_seat(url: str) -> None:
    """Another seat's change, on a connection of its own (this thread's)."""
    db = open_database(url)
    try:
        inventory.register_asset(ServiceContext(db=db, url=url, actor="other"), **laptop("From the other seat"))
    finally:
        db.close()


@pytest.fixture
def seat(qtbot: Any, qapp: Any, own_url: str, tmp_path: Path) -> Iterator[Seat]:
    db = open_database(own_url)
    services = ServiceContext(db=db, url=own_url, actor="tester")
    inventory.register_assets(services, [laptop("Latitude 5440"), laptop("Latitude 7450")])
    db.close()  # as main.py does: the worker opens its own connection
    runner = TaskRunner()
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    ui = UiContext(services, runner, AppEvents(), FakeDialogs(), state, "en")  # type: ignore[arg-type]
    live = start_live_refresh(ui)
    assert live is not None and live.listener.listening.wait(10)
    window = QMainWindow()
    page = AssetsPage(ui)
    window.setCentralWidget(page)
    watch = ConnectionWatch(window, ui, live)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.activate()
    assert page.model.rowCount() == 2
    try:
        yield Seat(ui, window, page, watch, live)
    finally:
        live.stop()
        runner.drain()


def assert_no_crash(seat: Seat) -> None:
    errors = [text for kind, _title, text in seat.ui.dialogs.shown if kind == "error"]  # type: ignore[attr-defined]
    assert all("connection" in text.lower() for text in errors), errors


def back_and_fresh(qtbot: Any, server: OwnServer, seat: Seat, url: str, rows: int) -> None:
    """Restart the server, let another seat change something, and see the window catch up by itself."""
    running(server)
    other_seat(url)
    qtbot.waitUntil(lambda: seat.watch.label.text() == "", timeout=15_000)
    qtbot.waitUntil(lambda: seat.page.model.rowCount() == rows, timeout=15_000)
    assert seat.ui.runner.online


def test_idle_window_says_the_server_is_lost_then_catches_up(
    qtbot: Any, server: OwnServer, own_url: str, seat: Seat
) -> None:
    server.kill()
    qtbot.waitUntil(lambda: seat.watch.label.text() == LOST, timeout=10_000)  # nothing was in flight
    back_and_fresh(qtbot, server, seat, own_url, rows=3)
    assert seat.live.listener.listening.wait(10)
    arrived: list[Changes] = []
    seat.live.received.connect(arrived.append)
    other_seat(own_url)  # after the reconnect: the listener resubscribed, the notice arrives
    qtbot.waitUntil(lambda: any(c.concerns("asset") for c in arrived), timeout=10_000)
    qtbot.waitUntil(lambda: seat.page.model.rowCount() == 4, timeout=10_000)
    assert_no_crash(seat)


def test_read_in_flight_is_run_again_after_the_reconnect(
    qtbot: Any, server: OwnServer, own_url: str, seat: Seat
) -> None:
    blocker = psycopg2.connect(own_url)
    with blocker.cursor() as cur:
        cur.execute("LOCK TABLE asset IN ACCESS EXCLUSIVE MODE")
    results: list[str] = []
    seat.ui.run(lambda: queries.asset_detail("KLA-000001").model, results.append)
    wait_for_blocked(blocker, wrote=False)
    server.kill()
    qtbot.waitUntil(lambda: seat.watch.label.text() == LOST, timeout=10_000)
    assert results == []
    back_and_fresh(qtbot, server, seat, own_url, rows=3)
    qtbot.waitUntil(lambda: results == ["Latitude 5440"], timeout=10_000)  # the read ran again, once
    assert_no_crash(seat)


def test_write_in_flight_is_reported_not_saved_and_never_run_again(
    qtbot: Any, server: OwnServer, own_url: str, seat: Seat
) -> None:
    blocker = psycopg2.connect(own_url)
    with blocker.cursor() as cur:
        cur.execute("LOCK TABLE event IN EXCLUSIVE MODE")
    services = seat.ui.services
    saved: list[Any] = []
    seat.ui.run(lambda: inventory.edit_asset(services, "KLA-000001", model="Changed in flight"), saved.append)
    wait_for_blocked(blocker, wrote=True)
    server.kill()
    dialogs: FakeDialogs = seat.ui.dialogs  # type: ignore[assignment]
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _t, _x in dialogs.shown), timeout=15_000)
    assert dialogs.shown == [
        (
            "error",
            "Not done",
            "The connection to the database server was lost: this change was not saved and nothing changed. "
            "Try again once the connection is back.",
        )
    ]
    qtbot.waitUntil(lambda: seat.watch.label.text() == LOST, timeout=10_000)
    back_and_fresh(qtbot, server, seat, own_url, rows=3)
    models: list[str] = []
    seat.ui.run(lambda: queries.asset_detail("KLA-000001").model, models.append)  # after anything held
    qtbot.waitUntil(lambda: models != [], timeout=10_000)
    assert models == ["Latitude 5440"] and saved == []
    with psycopg2.connect(own_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM event WHERE action = 'edit'")
        assert cur.fetchone()[0] == 0


def test_a_form_keeps_what_was_typed_when_its_save_is_lost(
    qtbot: Any, server: OwnServer, own_url: str, seat: Seat
) -> None:
    from ui.dialogs.location_dialog import LocationDialog

    dialog = LocationDialog(seat.ui, parent=seat.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.site, "Lyon")
    qtbot.keyClicks(dialog.room, "Atelier")
    blocker = psycopg2.connect(own_url)
    with blocker.cursor() as cur:
        cur.execute("LOCK TABLE event IN EXCLUSIVE MODE")  # the location is inserted, its log entry waits
    dialog.submit()
    wait_for_blocked(blocker, wrote=True)
    server.kill()
    dialogs: FakeDialogs = seat.ui.dialogs  # type: ignore[assignment]
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=15_000)
    assert dialogs.shown[0][2].startswith("The connection to the database server was lost: this change was not saved")
    assert dialog.isVisible() and (dialog.site.text(), dialog.room.text()) == ("Lyon", "Atelier")
    assert dialog.ok.isEnabled()
    running(server)
    qtbot.waitUntil(lambda: seat.ui.runner.online, timeout=15_000)
    with psycopg2.connect(own_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM location")
        assert cur.fetchone()[0] == 0  # nothing was saved
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.submit()  # the user tries again: it is saved once
    with psycopg2.connect(own_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT site, room FROM location")
        assert cur.fetchall() == [("Lyon", "Atelier")]


def test_a_save_while_the_server_is_away_is_reported_and_not_run_later(
    qtbot: Any, server: OwnServer, own_url: str, seat: Seat
) -> None:
    server.kill()
    qtbot.waitUntil(lambda: seat.watch.label.text() == LOST, timeout=10_000)
    services = seat.ui.services
    seat.ui.run(lambda: inventory.add_location(services, Place.parse("Lyon/Atelier")))
    dialogs: FakeDialogs = seat.ui.dialogs  # type: ignore[assignment]
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=15_000)
    assert dialogs.shown[0][2].startswith("The connection to the database server was lost: this change was not saved")
    back_and_fresh(qtbot, server, seat, own_url, rows=3)
    done: list[int] = []
    seat.ui.run(lambda: 1, done.append)  # after anything that could have been held
    qtbot.waitUntil(lambda: done == [1], timeout=10_000)
    with psycopg2.connect(own_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM location")
        assert cur.fetchone()[0] == 0
