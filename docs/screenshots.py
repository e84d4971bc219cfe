"""Regenerate the README screenshots: real renders of every page of the main window, with demo data.

Builds a demo database in a temporary folder, starts the real `MainWindow` with `main.build_pages`
offscreen at 1366×768, visits each page (waiting for its first data and for the worker to go idle), and
saves `docs/screenshot-<page>-<lang>.png` in French and English.

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py [--size 1366x768] [--lang fr en]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QLocale, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from klara_assets.persistence.database import open_database  # noqa: E402
from klara_assets.services import demo  # noqa: E402
from klara_assets.services.context import ServiceContext  # noqa: E402
from main import build_pages  # noqa: E402
from ui.context import UiContext  # noqa: E402
from ui.dialogs.service import Dialogs  # noqa: E402
from ui.events import AppEvents  # noqa: E402
from ui.i18n import install_translators, remove_translators  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.pages.base import Page  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from ui.theme import apply_theme  # noqa: E402

LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def settle(runner: TaskRunner, done: Callable[[], bool] = lambda: True, timeout_ms: int = 20_000) -> None:
    """Process events until `done()` and the worker is idle, then let the GUI paint what it delivered."""
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < timeout_ms:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if done() and not runner.busy:
            break
    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)
    loop.exec()


def _stage_people(page: Page) -> None:
    """Show someone who left with devices still to collect: the page's most telling state."""
    model = getattr(page, "model", None)
    rows = getattr(model, "rows", [])
    chosen = next((i for i, row in enumerate(rows) if getattr(row, "to_collect", False)), 0)
    if rows:
        _select(page, chosen)


def _select(page: Page, row: int) -> None:
    table = page.table  # type: ignore[attr-defined]
    table.selectRow(row)
    table.scrollTo(table.model().index(row, 0), table.ScrollHint.PositionAtCenter)


def _stage_locations(page: Page) -> None:
    rows = getattr(getattr(page, "model", None), "rows", [])
    chosen = max(range(len(rows)), key=lambda i: rows[i].devices, default=-1)
    if chosen >= 0:
        _select(page, chosen)


def _stage_assets(page: Page) -> None:
    """An assigned laptop fills the detail panel with a holder, encryption and history."""
    if hasattr(page, "table"):
        _select(page, 1)


STAGING: dict[str, Callable[[Page], None]] = {
    "assets": _stage_assets,
    "people": _stage_people,
    "locations": _stage_locations,
}


def demo_database(folder: Path) -> str:
    url = str(folder / "demo.sqlite3")
    db = open_database(url)
    demo.generate(ServiceContext(db=db, url=url, actor="demo"))
    db.close()
    return url


def shoot(app: QApplication, url: str, language: str, size: tuple[int, int], out: Path, state: Path) -> list[Path]:
    translators = install_translators(app, language)
    QLocale.setDefault(QLocale(LOCALES[language]))
    db = open_database(url)
    db.close()  # the worker opens its own connection
    runner = TaskRunner()
    settings = QSettings(str(state / f"ui-{language}.ini"), QSettings.Format.IniFormat)
    ui = UiContext(ServiceContext(db=db, url=url, actor="demo"), runner, AppEvents(), Dialogs(), settings, language)
    window = MainWindow(ui, build_pages(ui))
    loaded: set[str] = set()
    for page in window.pages:
        page.loaded.connect(lambda page_id=page.page_id: loaded.add(page_id))
    window.resize(*size)
    window.show()
    saved = []
    for index, page in enumerate(window.pages):
        window.sidebar.setCurrentRow(index)

        def page_loaded(page_id: str = page.page_id) -> bool:
            return page_id in loaded

        settle(runner, page_loaded)
        if page.page_id in STAGING:
            STAGING[page.page_id](page)
            settle(runner)
        path = out / f"screenshot-{page.page_id}-{language}.png"
        window.grab().save(str(path))
        saved.append(path)
    window.close()
    runner.drain()
    remove_translators(app, translators)
    return saved


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--lang", nargs="+", default=["fr", "en"], choices=sorted(LOCALES))
    parser.add_argument("--out", default=str(ROOT / "docs"), help="folder for the PNG files")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    QCoreApplication.setOrganizationName("Klara")
    QCoreApplication.setApplicationName("Klara Assets screenshots")
    app = QApplication([sys.argv[0]])
    apply_theme(app)
    with tempfile.TemporaryDirectory() as folder:
        url = demo_database(Path(folder))
        for language in args.lang:
            for path in shoot(app, url, language, (width, height), Path(args.out), Path(folder)):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
