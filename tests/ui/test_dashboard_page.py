"""The dashboard page on a demo database: the cards and charts show the core query's figures, a card or a
chart slice asks for the matching filtered list, and a change elsewhere refreshes the figures."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from klara_assets.domain.changes import Changes
from klara_assets.persistence.dashboard import ACTIVE
from klara_assets.services import demo, inventory
from klara_assets.services.dashboard import load_dashboard
from ui.context import UiContext
from ui.models.incident_deadlines_table import IncidentDeadlinesModel
from ui.pages.dashboard_page import DashboardPage


@pytest.fixture
def page(qtbot: Any, ui: UiContext) -> DashboardPage:
    demo.generate(ui.services, assets=300)
    widget = DashboardPage(ui)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.activate()
    return widget


def test_cards_and_charts_show_the_core_figures(page: DashboardPage, ui: UiContext) -> None:
    figures = load_dashboard(ui.services)
    assert page.cards["active"].figure.text() == str(sum(figures.by_category.values()))
    assert page.cards["incidents"].figure.text() == str(figures.open_incidents)
    assert page.cards["overdue"].figure.text() == str(figures.overdue_returns)
    assert page.cards["eol"].figure.text() == str(figures.eol_candidates) != "0"
    assert page.cards["encryption"].figure.text() == f"{figures.encryption_share * 100:.0f} %"
    assert page.category_chart.values() == [float(v) for v in figures.by_category.values()]
    assert sum(s.value() for s in page.status_chart.series.slices()) == figures.total
    assert page.incidents.rowCount() == len(figures.incidents) > 0
    assert page.heading.text() == f"{figures.total} device(s) recorded"


def test_a_card_asks_for_the_filtered_list(page: DashboardPage, ui: UiContext, qtbot: Any) -> None:
    asked: list[tuple[str, Any]] = []
    ui.events.show_page_requested.connect(lambda page_id, criteria: asked.append((page_id, criteria)))
    qtbot.mouseClick(page.cards["encryption"], Qt.MouseButton.LeftButton)
    page.cards["to_collect"].setFocus()
    qtbot.keyClick(page.cards["to_collect"], Qt.Key.Key_Return)
    page.page_ids = {"incidents"}
    page.open_card("incidents")
    assert asked == [
        ("assets", {"status": list(ACTIVE), "encryption": ["none", "partial", "unknown"]}),
        ("people", {"state": "to_collect"}),
        ("incidents", {"open": True}),
    ]


def test_a_status_slice_asks_for_that_status(page: DashboardPage, ui: UiContext) -> None:
    asked: list[tuple[str, Any]] = []
    ui.events.show_page_requested.connect(lambda page_id, criteria: asked.append((page_id, criteria)))
    page.status_chart.click_slice(0)
    assert asked == [("assets", {"status": page.status_chart.keys[0]})]
    assert page.status_chart.keys[0] == "in_stock"


def test_a_change_elsewhere_refreshes_the_figures(page: DashboardPage, ui: UiContext, qtbot: Any) -> None:
    before = int(page.cards["active"].figure.text())
    changes = inventory.register_asset(ui.services, category="laptop", manufacturer="Lenovo", model="T14")
    ui.events.publish(changes if isinstance(changes, Changes) else Changes.of("asset", 1))
    qtbot.waitUntil(lambda: page.cards["active"].figure.text() == str(before + 1), timeout=10_000)


def test_incident_deadlines_model_passes_the_model_tester(page: DashboardPage, qtmodeltester: Any) -> None:
    assert isinstance(page.incidents, IncidentDeadlinesModel)
    qtmodeltester.check(page.incidents)
