"""The assets page on a real demo database: search as you type, filters, header sort, detail, column layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from klara_assets.domain.places import Place
from klara_assets.persistence import asset_search, queries
from klara_assets.persistence.asset_search import AssetQuery
from klara_assets.services import demo
from ui.context import UiContext
from ui.models.asset_table import COLUMN_KEYS
from ui.pages.assets_page import AssetsPage


@pytest.fixture
def page(qtbot: Any, ui: UiContext) -> AssetsPage:
    demo.generate(ui.services, assets=600)
    page = AssetsPage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.activate()
    return page


def shown_tags(page: AssetsPage, count: int = 5) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(min(count, page.model.rowCount()))]


def test_first_load_shows_rows_and_the_count(page: AssetsPage, qtbot: Any) -> None:
    assert page.model.rowCount() == 600
    assert shown_tags(page, 2) == ["KLA-000001", "KLA-000002"]
    qtbot.waitUntil(lambda: page.count_label.text().startswith("600 of 600 device"))
    qtbot.waitUntil(
        lambda: asset_search.pending_count() == 0, timeout=10_000
    )  # indexed for search after the first rows


def test_search_as_you_type_by_serial_fragment(page: AssetsPage, qtbot: Any) -> None:
    serial = page.model.row_at(41).serial  # type: ignore[union-attr]
    fragment = (serial or "")[2:8]
    expected = len(asset_search.ordered_ids(AssetQuery(text=fragment)))
    qtbot.keyClicks(page.filters.search, fragment)
    qtbot.waitUntil(lambda: page.model.rowCount() == expected, timeout=10_000)
    assert expected < 600 and "KLA-000042" in shown_tags(page, expected)
    qtbot.waitUntil(lambda: page.count_label.text().startswith(f"{expected} of 600 device"))
    page.filters.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 600, timeout=10_000)


def test_search_by_holder_name_and_status_filter(page: AssetsPage, qtbot: Any) -> None:
    holder = next(r.holder for r in (page.model.row_at(i) for i in range(200)) if r and r.holder)
    qtbot.keyClicks(page.filters.search, holder.split()[-1])
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 600, timeout=10_000)
    page.filters.status.setCurrentIndex(page.filters.status.findData("in_stock"))
    qtbot.waitUntil(lambda: page.model.query.statuses == frozenset({"in_stock"}), timeout=10_000)
    qtbot.waitUntil(
        lambda: all(r.status == "in_stock" for r in map(page.model.row_at, range(page.model.rowCount())) if r)
    )
    assert page.model.ids == asset_search.ordered_ids(page.model.query)


def test_header_click_sorts_in_sql(page: AssetsPage, qtbot: Any) -> None:
    header = page.table.horizontalHeader()
    column = COLUMN_KEYS.index("tag")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    qtbot.waitUntil(lambda: shown_tags(page, 1) == ["KLA-000600"], timeout=10_000)
    assert page.model.query.descending and page.model.query.sort == "tag"


def test_apply_filter_from_the_dashboard(page: AssetsPage, qtbot: Any) -> None:
    page.apply_filter({"status": "assigned", "category": "laptop", "location": Place("Paris")})
    qtbot.waitUntil(lambda: page.model.query.statuses == frozenset({"assigned"}), timeout=10_000)
    qtbot.waitUntil(lambda: page.model.ids == asset_search.ordered_ids(page.model.query), timeout=10_000)
    assert page.filters.status.currentData() == "assigned" and page.filters.location.currentData() == Place("Paris")
    rows = [page.model.row_at(i) for i in range(min(page.model.rowCount(), 200))]
    qtbot.waitUntil(lambda: all(page.model.row_at(i) for i in range(min(page.model.rowCount(), 200))))
    rows = [page.model.row_at(i) for i in range(min(page.model.rowCount(), 200))]
    assert rows and all(r and r.category == "laptop" and (r.location or "").startswith("Paris") for r in rows)


def test_selecting_a_row_shows_its_detail_and_history(page: AssetsPage, qtbot: Any) -> None:
    page.table.selectRow(4)
    detail = queries.asset_detail("KLA-000005")
    qtbot.waitUntil(lambda: page.detail.title.text() == "KLA-000005", timeout=10_000)
    assert page.detail.values["serial"].text() == detail.serial
    assert (
        page.detail.history.count() >= 1
        and "Registered" in page.detail.history.item(page.detail.history.count() - 1).text()
    )
    assert page.edit_button.isEnabled()


def test_hidden_columns_are_remembered(page: AssetsPage, qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    model_column = COLUMN_KEYS.index("model")
    page.table.horizontalHeader().customContextMenuRequested.emit(QPoint(5, 5))
    menu = page._column_menu_shown
    action = menu.actions()[model_column]
    assert action.isChecked() and not menu.actions()[0].isEnabled()  # the tag column always stays
    action.trigger()
    assert page.table.isColumnHidden(model_column)
    page.save_state()
    again = AssetsPage(ui)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(model_column)


def test_ctrl_f_focuses_the_search_field(page: AssetsPage, qtbot: Any) -> None:
    page.table.setFocus()
    page.focus_search()
    assert page.filters.search.hasFocus()


def test_a_new_count_does_not_lay_the_page_out_again(page: AssetsPage, qtbot: Any) -> None:
    """The count is as wide as its widest value from the start, so a keystroke does not move the table."""
    qtbot.waitUntil(lambda: page.count_label.text().startswith("600 of 600 device"))
    width, table = page.count_label.width(), page.table.geometry()
    qtbot.keyClicks(page.filters.search, "KLA-000001")
    qtbot.waitUntil(lambda: page.count_label.text().startswith("1 of 600 device"), timeout=10_000)
    qtbot.wait(20)
    assert page.count_label.width() == width and page.table.geometry() == table
