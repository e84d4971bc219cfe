"""Issue 14 §6, end of life in few steps: 20 devices retired, sanitized, routed, batched, shipped and closed
through the window, counting the user's actions (clicks and keystrokes that matter; typing a field is one).
Also: retiring a held device offers to check it in first, the end-of-life page adds devices to a batch,
the close dialog starts from each device's known weight, and the certificate names the operator."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

import tests.eol_setup as S
from klara_assets.domain.permissions import Operator, Role
from klara_assets.persistence import queries
from klara_assets.services import batch_items, certificates, custody, end_of_life
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.batch_dialogs import AddDevicesDialog, AddToBatchDialog, NewBatchDialog, ShipDialog
from ui.dialogs.certificate_preview import CertificatePreview
from ui.dialogs.checkin_dialog import CheckinDialog
from ui.dialogs.close_batch_dialog import CloseBatchDialog
from ui.dialogs.reason_dialog import ReasonDialog
from ui.dialogs.route_dialog import RouteDialog
from ui.dialogs.sanitization_dialog import SanitizationDialog
from ui.pages.batches_page import BatchesPage
from ui.pages.end_of_life_page import EndOfLifePage

DEVICES = 20
ACTIONS_AFTER = 25  # retire 5, sanitize 5, route 4, batch 5 (page, new, create, add, confirm), ship 4, close 2


class Steps:
    """Counts what the user does."""

    def __init__(self, qtbot: Any):
        self.qtbot, self.count = qtbot, 0

    def click(self, widget: Any) -> None:
        self.count += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def key(self, widget: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        self.qtbot.keyClick(widget, key, modifier)

    def type(self, widget: Any, text: str) -> None:
        self.count += 1
        widget.setFocus()
        self.qtbot.keyClicks(widget, text)

    def select_all(self, table: Any) -> None:
        """Ctrl+A in a table."""
        self.count += 1
        table.selectAll()

    def row(self, table: Any) -> None:
        """A click on the first row of a table."""
        self.count += 1
        table.setFocus()
        table.selectRow(0)


def _show(qtbot: Any, page: Any) -> Any:
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    return page


def _dialog(qtbot: Any, page: Any, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and bool(page.dialog.isVisible()), timeout=10_000)
    return page.dialog


def _enter(qtbot: Any, steps: Steps, dialog: Any, widget: Any) -> None:
    """Enter in `widget`: the dialog's default button does its action; wait for its result."""
    done: list[Any] = []
    trace: list[Any] = []
    dialog.completed.connect(lambda result: done.append(result))
    dialog.finished.connect(lambda code: trace.append(("finished", code)))
    dialog.rejected.connect(lambda: trace.append("rejected"))
    steps.key(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(done) or bool(trace), timeout=20_000)
    assert done, trace


@pytest.fixture
def fleet(ui: UiContext) -> list[str]:
    S.organisation(ui.services)
    S.recycler(ui.services)
    return [S.device(ui.services, purchased_on="2016-03-01", serial=f"DL-{n:04}") for n in range(DEVICES)]


