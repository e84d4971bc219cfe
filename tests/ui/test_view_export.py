"""Export of the assets table as shown (issue 14 §6): the filtered rows in their order, the visible columns in
their on-screen order, headers and values in the user's language, a frozen header with a filter, fitted widths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from klara_assets.persistence import asset_search
from klara_assets.services import demo
from ui import i18n
from ui.context import UiContext
from ui.models.asset_table import COLUMN_KEYS
from ui.pages.assets_page import AssetsPage


@pytest.fixture(params=["fr", "en"])
def page(request: Any, qtbot: Any, qapp: Any, ui: UiContext) -> Iterator[AssetsPage]:
    translators = i18n.install_translators(qapp, request.param)
    ui.language = request.param
    demo.generate(ui.services, assets=120)
    page = AssetsPage(ui)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.activate()
    yield page
    i18n.remove_translators(qapp, translators)


def _export(page: AssetsPage, qtbot: Any, target: Path) -> tuple[list[tuple[Any, ...]], Any, str]:
    asked: list[str] = []

    def save_file(title: str, suggested: str, filters: str) -> str:
        asked.append(suggested)
        return str(target)

    page.ui.dialogs.save_file = save_file  # type: ignore[method-assign]
    page.ui.dialogs.confirm_answer = False  # type: ignore[attr-defined]  # "Open it now?": no
    page.export_button.click()
    qtbot.waitUntil(target.exists, timeout=15_000)
    qtbot.waitUntil(lambda: any(kind == "confirm" for kind, *_ in page.ui.dialogs.shown), timeout=15_000)  # type: ignore[attr-defined]
    sheet = load_workbook(target).active
    return list(sheet.iter_rows(values_only=True)), sheet, asked[0]


def test_the_filtered_view_is_exported_as_shown(page: AssetsPage, qtbot: Any, tmp_path: Path) -> None:
    french = page.ui.language == "fr"
    page.filters.status.setCurrentIndex(page.filters.status.findData("in_stock"))
    qtbot.waitUntil(lambda: page.model.query.statuses == frozenset({"in_stock"}), timeout=10_000)
    expected = asset_search.ordered_ids(page.model.query)
    assert 0 < len(expected) < 120
    qtbot.waitUntil(lambda: page.model.ids == expected, timeout=10_000)
    header = page.table.horizontalHeader()
    page.table.setColumnHidden(COLUMN_KEYS.index("price"), False)
    header.moveSection(header.visualIndex(COLUMN_KEYS.index("status")), 0)  # Status first on screen
    rows, sheet, suggested = _export(page, qtbot, tmp_path / "view.xlsx")
    assert suggested == ("appareils.xlsx" if french else "devices.xlsx")
    head = rows[0]
    assert head[:2] == (("Statut", "Étiquette") if french else ("Status", "Tag"))
    assert ("Fabricant" if french else "Manufacturer") not in head  # hidden on screen: not exported
    assert len(rows) - 1 == len(expected)
    tags = [r[1] for r in rows[1:]]
    assert tags == asset_search.tags_for(expected)
    assert {r[0] for r in rows[1:]} == {"En stock" if french else "In stock"}
    category = head.index("Catégorie" if french else "Category")
    assert all(r[category] and "_" not in r[category] and r[category][0].isupper() for r in rows[1:])
    purchased = head.index("Achat" if french else "Purchased")
    assert any(isinstance(r[purchased], dt.datetime) for r in rows[1:])  # a real Excel date
    price = head.index("Prix" if french else "Price")
    assert any(isinstance(r[price], int | float) for r in rows[1:]), [r[price] for r in rows[1:5]]
    assert (
        sheet.freeze_panes == "A2"
        and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(head)).column_letter}{len(rows)}"
    )
    widths = [sheet.column_dimensions[sheet.cell(1, i + 1).column_letter].width for i in range(len(head))]
    assert all(w >= len(h) for w, h in zip(widths, head, strict=True)) and max(widths) <= 60


def test_a_missing_folder_is_refused_and_nothing_written(page: AssetsPage, qtbot: Any, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "view.xlsx"
    page.ui.dialogs.save_file = lambda *_: str(target)  # type: ignore[method-assign]
    page.export_button.click()
    qtbot.waitUntil(lambda: any(kind == "error" for kind, *_ in page.ui.dialogs.shown), timeout=15_000)  # type: ignore[attr-defined]
    message = next(text for kind, _, text in page.ui.dialogs.shown if kind == "error")  # type: ignore[attr-defined]
    assert ("dossier" if page.ui.language == "fr" else "folder") in message
    assert not target.parent.exists()
