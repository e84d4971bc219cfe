"""`AssetTableModel`: the assets table over 100,000 rows, the way Anki's browser does it (STYLE.md 11).

The model holds the ordered id list that SQL returned for the current `AssetQuery`. Rows are fetched on
the worker thread in pages of `PAGE_SIZE` when the view first asks for them; until a page arrives its
cells show a placeholder. Only the pages the view paints are fetched, and the cache keeps a bounded
number of pages. `sort()` (a header click) re-runs the id query in SQL. A newer query makes every late
answer of an older one obsolete: its results are dropped, its queued work cancelled.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from klara_assets.persistence.asset_search import PAGE_SIZE, AssetQuery, AssetRow
from ui.errors import QT_TRANSLATE_NOOP
from ui.tasks import Task
from ui.widgets.asset_vocabulary import condition_name, encryption_name
from ui.widgets.display import category_name, format_date, status_name

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
RAW_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored value (ISO date, Decimal, identifier) for sorting and tests
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PLACEHOLDER = "…"
MAX_CACHED_PAGES = 40  # 8,000 rows: scrolling back stays instant, memory stays small
FIRST_ROWS = 45  # a new query's first answer: what a 1920×1080 screen shows; the rest of its page follows
REST_DELAY_MS = 30

Run = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], Task]


@dataclass(frozen=True)
class AssetColumn:
    key: str  # the AssetQuery sort key, also the saved layout's name
    title: str  # QT_TRANSLATE_NOOP source, translated in headerData
    raw: Callable[[AssetRow], Any]
    numeric: bool = False


def _text(row: AssetRow, column: AssetColumn) -> str:
    value = column.raw(row)
    if value is None:
        return ""
    if column.key == "status":
        return status_name(value)
    if column.key == "category":
        return category_name(value)
    if column.key == "encryption":
        return encryption_name(value)
    if column.key == "condition":
        return condition_name(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return QLocale().toCurrencyString(float(value), "€")
    return str(value)


COLUMNS = [
    AssetColumn("tag", QT_TRANSLATE_NOOP("AssetTableModel", "Tag"), lambda r: r.tag),
    AssetColumn("status", QT_TRANSLATE_NOOP("AssetTableModel", "Status"), lambda r: r.status),
    AssetColumn("category", QT_TRANSLATE_NOOP("AssetTableModel", "Category"), lambda r: r.category),
    AssetColumn("manufacturer", QT_TRANSLATE_NOOP("AssetTableModel", "Manufacturer"), lambda r: r.manufacturer),
    AssetColumn("model", QT_TRANSLATE_NOOP("AssetTableModel", "Model"), lambda r: r.model),
    AssetColumn("serial", QT_TRANSLATE_NOOP("AssetTableModel", "Serial number"), lambda r: r.serial),
    AssetColumn("imei", QT_TRANSLATE_NOOP("AssetTableModel", "IMEI"), lambda r: r.imei),
    AssetColumn("holder", QT_TRANSLATE_NOOP("AssetTableModel", "Holder"), lambda r: r.holder),
    AssetColumn("location", QT_TRANSLATE_NOOP("AssetTableModel", "Location"), lambda r: r.location),
    AssetColumn("encryption", QT_TRANSLATE_NOOP("AssetTableModel", "Encryption"), lambda r: r.encryption_state),
    AssetColumn("condition", QT_TRANSLATE_NOOP("AssetTableModel", "Condition"), lambda r: r.condition),
    AssetColumn("purchased_on", QT_TRANSLATE_NOOP("AssetTableModel", "Purchased"), lambda r: r.purchased_on),
    AssetColumn("warranty_end", QT_TRANSLATE_NOOP("AssetTableModel", "Warranty end"), lambda r: r.warranty_end),
    AssetColumn("price", QT_TRANSLATE_NOOP("AssetTableModel", "Price"), lambda r: r.price, numeric=True),
]
COLUMN_KEYS = [c.key for c in COLUMNS]
_DISPLAY, _ALIGN = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({_DISPLAY, int(RAW_ROLE), int(ID_ROLE), _ALIGN})
_ALIGNMENTS = [
    int((Qt.AlignmentFlag.AlignRight if c.numeric else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
    for c in COLUMNS
]  # per column, made once: enum arithmetic in Python is slow, and every painted cell asks
Page = list[tuple[AssetRow, tuple[str, ...]]]


_PLAIN = frozenset({"tag", "manufacturer", "model", "serial", "imei", "holder", "location"})
TextCache = dict[tuple[int, Any], str]


def with_texts(rows: list[AssetRow], cache: TextCache | None = None) -> Page:
    """Each row with its display texts, made on the worker so that painting only looks them up.

    Translated names, dates and prices repeat across rows: `cache` (one per model, so one language) keeps
    each text once made, which makes a page's texts several times cheaper.
    """
    known: TextCache = {} if cache is None else cache
    page: Page = []
    for row in rows:
        texts = []
        for index, column in enumerate(COLUMNS):
            value = column.raw(row)
            if value is None:
                texts.append("")
            elif column.key in _PLAIN:
                texts.append(str(value))
            else:
                text = known.get((index, value))
                if text is None:
                    text = known[(index, value)] = _text(row, column)
                texts.append(text)
        page.append((row, tuple(texts)))
    return page


class AssetTableModel(QAbstractTableModel):
    """Ordered ids from SQL, rows fetched by page on the worker. `refreshed` follows each new id list."""

    refreshed = Signal()  # a new id list and its first page are in the model
    page_loaded = Signal(int)  # page number

    def __init__(
        self,
        run: Run,
        fetch_ids: Callable[[AssetQuery], list[int]],
        fetch_rows: Callable[[list[int]], list[AssetRow]],
        parent: Any = None,
    ):
        super().__init__(parent)
        self._run = run
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self.query = AssetQuery()
        self.ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, AssetRow]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}  # display texts, made on the worker with the page
        self._pending: set[int] = set()
        self._tasks: list[Task] = []
        self._generation = 0
        self._text_cache: TextCache = {}
        self._partial: set[int] = set()  # pages cached with their first screenful only
        self.fetches = 0  # pages asked of the worker since the model was made, besides each query's first

    # --- queries ---------------------------------------------------------------------------------
    def set_query(self, query: AssetQuery, keep_page: int = 0) -> None:
        """Run `query` in SQL on the worker; the ids and the page `keep_page` replace the table at once."""
        self.query = query
        self._generation += 1
        generation = self._generation
        for task in self._tasks:
            task.cancel()
        self._tasks = []
        fetch_ids, fetch_rows = self._fetch_ids, self._fetch_rows

        texts = self._text_cache

        def work() -> tuple[list[int], int, Page]:
            ids = fetch_ids(query)
            page = min(keep_page, max(0, (len(ids) - 1) // PAGE_SIZE))
            start = page * PAGE_SIZE
            return ids, page, with_texts(fetch_rows(ids[start : start + FIRST_ROWS]), texts)

        def done(result: tuple[list[int], int, Page]) -> None:
            if generation == self._generation:
                self._replace(*result)

        self._tasks.append(self._run(work, done, self._failed))

    def _replace(self, ids: list[int], page: int, rows: Page) -> None:
        self.beginResetModel()
        self.ids = ids
        self._pages.clear()
        self._texts.clear()
        self._pending.clear()
        self._partial.clear()
        self._store(page, rows)
        self.endResetModel()
        self.refreshed.emit()
        if len(rows) < min(PAGE_SIZE, len(ids) - page * PAGE_SIZE):
            # The rest of the first page once this screenful is painted (the worker would otherwise hold the
            # GIL while the table paints), or at once when the view asks for one of its rows.
            self._partial.add(page)
            generation = self._generation
            QTimer.singleShot(REST_DELAY_MS, self, lambda: self._complete(generation, page))

    def _complete(self, generation: int, page: int) -> None:
        if generation == self._generation and page in self._partial:
            self._partial.discard(page)
            self._request(page, partial=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_query(replace(self.query, sort=COLUMNS[column].key, descending=descending))

    def _failed(self, exc: BaseException) -> None:
        log.warning("Loading asset rows failed: %s", exc)

    # --- pages -----------------------------------------------------------------------------------
    def row_at(self, row: int) -> AssetRow | None:
        """The row's data if its page is here; otherwise asks for the page and returns None."""
        if not 0 <= row < len(self.ids):
            return None
        page = row // PAGE_SIZE
        cached = self._pages.get(page)
        if cached is None:
            self._request(page)
            return None
        found = cached.get(self.ids[row])
        if found is None and page in self._partial:
            self._complete(self._generation, page)
        return found

    def _request(self, page: int, partial: bool = False) -> None:
        """Fetch page `page` on the worker (`partial`: it is cached with its first rows only)."""
        if page in self._pending or (page in self._pages and not partial):
            return
        self._pending.add(page)
        if not partial:  # the rest of a query's own first page is part of answering the query
            self.fetches += 1
        generation = self._generation
        have = self._pages.get(page, {}) if partial else {}
        ids = [i for i in self.ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE] if i not in have]
        fetch_rows = self._fetch_rows
        texts = self._text_cache
        task = self._run(
            lambda: with_texts(fetch_rows(ids), texts),
            lambda rows: self._arrived(generation, page, rows, partial),
            self._failed,
        )
        self._tasks = [t for t in self._tasks if not t.done()] + [task]

    def _store(self, page: int, rows: Page, merge: bool = False) -> None:
        fetched = {row.id: row for row, _texts in rows}
        self._pages[page] = {**self._pages.get(page, {}), **fetched} if merge else fetched
        self._texts.update((row.id, texts) for row, texts in rows)
        while len(self._pages) > MAX_CACHED_PAGES:
            for asset_id in self._pages.popitem(last=False)[1]:
                self._texts.pop(asset_id, None)

    def _arrived(self, generation: int, page: int, rows: Page, merge: bool = False) -> None:
        if generation != self._generation:
            return  # an answer for an id list that is gone
        self._pending.discard(page)
        self._store(page, rows, merge)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, len(self.ids)) - 1
        if merge and rows:
            # The rest of a query's first page: only its new rows changed (below the screenful shown), so
            # the rows on screen are not painted again (issue 18: one frame per keystroke).
            arrived = {row.id for row, _texts in rows}
            shown = self.ids[first : last + 1]
            first += next((n for n, asset_id in enumerate(shown) if asset_id in arrived), 0)
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(page)

    def display_texts(self, row: int) -> tuple[str, ...] | None:
        """The row's display texts if its page is here (painting reads them without a `data()` call)."""
        return self._texts.get(self.ids[row]) if 0 <= row < len(self.ids) else None

    def status_at(self, row: int) -> str | None:
        """The row's status identifier if its page is here (the view paints its chip)."""
        page = self._pages.get(row // PAGE_SIZE) if 0 <= row < len(self.ids) else None
        found = page.get(self.ids[row]) if page is not None else None
        return found.status if found is not None else None

    @property
    def cached_pages(self) -> list[int]:
        return sorted(self._pages)

    def row_of(self, asset_id: int) -> int:
        try:
            return self.ids.index(asset_id)
        except ValueError:
            return -1

    # --- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None  # most roles a view asks for: answered first, the table paints 40 rows x 14 columns
        if role == _ALIGN:
            return _ALIGNMENTS[index.column()]
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self.ids):
            return None
        if role == _DISPLAY:
            texts = self._texts.get(self.ids[number])
            if texts is not None:
                return texts[index.column()]
        elif role == ID_ROLE:
            return self.ids[number]
        column = COLUMNS[index.column()]
        row = self.row_at(number)
        if row is None:
            return PLACEHOLDER if role == _DISPLAY else None
        if role == RAW_ROLE:
            value = column.raw(row)
            return value.isoformat() if isinstance(value, date) else value
        return _text(row, column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section].title)
        return None
