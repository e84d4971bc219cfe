"""The environment page on a demo database: its figures are the service's, a year change reloads them, and
the PDF and CSV exports write files that read back with the same figures."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from klara_assets.services import demo, reports
from tests.documents.label_checks import pdf_text
from ui.context import UiContext
from ui.pages.environment_page import EnvironmentPage
from ui.widgets.display import format_date
from ui.widgets.stat_card import number


@pytest.fixture
def page(qtbot: Any, ui: UiContext) -> EnvironmentPage:
    demo.generate(ui.services, assets=300)
    widget = EnvironmentPage(ui)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.opened = []  # type: ignore[attr-defined]
    widget.opener = widget.opened.append  # type: ignore[attr-defined, method-assign]
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.activate()
    return widget


def test_the_figures_are_the_service_figures(page: EnvironmentPage, ui: UiContext) -> None:
    data = reports.environment_report(ui.services).to_json()
    assert page.cards["embodied"].figure.text() == f"{data['fleet_embodied_kgco2e']:,.0f}".replace(",", "\u202f")
    assert number(1234.5, 1, "fr") == "1\u202f234,5" and number(1234.5, 1, "en") == "1\u202f234.5"
    assert page.cards["reused"].figure.text() == str(data["devices_reused"])
    assert page.cards["rate"].figure.text() == f"{data['reuse_rate'] * 100:.1f}\u202f%"
    assert page.cards["weee"].figure.text() == f"{data['weee_kg']:,.1f}".replace(",", "\u202f")
    fleet = [line for line in data["categories"] if line["active_devices"]]
    assert page.embodied_chart.values() == [line["embodied_kgco2e"] for line in fleet]
    assert "ADEME" in page.method.text() and "Embodied emissions" in page.method.text()


def test_a_year_change_shows_that_year(page: EnvironmentPage, ui: UiContext, qtbot: Any) -> None:
    year = page.year.value() - 3
    page.year.setFocus()
    page.year.selectAll()
    qtbot.keyClicks(page.year, str(year))
    qtbot.waitUntil(lambda: page.report is not None and page.report.year == year, timeout=10_000)
    assert page.as_of.text() == f"figures as of {format_date(date(year, 12, 31))}"  # the locale's date


@pytest.mark.parametrize("suffix", ["pdf", "csv"])
def test_exports_write_the_report(
    page: EnvironmentPage, ui: UiContext, qtbot: Any, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"env.{suffix}"
    ui.dialogs.save_path = str(target)  # type: ignore[attr-defined]
    button = page.pdf_button if suffix == "pdf" else page.csv_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.opened) == 1, timeout=20_000)  # type: ignore[attr-defined]
    assert page.report is not None
    if suffix == "pdf":
        text = pdf_text(target)
        assert f"Environmental report {page.report.year}" in text
    else:
        with target.open(encoding="utf-8-sig") as handle:
            total = next(row for row in csv.reader(handle) if row[1] == "total")
        assert int(total[2]) == page.report.active_devices
