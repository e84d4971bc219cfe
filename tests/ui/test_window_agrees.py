"""Issue 12 §6: the window asks the same domain rules as the services (partners, encryption compliance)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from klara_assets.domain.disposal import batch_kind_for, certification_problem
from klara_assets.domain.encryption import encryption_standing
from klara_assets.domain.enums import PartnerKind
from klara_assets.domain.errors import InvalidTransition
from klara_assets.persistence.models import Asset
from klara_assets.services import custody, custody_preview, inventory, partners
from klara_assets.services.dashboard import load_dashboard
from klara_assets.services.settings import load_settings
from tests import eol_setup as S
from tests.helpers import assert_refused
from ui.context import UiContext
from ui.models.eol_tables import RED, PartnersModel
from ui.pages.dashboard_page import DashboardPage
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


def _dashboard(qtbot: Any, ui: UiContext) -> DashboardPage:
    widget = DashboardPage(ui)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.activate()
    return widget


def test_empty_database_dashboard_shows_a_dash_not_100(qtbot: Any, ui: UiContext) -> None:
    page = _dashboard(qtbot, ui)
    assert page.cards["encryption"].figure.text() == "—"


def test_stale_checks_are_to_recheck_in_the_dashboard_and_at_check_out(qtbot: Any, ui: UiContext) -> None:
    ctx = ui.services
    now = ctx.now()
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    laptop = {"category": "laptop", "manufacturer": "Dell", "model": "Latitude"}
    checks = {
        "fresh": (now - timedelta(days=10)).date().isoformat(),
        "old": (now - timedelta(days=400)).date().isoformat(),
        "undated": None,
    }
    for name, checked in checks.items():
        extra = {"encryption_checked_at": checked} if checked else {}
        inventory.register_asset(ctx, **laptop, serial=name, encryption_state="encrypted", **extra)
    inventory.register_asset(ctx, **laptop, serial="plain", encryption_state="none")
    # Registering "encrypted" dates the check today; an undated check is a row from before that rule.
    Asset.update(encryption_checked_at=None).where(Asset.serial == "undated").execute()
    settings = load_settings()
    standings = [
        encryption_standing(a.encryption_state, a.encryption_checked_at, now, settings.encryption_check_max_days)
        for a in Asset.select().order_by(Asset.id)
    ]
    assert standings == ["encrypted", "stale", "stale", "none"]
    figures = load_dashboard(ctx)
    assert (figures.encryption_compliant, figures.encryption_stale, figures.encryption_missing) == (1, 2, 1)
    page = _dashboard(qtbot, ui)
    assert page.cards["encryption"].figure.text() == "25 %"
    detail = page.cards["encryption"].findChildren(QLabel)
    texts = " ".join(label.text() for label in detail)
    assert "1 device(s) not encrypted" in texts and "2 to re-check" in texts, texts
    # check-out asks the same rule: the undated one needs a re-check (or an override), the fresh one goes.
    old = Asset.get(Asset.serial == "undated").tag
    assert_refused(InvalidTransition, "re-check", custody.check_out, ctx, [old], "zoe@klara.fr")
    custody.check_out(ctx, [Asset.get(Asset.serial == "fresh").tag], "zoe@klara.fr")
    preview = custody_preview.check_out_preview([old], now)
    assert preview[0].needs_override and preview[0].standing == "stale"
