"""The application shell: task runner, main window navigation and state, crash dialog, start-up."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from klara_assets.domain.changes import Changes
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.places import Place
from klara_assets.persistence.queries import counts
from klara_assets.services import inventory
from ui.context import UiContext
from ui.dialogs.crash_dialog import CrashDialog
from ui.main_window import MainWindow
from ui.pages.base import Page
from ui.tasks import Cancelled, TaskRunner


class CountPage(Page):
    """A small real page for the shell tests: it loads the location count through the runner."""

    def __init__(self, ui: UiContext, page_id: str):
        super().__init__(ui)
        self.page_id = page_id
        self.label = QLabel("…")
        QVBoxLayout(self).addWidget(self.label)
        self.filters: list[Any] = []

    def title(self) -> str:
        return self.page_id.title()

    def first_load(self) -> None:
        self.ui.run(lambda: counts()["locations"], self._show)

    def _show(self, count: int) -> None:
        self.label.setText(f"{count} locations")
        self.loaded.emit()

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        self.filters.append(criteria)


def test_runner_delivers_results_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, bool]] = []
    worker_threads: list[str] = []

    def work() -> int:
        worker_threads.append(threading.current_thread().name)
        return 42

    runner.submit(work, lambda value: seen.append((value, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: seen == [(42, True)])
    assert worker_threads[0].startswith("klara-worker")
    runner.drain()


def test_runner_reports_errors_progress_and_cancellation(qtbot: Any) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.submit(lambda: (_ for _ in ()).throw(ValidationFailed("bad")), on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert str(errors[0]) == "bad"

    progress: list[tuple[int, int]] = []
    gate = threading.Event()
    finished: list[str] = []

    def long(report: Any) -> str:
        for i in range(1, 1000):
            report(i, 1000)
            if i == 3:
                gate.set()
                threading.Event().wait(0.05)
        return "finished"

    task = runner.submit(long, finished.append, progress=lambda d, t: progress.append((d, t)))
    assert gate.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: task.done())
    qtbot.waitUntil(lambda: len(progress) >= 3)
    assert finished == [] and progress[0] == (1, 1000)
    runner.drain()


def test_cancelled_reporter_raises() -> None:
    from ui.tasks import Reporter, Task

    task = Task()
    reporter = Reporter(task, lambda d, t: None)
    reporter(1, 2)
    task.cancel()
    with pytest.raises(Cancelled):
        reporter(2, 2)


def test_main_window_navigates_with_shortcuts_and_shows_the_database(qtbot: Any, ui: UiContext) -> None:
    inventory.add_location(ui.services, Place.parse("Paris/Stock IT"))
    pages = [CountPage(ui, "first"), CountPage(ui, "second")]
    window = MainWindow(ui, pages)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_page_loaded, timeout=5000):
        window.show()
    assert pages[0].label.text() == "1 locations"
    assert "SQLite" in window.database_label.text()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is pages[1]
    qtbot.waitUntil(lambda: pages[1].label.text() == "1 locations")
    ui.events.show_page_requested.emit("first", {"status": "lost"})
    assert window.stack.currentWidget() is pages[0] and pages[0].filters == [{"status": "lost"}]


def test_main_window_remembers_its_layout(qtbot: Any, ui: UiContext) -> None:
    window = MainWindow(ui, [CountPage(ui, "only")])
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(40, 50, 1000, 700)
    window.close()
    again = MainWindow(ui, [CountPage(ui, "only")])
    qtbot.addWidget(again)
    # The offscreen screen is 800x800 wide: the restored window keeps its place and its height within it.
    assert (again.geometry().top(), again.height()) == (50, 700)


def test_changes_are_published_to_pages(qtbot: Any, ui: UiContext) -> None:
    received: list[Changes] = []
    ui.events.changed.connect(received.append)
    ui.run(lambda: inventory.add_location(ui.services, Place.parse("Lyon/Bureau")))
    qtbot.waitUntil(lambda: len(received) == 1)
    assert received[0].concerns("location")


def test_expected_error_is_shown_in_a_dialog(qtbot: Any, ui: UiContext) -> None:
    ui.run(lambda: inventory.add_location(ui.services, Place.parse("/")))
    qtbot.waitUntil(lambda: len(ui.dialogs.shown) == 1)  # type: ignore[attr-defined]
    kind, _, text = ui.dialogs.shown[0]  # type: ignore[attr-defined]
    assert kind == "error" and "SITE/ROOM" in text


def test_crash_dialog_copies_details(qtbot: Any) -> None:
    dialog = CrashDialog("Traceback: boom", None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Traceback: boom"


def test_quit_after_startup_exits_0(tmp_path: Path) -> None:
    db = tmp_path / "start.sqlite3"
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "--quit-after-startup"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**_env(tmp_path)},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert db.exists()


def test_start_on_a_corrupt_database_exits_1(tmp_path: Path) -> None:
    db = tmp_path / "bad.sqlite3"
    db.write_bytes(b"not a database" * 100)
    result = subprocess.run(
        [sys.executable, "main.py", "--db", str(db), "--quit-after-startup"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(tmp_path),
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 1


def _start(tmp_path: Path, url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "--db", url, "--quit-after-startup"],
        capture_output=True, text=True, timeout=120, env=_env(tmp_path), cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip


def test_start_on_a_newer_schema_is_refused_and_leaves_the_file_alone(tmp_path: Path) -> None:
    """The window looks at a current file without peewee (issue 18): a history with an unknown migration is
    not current, so the usual opening refuses it, naming the reason, before any window."""
    from klara_assets.persistence.database import open_database

    url = str(tmp_path / "newer.sqlite3")
    db = open_database(url)
    db.execute_sql("INSERT INTO schema_migration (name, applied) VALUES ('0099_from_the_future', '2030-01-01')")
    db.close()
    before = Path(url).read_bytes()
    result = _start(tmp_path, url)
    assert result.returncode == 1
    assert "newer version of Klara Assets" in result.stderr and "0099_from_the_future" in result.stderr
    assert "first page usable" not in result.stderr
    assert Path(url).read_bytes() == before


def test_start_on_an_older_schema_migrates_after_a_copy_aside(tmp_path: Path) -> None:
    from klara_assets.persistence.database import open_database

    url = str(tmp_path / "older.sqlite3")
    db = open_database(url)
    [last] = db.execute_sql("SELECT max(name) FROM schema_migration").fetchone()
    db.execute_sql("DELETE FROM schema_migration WHERE name = ?", (last,))
    db.close()
    # The last migration's changes are still there, so running it again fails: what matters here is that the
    # window does not take the file as current and goes through the upgrade (copy aside first, then a refusal
    # naming the reason, no traceback, no window).
    result = _start(tmp_path, url)
    assert list(tmp_path.glob(f"older.sqlite3.before-{last}")), result.stderr
    assert result.returncode == 1
    assert "duplicate column" in result.stderr and "Traceback" not in result.stderr
    assert "first page usable" not in result.stderr


def test_start_on_a_read_only_file_shows_the_window_read_only(tmp_path: Path) -> None:
    from klara_assets.persistence.database import open_database

    url = str(tmp_path / "ro.sqlite3")
    open_database(url).close()
    try:
        tmp_path.chmod(0o555)
        Path(url).chmod(0o444)
        result = _start(tmp_path, f"file:{url}?mode=ro")
    finally:
        tmp_path.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert "first page's data shown" in result.stderr


def _env(tmp_path: Path) -> dict[str, str]:
    import os

    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "XDG_STATE_HOME": str(tmp_path),
        "HOME": str(tmp_path),
    }
