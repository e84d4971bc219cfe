"""Identifiers and field normalizers: IMEI, SIRET, tags, dates, amounts, recovery keys."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.fields import normalize_asset_fields, parse_date, parse_decimal
from klara_assets.domain.identifiers import TagScheme, normalize_imei, normalize_siret, normalize_tag

TODAY = date(2026, 11, 26)


def test_imei_valid_and_invalid() -> None:
    assert normalize_imei("35-209900-176148-1") == "352099001761481"
    assert normalize_imei("") is None
    with pytest.raises(ValidationFailed, match="check digit"):
        normalize_imei("352099001761482")
    with pytest.raises(ValidationFailed, match="15 digits"):
        normalize_imei("12345")


def test_siret() -> None:
    assert normalize_siret("732 829 320 00074") == "73282932000074"
    with pytest.raises(ValidationFailed, match="SIRET"):
        normalize_siret("73282932000075")


def test_tag_scheme_and_normalization() -> None:
    scheme = TagScheme("KLA-", 6)
    assert scheme.format(123) == "KLA-000123"
    assert scheme.number_of("KLA-000123") == 123
    assert scheme.number_of("SNIPE-12") is None
    assert normalize_tag("  kla-000123 ") == "KLA-000123"
    with pytest.raises(ValidationFailed, match="Invalid tag"):
        normalize_tag("KLA 12 ; DROP")


@pytest.mark.parametrize(("raw", "expected"), [("2024-12-25", date(2024, 12, 25)), ("25/12/2024", date(2024, 12, 25))])
def test_dates_iso_and_french(raw: str, expected: date) -> None:
    assert parse_date(raw, "purchased_on") == expected


def test_impossible_date_refused() -> None:
    with pytest.raises(ValidationFailed, match="Invalid date"):
        parse_date("2024-02-30", "purchased_on")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1 299,00", "1299.00"), ("1299.5", "1299.5"), ("1.299,90", "1299.90"), ("€ 15", "15")],
)
def test_amounts(raw: str, expected: str) -> None:
    assert parse_decimal(raw, "price") == Decimal(expected)


def test_negative_amount_and_future_purchase_refused() -> None:
    with pytest.raises(ValidationFailed, match="positive"):
        normalize_asset_fields({"price": "-3"}, TODAY)
    with pytest.raises(ValidationFailed, match="future"):
        normalize_asset_fields({"purchased_on": "2027-01-01"}, TODAY)


def test_recovery_key_is_never_stored() -> None:
    key = "-".join(["123456"] * 8)
    with pytest.raises(ValidationFailed, match="recovery key"):
        normalize_asset_fields({"recovery_key_escrow": f"key {key}"}, TODAY)
    assert normalize_asset_fields({"recovery_key_escrow": "Intune"}, TODAY)["recovery_key_escrow"] == "Intune"


def test_warranty_before_purchase_refused() -> None:
    with pytest.raises(ValidationFailed, match="warranty"):
        normalize_asset_fields({"purchased_on": "2025-01-01", "warranty_end": "2024-01-01"}, TODAY)
