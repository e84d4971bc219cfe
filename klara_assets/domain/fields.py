"""Normalizers for asset fields: each takes what a form, a CLI option or a CSV cell gives and returns the
stored value, or raises `ValidationFailed` naming the field and the reason. No I/O: `today` is passed in.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import Any

from klara_assets.domain.enums import Category, Condition, EncryptionState, StorageKind
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.identifiers import normalize_imei

# Recovery keys must never be stored: BitLocker's 48 digits in 8 groups, FileVault's 24 characters in 6 groups.
_BITLOCKER = re.compile(r"\d{6}(-\d{6}){7}")
_FILEVAULT = re.compile(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){5}")


def text(value: Any, field: str, max_length: int = 200) -> str:
    result = "" if value is None else str(value).strip()
    if len(result) > max_length:
        raise ValidationFailed(f"{field} is too long (at most {max_length} characters).", code="too_long", field=field)
    return result


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


def parse_decimal(value: Any, field: str, *, allow_zero: bool = True) -> Decimal | None:
    """`1299.00`, `1 299,00` and `1299,5` are all accepted; negative amounts are refused."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        result = value
    else:
        raw = str(value).strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace("€", "")
        if "," in raw and "." in raw:
            raw = raw.replace(".", "").replace(",", ".") if raw.rfind(",") > raw.rfind(".") else raw.replace(",", "")
        else:
            raw = raw.replace(",", ".")
        try:
            result = Decimal(raw)
        except InvalidOperation:
            raise ValidationFailed(
                f"Invalid number {value!r} for {field}.", code="invalid_number", field=field
            ) from None
    if not result.is_finite() or result < 0 or (result == 0 and not allow_zero):
        raise ValidationFailed(
            f"{field} must be a positive amount, not {value!r}.", code="negative_amount", field=field
        )
    return result


def parse_int(value: Any, field: str) -> int | None:
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
    return result


def escrow_place(value: Any, field: str) -> str:
    result = text(value, field)
    if _BITLOCKER.search(result) or _FILEVAULT.search(result.upper()):
        raise ValidationFailed(
            "This looks like a recovery key: record where the key is escrowed, never the key itself.",
            code="recovery_key_refused",
            field=field,
        )
    return result


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
    if result.date() > today:
        raise ValidationFailed(f"{field} {result.isoformat()} is in the future.", code="date_in_future", field=field)
    return result.replace(tzinfo=None)


Normalizer = Callable[[Any, date], Any]

ASSET_FIELDS: dict[str, Normalizer] = {
    "category": lambda v, t: choice(Category, v, "category"),
    "manufacturer": lambda v, t: text(v, "manufacturer", 100),
    "model": lambda v, t: text(v, "model"),
    "serial": lambda v, t: optional_text(v, "serial"),
    "imei": lambda v, t: normalize_imei(v, "imei"),
    "imei2": lambda v, t: normalize_imei(v, "imei2"),
    "purchased_on": lambda v, t: past_date(v, "purchased_on", t),
    "price": lambda v, t: parse_decimal(v, "price"),
    "supplier": lambda v, t: text(v, "supplier"),
    "order_no": lambda v, t: text(v, "order_no", 100),
    "warranty_end": lambda v, t: parse_date(v, "warranty_end"),
    "os": lambda v, t: text(v, "os", 100),
    "storage_kind": lambda v, t: choice(StorageKind, v, "storage_kind"),
    "storage_gb": lambda v, t: parse_int(v, "storage_gb"),
    "encryption_state": lambda v, t: choice(EncryptionState, v, "encryption_state"),
    "encryption_method": lambda v, t: text(v, "encryption_method", 100),
    "encryption_checked_at": lambda v, t: past_datetime(v, "encryption_checked_at", t),
    "recovery_key_escrow": lambda v, t: escrow_place(v, "recovery_key_escrow"),
    "weight_kg": lambda v, t: parse_decimal(v, "weight_kg", allow_zero=False),
    "condition": lambda v, t: choice(Condition, v, "condition"),
    "notes": lambda v, t: text(v, "notes", 10_000),
}


def normalize_asset_fields(values: dict[str, Any], today: date) -> dict[str, Any]:
    """Normalize the given fields (others untouched); unknown names are a programming error."""
    clean = {}
    for name, value in values.items():
        if name not in ASSET_FIELDS:
            raise ValidationFailed(f"Unknown field {name!r}.", code="unknown_field", field=name)
        clean[name] = ASSET_FIELDS[name](value, today)
    purchased, warranty = clean.get("purchased_on"), clean.get("warranty_end")
    if purchased and warranty and warranty < purchased:
        raise ValidationFailed(
            "The warranty cannot end before the purchase date.",
            code="warranty_before_purchase",
            field="warranty_end",
        )
    return clean
