"""Klara Assets desktop application: the composition root (`main.py` runs it).

Parses the options, opens and migrates the database before any window (a SQLite file already at this
program's schema is only looked at with `sqlite3`: peewee and the models wait for the worker, issue 18),
installs logging, the crash dialog, the translators and the task runner, asks for an operator login when
the database requires one, builds the pages the operator may use and shows the main window (full screen
with only the scan station pages on a scan-station seat). Choosing another database from the File menu
builds a fresh window on it.

    python main.py [--db PATH_OR_URL] [--connect] [--scan-station [once|always|never]] [--lang fr|en]
                   [--quit-after-startup]
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import pyside_feature  # noqa: F401  (first: PySide6 then checks each later module cheaply)

# isort: split
from klara_assets.domain.errors import KlaraError
from klara_assets.paths import default_database, resource_path
from klara_assets.persistence.opening import first_look, is_postgres_url, sqlite_path
from klara_assets.services.context import ServiceContext
from ui.context import UiContext
from ui.crash import install_excepthook, setup_logging
from ui.dialogs.service import Dialogs
from ui.events import AppEvents
from ui.i18n import LANGUAGES, install_translators, system_language, use_locale
from ui.main_window import MainWindow
from ui.pages.base import Page
from ui.pages.lazy import LazyPage, PageSpec
from ui.session import (
    RESTART,
    Session,
    ask_for_database,
    log_in,
    saved_url,
    start_live_refresh,
    station_mode,
    visible_pages,
)
from ui.tasks import TaskRunner
from ui.theme import FUSION, apply_theme

if TYPE_CHECKING:
    from ui.actions.base import AssetAction
    from ui.live_refresh import LiveRefresh


SEAT_CHOICES = ("once", "always", "never")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The options, as `argument_parser()` reads them. The usual command lines (none, or only this program's
    own options written out in full) are read here: building an ArgumentParser looks its texts up in
    gettext's catalogues, about 4 ms of the start-up (issue 18). Anything else (help, a mistake, an
    abbreviation) goes to argparse, which answers as always."""
    return _plain_args(argv) or argument_parser().parse_args(argv)


def _plain_args(argv: Sequence[str]) -> argparse.Namespace | None:
    found: dict[str, Any] = dict(db=None, connect=False, scan_station=None, lang=None, quit_after_startup=False)
    tokens = list(argv)
    while tokens:
        option, has_value, value = tokens.pop(0).partition("=")
        if option in ("--connect", "--quit-after-startup") and not has_value:
            found[option[2:].replace("-", "_")] = True
        elif option in ("--db", "--lang"):
            if not has_value:
                if not tokens or tokens[0].startswith("-"):
                    return None
                value = tokens.pop(0)
            if option == "--lang" and value not in LANGUAGES:
                return None
            found[option[2:]] = value
        elif option == "--scan-station" and not has_value:
            found["scan_station"] = tokens.pop(0) if tokens and tokens[0] in SEAT_CHOICES else "once"
            if tokens and not tokens[0].startswith("-"):
                return None  # a value argparse would refuse
        else:
            return None
    return argparse.Namespace(**found)


def argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="klara-assets-gui", description="Klara Assets desktop application")
    parser.add_argument(
        "--db",
        help="SQLite file or postgresql:// URL (default: KLARA_ASSETS_DB, this seat's shared database "
        "or the user data folder)",
    )
    parser.add_argument("--connect", action="store_true", help="choose a shared PostgreSQL database first")
    parser.add_argument(
        "--scan-station",
        nargs="?",
        const="once",
        choices=list(SEAT_CHOICES),
        help="full screen with the scan station and audits only (always/never: remember for this seat)",
    )
    parser.add_argument("--lang", choices=list(LANGUAGES))
    parser.add_argument("--quit-after-startup", action="store_true", help="show the first page of data, then exit 0")
    return parser


def asset_actions() -> list[AssetAction]:
    """The assets page's actions, in menu order: each area's list. Imported when the page is first built
    (the dialogs they open are not needed for start-up)."""
    from ui.actions import custody, eol, labels

    return [*labels.actions(), *custody.actions(), *eol.actions()]


def _assets_page(cls: Any, ui: UiContext) -> Page:
    return cls(ui, asset_actions())


