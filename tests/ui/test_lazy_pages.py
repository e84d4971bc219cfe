"""The window's pages are imported and built when first shown (issue 18): the sidebar shows every page's
own title and icon without importing it, the first page alone is built at start, a filter request builds its
page, and a start-up on a database imports no other page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import main
from klara_assets.domain.places import Place
from klara_assets.persistence.database import open_database
from klara_assets.services import inventory
from klara_assets.services.context import ServiceContext
from ui import i18n
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.pages.lazy import LazyPage

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_stand_in_shows_its_page_own_title_and_id(qapp: QApplication, ui: UiContext, language: str) -> None:
    translators = i18n.install_translators(qapp, language)
    try:
        for stand_in in main.build_pages(ui):
            # Only the To do page is built at once: its counts feed the sidebar badge from the start.
            assert isinstance(stand_in, LazyPage) and stand_in.built == (stand_in.page_id == "todo")
            title = stand_in.title()
            page = stand_in.page
            assert (page.page_id, page.title()) == (stand_in.page_id, title), stand_in.spec.target
            assert not stand_in.icon().isNull()
            stand_in.deleteLater()
    finally:
        i18n.remove_translators(qapp, translators)
    if language == "fr":
        assert title != "Operators"  # the French title was really looked up (the last page's)


def test_only_the_first_page_is_built_and_a_filter_builds_its_page(qtbot: Any, ui: UiContext) -> None:
    inventory.add_location(ui.services, Place.parse("Paris/Stock IT"))
    inventory.register_assets(ui.services, [{"category": "laptop", "manufacturer": "Dell", "model": "Latitude 5540",
                                             "serial": "LAZY-1", "location": Place("Paris", "Stock IT")}])  # fmt: skip
    window = MainWindow(ui, main.build_pages(ui))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_page_loaded, timeout=10_000):
        window.show()
    built = [page.page_id for page in window.pages if isinstance(page, LazyPage) and page.built]
    assert built == ["todo"]
    ui.events.show_page_requested.emit("assets", {"text": "LAZY-1"})
    [assets] = [page for page in window.pages if page.page_id == "assets"]
    assert isinstance(assets, LazyPage) and assets.built and window.current_page() is assets.page
    page: Any = assets.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    window.close()


def start_up(
    tmp_path: Path, *command: str, timeout: int = 60, default: bool = False
) -> subprocess.CompletedProcess[str]:
    """`python COMMAND --db FILE --quit-after-startup` in a clean home, on a current file with one location;
    `default`: the file is the user data folder's and no `--db` is given, as a user starts the window."""
    url = str(tmp_path / ("klara-assets/klara-assets.sqlite3" if default else "start.sqlite3"))
    Path(url).parent.mkdir(exist_ok=True)
    db = open_database(url)
    inventory.add_location(ServiceContext(db=db, url=url, actor="tester"), Place.parse("Paris/Stock IT"))
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    env["XDG_DATA_HOME"] = env["XDG_STATE_HOME"] = str(tmp_path)
    env.pop("KLARA_ASSETS_DB", None)
    return subprocess.run(
        [sys.executable, *command, *([] if default else ["--db", url]), "--quit-after-startup"],
        capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT,
    )  # fmt: skip


def marks_of(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("klara-assets-gui:")]


def test_start_up_imports_no_other_page(tmp_path: Path) -> None:
    result = start_up(tmp_path, "-X", "importtime", "main.py", timeout=120)
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "ui.pages.todo_page" in imported  # the first page
    assert not {m for m in imported if m.startswith("ui.pages.") and m.endswith("_page")} - {"ui.pages.todo_page"}
    assert not imported & {"argon2", "klara_assets.services.backups", "stdnum"}  # imported when first used
    # ctypes is imported on purpose: ui.theme asks the colour scheme through it rather than with the Qt enums
    assert not imported & {"ssl", "psycopg2._psycopg"}  # SQLite: no server driver (tried names are listed too)
    assert marks_of(result) == [main.STARTUP_MARK, main.DATA_MARK]


def test_the_default_database_is_found_without_the_command_line(tmp_path: Path) -> None:
    """Started as a user does (no --db), the window finds the user data folder's file without importing the
    command line's areas (they pull in peewee, reportlab and every service: it doubled the start-up)."""
    result = start_up(tmp_path, "-X", "importtime", "main.py", timeout=120, default=True)
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "klara_assets.paths" in imported
    assert not {m for m in imported if m.startswith(("klara_assets.cli", "reportlab"))}
    assert marks_of(result) == [main.STARTUP_MARK, main.DATA_MARK]


WHEN_USABLE = """
import runpy, sys
from PySide6 import QtCore, QtWidgets
seen = []
class Watch:
    def __init__(self, out): self.out = out
    def write(self, text):
        if "first page usable" in text and not seen:
            seen.append(sorted(n for n in ("Qt", "QStyle") if n in vars(QtCore) or n in vars(QtWidgets)))
            seen.append(sorted(m for m in ("playhouse.migrations",) if m in sys.modules))
        return self.out.write(text)
    def __getattr__(self, name): return getattr(self.out, name)
sys.stderr = Watch(sys.stderr)
sys.argv = ["main.py", *sys.argv[1:]]
try:
    runpy.run_path("main.py", run_name="__main__")
finally:
    print(seen)
"""


def test_the_first_page_is_usable_before_the_qt_enums_and_peewee(tmp_path: Path) -> None:
    """Issue 18: the Qt namespace's enums (≈ 20 % of a bare window) and QStyle's are not created before the
    first page is usable, and a current SQLite file is only looked at: the migration runner is never imported
    (peewee and the services are imported by the worker, which may have started by then)."""
    result = start_up(tmp_path, "-c", WHEN_USABLE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[[], []]", result.stderr
    assert marks_of(result) == [main.STARTUP_MARK, main.DATA_MARK]  # and the data came (the models bound on the worker)


def test_a_scan_station_seat_starts_and_reports_both_marks(tmp_path: Path) -> None:
    """The scan station's page is usable as soon as it is built, inside the window's constructor: the marks
    (and the welcome dialog, the backups) must not be announced before anyone listens. It used to hang."""
    result = start_up(tmp_path, "main.py", "--scan-station")
    assert result.returncode == 0, result.stderr
    assert marks_of(result) == [main.STARTUP_MARK, main.DATA_MARK]
