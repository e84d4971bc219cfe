"""The assets page: search as you type, filters, the paged table over 100,000 rows, and the detail panel.

Every query runs on the worker through `AssetTableModel`; the page only reads its widgets into an
`AssetQuery` and opens the form and bulk-edit dialogs. It emits `loaded` once the first rows are shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.places import Place
from klara_assets.persistence import asset_search, lookups, queries
from klara_assets.services.search_index import refresh_search_index
from ui import read_only
from ui.actions.base import AssetAction
from ui.context import UiContext
from ui.dialogs.asset_form import AssetForm
from ui.dialogs.bulk_edit import BulkEditDialog
from ui.models.asset_table import COLUMN_KEYS, COLUMNS, AssetTableModel
from ui.pages.base import Page
from ui.state import restore_layout
from ui.view_export import export_view
from ui.widgets.asset_detail import AssetDetailPanel
from ui.widgets.asset_filters import AssetFilterBar
from ui.widgets.asset_table_view import AssetTableView
from ui.widgets.empty_state import EmptyState
from ui.widgets.receipts_list import ReceiptsList
from ui.widgets.search_keys import SearchKeys
from ui.widgets.status_chip import StatusChipDelegate

WIDTHS = {
    "tag": 110,
    "status": 140,
    "category": 150,
    "model": 190,
    "holder": 160,
    "location": 150,
    "serial": 120,
    "imei": 140,
}


@dataclass(frozen=True)
class Choices:
    locations: list[Place]
    holders: list[tuple[str, str]]
    total: int


def load_choices() -> Choices:
    return Choices(queries.location_places(), asset_search.holder_choices(), asset_search.count_all())


class AssetsPage(Page):
    page_id = "assets"
    refresh_on = frozenset({ChangeKind.ASSET, ChangeKind.PERSON, ChangeKind.LOCATION})

    def __init__(self, ui: UiContext, actions: Sequence[AssetAction] = (), parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.asset_actions = list(actions)
        self.total = 0
        self._first_rows_shown = False
        self._selected_id: int | None = None
        self._select_after_refresh: int | None = None  # a device just registered: select it once shown
        self.filters = AssetFilterBar()
        self.model = AssetTableModel(
            lambda fn, ok, err: ui.run(fn, ok, err),
            lambda query: asset_search.ordered_ids(query, ui.today()),
            asset_search.rows_for,
            self,
        )
        self.table = self._make_table()
        self.detail = AssetDetailPanel(receipts=ReceiptsList(ui, compact=True))
        self.count_label = QLabel()
        self.count_label.setObjectName("asset_count")
        self.new_button = QPushButton(self.tr("New device"))
        self.new_button.setToolTip(self.tr("Register a new device (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Edit the selected device (Enter)"))
        self.bulk_button = QPushButton(self.tr("Bulk edit…"))
        self.bulk_button.setToolTip(self.tr("Change the location or the category of the selected devices"))
        self.export_button = QPushButton(self.tr("Export this view…"))
        self.export_button.setToolTip(self.tr("Save the devices shown, with these columns, as an Excel workbook"))
        self.actions_button = QToolButton()
        self.actions_button.setText(self.tr("Actions"))
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_menu = QMenu(self)
        self.actions_menu.setToolTipsVisible(True)  # a disabled item says why
        self.actions_button.setMenu(self.actions_menu)
        self.actions_button.setVisible(bool(self.asset_actions))
        self._menu_actions = self._build_action_menu()
        self._layout()
        self._connect()
        self._update_actions()
        self.empty = EmptyState(
            self.table,
            self.tr("No device yet. Register the first one, or import your inventory from a spreadsheet."),
            [(self.tr("Add a device…"), self.new_asset), (self.tr("Import a file…"), self.open_import)],
            lambda: self._first_rows_shown and self.total == 0,
        )
        self.no_match = EmptyState(
            self.table,
            self.tr("No device matches the search and the filters."),
            [(self.tr("Clear the filters"), self.clear_filters)],
            lambda: self._first_rows_shown and self.total > 0,
        )
        read_only.editing(
            self.ui, self.new_action, self.new_button, self.edit_button, self.bulk_button, *self.empty.buttons
        )

    def _make_table(self) -> QTableView:
        table = AssetTableView()
        table.setObjectName("asset_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setItemDelegateForColumn(COLUMN_KEYS.index("status"), StatusChipDelegate(table))
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never ResizeToContents at 100k rows
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for key, width in WIDTHS.items():
            table.setColumnWidth(COLUMN_KEYS.index(key), width)
        for key in ("manufacturer", "condition", "warranty_end"):
            table.setColumnHidden(COLUMN_KEYS.index(key), True)
        return table

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filters.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.bulk_button)
        top.addWidget(self.actions_button)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filters, 1)
        filters.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("assets_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 380])
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addLayout(filters)
        column.addWidget(self.splitter, 1)
        self._restore_state()

    def _connect(self) -> None:
        self.filters.text_edited.connect(lambda _text: self.run_query())  # every keystroke, no debounce (issue 18)
        self.filters.filters_changed.connect(self.run_query)
        self.search_keys = SearchKeys(self.filters.search)
        self.search_keys.down.connect(self._into_results)
        self.search_keys.enter.connect(self._open_from_search)
        self.export_button.clicked.connect(lambda: export_view(self.ui, self.table, self.model))
        self.model.refreshed.connect(self._on_refreshed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.model.sort)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.actions_menu.popup(self.table.viewport().mapToGlobal(pos)) if self.asset_actions else None
        )
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(keys), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.edit_selected)
            shortcut.setWhatsThis(self.tr("Edit the selected device"))
        new = QAction(self.tr("New device"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.triggered.connect(self.new_asset)
        self.addAction(new)
        self.new_action = new
        self.new_button.clicked.connect(self.new_asset)
        self.edit_button.clicked.connect(self.edit_selected)
        self.bulk_button.clicked.connect(self.bulk_edit)
        self.ui.events.open_asset_requested.connect(lambda tag: self.apply_filter({"text": tag}))

    # --- Page ------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Assets")

    def first_load(self) -> None:
        self.ui.run(load_choices, self._show_choices)
        self.run_query()

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        self.filters.apply(criteria)
        self.run_query()

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def save_state(self) -> None:
        self.ui.state.setValue("assets/header", self.table.horizontalHeader().saveState())
        self.ui.state.setValue("assets/splitter", self.splitter.saveState())

    def _restore_state(self) -> None:
        restore_layout(
            self.ui.state, ("assets/header", self.table.horizontalHeader()), ("assets/splitter", self.splitter)
        )

    # --- queries ---------------------------------------------------------------------------------
    def run_query(self, keep_page: int = 0) -> None:
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        sort = COLUMN_KEYS[section] if 0 <= section < len(COLUMNS) else "tag"
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.model.set_query(self.filters.query(sort, descending), keep_page)

    def _on_refreshed(self) -> None:
        self._show_count()
        if self._select_after_refresh is not None and self.model.row_of(self._select_after_refresh) >= 0:
            self._selected_id, self._select_after_refresh = self._select_after_refresh, None
        elif self._single_match():
            self._selected_id = self.model.ids[0]  # a search with a single match selects it: Enter opens it
        if self._selected_id is not None:
            row = self.model.row_of(self._selected_id)
            if row >= 0:
                self.table.selectRow(row)
        if not self._first_rows_shown:
            self._first_rows_shown = True
            self.loaded.emit()
            self.ui.run(lambda: refresh_search_index(self.ui.services), on_error=lambda _exc: None)
        self.empty.refresh()
        self.no_match.refresh()

    def _single_match(self) -> bool:
        if len(self.model.ids) != 1 or not self.filters.search.text().strip():
            return False
        return self._selected_id is None or self.model.row_of(self._selected_id) < 0

    def _show_choices(self, choices: Choices) -> None:
        self.total = choices.total
        self.filters.set_choices(choices.locations, choices.holders)
        self._show_count()
        self.empty.refresh()
        self.no_match.refresh()

    def _show_count(self) -> None:
        shown = len(self.model.ids)
        text = self.tr("%1 of %n device(s)", "", self.total)
        # As wide as the widest count ("100,000 of 100,000"), so a keystroke's new count does not lay the
        # page out again, which would repaint the whole table a second time (issue 18: one frame).
        widest = self.count_label.fontMetrics().horizontalAdvance(text.replace("%1", QLocale().toString(self.total)))
        if widest > self.count_label.minimumWidth():
            self.count_label.setMinimumWidth(widest)
        self.count_label.setText(text.replace("%1", QLocale().toString(shown)))

    def refresh(self, changes: Changes) -> None:
        top = self.table.rowAt(0)
        self.ui.run(lambda: refresh_search_index(self.ui.services), on_error=lambda _exc: None)
        self.ui.run(load_choices, self._show_choices)
        self.run_query(keep_page=max(top, 0) // asset_search.PAGE_SIZE)
        if self._selected_id is not None:
            self._load_detail(self._selected_id)

    # --- selection and actions --------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.ids[row] for row in rows if row < len(self.model.ids)]

    def _selection_changed(self) -> None:
        current = self.table.selectionModel().currentIndex()
        ids = self.selected_ids()
        self._selected_id = self.model.ids[current.row()] if current.isValid() and ids else None
        self._update_actions()
        if self._selected_id is None:
            self.detail.show_nothing()
        else:
            self._load_detail(self._selected_id)

    def _load_detail(self, asset_id: int) -> None:
        def load() -> tuple[int, Any, Any]:
            tag = asset_search.tags_for([asset_id])
            detail = queries.asset_detail(tag[0]) if tag else None
            return asset_id, detail, queries.history("asset", asset_id) if detail else []

        self.ui.run(load, self._show_detail)

    def _show_detail(self, result: tuple[int, Any, Any]) -> None:
        asset_id, detail, history = result
        if asset_id != self._selected_id:
            return  # the user moved on
        if detail is None:
            self.detail.show_nothing()
        else:
            self.detail.show_asset(detail, history)

    def _update_actions(self) -> None:
        count = len(self.selected_ids())
        self.edit_button.setEnabled(count == 1)
        self.bulk_button.setEnabled(count >= 1)
        statuses = self._selected_statuses()
        for action, menu_action in zip(self.asset_actions, self._menu_actions, strict=True):
            reason = action.why_not(count, statuses)
            menu_action.setEnabled(not reason)
            menu_action.setToolTip(reason or action.label().replace("…", ""))

    def _selected_statuses(self) -> set[str]:
        """Statuses of the selected rows already on screen (others are not known without a query)."""
        statuses = set()
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row_at(index.row())
            if row is not None:
                statuses.add(row.status)
        return statuses

    def _build_action_menu(self) -> list[QAction]:
        built = []
        for action in self.asset_actions:
            menu_action = self.actions_menu.addAction(action.label())
            if action.shortcut:
                menu_action.setShortcut(QKeySequence(action.shortcut))
                menu_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(menu_action)
            menu_action.triggered.connect(lambda _checked=False, a=action: self.run_action(a))
            if action.writes:
                read_only.editing(self.ui, menu_action)
            built.append(menu_action)
        return built

    def run_action(self, action: AssetAction) -> None:
        ids = self.selected_ids()
        if action.enabled_for(len(ids), self._selected_statuses()):
            action.handler(self.ui, ids, self)

    def _into_results(self) -> None:
        """Down in the search field: into the table, on the selected row or the first one."""
        if not self.model.ids:
            return
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _open_from_search(self) -> None:
        """Enter in the search field opens the selected device (a single match is selected)."""
        if self._selected_id is not None and len(self.selected_ids()) == 1:
            self.edit_selected()
        elif self.model.ids:
            self._into_results()

    def open_import(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.ui, self).open()

    def clear_filters(self) -> None:
        self.filters.apply({})
        self.run_query()

    def new_asset(self) -> None:
        self.ui.run(queries.location_places, self._new_form)

    def _new_form(self, places: list[Place]) -> None:
        form = AssetForm(self.ui, None, places, self)
        form.finished.connect(lambda _code: self._registered(form.saved_tag))
        form.open()

    def _registered(self, tag: str | None) -> None:
        """After saving a new device: select its row and offer to print its label."""
        if not tag:
            return
        self.ui.run(lambda: [lookups.asset_by_tag(tag).id], lambda ids: self._select_new(tag, ids))

    def _select_new(self, tag: str, ids: list[int]) -> None:
        if ids:
            self._select_after_refresh = ids[0]
            if self.model.row_of(ids[0]) < 0:
                self.apply_filter({"text": tag})  # hidden by the current search or filters: show it
            else:
                self.run_query()
        text = self.tr("%1 is registered. Print its label now?").replace("%1", tag)
        if self.ui.dialogs.confirm(self.tr("Device saved"), text, self.tr("&Print the label…")):
            from ui.actions.labels import print_labels

            print_labels(self.ui, ids, self)

    def edit_selected(self) -> None:
        if self._selected_id is None or read_only.active(self.ui):
            return  # a read-only database: the detail panel shows the device, nothing can be edited
        asset_id = self._selected_id

        def load() -> tuple[Any, list[Place]]:
            return queries.asset_detail(asset_search.tags_for([asset_id])[0]), queries.location_places()

        self.ui.run(load, lambda result: AssetForm(self.ui, result[0], result[1], self).open())

    def bulk_edit(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.ui.run(queries.location_places, lambda places: BulkEditDialog(self.ui, ids, places, self).open())

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for index, column in enumerate(COLUMNS):
            action = menu.addAction(self.model.headerData(index, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.setEnabled(column.key != "tag")
            action.toggled.connect(lambda shown, i=index: header.setSectionHidden(i, not shown))
        menu.popup(header.mapToGlobal(position))
        self._column_menu_shown = menu
