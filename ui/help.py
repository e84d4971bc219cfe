"""The Help menu: Keyboard shortcuts (read from the window's own actions, so the list cannot drift) and the
task guide (an HTML page per language in `resources/help/`, shown offline in a QTextBrowser).

`add_help_actions(window, ui, menu)` adds both entries; `collect_shortcuts(window)` is the list the dialog
shows: each menu's actions, then each page's (its QActions with a shortcut, and QShortcuts that carry a
description in `whatsThis`). Pages not built yet are built (not loaded) so their shortcuts are listed too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from klara_assets.paths import resource_path
from ui import icons
from ui.context import UiContext
from ui.menus import insert_at_top
from ui.pages.lazy import LazyPage


@dataclass(frozen=True)
class Shortcut:
    section: str  # the menu or the page it works in
    task: str
    keys: str  # in the platform's native form


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def _keys(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _menu_shortcuts(menu: QMenu, section: str) -> list[Shortcut]:
    found = []
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_shortcuts(action.menu(), section)  # type: ignore[arg-type]
        elif not action.shortcut().isEmpty() and action.text():
            found.append(Shortcut(section, _clean(action.text()), _keys(action.shortcut())))
    return found


def _widget_shortcuts(widget: QWidget, section: str) -> list[Shortcut]:
    found = []
    for action in widget.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text():
            found.append(Shortcut(section, _clean(action.text()), _keys(action.shortcut())))
    for shortcut in widget.findChildren(QShortcut):
        if shortcut.whatsThis() and not shortcut.key().isEmpty():
            found.append(Shortcut(section, shortcut.whatsThis(), _keys(shortcut.key())))
    return found


def collect_shortcuts(window: QMainWindow) -> list[Shortcut]:
    found: list[Shortcut] = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            found += _menu_shortcuts(action.menu(), _clean(action.text()))  # type: ignore[arg-type]
    for page in getattr(window, "pages", []):
        real = page.page if isinstance(page, LazyPage) else page
        found += _widget_shortcuts(real, page.title())
    unique: list[Shortcut] = []
    for item in found:
        if item not in unique:
            unique.append(item)
    return unique


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.shortcuts = collect_shortcuts(window)
        self.table = QTableWidget(len(self.shortcuts), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Task"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, item in enumerate(self.shortcuts):
            for column, text in enumerate((item.section, item.task, item.keys)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)


def guide_path(language: str) -> Path:
    path = resource_path("help", f"guide-{language}.html")
    return path if path.is_file() else resource_path("help", "guide-en.html")


class GuideDialog(QDialog):
    """The task guide in the window's language, offline; links between its sections work, others open nothing."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Task guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        path = guide_path(language)
        try:
            self.browser.setHtml(path.read_text(encoding="utf-8"))
        except OSError:
            self.browser.setPlainText(self.tr("The guide is missing from this installation: reinstall Klara Assets."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 600)


def add_help_actions(window: QMainWindow, ui: UiContext, menu: QMenu) -> None:
    """Help › Task guide (F1) and Help › Keyboard shortcuts (Ctrl+/), before the menu's other entries."""
    guide = QAction(icons.icon("book-open"), QCoreApplication.translate("help", "Task &guide"), window)
    guide.setObjectName("help_guide")
    guide.setShortcuts(QKeySequence.StandardKey.HelpContents)  # setShortcut() would need the Qt enums
    guide.triggered.connect(lambda: _open(GuideDialog(ui.language, window)))
    keys = QAction(icons.icon("keyboard"), QCoreApplication.translate("help", "&Keyboard shortcuts"), window)
    keys.setObjectName("help_shortcuts")
    keys.setShortcuts([QKeySequence("Ctrl+/")])
    keys.triggered.connect(lambda: _open(ShortcutsDialog(window)))
    insert_at_top(menu, (guide, keys))


def _open(dialog: QDialog) -> None:
    from PySide6.QtCore import Qt  # its enums cost the start-up ≈ 20 % of a bare window: when first needed

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
