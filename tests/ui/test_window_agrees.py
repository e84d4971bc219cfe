"""Issue 12 §6: the window asks the same domain rules as the services (partners, encryption compliance)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt

from klara_assets.domain.disposal import batch_kind_for, certification_problem
from klara_assets.domain.enums import PartnerKind
from klara_assets.services import partners
from tests import eol_setup as S
from ui.context import UiContext
from ui.models.eol_tables import RED, PartnersModel
from ui.pages.partners_page import PartnersPage


def _page(qtbot: Any, ui: UiContext) -> PartnersModel:
    page = PartnersPage(ui)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page.model


def test_recycler_with_only_iso_certifications_is_not_shown_as_certified(qtbot: Any, ui: UiContext) -> None:
    today = ui.services.now().date()
    far = today + timedelta(days=700)
    partners.add_partner(
        ui.services, "ISO Recyclage", "recycler", S.RECYCLER_SIRET, certifications=[("ISO 14001", "I-1", far)]
    )
    partners.add_partner(ui.services, "Good Recyclage", "recycler", S.ECO_SIRET, certifications=[("R2v3", "R2-9", far)])
    S.refurbisher(ui.services, social_economy=True)  # no certification, but ESS: the guard accepts it
    model = _page(qtbot, ui)
    colours = {row.name: model.index(i, 3).data(Qt.ItemDataRole.ForegroundRole) for i, row in enumerate(model.rows)}
    assert colours["ISO Recyclage"] is not None and colours["ISO Recyclage"].color().name() == RED
    assert colours["Good Recyclage"] is None
    assert colours[S.REFURBISHER] is None
    # ... and the service's guard says the same of each.
    assert len(model.rows) == 3
    for row in model.rows:
        problem = certification_problem(
            row.name, batch_kind_for(PartnerKind(row.kind)), row.certifications, row.social_economy, today
        )
        assert (problem is not None) == (colours[row.name] is not None and colours[row.name].color().name() == RED)
