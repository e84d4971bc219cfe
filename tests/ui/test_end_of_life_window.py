"""End of life from the window: retire, sanitize, route, batch, ship and close by driving the dialogs,
ending with the device recycled and the certificate in the register; the refusals shown plainly."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from klara_assets.persistence import eol_queries, queries
from klara_assets.services import batch_items, certificates, end_of_life
from tests import eol_setup as S
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.batch_dialogs import AddDevicesDialog, NewBatchDialog, ShipDialog
from ui.dialogs.certificate_preview import CertificatePreview
from ui.dialogs.close_batch_dialog import CloseBatchDialog
from ui.dialogs.reason_dialog import ReasonDialog
from ui.dialogs.route_dialog import RouteDialog
from ui.dialogs.sanitization_dialog import SanitizationDialog
from ui.models.eol_tables import BatchesModel, BatchItemsModel, CandidatesModel, OutgoingModel
from ui.pages.batches_page import BatchesPage
from ui.pages.end_of_life_page import EndOfLifePage
from ui.widgets.field_errors import ERROR_STYLE


@pytest.fixture
def old_laptop(ui: UiContext) -> str:
    S.organisation(ui.services)
    S.recycler(ui.services)
    return S.device(ui.services, purchased_on="2017-03-01", serial="DL-0001", weight_kg="1.9")


def _show(qtbot: Any, page: Any) -> Any:
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def _dialog(qtbot: Any, page: Any, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and bool(page.dialog.isVisible()), timeout=5000)  # type: ignore[attr-defined]
    return page.dialog


def _submit(qtbot: Any, dialog: Any) -> None:
    """Press OK and wait for the worker's answer: the dialog completes, or the test fails with the refusal
    the dialog shows (its message or a field's error), not with a timeout."""
    done: list[object] = []
    dialog.completed.connect(done.append)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done) or dialog.ok.isEnabled(), timeout=10000)
    if not done:
        shown = [label.text() for label in dialog.findChildren(QLabel) if _is_error(label)]
        pytest.fail(f"{type(dialog).__name__} refused: {' / '.join(shown) or 'no reason shown'}")


def _is_error(label: QLabel) -> bool:
    return label.isVisible() and bool(label.text()) and label.styleSheet() == ERROR_STYLE


def _status(tag: str) -> str:
    return queries.asset_detail(tag).status


def test_retire_sanitize_route_batch_ship_close(qtbot: Any, ui: UiContext, old_laptop: str) -> None:
    tag = old_laptop
    page = _show(qtbot, EndOfLifePage(ui))
    assert [r.tag for r in page.candidates_model.rows] == [tag]
    assert "past its lifetime" in page.candidates_model.index(0, 5).data()
    page.candidates.selectRow(0)
    qtbot.keyClick(page.candidates, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    retire = _dialog(qtbot, page, ReasonDialog)
    qtbot.keyClicks(retire.reason, "Eight years old")
    _submit(qtbot, retire)
    assert _status(tag) == "retired"
    qtbot.waitUntil(lambda: [r.tag for r in page.outgoing_model.rows] == [tag], timeout=5000)
    assert page.outgoing_model.index(0, 4).data() == "not yet"
    page.outgoing.selectRow(0)
    page.buttons["sanitize"].click()
    form = _dialog(qtbot, page, SanitizationDialog)
    form.lines["operator_name"].setText("Ömer Yılmaz")
    qtbot.keyClicks(form.lines["tool"], "Blancco Drive Eraser 7.12")
    form.combos["destination"].setCurrentIndex(form.combos["destination"].findData("recycling_facility"))
    _submit(qtbot, form)
    record = end_of_life_record(tag)
    assert (record.method, record.technique, record.tool, record.tool_version) == (
        "purge",
        "crypto erase",
        "Blancco Drive Eraser",
        "7.12",
    )
    qtbot.waitUntil(lambda: page.outgoing_model.index(0, 4).data().endswith("(Purge)"), timeout=5000)
    page.outgoing.selectRow(0)
    page.buttons["route"].click()
    routing = _dialog(qtbot, page, RouteDialog)
    qtbot.waitUntil(lambda: routing.advice is not None, timeout=5000)
    assert routing.recycle.isChecked() and "far past" in routing.reasons.text()
    _submit(qtbot, routing)
    assert _status(tag) == "to_recycle"

    batches_page = _show(qtbot, BatchesPage(ui))
    batches_page.buttons["new"].click()
    new = _dialog(qtbot, batches_page, NewBatchDialog)
    qtbot.waitUntil(lambda: new.ok.isEnabled(), timeout=5000)
    _submit(qtbot, new)
    qtbot.waitUntil(lambda: batches_page.detail is not None and batches_page.detail.status == "open", timeout=5000)
    batches_page.buttons["add"].click()
    add = _dialog(qtbot, batches_page, AddDevicesDialog)
    qtbot.waitUntil(lambda: add.ok.isEnabled(), timeout=5000)
    assert add.tags() == [tag]
    _submit(qtbot, add)
    qtbot.waitUntil(lambda: batches_page.items_model.rowCount() == 1, timeout=5000)
    batches_page.buttons["ship"].click()
    ship = _dialog(qtbot, batches_page, ShipDialog)
    qtbot.keyClicks(ship.carrier, "Transports Martin")
    qtbot.keyClicks(ship.tracking, "BSD-2026-0001")
    _submit(qtbot, ship)
    qtbot.waitUntil(lambda: batches_page.buttons["close"].isEnabled(), timeout=5000)
    batches_page.buttons["close"].click()
    close = _dialog(qtbot, batches_page, CloseBatchDialog)
    close.weights[0].setValue(2.1)
    _submit(qtbot, close)
    preview = _dialog(qtbot, batches_page, CertificatePreview)
    assert _status(tag) == "recycled"
    register = certificates.list_certificates()
    assert [(c.number, c.kind) for c in register] == [(preview.number, "recycling")]
    item = batch_items.batch_detail(register[0].batch or "").items[0]
    assert (item.outcome, item.weight_kg) == ("recycled", Decimal("2.1"))
    assert preview.preview.page_count() >= 1


def end_of_life_record(tag: str) -> Any:
    from klara_assets.services.sanitization import sanitizations_of

    return sanitizations_of(tag)[0]


def test_routing_without_sanitization_shows_the_refusal(qtbot: Any, ui: UiContext, old_laptop: str) -> None:
    end_of_life.retire_asset(ui.services, old_laptop, "old")
    page = _show(qtbot, EndOfLifePage(ui))
    page.outgoing.selectRow(0)
    page.buttons["route"].click()
    routing = _dialog(qtbot, page, RouteDialog)
    qtbot.waitUntil(lambda: routing.advice is not None, timeout=5000)
    assert "No passed sanitization yet" in routing.message.text()
    before = snapshot()
    qtbot.mouseClick(routing.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "record a passed sanitization" in routing.message.text(), timeout=5000)
    assert routing.isVisible() and snapshot() == before
    assert _status(old_laptop) == "retired"


def test_retire_without_reason_is_refused_next_to_the_field(qtbot: Any, ui: UiContext, old_laptop: str) -> None:
    page = _show(qtbot, EndOfLifePage(ui))
    page.candidates.selectRow(0)
    page.buttons["retire"].click()
    dialog = _dialog(qtbot, page, ReasonDialog)
    before = snapshot()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.errors.label("reason").isHidden(), timeout=5000)
    assert "reason" in dialog.errors.label("reason").text().lower()
    assert snapshot() == before


