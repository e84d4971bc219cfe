"""Normalizers for asset fields: each takes what a form, a CLI option or a CSV cell gives and returns the
stored value, or raises `ValidationFailed` naming the field and the reason. No I/O: `today` is passed in.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import Any

from klara_assets.domain.enums import Category, Condition, EncryptionState, StorageKind
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.identifiers import normalize_imei
from klara_assets.domain.secrets import refuse_secrets

# Control characters (tab, line feed and carriage return excepted), DEL, C1 controls, and the bidirectional
# overrides and isolates that make text display other than it is stored (issue 12 §3).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_FORBIDDEN_NAMES = {"\x00": "NUL", "\x1b": "ESC (a terminal escape)"}


def check_characters(value: str, field: str) -> str:
    """`value` unchanged, or a refusal naming the field and the first forbidden character."""
    found = _FORBIDDEN.search(value)
    if found:
        char = found.group(0)
        name = _FORBIDDEN_NAMES.get(char) or (
            "a bidirectional override" if "\u202a" <= char <= "\u2069" else "a control character"
        )
        raise ValidationFailed(
            f"{field} contains {name} (U+{ord(char):04X}): type plain text.",
            code="control_character",
            field=field,
        )
    return value


def text(value: Any, field: str, max_length: int = 200) -> str:
    result = "" if value is None else str(value).strip()
    if len(result) > max_length:
        raise ValidationFailed(f"{field} is too long (at most {max_length} characters).", code="too_long", field=field)
    return check_characters(result, field)


def required_text(value: Any, field: str, max_length: int = 200) -> str:
    result = text(value, field, max_length)
    if not result:
        raise ValidationFailed(f"The {field} is required (not empty).", code="field_required", field=field)
    return result


def free_text(value: Any, field: str, max_length: int = 10_000) -> str:
    """Notes and descriptions: plain text that never holds a recovery key."""
    return refuse_secrets(text(value, field, max_length), field)


def optional_text(value: Any, field: str, max_length: int = 100) -> str | None:
    return text(value, field, max_length) or None


@cache
def _choices(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in enum)


def choice(enum: type[StrEnum], value: Any, field: str) -> str:
    raw = str(value).strip().lower() if value is not None else ""
    if raw in _choices(enum):  # the common case, without constructing the enum member
        return raw
    try:
        return enum(raw).value
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationFailed(
            f"Invalid {field} {value!r}: expected one of {allowed}.", code="invalid_choice", field=field
        ) from None


def parse_date(value: Any, field: str) -> date | None:
    """ISO dates (2024-12-25) and French ones (25/12/2024); an impossible date is refused."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = str(value).strip()
    if len(raw) == 10 and raw[4] == "-" and raw[7] == "-":
        # The common case, without strptime's cost (an import parses hundreds of thousands of dates).
        with contextlib.suppress(ValueError):
            return date.fromisoformat(raw)
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
    raise ValidationFailed(f"Invalid date {raw!r} for {field} (use YYYY-MM-DD).", code="invalid_date", field=field)


def past_date(value: Any, field: str, today: date) -> date | None:
    result = parse_date(value, field)
    if result is not None and result > today:
        raise ValidationFailed(f"{field} {result.isoformat()} is in the future.", code="date_in_future", field=field)
    return result


_GROUPED_COMMA = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")  # 1,299.00  1,299,000
_GROUPED_DOT = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")  # 1.299,00  1.299.000
_PLAIN = re.compile(r"^\d+([.,]\d+)?$")


