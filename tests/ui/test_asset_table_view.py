"""The assets table painted in one pass (issue 18) draws exactly what Qt's own painting draws.

Each case paints the same screen twice, through `AssetTableView`'s single pass and through Qt's
`QTableView` with the item delegates, and compares the pixels; the pass must also have run (a fallback
to Qt's path would make the comparison pass without testing anything).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from klara_assets.services import demo
from ui import theme
from ui.context import UiContext
from ui.models.asset_table import COLUMN_KEYS, PLACEHOLDER
from ui.pages.assets_page import AssetsPage
from ui.widgets.asset_table_view import AssetTableView


@pytest.fixture
def page(qtbot: Any, ui: UiContext) -> Iterator[AssetsPage]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app)  # the window's Fusion style and palette, as main.py sets them
    demo.generate(ui.services, assets=600)
    page = AssetsPage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.activate()
    qtbot.waitUntil(lambda: page.model.cached_pages == [0] and not page.model._partial, timeout=10_000)
    qtbot.wait(50)
    yield page
    app.setPalette(theme.light_palette())


def both_ways(view: AssetTableView) -> tuple[QImage, QImage, int]:
    """The viewport painted in one pass, then by Qt; and how many one-pass paints ran for the first."""
    before = view.fast_paints
    view.fast_paint = True
    ours = view.viewport().grab().toImage()
    ran = view.fast_paints - before
    view.fast_paint = False
    qts = view.viewport().grab().toImage()
    view.fast_paint = True
    return ours, qts, ran


def differing(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    return sum(a.pixel(x, y) != b.pixel(x, y) for y in range(a.height()) for x in range(0, a.width(), 1))


def assert_same(view: AssetTableView) -> None:
    ours, qts, ran = both_ways(view)
    assert ran == 1, "the one-pass paint did not run: the comparison would test nothing"
    assert ours == qts, f"{differing(ours, qts)} pixels differ from Qt's own painting"


def test_a_screenful_is_painted_as_qt_paints_it(page: AssetsPage) -> None:
    assert isinstance(page.table, AssetTableView)
    assert_same(page.table)


def test_selected_rows_and_the_focused_cell(page: AssetsPage, qtbot: Any) -> None:
    table = page.table
    assert isinstance(table, AssetTableView)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.selectRow(2)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(page.model.index(5, 0), flags)  # a second row, as Ctrl+click does
    table.setCurrentIndex(page.model.index(5, COLUMN_KEYS.index("status")))
    assert_same(table)
    table.setCurrentIndex(page.model.index(7, COLUMN_KEYS.index("model")))  # focus on a plain text cell
    assert_same(table)


def test_the_right_end_with_the_price_right_aligned_and_narrow_columns_elided(page: AssetsPage) -> None:
    table = page.table
    assert isinstance(table, AssetTableView)
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    assert not table.isColumnHidden(COLUMN_KEYS.index("price"))
    assert_same(table)
    table.horizontalScrollBar().setValue(0)
    table.setColumnWidth(COLUMN_KEYS.index("tag"), 48)  # "KLA-000001" does not fit: elided
    table.setColumnWidth(COLUMN_KEYS.index("status"), 40)
    assert_same(table)


def test_the_dark_palette_and_moved_columns(page: AssetsPage) -> None:
    table = page.table
    assert isinstance(table, AssetTableView)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setPalette(theme.dark_palette())
    table.horizontalHeader().moveSection(COLUMN_KEYS.index("holder"), 0)
    assert_same(table)


def test_rows_still_loading_take_qts_path_and_show_the_placeholder(page: AssetsPage) -> None:
    table = page.table
    assert isinstance(table, AssetTableView)
    table.scrollTo(page.model.index(450, 0))  # page 2: not fetched yet
    ours, qts, ran = both_ways(table)
    assert ran == 0 and ours == qts
    assert page.model.index(450, 0).data() == PLACEHOLDER


def test_a_table_with_no_grid_and_without_alternate_rows(page: AssetsPage) -> None:
    table = page.table
    assert isinstance(table, AssetTableView)
    table.setShowGrid(False)
    table.setAlternatingRowColors(False)
    table.selectRow(1)
    assert_same(table)
    assert table.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "KLA-000001"


def test_a_few_rows_leave_the_rest_of_the_screen_as_qt_leaves_it(page: AssetsPage, qtbot: Any) -> None:
    table = page.table
    assert isinstance(table, AssetTableView)
    with qtbot.waitSignal(page.model.refreshed, timeout=10_000):
        page.filters.search.setText("KLA-00000")  # KLA-000001 … KLA-000009
    assert page.model.rowCount() == 9
    table.selectRow(8)
    assert_same(table)
