"""The dashboard's figures on a small fleet checked by hand, on SQLite and PostgreSQL; a read writes nothing."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from klara_assets.services import custody, incidents, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.dashboard import load_dashboard
from tests.helpers import snapshot


def _fleet(ctx: ServiceContext, clock: Any) -> None:
    clock.now = datetime(2026, 6, 1, 9, 0)
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    inventory.add_person(ctx, "Łukasz Nowak", "lukasz@klara.fr")
    rows = [
        dict(category="laptop", purchased_on=date(2019, 6, 1), encryption_state="none", warranty_end=date(2026, 7, 1)),
        dict(category="laptop", purchased_on=date(2024, 6, 1), encryption_state="encrypted",
             encryption_checked_at=datetime(2026, 5, 1), warranty_end=date(2026, 9, 1)),
        dict(category="smartphone", purchased_on=date(2025, 6, 1), encryption_state="unknown"),
        dict(category="monitor", condition="broken"),
    ]  # fmt: skip
    for index, values in enumerate(rows):
        inventory.register_asset(ctx, manufacturer="Dell", model=f"M{index}", serial=f"SN-{index}", **values)
    custody.check_out(ctx, ["KLA-000001"], "zoe@klara.fr", due="2026-06-10", override_reason="field audit")
    custody.check_out(ctx, ["KLA-000002"], "lukasz@klara.fr")
    clock.now = datetime(2026, 6, 20, 9, 0)
    incidents.report_incident(ctx, "KLA-000003", "lost", discovered_at="2026-06-19 20:00")


def test_figures_on_a_small_fleet(ctx: ServiceContext, clock: Any) -> None:
    _fleet(ctx, clock)
    before = snapshot()
    figures = load_dashboard(ctx)
    assert snapshot() == before
    assert figures.total == 4 and figures.by_status == {"assigned": 2, "lost": 1, "in_stock": 1}
    assert figures.by_category == {"laptop": 2, "monitor": 1}  # the lost phone is out of service
    laptop = next(line for line in figures.ages if line.category == "laptop")
    assert (laptop.devices, laptop.dated, laptop.past_lifetime) == (2, 2, 1)  # 2019 is past 5 years
    assert laptop.average_age_years == round(((date(2026, 6, 20) - date(2019, 6, 1)).days + 749) / 2 / 365.25, 2)
    assert (figures.encryption_required, figures.encryption_compliant) == (2, 1)  # monitors store nothing
    assert figures.overdue_returns == 1 and figures.to_collect == 0
    assert figures.warranties_ending == 1  # July yes, September beyond 60 days
    assert figures.eol_candidates == 2  # the 2019 laptop and the broken monitor
    assert figures.open_incidents == 1
    lost = figures.incidents[0]
    assert lost.tag == "KLA-000003" and lost.deadline == datetime(2026, 6, 22, 20, 0)
    assert lost.hours_left == 59.0 and not lost.urgent
    clock.now = datetime(2026, 6, 22, 0, 0)
    assert load_dashboard(ctx).incidents[0].urgent  # 20 h left