def _decimal_text(raw: str, value: Any, field: str, locale: str | None, maximum: Decimal | None) -> str:
    """`raw` (spaces and € removed) as a Python decimal literal; an ambiguous separator is refused."""
    if _PLAIN.match(raw):
        head, sep, tail = raw.replace(",", ".").partition(".")
        if sep and len(tail) == 3 and len(head) <= 3 and head != "0":
            # 1,299 or 1.299: a thousands separator (1299) or a decimal one (1.299)? Only a hint decides.
            if locale == "fr":
                return f"{head}.{tail}" if "," in raw else head + tail
            if locale == "en":
                return f"{head}.{tail}" if "." in raw else head + tail
            if maximum is not None and Decimal(head + tail) > maximum:
                return f"{head}.{tail}"  # 1.650 kg: 1650 kg is out of range, so only one reading is possible
            raise ValidationFailed(
                f"{field} {value!r} is ambiguous: 1,299 may mean 1299 or 1.299. Write 1 299,00, 1299.00 or 1,299.00.",
                code="ambiguous_number",
                field=field,
            )
        return raw.replace(",", ".")
    if _GROUPED_COMMA.match(raw):
        return raw.replace(",", "")
    if _GROUPED_DOT.match(raw):
        return raw.replace(".", "").replace(",", ".")
    return raw  # Decimal() decides (1e3, -5, nonsense) below


def parse_decimal(
    value: Any,
    field: str,
    *,
    allow_zero: bool = True,
    maximum: Decimal | None = None,
    locale: str | None = None,
) -> Decimal | None:
    """`1299.00`, `1 299,00`, `1299,00`, `1,299.00`, `€1,299.00`, `1.299,00` are all 1299.

    `1,299` and `1.299` are refused as ambiguous unless `locale` ("fr": comma is decimal, "en": dot is
    decimal) says which. Non-finite values, negative ones and values above `maximum` are refused.
    """
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, float | int) and not isinstance(value, bool):
        if isinstance(value, float) and not math.isfinite(value):
            raise ValidationFailed(
                f"{field} must be a finite number, not {value!r}.", code="invalid_number", field=field
            )
        result = Decimal(str(value))
    else:
        raw = str(value).strip()
        for noise in ("\u202f", "\xa0", " ", "€", "EUR", "\u2009", "'"):
            raw = raw.replace(noise, "")
        try:
            result = Decimal(_decimal_text(raw, value, field, locale, maximum))
        except InvalidOperation:
            raise ValidationFailed(
                f"Invalid number {value!r} for {field}.", code="invalid_number", field=field
            ) from None
    if not result.is_finite():
        raise ValidationFailed(f"{field} must be a finite number, not {value!r}.", code="invalid_number", field=field)
    if result < 0 or (result == 0 and not allow_zero):
        raise ValidationFailed(
            f"{field} must be a positive amount, not {value!r}.", code="negative_amount", field=field
        )
    if maximum is not None and result > maximum:
        raise ValidationFailed(
            f"{field} {value!r} is out of range (at most {maximum}).", code="out_of_range", field=field
        )
    return result


def parse_int(value: Any, field: str, maximum: int | None = None) -> int | None:
    if value is None or value == "":
        return None
    try:
        result = int(str(value).strip())
    except ValueError:
        raise ValidationFailed(
            f"Invalid whole number {value!r} for {field}.", code="invalid_number", field=field
        ) from None
    if result < 0:
        raise ValidationFailed(f"{field} cannot be negative.", code="negative_amount", field=field)
    if maximum is not None and result > maximum:
        raise ValidationFailed(
            f"{field} {result} is out of range (at most {maximum}).", code="out_of_range", field=field
        )
    return result


EARLIEST_YEAR = 1980  # no device of the fleet, no incident, before this (a year typed 0224 or 1924 is a typo)


def not_before_1980(result: date | datetime | None, field: str) -> None:
    if result is not None and result.year < EARLIEST_YEAR:
        raise ValidationFailed(
            f"{field} {result.isoformat()} is before {EARLIEST_YEAR}: check the year.",
            code="date_too_old",
            field=field,
        )


def escrow_place(value: Any, field: str) -> str:
    return refuse_secrets(text(value, field), field)


def past_datetime(value: Any, field: str, today: date) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        result = value
    else:
        raw = str(value).strip()
        try:
            result = datetime.fromisoformat(raw)
        except ValueError:
            day = parse_date(raw, field)
            assert day is not None
            result = datetime.combine(day, datetime.min.time())
    if result.tzinfo is not None:
        result = result.astimezone(UTC).replace(tzinfo=None)  # stored as naive UTC: converted, not stripped
    if result.date() > today:
        raise ValidationFailed(f"{field} {result.isoformat()} is in the future.", code="date_in_future", field=field)
    return result


