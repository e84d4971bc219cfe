"""The paged asset model: Qt's model contract, only visible pages fetched at 100k ids, stale answers dropped."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from klara_assets.persistence import asset_search
from klara_assets.persistence.asset_search import PAGE_SIZE, AssetQuery, AssetRow
from klara_assets.services import demo
from ui.context import UiContext
from ui.models.asset_table import COLUMN_KEYS, FIRST_ROWS, ID_ROLE, PLACEHOLDER, RAW_ROLE, AssetTableModel
from ui.tasks import TaskRunner


def synthetic_row(asset_id: int) -> AssetRow:
    return AssetRow(
        asset_id, f"KLA-{asset_id:06d}", "in_stock", "laptop", "Dell", "Latitude 7440", f"SN{asset_id}", None,
        None, "Paris/Stock IT", "encrypted", "good", date(2024, 1, 2), None, Decimal("1649.00"),
    )  # fmt: skip


class Fetcher:
    """Synthetic id lists and rows; records what the model asked of the worker."""

    def __init__(self, count: int):
        self.ids = list(range(1, count + 1))
        self.row_calls: list[list[int]] = []
        self.queries: list[AssetQuery] = []

    def fetch_ids(self, query: AssetQuery) -> list[int]:
        self.queries.append(query)
        return list(reversed(self.ids)) if query.descending else list(self.ids)

    def fetch_rows(self, ids: list[int]) -> list[AssetRow]:
        self.row_calls.append(list(ids))
        return [synthetic_row(i) for i in ids]


def runner_run(runner: TaskRunner) -> Callable[..., Any]:
    return lambda fn, ok, err: runner.submit(fn, ok, err)


@pytest.fixture
def runner() -> Any:
    runner = TaskRunner()
    yield runner
    runner.drain()


def test_model_passes_qtmodeltester_on_a_real_database(qtbot: Any, qtmodeltester: Any, ui: UiContext) -> None:
    demo.generate(ui.services, assets=450)
    model = AssetTableModel(lambda fn, ok, err: ui.run(fn, ok, err), asset_search.ordered_ids, asset_search.rows_for)
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.set_query(AssetQuery())
    assert model.rowCount() == 450
    qtmodeltester.check(model)
    assert model.index(449, 0).data() == PLACEHOLDER and model.index(250, 0).data() == PLACEHOLDER
    qtbot.waitUntil(lambda: model.cached_pages == [0, 1, 2], timeout=10_000)
    assert model.index(449, 0).data() == "KLA-000450"
    qtmodeltester.check(model)
    tag = model.index(0, COLUMN_KEYS.index("tag"))
    assert tag.data() == "KLA-000001" and isinstance(tag.data(ID_ROLE), int)


def test_a_100k_table_fetches_only_the_pages_it_shows(qtbot: Any, runner: TaskRunner) -> None:
    fetcher = Fetcher(100_000)
    model = AssetTableModel(runner_run(runner), fetcher.fetch_ids, fetcher.fetch_rows)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1200, 700)
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.set_query(AssetQuery())
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.viewport().grab() is not None)
    assert model.rowCount() == 100_000
    assert model.cached_pages == [0] and model.fetches == 0  # the first page came with the ids
    # the screenful came with the ids, the rest of the first page right behind it (issue 18)
    qtbot.waitUntil(lambda: len(fetcher.row_calls) == 2, timeout=5_000)
    assert [len(ids) for ids in fetcher.row_calls] == [FIRST_ROWS, PAGE_SIZE - FIRST_ROWS]
    view.scrollTo(model.index(50_000, 0), QTableView.ScrollHint.PositionAtTop)
    assert model.index(50_000, 0).data() == PLACEHOLDER
    qtbot.waitUntil(lambda: 50_000 // PAGE_SIZE in model.cached_pages, timeout=10_000)
    assert model.index(50_000, 0).data() == "KLA-050001"
    assert model.fetches <= 2 and len(fetcher.row_calls) <= 3  # the page at row 50,000 and maybe the next


def test_header_click_reruns_the_id_query_in_sql(qtbot: Any, runner: TaskRunner) -> None:
    fetcher = Fetcher(1_000)
    model = AssetTableModel(runner_run(runner), fetcher.fetch_ids, fetcher.fetch_rows)
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.set_query(AssetQuery())
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.sort(COLUMN_KEYS.index("model"), Qt.SortOrder.DescendingOrder)
    assert (fetcher.queries[-1].sort, fetcher.queries[-1].descending) == ("model", True)
    assert model.index(0, 0).data() == "KLA-001000"
    assert model.index(0, COLUMN_KEYS.index("price")).data(RAW_ROLE) == Decimal("1649.00")
    assert model.index(0, COLUMN_KEYS.index("purchased_on")).data(RAW_ROLE) == "2024-01-02"


def test_a_late_answer_to_an_older_query_is_dropped(qtbot: Any, runner: TaskRunner) -> None:
    fetcher = Fetcher(10)
    started, release = threading.Event(), threading.Event()

    def fetch_ids(query: AssetQuery) -> list[int]:
        if query.text == "old":
            started.set()
            release.wait(5)
            return [1, 2, 3]
        return [7]

    model = AssetTableModel(runner_run(runner), fetch_ids, fetcher.fetch_rows)
    refreshed: list[list[int]] = []
    model.refreshed.connect(lambda: refreshed.append(list(model.ids)))
    model.set_query(AssetQuery(text="old"))
    assert started.wait(5)
    model.set_query(AssetQuery(text="new"))
    release.set()
    qtbot.waitUntil(lambda: refreshed == [[7]], timeout=10_000)
    runner.drain()
    assert refreshed == [[7]] and model.ids == [7]


def test_the_rest_of_the_first_page_repaints_only_its_own_rows(qtbot: Any, runner: TaskRunner) -> None:
    """The screenful on show is not painted again when the rest of its page arrives (issue 18)."""
    fetcher = Fetcher(1_000)
    model = AssetTableModel(runner_run(runner), fetcher.fetch_ids, fetcher.fetch_rows)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    with qtbot.waitSignal(model.refreshed, timeout=10_000):
        model.set_query(AssetQuery())
    qtbot.waitUntil(lambda: len(fetcher.row_calls) == 2 and bool(changed), timeout=10_000)  # the rest of page 0
    assert changed == [(FIRST_ROWS, PAGE_SIZE - 1)]
    assert model.display_texts(PAGE_SIZE - 1) is not None and model.status_at(PAGE_SIZE - 1) == "in_stock"
    assert model.display_texts(PAGE_SIZE) is None and model.status_at(PAGE_SIZE) is None  # page 1: not here
