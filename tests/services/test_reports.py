"""The environmental report on a small fleet, figures checked by hand, on SQLite and PostgreSQL; PDF and CSV."""

from __future__ import annotations

import csv
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from klara_assets.domain.errors import ValidationFailed
from klara_assets.persistence.models import Asset, BatchItem, DisposalBatch, Partner
from klara_assets.services import inventory, reports
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings
from tests.documents.label_checks import pdf_text
from tests.helpers import snapshot


def _asset(ctx: ServiceContext, tag: str, category: str, purchased: str | None = None, status: str = "") -> int:
    values = {"tag": tag, "category": category, "model": "M"}
    if purchased:
        values["purchased_on"] = purchased
    inventory.register_asset(ctx, **values)
    asset = Asset.get(Asset.tag == tag)
    if status:  # fixture only: the end-of-life path itself is tested by its own area
        Asset.update(status=status).where(Asset.id == asset.id).execute()
    return int(asset.id)


def _batch(
    number: str, kind: str, status: str, closed: datetime | None, items: list[tuple[int, str | None, str | None]]
) -> None:
    partner, _ = Partner.get_or_create(
        name="Ateliers du Bocage", defaults={"kind": "refurbisher", "siret": "73282932000074"}
    )
    batch = DisposalBatch.create(
        number=number, kind=kind, partner=partner, status=status, created_at=datetime(2025, 1, 1), closed_at=closed
    )
    for asset_id, outcome, weight in items:
        BatchItem.create(batch=batch, asset=asset_id, outcome=outcome, weight_kg=weight)


@pytest.fixture
def fleet(ctx: ServiceContext) -> ServiceContext:
    """The clock says 2026-11-26. Active: two laptops (ages 730 and 1461 days), a phone (365 days), a monitor
    with no purchase date. Retired laptop not active. End of life in 2026: 3 second lives, 2 recycled."""
    _asset(ctx, "L-1", "laptop", "2024-11-26")
    _asset(ctx, "L-2", "laptop", "2022-11-26", status="assigned")
    _asset(ctx, "P-1", "smartphone", "2025-11-26")
    _asset(ctx, "M-1", "monitor")
    _asset(ctx, "L-3", "laptop", "2020-01-01", status="retired")
    reused = [
        _asset(ctx, t, c, status="refurbished")
        for t, c in (("E-1", "laptop"), ("E-2", "smartphone"), ("E-3", "laptop"))
    ]
    recycled = [
        _asset(ctx, t, c, status="recycled") for t, c in (("R-1", "desktop"), ("R-2", "monitor"), ("R-3", "laptop"))
    ]
    old = _asset(ctx, "R-0", "laptop", status="recycled")
    pending = _asset(ctx, "O-1", "laptop", status="to_recycle")
    _batch(
        "LOT-2026-001",
        "refurbishment",
        "closed",
        datetime(2026, 6, 1),
        [(reused[0], "reused", None), (reused[1], "refurbished", None), (reused[2], None, None)],
    )
    _batch(
        "LOT-2026-002",
        "recycling",
        "closed",
        datetime(2026, 3, 1),
        [(recycled[0], "recycled", "5.000"), (recycled[1], "recycled", None)],
    )
    _batch("LOT-2026-003", "recycling", "shipped", None, [(recycled[2], None, None)])
    _batch("LOT-2025-009", "recycling", "closed", datetime(2025, 12, 31, 23, 0), [(old, "recycled", None)])
    _batch("LOT-2026-004", "recycling", "open", None, [(pending, None, None)])
    return ctx