MAX_PRICE = Decimal("9999999999.99")  # money columns: 12 digits, 2 decimals
MAX_WEIGHT_KG = Decimal(100)  # per device
MAX_STORAGE_GB = 1_000_000  # 1 PB


def _since_1980(result: Any, field: str) -> Any:
    not_before_1980(result, field)
    return result


Normalizer = Callable[[Any, date], Any]

ASSET_FIELDS: dict[str, Normalizer] = {
    "category": lambda v, t: choice(Category, v, "category"),
    "manufacturer": lambda v, t: required_text(v, "manufacturer", 100),
    "model": lambda v, t: required_text(v, "model"),
    "serial": lambda v, t: optional_text(v, "serial"),
    "imei": lambda v, t: normalize_imei(v, "imei"),
    "imei2": lambda v, t: normalize_imei(v, "imei2"),
    "purchased_on": lambda v, t: _since_1980(past_date(v, "purchased_on", t), "purchased_on"),
    "price": lambda v, t: parse_decimal(v, "price", maximum=MAX_PRICE),
    "supplier": lambda v, t: text(v, "supplier"),
    "order_no": lambda v, t: text(v, "order_no", 100),
    "warranty_end": lambda v, t: parse_date(v, "warranty_end"),
    "os": lambda v, t: text(v, "os", 100),
    "storage_kind": lambda v, t: choice(StorageKind, v, "storage_kind"),
    "storage_gb": lambda v, t: parse_int(v, "storage_gb", maximum=MAX_STORAGE_GB),
    "encryption_state": lambda v, t: choice(EncryptionState, v, "encryption_state"),
    "encryption_method": lambda v, t: text(v, "encryption_method", 100),
    "encryption_checked_at": lambda v, t: past_datetime(v, "encryption_checked_at", t),
    "recovery_key_escrow": lambda v, t: escrow_place(v, "recovery_key_escrow"),
    "weight_kg": lambda v, t: parse_decimal(v, "weight_kg", allow_zero=False, maximum=MAX_WEIGHT_KG),
    "condition": lambda v, t: choice(Condition, v, "condition"),
    "notes": lambda v, t: free_text(v, "notes", 10_000),
}


# Fields whose values repeat from row to row in a file (a category, a model, a purchase date): a bulk caller
# may pass a `cache` so each distinct value is normalized once. Identifiers and notes are unique: not cached.
_REPEATING = frozenset(ASSET_FIELDS) - {"serial", "imei", "imei2", "notes", "order_no", "encryption_checked_at"}


def normalize_asset_fields(
    values: dict[str, Any], today: date, cache: dict[tuple[str, Any], Any] | None = None
) -> dict[str, Any]:
    """Normalize the given fields (others untouched); unknown names are a programming error.

    `cache` (one per call of a bulk caller, for one `today`) keeps the result of each (field, value) already
    normalized; a value that is refused is never kept, so it is refused again on every row that holds it.
    """
    clean = {}
    for name, value in values.items():
        normalizer = ASSET_FIELDS.get(name)
        if normalizer is None:
            raise ValidationFailed(f"Unknown field {name!r}.", code="unknown_field", field=name)
        if cache is None or name not in _REPEATING:
            clean[name] = normalizer(value, today)
            continue
        key = (name, value)
        try:
            clean[name] = cache[key]
        except KeyError:
            clean[name] = cache[key] = normalizer(value, today)
        except TypeError:  # an unhashable value: normalized (and refused) as it is
            clean[name] = normalizer(value, today)
    if clean.get("imei") and clean.get("imei") == clean.get("imei2"):
        raise ValidationFailed(
            "imei2 is the same as imei: a dual-SIM device has two different IMEIs.", code="imei2_same", field="imei2"
        )
    purchased, warranty = clean.get("purchased_on"), clean.get("warranty_end")
    if purchased and warranty and warranty < purchased:
        raise ValidationFailed(
            "The warranty cannot end before the purchase date.",
            code="warranty_before_purchase",
            field="warranty_end",
        )
    return clean
