"""The partners page: list with certifications coloured by validity, add (SIRET refused next to the
field), edit, certifications added and removed."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from klara_assets.services import partners
from tests import eol_setup as S
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.partner_dialog import CertificationDialog, PartnerDialog
from ui.models.eol_tables import RED, CertificationsModel, PartnersModel
from ui.pages.partners_page import PartnersPage


def _page(qtbot: Any, ui: UiContext) -> PartnersPage:
    page = PartnersPage(ui)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def test_certifications_are_coloured_by_validity(qtbot: Any, ui: UiContext) -> None:
    today = ui.services.now().date()
    S.recycler(ui.services, valid_until=date(today.year + 2, 1, 1))
    S.refurbisher(ui.services, social_economy=False, certifications=[("R2v3", "R2-1", date(today.year - 1, 1, 1))])
    partners.add_partner(
        ui.services,
        "Eco DEEE",
        "eco_organisme",
        S.ECO_SIRET,
        certifications=[("ISO 14001", "I-1", today.replace(day=1) if today.day > 1 else today)],
    )
    page = _page(qtbot, ui)
    colours = {
        row.name: page.model.index(i, 3).data(Qt.ItemDataRole.ForegroundRole) for i, row in enumerate(page.model.rows)
    }
    assert colours[S.RECYCLER] is None
    assert colours[S.REFURBISHER].color().name() == RED
    # an eco-organisme takes recycling batches and ISO 14001 is no recycling scheme: the guard refuses it
    assert colours["Eco DEEE"].color().name() == RED
    assert page.count.text() == "3 partner(s)"


def test_invalid_siret_is_refused_next_to_the_field(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    page.buttons["add"].click()
    dialog = page.dialog
    assert isinstance(dialog, PartnerDialog)
    qtbot.keyClicks(dialog.name, "Recycl'Ouest")
    qtbot.keyClicks(dialog.siret, "12345678901234")
    before = snapshot()
    qtbot.keyClick(dialog.siret, Qt.Key.Key_Return)
    label = dialog.errors.label("siret")
    qtbot.waitUntil(lambda: not label.isHidden(), timeout=5000)
    assert "SIRET" in label.text()
    assert snapshot() == before
    dialog.siret.clear()
    qtbot.keyClicks(dialog.siret, S.RECYCLER_SIRET)
    with qtbot.waitSignal(dialog.completed, timeout=5000):
        qtbot.keyClick(dialog.siret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [r.name for r in page.model.rows] == ["Recycl'Ouest"], timeout=5000)


def test_add_and_remove_a_certification(qtbot: Any, ui: UiContext) -> None:
    S.refurbisher(ui.services)
    page = _page(qtbot, ui)
    page.table.selectRow(0)
    page.buttons["add_cert"].click()
    dialog = page.dialog
    assert isinstance(dialog, CertificationDialog)
    qtbot.keyClicks(dialog.number, "R2-2026-01")
    with qtbot.waitSignal(dialog.completed, timeout=5000):
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.certs_model.rowCount() == 1, timeout=5000)
    page.certs.selectRow(0)
    page.buttons["remove_cert"].click()
    qtbot.waitUntil(lambda: page.certs_model.rowCount() == 0, timeout=5000)
    assert partners.list_partners()[0].certifications == ()


def test_partner_models_pass_the_model_tester(qtmodeltester: Any, ui: UiContext) -> None:
    S.recycler(ui.services)
    model = PartnersModel(date(2026, 11, 26))
    model.set_rows(partners.list_partners())
    qtmodeltester.check(model)
    certs = CertificationsModel(date(2026, 11, 26))
    certs.set_rows(partners.list_partners()[0].certifications)
    qtmodeltester.check(certs)
