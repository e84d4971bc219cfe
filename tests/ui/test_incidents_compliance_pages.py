"""The incidents page (urgent deadline highlighted, time left moving with the clock, steps and closing)
and the compliance page (counts equal to the service's), with every model through qtmodeltester.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from klara_assets.persistence.incident_queries import incidents
from klara_assets.services import compliance, custody, inventory
from klara_assets.services import incidents as incident_service
from tests.conftest import Clock
from ui.context import UiContext
from ui.models.incidents_table import DEADLINE_COLUMN, OVERDUE_COLOUR, URGENT_COLOUR, IncidentsTableModel
from ui.pages.compliance_page import CompliancePage
from ui.pages.incidents_page import IncidentsPage


def _fleet(ui: UiContext) -> None:
    ctx = ui.services
    inventory.add_person(ctx, "Zoé Lefèvre", "zoe@example.fr")
    inventory.register_asset(ctx, category="laptop", manufacturer="Dell", model="Latitude", serial="SN-1")
    inventory.register_asset(ctx, category="smartphone", manufacturer="Apple", model="iPhone 15", serial="SN-2")
    custody.check_out(ctx, ["KLA-000001", "KLA-000002"], "zoe@example.fr", override_reason="test fleet")


def _colour(model: IncidentsTableModel, row: int) -> str | None:
    brush = model.data(model.index(row, DEADLINE_COLUMN), Qt.ItemDataRole.ForegroundRole)
    return brush.color().name() if brush is not None else None


def test_incident_under_24_hours_is_highlighted_then_overdue(
    qtbot: Any, ui: UiContext, clock: Clock, qtmodeltester: Any
) -> None:
    _fleet(ui)
    incident_service.report_incident(ui.services, "KLA-000001", "stolen", personal_data="yes")
    page = IncidentsPage(ui)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1 and _colour(page.model, 0) is None
    clock.now += timedelta(hours=50)
    page.tick()
    assert _colour(page.model, 0) == URGENT_COLOUR
    assert "22 h 00 min left" in page.model.data(page.model.index(0, DEADLINE_COLUMN))
    clock.now += timedelta(hours=23)
    page.tick()
    assert _colour(page.model, 0) == OVERDUE_COLOUR
    assert "Overdue by 1 h 00 min" in page.model.data(page.model.index(0, DEADLINE_COLUMN))


def test_closing_from_the_page_leaves_the_open_list(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    result = incident_service.report_incident(ui.services, "KLA-000002", "lost").result
    assert isinstance(result, incident_service.IncidentResult)
    number = result.number
    page = IncidentsPage(ui)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    page.apply_filter({"number": number})
    qtbot.waitUntil(lambda: page.selected() is not None)
    assert page.selected().number == number  # type: ignore[union-attr]
    page.close_incident()
    dialog = page.dialog
    assert dialog is not None
    dialog.inspection.setText("Found at reception, intact")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.completed, timeout=10_000):  # type: ignore[attr-defined]
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # type: ignore[attr-defined]
    page.apply_filter({"open": True})
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert incidents()[0].outcome == "recovered"


def test_compliance_page_counts_match_the_service(qtbot: Any, ui: UiContext, qtmodeltester: Any) -> None:
    _fleet(ui)
    inventory.register_asset(ui.services, category="laptop", manufacturer="HP", model="EliteBook", serial="SN-3")
    page = CompliancePage(ui)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    for model in (page.categories, page.exposed, page.overdue, page.to_collect):
        qtmodeltester.check(model)
    report = compliance.compliance_report(ui.services)
    shown = {page.categories.rows[r].category: page.categories.rows[r] for r in range(page.categories.rowCount())}
    assert shown == {c.category: c for c in report.categories}
    laptops = next(r for r in range(page.categories.rowCount()) if page.categories.rows[r].category == "laptop")
    assert page.categories.data(page.categories.index(laptops, 6)) == "2"  # two laptops of unknown state
    assert {d.tag for d in page.exposed.rows} == {"KLA-000001", "KLA-000002"}
    assert page.tabs.tabText(0).endswith("(2)")
    opened: list[str] = []
    ui.events.open_asset_requested.connect(opened.append)
    page.open_asset(page.exposed, page.exposed.index(0, 0))
    assert opened == [page.exposed.rows[0].tag]
