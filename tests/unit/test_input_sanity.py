"""Issue 12 §2-§3 in the domain: recovery keys, numbers, ranges, characters (pure functions)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.fields import normalize_asset_fields, parse_decimal, past_datetime
from klara_assets.domain.identifiers import serial_key
from klara_assets.domain.secrets import secret_kind

TODAY = date(2026, 11, 26)
GROUPS = ["123456", "234567", "345678", "456789", "567890", "678901", "789012", "890123"]


@pytest.mark.parametrize(
    "value",
    [
        "-".join(GROUPS),
        " ".join(GROUPS),
        "".join(GROUPS),
        ".".join(GROUPS),
        " - ".join(GROUPS),
        "key: " + "_".join(GROUPS) + " (desk 4)",
        "\n".join(GROUPS),
    ],
)
def test_bitlocker_keys_with_any_separator(value: str) -> None:
    assert secret_kind(value) == "bitlocker"


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("AB12-CD34-EF56-GH78-JK9L-MN0P", "filevault"),
        ("AB12 CD34 EF56 GH78 JK9L MN0P", "filevault"),
        ("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DP", "secret"),  # base32 TOTP-like seed, 40 chars
        ("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b", None),  # SHA-1: a document/git hash, kept
        ("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", None),  # SHA-256 of a certificate
        ("9f86d081884c7d659a2feaa0c55ad015", "secret"),  # 128-bit hex key
    ],
)
def test_other_secrets(value: str, kind: str | None) -> None:
    assert secret_kind(value) == kind


@pytest.mark.parametrize(
    "value",
    [
        "C02XK0ABJGH5",  # Apple serial
        "5CD1234XYZ",  # HP serial
        "352099001761481",  # IMEI
        "352099001761481 / 353281150000014",  # two IMEIs
        "73282932000074",  # SIRET
        "+33 1 23 45 67 89",
        "Keys escrowed in Intune, device id 4f1c2a9e-8d3b-4c5e-9a7f-1b2c3d4e5f60",
        "BitLocker key in Intune since 2026-11-25 09:30",
        "THIS THAT HAVE BEEN WITH SOME",  # six four-letter words: no digit, not a FileVault key
        "Ticket 123456 and 234567 closed",
        "PO 2026-001234-556677",
    ],
)
def test_ordinary_text_is_kept(value: str) -> None:
    assert secret_kind(value) is None


@pytest.mark.parametrize("field", ["recovery_key_escrow", "notes"])
def test_fields_refuse_keys_and_name_the_key_service(field: str) -> None:
    with pytest.raises(ValidationFailed) as err:
        normalize_asset_fields({field: " ".join(GROUPS)}, TODAY)
    assert err.value.field == field and err.value.code == "recovery_key_refused"
    assert "BitLocker" in err.value.message and "MDM" in err.value.message


@pytest.mark.parametrize(
    "raw", ["1 299,00", "1299,00", "1,299.00", "€1,299.00", "1.299,00", "1299.00", "1 299", "1\u202f299,00", "1299"]
)
def test_unambiguous_prices(raw: str) -> None:
    assert parse_decimal(raw, "price") == Decimal("1299")


@pytest.mark.parametrize("raw", ["1,299", "1.299", "12,345", "999.999"])
def test_ambiguous_prices_are_refused_with_why(raw: str) -> None:
    with pytest.raises(ValidationFailed) as err:
        parse_decimal(raw, "price")
    assert err.value.code == "ambiguous_number" and "ambiguous" in err.value.message and err.value.field == "price"


def test_locale_hint_decides() -> None:
    assert parse_decimal("1,299", "price", locale="fr") == Decimal("1.299")
    assert parse_decimal("1,299", "price", locale="en") == Decimal("1299")
    assert parse_decimal("1.299", "price", locale="fr") == Decimal("1299")
    assert parse_decimal("1.299", "price", locale="en") == Decimal("1.299")
    assert parse_decimal("0,299", "price") == Decimal("0.299")  # a leading zero is not ambiguous
    assert parse_decimal("12,5", "price") == Decimal("12.5")
    # Only one reading within range: 1,650 kg per device is a weight of 1.65 kg (1650 kg is refused anyway).
    assert parse_decimal("1,650", "weight_kg", maximum=Decimal(100)) == Decimal("1.650")
    assert parse_decimal("1.650", "weight_kg", maximum=Decimal(100)) == Decimal("1.650")


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"price": "1e20"}, "price", "out of range"),
        ({"price": "1e309"}, "price", "out of range"),
        ({"price": "NaN"}, "price", "finite"),
        ({"price": "inf"}, "price", "finite"),
        ({"price": float("nan")}, "price", "finite"),
        ({"price": "-5"}, "price", "positive"),
        ({"price": "1,2,3"}, "price", "invalid number"),
        ({"weight_kg": "0"}, "weight_kg", "positive"),
        ({"weight_kg": "100.5"}, "weight_kg", "out of range"),
        ({"purchased_on": "1979-12-31"}, "purchased_on", "before 1980"),
        ({"storage_gb": "1000001"}, "storage_gb", "out of range"),
        ({"imei": "000000000000000"}, "imei", "all zeros"),
        ({"imei": "352099001761481", "imei2": "352099001761481"}, "imei2", "same"),
        ({"manufacturer": "   "}, "manufacturer", "required"),
        ({"model": ""}, "model", "required"),
        ({"model": "Latitude\x00"}, "model", "NUL"),
        ({"serial": "SN\x1b[2J"}, "serial", "ESC"),
        ({"notes": "abc\u202edcba"}, "notes", "bidirectional"),
        ({"supplier": "x\u2066y"}, "supplier", "bidirectional"),
    ],
)
def test_nonsense_is_refused_with_the_field_named(values: dict[str, object], field: str, words: str) -> None:
    with pytest.raises(ValidationFailed) as err:
        normalize_asset_fields(values, TODAY)
    assert err.value.field == field, err.value.message
    assert words.lower() in err.value.message.lower(), err.value.message


def test_limits_themselves_are_accepted() -> None:
    clean = normalize_asset_fields(
        {
            "price": "9999999999.99",
            "weight_kg": "100",
            "purchased_on": "1980-01-01",
            "storage_gb": "1000000",
            "notes": "line one\nline two\ttab",
        },
        TODAY,
    )
    assert clean["price"] == Decimal("9999999999.99") and clean["storage_gb"] == 1_000_000


def test_time_with_offset_is_converted_to_utc() -> None:
    assert past_datetime("2026-11-25T18:40+02:00", "checked", TODAY) == datetime(2026, 11, 25, 16, 40)
    assert past_datetime("2026-11-25T18:40Z", "checked", TODAY) == datetime(2026, 11, 25, 18, 40)
    assert past_datetime("2026-11-25T18:40", "checked", TODAY) == datetime(2026, 11, 25, 18, 40)


def test_serial_key() -> None:
    assert serial_key("fvf0000001e") == serial_key("FVF 0000001E") == serial_key("FVF-0000-001E") == "FVF0000001E"
    assert serial_key("") is None and serial_key(" - ") is None
