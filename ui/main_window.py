"""The main window: a navigation sidebar over the pages, menus, shortcuts and the status bar.

It only assembles; pages do their own work. Only finished pages are given to it (see `ui/app.py`), as
`LazyPage` stand-ins that import and build each page when it is first shown (`ui/pages/lazy.py`).
`first_page_loaded` fires when the first page is usable: when its first data is on screen, or once the
window is painted for a page marked `usable_before_data` (To do, the dashboard: their items arrive from the
worker). `first_painted` fires once, after the window's first paint: the start-up then starts the worker,
the session and the menus, in the event loop's next turn (after `first_page_loaded` for such a page).
No Qt event handler but `paintEvent` and `closeEvent` is overridden (see `Page`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from klara_assets import __version__
from klara_assets.persistence.opening import describe
from ui import icons
from ui.context import UiContext
from ui.pages.base import Page
from ui.pages.lazy import LazyPage, real_page
from ui.state import MAIN_GEOMETRY, restore_window

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu


class MainWindow(QMainWindow):
    first_page_loaded = Signal()
    first_painted = Signal()

    def __init__(
        self, ui: UiContext, pages: list[Page], parent: QWidget | None = None, *, menus_after_paint: bool = False
    ):
        """`menus_after_paint` (the start-up): the menu bar shows its titles at once and gets its entries in
        the event loop's turn after the first paint, once `first_page_loaded` is announced (their actions,
        shortcuts, icons and help texts cost the first page about 10 ms, issue 18); a menu opened before that
        is filled as it opens."""
        super().__init__(parent)
        self.ui = ui
        self.pages = pages
        self.setWindowTitle(self.tr("Klara Assets"))
        self.setMinimumSize(1000, 640)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(210)
        self.stack = QStackedWidget()
        for index, page in enumerate(pages):
            item = QListWidgetItem(page.icon(), page.title())
            if index < 9:
                item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", page.title()).replace("%2", str(index + 1)))
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # The application's palette signal, not a `changeEvent` override: the first event handed to Python
        # makes PySide6 create its fifty-odd QEvent classes, about 6 ms of the start-up (issue 18).
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self._palette_changed)
        self.sidebar.currentRowChanged.connect(self._show)
        self._first_shown = False
        self._paint_seen = self._painted = False
        for index, page in enumerate(pages):
            inner = page.page if isinstance(page, LazyPage) and page.built else page
            badge = getattr(inner, "counts_changed", None)  # the To do page's item count (issue 17)
            if badge is not None:
                badge.connect(lambda total, urgent, i=index: self._badge(i, total, urgent))
        self.first_data_shown = False  # the first page's data is on screen (it may come before the window shows)
        if pages:
            pages[0].loaded.connect(self._first_data)
        self._menus = [self.menuBar().addMenu(title) for title in (self.tr("&File"), self.tr("&Go"), self.tr("&Help"))]
        self._menus_built = False
        if menus_after_paint:
            for menu in self._menus:
                menu.aboutToShow.connect(self.build_menus)
        else:
            self.build_menus()
        self._build_status_bar()
        self.ui.events.show_page_requested.connect(self.show_page)
        self._restore()
        if pages:
            self.sidebar.setCurrentRow(0)  # a lazy page is imported and built here, the others when first shown
            if getattr(real_page(pages[0]), "usable_before_data", False):
                self.first_painted.connect(self._first_loaded)  # e.g. the dashboard: its figures on the way

    def _first_data(self) -> None:
        self.first_data_shown = True
        self._first_loaded()

    def _first_loaded(self) -> None:
        """Emitted from the event loop, never inside `__init__`: a page that is usable at once (the scan
        station) would otherwise announce it before anyone could connect (the welcome dialog, the backups)."""
        if not self._painted:  # data before the first paint: usable once painted, its menus complete
            self.first_painted.connect(self._first_loaded)
        elif not self._first_shown:
            self._first_shown = True
            QTimer.singleShot(0, self.first_page_loaded.emit)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._paint_seen:
            self._paint_seen = True
            QTimer.singleShot(0, self._after_first_paint)  # once the pages inside are painted too

    def _after_first_paint(self) -> None:
        self._painted = True
        self.first_painted.emit()  # the first page's `first_page_loaded` is queued from here (usable at once)
        if not self._menus_built:
            QTimer.singleShot(0, self.build_menus)  # queued after it

    @property
    def file_menu(self) -> QMenu:
        return self._menus[0]

    def build_menus(self) -> None:
        """The menus' entries, once (at once, or after the first paint with `menus_after_paint`)."""
        if self._menus_built:
            return
        self._menus_built = True
        # Imported here: with `menus_after_paint`, the actions' types and areas wait for the first paint.
        from PySide6.QtGui import QAction, QKeySequence

        from ui.data_menu import add_data_actions
        from ui.help import add_help_actions

        file_menu, go_menu, help_menu = self._menus
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)  # setShortcut() would need the Qt enums
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        add_data_actions(self, self.ui, file_menu)  # import, export, backups (before Quit)
        for index, page in enumerate(self.pages[:9]):
            action = QAction(page.title(), self)
            action.setShortcuts([QKeySequence(f"Ctrl+{index + 1}")])
            action.triggered.connect(lambda _checked=False, i=index: self.sidebar.setCurrentRow(i))
            go_menu.addAction(action)
        find = QAction(self.tr("&Find"), self)
        find.setShortcuts(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        go_menu.addSeparator()
        go_menu.addAction(find)
        about = QAction(self.tr("&About Klara Assets"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        add_help_actions(self, self.ui, help_menu)  # task guide, keyboard shortcuts (before About)
        for action, name in ((quit_action, "log-out"), (find, "search"), (about, "info")):
            action.setIcon(icons.icon(name))
        data = (("action_import", "file-up"), ("action_export", "download"), ("action_backup", "database-backup"))
        for object_name, name in data:
            if (found := self.findChild(QAction, object_name)) is not None:
                found.setIcon(icons.icon(name))

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(describe(self.ui.services.url))
        self.database_label.setObjectName("database_label")
        self.statusBar().addPermanentWidget(self.database_label)
        self.busy_label = QLabel("")
        self.statusBar().addWidget(self.busy_label)
        self.ui.runner.busy_changed.connect(lambda busy: self.busy_label.setText(self.tr("Working…") if busy else ""))

    def _show(self, index: int) -> None:
        if index < 0:
            return
        self.stack.setCurrentIndex(index)
        self.pages[index].activate()

    def _badge(self, index: int, total: int, urgent: int) -> None:
        item = self.sidebar.item(index)
        title = self.pages[index].title()
        item.setText(f"{title}  ({total})" if total else title)
        font = item.font()
        font.setBold(urgent > 0)
        item.setFont(font)
        item.setForeground(QColor("#b91c1c") if urgent else self.sidebar.palette().text().color())

    def _focus_search(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_search()

    def current_page(self) -> Page | None:
        widget = real_page(self.stack.currentWidget())
        return widget if isinstance(widget, Page) else None

    def show_page(self, page_id: str, criteria: Any = None) -> None:
        for index, page in enumerate(self.pages):
            if page.page_id == page_id:
                self.sidebar.setCurrentRow(index)
                if criteria:
                    page.apply_filter(criteria)
                return

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Klara Assets"),
            self.tr(
                "Klara Assets %1: the company's computers and phones, from purchase to certified end of life."
            ).replace("%1", __version__),
        )

    def _restore(self) -> None:
        restore_window(self, self.ui.state, MAIN_GEOMETRY, QSize(1366, 768))

    def _palette_changed(self) -> None:
        """Light ↔ dark: the sidebar's icons are tinted again for the new palette."""
        for index, page in enumerate(self.pages):
            self.sidebar.item(index).setIcon(page.icon())

    def closeEvent(self, event: QCloseEvent) -> None:
        MAIN_GEOMETRY.set(self.ui.state, self.saveGeometry())
        for page in self.pages:
            page.save_state()
        self.ui.state.sync()
        super().closeEvent(event)