def test_twenty_devices_from_retire_to_certificate(qtbot: Any, ui: UiContext, fleet: list[str]) -> None:
    steps = Steps(qtbot)
    page = _show(qtbot, EndOfLifePage(ui))
    assert len(page.candidates_model.rows) == DEVICES
    steps.row(page.candidates)
    steps.key(page.candidates, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    steps.key(page.candidates, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    retire = _dialog(qtbot, page, ReasonDialog)
    steps.type(retire.reason, "Nine years old")
    _enter(qtbot, steps, retire, retire.reason)
    assert {queries.asset_detail(tag).status for tag in fleet} == {"retired"}
    qtbot.waitUntil(lambda: len(page.outgoing_model.rows) == DEVICES, timeout=10_000)

    steps.row(page.outgoing)
    steps.select_all(page.outgoing)
    steps.click(page.buttons["sanitize"])
    form = _dialog(qtbot, page, SanitizationDialog)
    steps.type(form.lines["tool"], "Blancco Drive Eraser 7.12")
    _enter(qtbot, steps, form, form.lines["tool"])
    qtbot.waitUntil(lambda: all(r.sanitized_at for r in page.outgoing_model.rows), timeout=10_000)

    steps.row(page.outgoing)
    steps.select_all(page.outgoing)
    steps.click(page.buttons["route"])
    routing = _dialog(qtbot, page, RouteDialog)
    qtbot.waitUntil(lambda: routing.ok.isEnabled(), timeout=10_000)
    _enter(qtbot, steps, routing, routing.reason)
    assert {queries.asset_detail(tag).status for tag in fleet} == {"to_recycle"}

    batches_page = _show(qtbot, BatchesPage(ui))
    steps.count += 1  # the sidebar click that shows the Batches page
    steps.click(batches_page.buttons["new"])
    new = _dialog(qtbot, batches_page, NewBatchDialog)
    qtbot.waitUntil(lambda: new.ok.isEnabled(), timeout=10_000)
    _enter(qtbot, steps, new, new.partner)
    qtbot.waitUntil(lambda: batches_page.detail is not None and batches_page.detail.status == "open", timeout=10_000)
    qtbot.waitUntil(lambda: batches_page.buttons["add"].isEnabled(), timeout=10_000)
    steps.click(batches_page.buttons["add"])
    add = _dialog(qtbot, batches_page, AddDevicesDialog)
    qtbot.waitUntil(lambda: add.ok.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(add.completed, timeout=20_000):
        steps.click(add.ok)
    qtbot.waitUntil(lambda: batches_page.items_model.rowCount() == DEVICES, timeout=10_000)
    steps.click(batches_page.buttons["ship"])
    ship = _dialog(qtbot, batches_page, ShipDialog)
    steps.type(ship.carrier, "Transports Martin")
    steps.type(ship.tracking, "BSD-2026-0001")
    _enter(qtbot, steps, ship, ship.tracking)
    qtbot.waitUntil(lambda: batches_page.buttons["close"].isEnabled(), timeout=10_000)
    steps.click(batches_page.buttons["close"])
    close = _dialog(qtbot, batches_page, CloseBatchDialog)
    assert {spin.value() for spin in close.weights} == {1.65}  # the laptops' known weight, not 0 kg
    _enter(qtbot, steps, close, close.lang)
    preview = _dialog(qtbot, batches_page, CertificatePreview)
    assert {queries.asset_detail(tag).status for tag in fleet} == {"recycled"}
    items = batch_items.batch_detail(certificates.list_certificates()[0].batch or "").items
    assert {item.weight_kg for item in items} == {Decimal("1.65")}
    assert preview.number
    assert steps.count == ACTIONS_AFTER


def test_a_refusal_for_one_device_retires_none_and_names_it(qtbot: Any, ui: UiContext, fleet: list[str]) -> None:
    end_of_life.retire_asset(ui.services, fleet[3], "old")
    page = _show(qtbot, EndOfLifePage(ui))
    page.outgoing.selectRow(0)
    page.outgoing.selectAll()
    page.buttons["route"].click()  # the retired device is not sanitized: routing refuses it
    routing = _dialog(qtbot, page, RouteDialog)
    qtbot.waitUntil(lambda: routing.ok.isEnabled(), timeout=10_000)
    before = snapshot()
    qtbot.mouseClick(routing.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: routing.message.isVisible() or bool(routing.errors.visible_messages()), timeout=10_000)
    assert "sanitiz" in (routing.message.text() + str(routing.errors.visible_messages())).lower()
    assert snapshot() == before


def test_retiring_a_held_device_offers_to_check_it_in_first(qtbot: Any, ui: UiContext, fleet: list[str]) -> None:
    custody.check_out(ui.services, [fleet[0]], "zoe.kovacs@klara.fr", override_reason="test set-up")
    page = _show(qtbot, EndOfLifePage(ui))
    row = next(i for i, r in enumerate(page.candidates_model.rows) if r.tag == fleet[0])
    page.candidates.selectRow(row)
    assert page.buttons["retire"].isEnabled()
    page.buttons["retire"].click()
    assert "must be checked in" in ui.dialogs.shown[-1][2]  # type: ignore[attr-defined]
    checkin = _dialog(qtbot, page, CheckinDialog)
    checkin.save_receipt.setChecked(False)
    qtbot.mouseClick(checkin.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    retire = _dialog(qtbot, page, ReasonDialog)
    qtbot.keyClicks(retire.reason, "Returned for good")
    with qtbot.waitSignal(retire.completed, timeout=10_000):
        qtbot.keyClick(retire.reason, Qt.Key.Key_Return)
    assert queries.asset_detail(fleet[0]).status == "retired"


def test_the_end_of_life_page_adds_devices_to_a_batch(qtbot: Any, ui: UiContext, fleet: list[str]) -> None:
    for tag in fleet[:3]:
        end_of_life.retire_asset(ui.services, tag, "old")
        S.sanitize(ui.services, tag)
        end_of_life.route_asset(ui.services, tag, "recycle", "test")
    from klara_assets.services import batches

    number = str(batches.create_batch(ui.services, S.RECYCLER).result)
    page = _show(qtbot, EndOfLifePage(ui))
    page.outgoing.selectRow(0)
    page.outgoing.selectAll()
    assert page.buttons["batch"].isEnabled()
    qtbot.keyClick(page.outgoing, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    add = _dialog(qtbot, page, AddToBatchDialog)
    qtbot.waitUntil(lambda: add.ok.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(add.completed, timeout=10_000):
        qtbot.keyClick(add.batch, Qt.Key.Key_Return)
    assert len(batch_items.batch_detail(number).items) == 3


def test_the_certificate_is_issued_by_the_operator_or_the_configured_name(ui: UiContext, fleet: list[str]) -> None:
    from klara_assets.services.certificate_data import issuer_name
    from klara_assets.services.settings import update_settings

    ctx = ui.services
    assert issuer_name(ctx) == ctx.actor  # nothing configured: the login, as before
    update_settings(ctx, issuer_name="Camille Durand")
    assert issuer_name(ctx) == "Camille Durand"
    signed_in = ctx.as_operator(Operator("cdurand", "Camille D. (IT)", frozenset(Role), operator_id=7))
    assert issuer_name(signed_in) == "Camille D. (IT)"
    S.sanitize(ctx, fleet[0])
    issued = certificates.issue_sanitization_certificate(ctx, tag=fleet[0], lang="en").result
    assert issued.number  # type: ignore[union-attr]
    assert certificates.list_certificates()[0].issued_by == "Camille Durand"