# The window's pages, in sidebar order (Ctrl+1, Ctrl+2, ...); each is imported and built when first shown.
PAGES = [
    PageSpec("todo", "ui.pages.todo_page:TodoPage", "To do", "SP_MessageBoxWarning"),
    PageSpec("dashboard", "ui.pages.dashboard_page:DashboardPage", "Dashboard", "SP_DesktopIcon", "go-home"),
    PageSpec("assets", "ui.pages.assets_page:AssetsPage", "Assets", "SP_ComputerIcon", make=_assets_page),
    PageSpec("scan", "ui.pages.scan_page:ScanPage", "Scan station", "SP_FileDialogContentsView"),
    PageSpec("people", "ui.pages.people_page:PeoplePage", "People", "SP_DirHomeIcon"),
    PageSpec("locations", "ui.pages.locations_page:LocationsPage", "Locations", "SP_DirIcon"),
    PageSpec("incidents", "ui.pages.incidents_page:IncidentsPage", "Incidents", "SP_MessageBoxWarning"),
    PageSpec("compliance", "ui.pages.compliance_page:CompliancePage", "Compliance", "SP_DialogApplyButton"),
    PageSpec("audits", "ui.pages.audits_page:AuditsPage", "Audits", "SP_FileDialogListView"),
    PageSpec("end_of_life", "ui.pages.end_of_life_page:EndOfLifePage", "End of life", "SP_TrashIcon"),
    PageSpec("batches", "ui.pages.batches_page:BatchesPage", "Batches", "SP_DriveNetIcon"),
    PageSpec("partners", "ui.pages.partners_page:PartnersPage", "Partners", "SP_DirLinkIcon"),
    PageSpec("certificates", "ui.pages.certificates_page:CertificatesPage", "Certificates", "SP_FileIcon"),
    PageSpec(
        "environment", "ui.pages.environment_page:EnvironmentPage", "Environment", "SP_BrowserReload", "weather-clear"
    ),
    PageSpec("settings", "ui.pages.settings_page:SettingsPage", "Settings", "SP_FileDialogDetailedView"),
    PageSpec("operators", "ui.pages.operators_page:OperatorsPage", "Operators", "SP_FileDialogInfoView"),
]


def build_pages(ui: UiContext, specs: Sequence[PageSpec] = PAGES) -> list[Page]:
    """The window's pages, in sidebar order: stand-ins that import and build each page when first shown."""
    page_ids = {spec.page_id for spec in specs}

    def prepare(page: Page) -> None:
        if page.page_id == "dashboard":
            page.page_ids = page_ids  # type: ignore[attr-defined]

    lazies = [LazyPage(ui, spec, prepare) for spec in specs]
    for lazy in lazies:
        if lazy.page_id == "todo":
            _ = lazy.page  # built at once: its counts feed the sidebar badge and the desktop notifications
    pages: list[Page] = list(lazies)
    return pages


def bind_models(url: str) -> Any:
    """The opener of a database `first_look` found current: peewee, the models and the binding, on the
    thread that first uses the database (the worker)."""
    from klara_assets.persistence.database import connect

    return connect(url)


def open_services(url: str) -> tuple[ServiceContext, str, bool]:
    """The services on `url`, the organisation's language and whether it asks for a login; refuses
    (KlaraError) a database that cannot be opened, before any window.

    A SQLite file of ours at this program's schema is only looked at (`first_look`): the models are bound when
    the worker first uses the database. Anything else is opened and migrated (or refused) here."""
    if not is_postgres_url(url):
        sqlite_path(url).parent.mkdir(parents=True, exist_ok=True)
    look = first_look(url)
    if look is not None:
        later = ServiceContext(None, url, getpass.getuser(), opener=partial(bind_models, url), read_only=look.read_only)
        return later, look.language, look.has_accounts and look.login_required
    from klara_assets.persistence.database import open_database
    from klara_assets.services.operators import login_required
    from klara_assets.services.settings import load_settings

    services = ServiceContext(db=open_database(url), url=url, actor=getpass.getuser())
    return services, load_settings().language, login_required(url)


def exit_if_window_cannot_open() -> None:
    """Missing X11 libraries: name the packages to install rather than let Qt abort with its generic message."""
    from ui.platform_libraries import platform_problem

    if problem := platform_problem():
        print(problem, file=sys.stderr)
        sys.exit(1)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    exit_if_window_cannot_open()
    log_path = setup_logging()
    QCoreApplication.setOrganizationName("Klara")
    QCoreApplication.setApplicationName("Klara Assets")
    existing = QApplication.instance()
    # The style as Qt's own option: `setStyle()` hands back a QStyle, whose enums cost the start-up (issue 18).
    app = existing or QApplication([sys.argv[0], "-style", FUSION])
    assert isinstance(app, QApplication)
    app.setWindowIcon(QIcon(str(resource_path("icons", "klara-assets-256.png"))))
    app.setDesktopFileName("klara-assets")  # the .desktop entry of the Debian package
    apply_theme(app, style=existing is not None)
    state = QSettings()
    url: str | None = args.db or os.environ.get("KLARA_ASSETS_DB") or saved_url(state) or default_database()
    translators = install_translators(app, args.lang or system_language())
    use_locale(args.lang or system_language())
    if args.connect:
        url = ask_for_database(state)
    code = 1
    while url is not None:
        code, url, translators = run_window(app, args, url, log_path, state, translators)
    return code