def test_a_refused_submit_fails_with_the_dialogs_reason(qtbot: Any, ui: UiContext, old_laptop: str) -> None:
    page = _show(qtbot, EndOfLifePage(ui))
    page.candidates.selectRow(0)
    page.buttons["retire"].click()
    dialog = _dialog(qtbot, page, ReasonDialog)
    with pytest.raises(pytest.fail.Exception, match=r"ReasonDialog refused: .*reason"):
        _submit(qtbot, dialog)


def test_closing_for_an_uncertified_partner_names_partner_and_date(qtbot: Any, ui: UiContext, old_laptop: str) -> None:
    from datetime import date

    ctx = ui.services
    S.refurbisher(ctx, social_economy=False, certifications=[("R2v3", "R2-1", date(2026, 1, 31))])
    tag = S.routed(ctx, "refurbish")
    number = S.shipped_batch(ctx, S.REFURBISHER, [tag])
    page = _show(qtbot, BatchesPage(ui))
    page.apply_filter({"number": number})
    qtbot.waitUntil(lambda: page.buttons["close"].isEnabled(), timeout=5000)
    page.buttons["close"].click()
    close = _dialog(qtbot, page, CloseBatchDialog)
    before = snapshot()
    qtbot.mouseClick(close.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: close.message.isVisible(), timeout=5000)
    assert S.REFURBISHER in close.message.text() and "2026" in close.message.text(), close.message.text()
    assert snapshot() == before


def test_end_of_life_models_pass_the_model_tester(qtmodeltester: Any, ui: UiContext, old_laptop: str) -> None:
    today = ui.services.now().date()
    candidates = CandidatesModel()
    candidates.set_rows(end_of_life.eol_candidates(today))
    qtmodeltester.check(candidates)
    end_of_life.retire_asset(ui.services, old_laptop, "old")
    outgoing = OutgoingModel()
    outgoing.set_rows(eol_queries.outgoing_devices())
    qtmodeltester.check(outgoing)
    tag = S.routed(ui.services, "recycle")
    number = S.shipped_batch(ui.services, S.RECYCLER, [tag])
    batches = BatchesModel()
    batches.set_rows(batch_items.list_batches())
    qtmodeltester.check(batches)
    items = BatchItemsModel()
    items.set_rows(batch_items.batch_detail(number).items)
    qtmodeltester.check(items)


def test_retire_from_the_assets_page_actions_menu(qtbot: Any, ui: UiContext, old_laptop: str) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    from ui.actions import eol as eol_actions
    from ui.pages.assets_page import AssetsPage

    page = _show(qtbot, AssetsPage(ui, eol_actions.actions()))
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None, timeout=5000)
    actions = {action.text(): action for action in page.actions_menu.actions()}
    retire, unretire, route = actions["Retire…"], actions["Unretire…"], actions["Route…"]
    assert not retire.isEnabled()  # nothing selected yet
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectionModel().select(page.model.index(0, 0), flags)
    assert retire.isEnabled() and not unretire.isEnabled() and not route.isEnabled()
    retire.trigger()

    def opened() -> ReasonDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReasonDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: opened() is not None, timeout=5000)
    dialog = opened()
    assert dialog is not None and dialog.windowTitle() == f"Retire {old_laptop}"
    before = snapshot()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason: refused under the field
    qtbot.waitUntil(lambda: dialog.errors.label("reason").isVisibleTo(dialog), timeout=5000)
    assert "reason" in dialog.errors.label("reason").text().lower() and snapshot() == before
    qtbot.keyClicks(dialog.reason, "Battery swollen, screen cracked")
    with qtbot.waitSignal(dialog.completed, timeout=10000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert _status(old_laptop) == "retired"
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None and page.model.row_at(0).status == "retired", timeout=5000)
    page.table.selectionModel().clearSelection()  # the menu follows the selection's statuses
    page.table.selectionModel().select(page.model.index(0, 0), flags)
    assert unretire.isEnabled() and route.isEnabled() and not retire.isEnabled()
