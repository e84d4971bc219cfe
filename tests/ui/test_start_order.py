"""What the start-up does after the window's first paint (issue 18): the worker held until then, the menus
filled in the turn after `first_page_loaded` (or as a menu opens); the log that rotates without `logging.handlers`; the
two settings read before the window, as `Settings` reads them."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction

from klara_assets.domain.settings import Settings
from klara_assets.persistence.opening import FirstLook
from tests.ui.test_shell import CountPage
from ui.context import UiContext
from ui.crash import RotatingLog
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def test_a_held_runner_starts_nothing_until_released_then_runs_in_order(qtbot: Any) -> None:
    runner = TaskRunner()
    runner.hold()
    ran: list[str] = []
    results: list[str] = []
    for name in ("first", "second"):
        runner.submit(lambda name=name: ran.append(name) or name, results.append)
    dropped = runner.submit(lambda: ran.append("cancelled"), results.append)
    dropped.cancel()
    qtbot.wait(200)
    assert ran == [] and results == [] and runner.busy and runner.holding
    runner.release()
    qtbot.waitUntil(lambda: results == ["first", "second"], timeout=10_000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert ran == ["first", "second"] and not runner.holding
    done: list[int] = []
    runner.submit(lambda: 7, done.append)  # released: runs at once, as a runner never held
    qtbot.waitUntil(lambda: done == [7], timeout=10_000)
    runner.drain()


class ListPage(CountPage):
    usable_before_data = True  # as the To do page: usable once painted, its data on the way


def test_menus_are_filled_in_the_turn_after_the_first_page_is_usable(qtbot: Any, ui: UiContext) -> None:
    order: list[str] = []
    page = ListPage(ui, "only")
    window = MainWindow(ui, [page], menus_after_paint=True)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Go", "&Help"]  # the bar is laid out at once: nothing moves at the paint
    assert all(not action.menu().actions() for action in window.menuBar().actions())
    assert window.findChild(QAction, "action_import") is None
    window.first_painted.connect(lambda: order.append("painted"))
    window.first_page_loaded.connect(lambda: order.append("usable"))
    window.first_page_loaded.connect(lambda: order.append(f"menus {window.findChild(QAction, 'action_import')}"))
    with qtbot.waitSignal(window.first_page_loaded, timeout=10_000):
        window.show()
    assert order == ["painted", "usable", "menus None"]  # the menus still to come when the page is announced
    qtbot.waitUntil(lambda: window.findChild(QAction, "action_import") is not None, timeout=10_000)
    assert [a.text() for a in window.menuBar().actions()[0].menu().actions()][-1] == "&Quit"
    qtbot.wait(100)
    assert order.count("painted") == 1 and order.count("usable") == 1
    assert [a.text() for a in window.findChildren(QAction)].count("&Quit") == 1  # built once


def test_a_menu_opened_before_its_turn_is_filled_as_it_opens(qtbot: Any, ui: UiContext) -> None:
    window = MainWindow(ui, [CountPage(ui, "only")], menus_after_paint=True)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.aboutToShow.emit()  # what QMenu does as it opens
    texts = [a.text() for a in file_menu.actions()]
    assert texts[-1] == "&Quit" and window.findChild(QAction, "action_import") is not None
    file_menu.aboutToShow.emit()
    with qtbot.waitSignal(window.first_page_loaded, timeout=10_000):
        window.show()
    qtbot.wait(100)
    assert [a.text() for a in file_menu.actions()] == texts  # built once: nothing doubled


def test_the_worker_waits_for_the_window_to_be_painted(qtbot: Any, ui: UiContext) -> None:
    ui.runner.hold()
    started = threading.Event()
    ui.run(started.set)
    window = MainWindow(ui, [CountPage(ui, "only")], menus_after_paint=True)
    qtbot.addWidget(window)
    window.first_painted.connect(ui.runner.release)
    qtbot.wait(100)
    assert not started.is_set()  # built, not shown: nothing ran
    with qtbot.waitSignal(window.first_page_loaded, timeout=10_000):
        window.show()
    assert started.is_set()


def test_the_log_is_set_aside_past_its_size_and_keeps_three_old_files(tmp_path: Path) -> None:
    path = tmp_path / "klara-assets.log"
    handler = RotatingLog(path, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test_rotating_log")
    logger.propagate, logger.level = False, logging.INFO
    logger.addHandler(handler)
    try:
        for index in range(60):
            logger.info("line %02d %s", index, "x" * 40)  # 49 bytes a line: a new file every 5 lines
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"klara-assets.log{s}" for s in ("", ".1", ".2", ".3")]
    assert all(p.stat().st_size <= 200 + 49 for p in tmp_path.iterdir())
    last = path.read_text(encoding="utf-8").splitlines()
    assert last[-1].startswith("line 59") and (tmp_path / "klara-assets.log.1").read_text().startswith("line 5")
    older = [(tmp_path / f"klara-assets.log.{n}").read_text().splitlines()[0] for n in (1, 2, 3)]
    assert [int(line.split()[1]) for line in older] == sorted((int(line.split()[1]) for line in older), reverse=True)


@pytest.mark.parametrize(
    "stored",
    [{}, {"language": "en"}, {"language": "fr", "login_required": True}, {"login_required": False}, {"language": ""}],
)
def test_the_first_look_reads_language_and_login_as_settings_do(stored: dict[str, Any]) -> None:
    look, settings = FirstLook(stored, has_accounts=True, read_only=False), Settings.from_json(stored)
    assert (look.language, look.login_required) == (settings.language, settings.login_required)


@pytest.mark.parametrize("values", [{}, {"language": "en"}, {"language": "fr", "login_required": True}])
def test_the_first_look_of_a_real_file_agrees_with_the_settings_service(tmp_path: Path, values: dict[str, Any]) -> None:
    from klara_assets.persistence.database import open_database
    from klara_assets.persistence.opening import first_look
    from klara_assets.services.context import ServiceContext
    from klara_assets.services.settings import load_settings, update_settings

    url = str(tmp_path / "k.sqlite3")
    db = open_database(url)
    if values:
        update_settings(ServiceContext(db=db, url=url, actor="tester"), **values)
    settings = load_settings()
    db.close()
    look = first_look(url)
    assert look is not None
    assert (look.language, look.login_required) == (settings.language, settings.login_required)


def test_a_setting_that_is_not_json_leaves_the_file_to_the_ordinary_opening(tmp_path: Path) -> None:
    import sqlite3

    from klara_assets.persistence.database import open_database
    from klara_assets.persistence.opening import first_look

    url = str(tmp_path / "k.sqlite3")
    open_database(url).close()
    with sqlite3.connect(url) as conn:
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('language', 'not json')")
    conn.close()
    assert first_look(url) is None  # open_database then says what is wrong, in its own words


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "/tmp/k.sqlite3", "--quit-after-startup"],
        ["--db=postgresql://me:pw@server/klara?sslmode=require", "--lang", "en"],
        ["--db="],
        ["--lang=fr", "--connect"],
        ["--scan-station"],
        ["--scan-station", "always", "--db", "k.sqlite3"],
        ["--scan-station", "--lang", "fr"],
        ["--db", "a.sqlite3", "--db", "b.sqlite3"],
    ],
)
def test_the_usual_command_lines_read_as_argparse_reads_them(argv: list[str]) -> None:
    from ui import app

    assert app._plain_args(argv) == app.argument_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--lang", "de"],
        ["--db"],
        ["--db", "--connect"],
        ["--scan-station", "sometimes"],
        ["--scan-station=always"],
        ["--quit"],  # an abbreviation: argparse's
        ["k.sqlite3"],
        ["--connect=yes"],
    ],
)
def test_anything_else_goes_to_argparse(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from ui import app

    assert app._plain_args(argv) is None
    try:
        expected: Any = app.argument_parser().parse_args(argv)
    except SystemExit as exc:
        expected = ("exit", exc.code, capsys.readouterr())
    try:
        got: Any = app.parse_args(argv)
    except SystemExit as exc:
        got = ("exit", exc.code, capsys.readouterr())
    assert got == expected