FIRST_PAINT_WAIT_MS = 2000
STARTUP_MARK = "klara-assets-gui: first page usable"  # on stderr with --quit-after-startup (benchmarks time it)
DATA_MARK = "klara-assets-gui: first page's data shown"  # then this one, and the window quits


def quit_after_startup(app: QApplication, window: MainWindow) -> None:
    """--quit-after-startup: both marks on stderr, in this order, then exit 0 once the first page's data is shown.

    The first page may be usable before its data (laid out, its items on the way from the worker): the first
    mark is then printed before the second."""
    pending = [STARTUP_MARK, DATA_MARK]

    def reached(mark: str) -> None:
        while mark in pending:
            sys.stderr.write(f"{pending.pop(0)}\n")  # one write: a worker thread's output cannot split the line
            sys.stderr.flush()
        if not pending:
            QTimer.singleShot(0, app.quit)

    def usable() -> None:
        reached(STARTUP_MARK)
        if window.first_data_shown:  # a page whose data came with it (the scan station): both marks now
            reached(DATA_MARK)

    window.first_page_loaded.connect(usable)
    window.pages[0].loaded.connect(lambda: reached(DATA_MARK))


def watch_connection(window: MainWindow, ui: UiContext) -> list[LiveRefresh]:
    """The other seats' changes (PostgreSQL) and the status bar's word on the connection: lost server,
    retrying, back; a read-only database (issue 11). Once the window is painted: the first page needs
    neither (issue 18)."""
    from ui.connection_watch import ConnectionWatch

    live = start_live_refresh(ui)
    ConnectionWatch(window, ui, live)
    return [live] if live is not None else []


def after_first_page(ui: UiContext, window: MainWindow) -> None:
    """Once the first page is usable: the welcome dialog (empty database only), the daily backup's timer."""
    from ui.data_menu import schedule_daily_backup
    from ui.dialogs.welcome import offer_welcome

    offer_welcome(ui, window)
    schedule_daily_backup(ui, window)  # on the worker, a few seconds after start-up


def refused(args: argparse.Namespace, url: str, state: QSettings, exc: KlaraError) -> str | None:
    """The database cannot be opened: say why; for a shared one, offer to correct the connection."""
    print(f"klara-assets: {exc.message}", file=sys.stderr)
    if args.quit_after_startup:
        return None
    from ui.errors import describe

    if is_postgres_url(url):
        return ask_for_database(state, describe(exc))
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, QCoreApplication.translate("main", "Klara Assets"), describe(exc))
    return None


def run_window(
    app: QApplication,
    args: argparse.Namespace,
    url: str,
    log_path: Path,
    state: QSettings,
    translators: list[QTranslator],
) -> tuple[int, str | None, list[QTranslator]]:
    """One window on one database: (exit code, the database to open next or None, translators in use)."""
    app.setQuitOnLastWindowClosed(True)
    try:
        services, organisation_language, must_log_in = open_services(url)
        language = args.lang or organisation_language or system_language()
    except KlaraError as exc:
        return 1, refused(args, url, state, exc), translators
    for old in translators:
        app.removeTranslator(old)
    translators = install_translators(app, language)
    use_locale(language)
    if must_log_in:
        _ = services.db  # the login dialog's worker reads the accounts: the models bound now
    if services.opened:
        services.db.close()  # the worker thread opens its own connection
    install_excepthook(log_path)
    runner, renderer = TaskRunner(), TaskRunner(workers=2, name="klara-render")  # the database; PDFs and images
    ui = UiContext(services, runner, AppEvents(), Dialogs(), state, language, renderer)
    if not log_in(ui, must_log_in):
        runner.drain()
        renderer.drain()
        return 1, None, translators
    station = station_mode(args.scan_station, state)
    if not station:  # the worker starts with the window painted: its first task would slow the paint (issue 18)
        runner.hold()
    pages = visible_pages(build_pages(ui), ui.services.who, station)
    window = MainWindow(ui, pages, menus_after_paint=not station)
    ui.dialogs.parent = window
    sessions: list[Session] = []  # one: the operator, the shared database menu entry
    live: list[LiveRefresh] = []

    def complete() -> None:
        sessions.append(Session(window, ui, station))
        live.extend(watch_connection(window, ui))
        runner.release()

    if station:
        complete()
    else:  # the session, the connection's word and the worker in the turn after the first paint (issue 18)
        window.first_painted.connect(lambda: QTimer.singleShot(0, complete))  # after first_page_loaded's turn
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, runner.release)  # a window never painted (minimised) still loads
        window.show()
    if args.quit_after_startup:
        if window.pages:
            quit_after_startup(app, window)
        else:
            QTimer.singleShot(0, app.quit)
    elif not station:
        window.first_page_loaded.connect(lambda: after_first_page(ui, window))
    code = app.exec()
    for listener in live:
        listener.stop()
    runner.drain()
    renderer.drain()
    window.deleteLater()
    next_url = sessions[0].next_url if sessions and code == RESTART else None
    return int(code), next_url, translators
