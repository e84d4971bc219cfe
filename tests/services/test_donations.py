"""Gifts to staff (issue 16 §5): after a passed Clear or Purge, cost price and depreciation recorded and
shown, the yearly cap per employee (CGI art. 81, 31° bis) refused past it with the figures, an attestation
de don (FR/EN), the device leaving the fleet through the lifecycle, counted as reuse in the environmental
report."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from klara_assets.domain.errors import InvalidTransition, ValidationFailed
from klara_assets.persistence.models import Asset, Donation, Event
from klara_assets.services import donations, end_of_life, reports
from klara_assets.services.context import ServiceContext
from tests import eol_setup as S
from tests.helpers import assert_refused, run_cli

EMAIL = "zoe.kovacs@klara.fr"


def _retired(ctx: ServiceContext, price: str, purchased: str = "2022-01-10", method: str | None = "purge") -> str:
    tag = S.device(ctx, price=price, purchased_on=purchased, weight_kg="1.40")
    end_of_life.retire_asset(ctx, tag, "old")
    if method:
        S.sanitize(ctx, tag, method)
    return tag


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_donation_records_values_and_leaves_the_fleet(ctx: ServiceContext) -> None:
    S.organisation(ctx)
    # Bought 2025-06-01 for 1,200.00: on 2026-11-26, 17 whole months of 36 -> 566.67 depreciated, 633.33 left.
    tag = _retired(ctx, "1200", purchased="2025-06-01")
    result = donations.donate(ctx, tag, EMAIL, lang="fr").result
    assert isinstance(result, donations.DonationResult)
    assert (result.cost_price, result.depreciation, result.net_book_value) == (
        Decimal("1200.00"), Decimal("566.67"), Decimal("633.33")
    )  # fmt: skip
    assert result.number == "DON-2026-001" and result.given_this_year == Decimal("1200.00")
    assert Asset.get(Asset.tag == tag).status == "refurbished"
    text = _text(result.pdf)
    for words in (
        "Attestation de don",
        "Zoé Kovács",
        tag,
        "1 200,00 €",
        "566,67 €",
        "633,33 €",
        "31° bis",
        "2 000,00 €",
    ):
        assert words in text, words
    logged = [json.loads(e.data) for e in Event.select().where(Event.action == "donate")]
    assert logged[0]["after"]["cost_price"] == "1200.00"
    english = donations.donate(ctx, _retired(ctx, "300"), EMAIL, lang="en").result
    assert "Certificate of donation" in _text(english.pdf) and "€1,500.00" in _text(english.pdf)  # type: ignore[union-attr]


def test_the_yearly_cap_is_refused_with_the_figures(ctx: ServiceContext) -> None:
    S.organisation(ctx)
    donations.donate(ctx, _retired(ctx, "1400"), EMAIL)
    second = _retired(ctx, "700.50")
    err = assert_refused(InvalidTransition, "above the yearly cap", donations.donate, ctx, second, EMAIL)
    for figure in ("€700.50", "€1,400.00", "€2,100.50", "€2,000.00", "€600.00 remain for 2026", "31° bis"):
        assert figure in err.message, figure
    assert err.code == "donation_cap_exceeded"
    # Exactly up to the cap is allowed.
    donations.donate(ctx, _retired(ctx, "600"), EMAIL)
    assert donations.given_in(Donation.get().person, 2026) == Decimal("2000.00")


def test_refusals_name_their_reason(ctx: ServiceContext) -> None:
    S.organisation(ctx)
    assert_refused(InvalidTransition, "Clear or Purge", donations.donate, ctx, _retired(ctx, "500", method=None), EMAIL)
    destroyed = _retired(ctx, "500", method="destroy")
    assert_refused(InvalidTransition, "cannot go to refurbishment", donations.donate, ctx, destroyed, EMAIL)
    in_stock = S.device(ctx, price="500")
    assert_refused(InvalidTransition, "in_stock", donations.donate, ctx, in_stock, EMAIL)
    no_price = _retired(ctx, "0")
    assert_refused(ValidationFailed, "no cost price", donations.donate, ctx, no_price, EMAIL)


def test_counted_as_reuse_in_the_environmental_report(ctx: ServiceContext) -> None:
    S.organisation(ctx)
    before = reports.environment_report(ctx, 2026)
    donations.donate(ctx, _retired(ctx, "800"), EMAIL)
    after = reports.environment_report(ctx, 2026)
    assert after.end_of_life_devices == before.end_of_life_devices + 1
    assert after.reuse_rate == Decimal(1)


def test_donate_command(ctx: ServiceContext, db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    S.organisation(ctx)
    tag, second = _retired(ctx, "1999"), _retired(ctx, "2")
    out = tmp_path / "don.pdf"
    code, stdout, err = run_cli(capsys, "--db", db_url, "donate", tag, EMAIL, "--out", str(out), "--json")
    assert code == 0, err
    assert json.loads(stdout)["given_this_year"] == "1999.00" and out.read_bytes().startswith(b"%PDF")
    code, _, err = run_cli(capsys, "--db", db_url, "donate", second, EMAIL, "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "€2,001.00" in err and not (tmp_path / "x.pdf").exists()
