"""Honest figures and helpful empty states: no "100 %" or "0 %" for an empty database, a partly encrypted
device said to be partly encrypted, the CNIL's notification in the incident headline, empty pages that say
what to do next with the button that does it, and charts with legends and whole, distinct ticks."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from klara_assets.services import compliance, custody, inventory
from klara_assets.services import incidents as incident_service
from ui import i18n
from ui.context import UiContext
from ui.pages.base import Page
from ui.widgets.charts import BarChartView, whole_step


def _activate(qtbot: Any, page: Page) -> None:
    qtbot.addWidget(page)
    page.resize(1366, 728)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.activate()


def _wait_idle(qtbot: Any, ui: UiContext) -> None:
    qtbot.waitUntil(lambda: not ui.runner.busy, timeout=20_000)


def _open_dialogs() -> list[QDialog]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_an_empty_database_shows_no_compliance_and_what_to_do(qtbot: Any, ui: UiContext) -> None:
    from ui.dialogs.import_wizard import ImportWizard
    from ui.pages.dashboard_page import DashboardPage

    page = DashboardPage(ui)
    _activate(qtbot, page)
    card = page.cards["encryption"]
    assert card.figure.text() == "—"
    assert card.detail.text() == "No device the policy covers yet"
    assert page.start_box.isVisible()
    qtbot.mouseClick(page.start_buttons["import"], Qt.MouseButton.LeftButton)
    assert any(isinstance(d, ImportWizard) for d in _open_dialogs())
    for dialog in _open_dialogs():
        dialog.close()
    inventory.register_asset(ui.services, category="laptop", manufacturer="Dell", model="Latitude", serial="SN-1")
    page.reload()
    qtbot.waitUntil(lambda: not page.start_box.isVisible(), timeout=10_000)
    assert card.figure.text() == "0 %"  # one laptop, not encrypted: a real 0 %


def test_a_partly_encrypted_device_is_counted_as_partly_encrypted(qtbot: Any, qapp: Any, ui: UiContext) -> None:
    from ui.pages.dashboard_page import DashboardPage

    ctx = ui.services
    inventory.register_asset(ctx, category="laptop", manufacturer="Dell", model="A", serial="SN-1")
    inventory.register_asset(ctx, category="laptop", manufacturer="Dell", model="B", serial="SN-2")
    compliance.record_encryption_check(ctx, "KLA-000002", "partial", "BitLocker", ctx.today(), "Intune")
    translators = i18n.install_translators(qapp, "fr")
    try:
        page = DashboardPage(ui)
        _activate(qtbot, page)
        assert page.cards["encryption"].detail.text() == "1 appareil non chiffré · 1 partiellement chiffré"
    finally:
        i18n.remove_translators(qapp, translators)


def test_the_triage_of_a_partly_encrypted_device_says_so(qtbot: Any, ui: UiContext) -> None:
    from ui.widgets.triage_panel import TriagePanel

    ctx = ui.services
    inventory.register_asset(
        ctx, category="laptop", manufacturer="Dell", model="A", serial="SN-1", encryption_state="partial"
    )
    result = incident_service.report_incident(ctx, "KLA-000001", "stolen", personal_data="yes").result
    assert isinstance(result, incident_service.IncidentResult)
    panel = TriagePanel(ui)
    qtbot.addWidget(panel)
    panel.show_result(result.number, result.triage)
    assert "only partly encrypted" in panel.reason.text()
    assert "not encrypted" not in panel.reason.text()


def test_after_the_cnil_was_notified_the_headline_says_so(qtbot: Any, ui: UiContext) -> None:
    from klara_assets.persistence.incident_queries import incident
    from klara_assets.services.dashboard import load_dashboard
    from ui.models.incident_deadlines_table import IncidentDeadlinesModel
    from ui.pages.incidents_page import IncidentsPage

    ctx = ui.services
    inventory.add_person(ctx, "Zoé Lefèvre", "zoe@example.fr")
    inventory.register_asset(ctx, category="laptop", manufacturer="Dell", model="Latitude", serial="SN-1")
    custody.check_out(ctx, ["KLA-000001"], "zoe@example.fr", override_reason="test fleet")
    reported = incident_service.report_incident(ctx, "KLA-000001", "stolen", personal_data="yes").result
    assert isinstance(reported, incident_service.IncidentResult)
    number = reported.number
    page = IncidentsPage(ui)
    _activate(qtbot, page)
    page.table.selectRow(0)
    assert "CNIL notified" not in page.triage.heading.text()
    incident_service.add_step(ctx, number, "cnil_notified", reference="CNIL-2026-1")
    page.reload()
    qtbot.waitUntil(lambda: "CNIL notified on" in page.triage.heading.text(), timeout=10_000)
    assert page.triage.heading.text().startswith(f"{number}: CNIL notified on ")
    assert "the CNIL was notified on" in page.triage.deadline.text()
    row = incident(number)
    assert row.triage(ctx.now()).notified_at is not None
    model = IncidentDeadlinesModel()
    model.set_rows(list(load_dashboard(ctx).incidents))
    assert model.data(model.index(0, 4)) == "CNIL notified"


def test_an_empty_assets_page_offers_to_add_or_import(qtbot: Any, ui: UiContext) -> None:
    from ui.dialogs.asset_form import AssetForm
    from ui.pages.assets_page import AssetsPage

    page = AssetsPage(ui)
    _activate(qtbot, page)
    _wait_idle(qtbot, ui)
    qtbot.waitUntil(lambda: page.empty.isVisible(), timeout=10_000)
    assert not page.no_match.isVisible()
    assert [b.text() for b in page.empty.buttons] == ["Add a device…", "Import a file…"]
    qtbot.mouseClick(page.empty.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(d, AssetForm) for d in _open_dialogs()), timeout=10_000)
    for dialog in _open_dialogs():
        dialog.close()


def test_a_search_that_finds_nothing_offers_to_clear_the_filters(qtbot: Any, ui: UiContext) -> None:
    from ui.pages.assets_page import AssetsPage

    inventory.register_asset(ui.services, category="laptop", manufacturer="Dell", model="Latitude", serial="SN-1")
    page = AssetsPage(ui)
    _activate(qtbot, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert not page.empty.isVisible() and not page.no_match.isVisible()
    qtbot.keyClicks(page.filters.search, "zzz-nothing")
    qtbot.waitUntil(lambda: page.no_match.isVisible(), timeout=10_000)
    assert not page.empty.isVisible()
    qtbot.mouseClick(page.no_match.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.filters.search.text() == "" and not page.no_match.isVisible()


def test_empty_people_and_batches_pages_say_what_to_do(qtbot: Any, ui: UiContext) -> None:
    from ui.dialogs.batch_dialogs import NewBatchDialog
    from ui.pages.batches_page import BatchesPage
    from ui.pages.people_page import PeoplePage

    people = PeoplePage(ui)
    _activate(qtbot, people)
    qtbot.waitUntil(lambda: people.empty.isVisible(), timeout=10_000)
    assert "Add the staff" in people.empty.message.text()
    batches = BatchesPage(ui)
    _activate(qtbot, batches)
    qtbot.waitUntil(lambda: batches.empty.isVisible(), timeout=10_000)
    assert batches.empty.message.text() == "No batch yet: create one for a partner."
    qtbot.mouseClick(batches.empty.buttons[0], Qt.MouseButton.LeftButton)
    assert isinstance(batches.dialog, NewBatchDialog)
    batches.dialog.close()
    inventory.add_person(ui.services, "Zoé Lefèvre", "zoe@example.fr")
    people.reload()
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=10_000)
    assert not people.empty.isVisible()


def test_an_empty_year_has_no_reuse_rate(qtbot: Any, ui: UiContext) -> None:
    from ui.pages.environment_page import EnvironmentPage

    page = EnvironmentPage(ui)
    _activate(qtbot, page)
    assert page.cards["rate"].figure.text() == "—"


@pytest.mark.parametrize("top", [0, 0.4, 1, 3, 7, 12, 61, 95, 230, 11_800])
def test_bar_chart_ticks_are_whole_and_distinct(qtbot: Any, top: float) -> None:
    chart = BarChartView("Devices")
    qtbot.addWidget(chart)
    chart.set_bars(["a", "b"], ["A", "B"], [("Devices", [top, top / 2])])
    labels = chart.tick_labels()
    assert len(labels) == len(set(labels)) >= 2
    assert all(float(label) == int(label) for label in labels)
    assert float(labels[-1]) >= top and len(labels) <= 7
    assert chart.chart().legend().isVisible()  # one set still says what the bars count
    assert [m.label() for m in chart.chart().legend().markers()] == ["Devices"]


def test_the_tick_step_is_one_two_or_five_times_a_power_of_ten() -> None:
    assert [whole_step(t) for t in (0, 1, 6, 7, 12, 13, 30, 31, 61, 120, 121)] == [1, 1, 1, 2, 2, 5, 5, 10, 20, 20, 50]