def test_figures_checked_by_hand(fleet: ServiceContext) -> None:
    report = reports.environment_report(fleet, 2026).to_json()
    # 2 × 181 (laptops) + 84 (phone) + 64.7 (monitor)
    assert report["fleet_embodied_kgco2e"] == 510.7
    assert report["active_devices"] == 4
    # (730 + 1461 + 365) / 365.25 / 3 = 2.3326 years; lifetimes (5 + 5 + 4) / 3 = 4.67 (the monitor has no date)
    assert report["average_age_years"] == 2.33 and report["average_lifetime_years"] == 4.67
    # 5 devices left in batches closed in 2026: 3 second lives (reused, refurbished, and the refurbishment
    # batch's item without outcome), 2 recycled; the 2025 batch, the shipped and the open ones do not count.
    assert (report["end_of_life_devices"], report["devices_reused"], report["devices_recycled"]) == (5, 3, 2)
    assert report["reuse_rate"] == 0.6
    # 181 × 0.8 × 2 + 84 × 0.8 = 356.8
    assert report["avoided_kgco2e"] == 356.8
    # 5.000 kg recorded on the item + the monitor's own weight 5.73 kg (category default at registration)
    assert report["weee_kg"] == 10.7
    laptop = next(c for c in report["categories"] if c["category"] == "laptop")
    assert (laptop["active_devices"], laptop["reused"], laptop["avoided_kgco2e"]) == (2, 2, 289.6)


def test_factors_overridden_in_settings(fleet: ServiceContext) -> None:
    update_settings(fleet, emission_factors={"laptop": {"embodied_kgco2e": 200, "reuse_avoided_share": "0.5"}})
    report = reports.environment_report(fleet, 2026)
    # 2 × 200 + 84 + 64.7
    assert report.fleet_embodied_kgco2e == Decimal("548.7")
    # 200 × 0.5 × 2 + 84 × 0.8 = 267.2
    assert report.avoided_kgco2e == Decimal("267.2")
    assert report.factors.categories["laptop"].overridden


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ({"laptop": {"embodied_kgco2e": -3}}, "invalid emission factor embodied_kgco2e for laptop"),
        ({"laptop": {"reuse_avoided_share": 1.5}}, "invalid emission factor reuse_avoided_share"),
        ({"server": {"embodied_kgco2e": 1}}, "unknown category 'server'"),
        ({"laptop": {"colour": 1}}, "unknown emission factor 'colour'"),
    ],
)
def test_bad_factor_overrides_are_refused(ctx: ServiceContext, value: dict, words: str) -> None:
    before = snapshot()
    with pytest.raises(ValidationFailed) as err:
        update_settings(ctx, emission_factors=value)
    assert words in err.value.message.lower()
    assert snapshot() == before


def test_a_future_year_is_refused(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationFailed, match="No environmental report for 2027"):
        reports.environment_report(ctx, 2027)


def test_pdf_in_french_and_english_and_csv(fleet: ServiceContext, tmp_path: Path) -> None:
    update_settings(fleet, organisation_name="Klara Łódź")
    report = reports.environment_report(fleet, 2026)
    for lang, words in (
        ("fr", ["Rapport environnemental 2026", "Klara Łódź", "Méthode", "356,8 kg CO2e", "taux de réemploi 60,0 %"]),
        ("en", ["Environmental report 2026", "Method", "510.7 kg CO2e", "10.7 kg", "ADEME Base Empreinte"]),
    ):
        out = reports.write_environment_report(report, tmp_path / f"env-{lang}.pdf", lang)
        text = pdf_text(out)
        for word in words:
            assert word in text.replace("\u202f", " "), (lang, word)
        again = reports.write_environment_report(report, tmp_path / f"again-{lang}.pdf", lang)
        assert again.read_bytes() == out.read_bytes()
    out = reports.write_environment_report(report, tmp_path / "env.csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    total = rows[-1]
    assert (total["category"], total["embodied_kgco2e"], total["reused"], total["weee_kg"]) == (
        "total",
        "510.7",
        "3",
        "10.7",
    )
    with pytest.raises(ValidationFailed, match=r"must end in \.pdf or \.csv"):
        reports.write_environment_report(report, tmp_path / "env.docx")
