"""Identifiers and their checks: asset tags, IMEI (Luhn), SIRET, e-mail, document numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from klara_assets.domain.errors import ValidationFailed


# python-stdnum is imported on first use: its package (pydoc and all) costs a few per cent of the window's
# start-up, which needs only this module's other rules (issue 18). Plain imports, so the bundle finds them.
@cache
def _imei() -> ModuleType:
    from stdnum import imei

    return imei


@cache
def _siret() -> ModuleType:
    from stdnum.fr import siret

    return siret


def _stdnum_error() -> type[Exception]:
    from stdnum.exceptions import ValidationError

    return ValidationError


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TAG = re.compile(r"^[A-Z0-9][A-Z0-9._/-]{0,39}$")


@dataclass(frozen=True)
class TagScheme:
    """How new tags are numbered: `KLA-000123` is prefix `KLA-` and width 6."""

    prefix: str = "KLA-"
    width: int = 6

    def format(self, number: int) -> str:
        return f"{self.prefix}{number:0{self.width}d}"

    def number_of(self, tag: str) -> int | None:
        """The number inside a tag of this scheme, or None for a tag from elsewhere."""
        if not tag.startswith(self.prefix):
            return None
        rest = tag[len(self.prefix) :]
        return int(rest) if rest.isdigit() else None


def normalize_tag(raw: str) -> str:
    """A tag as stored: upper case, trimmed. Refuses characters a QR alphanumeric label cannot carry."""
    tag = raw.strip().upper()
    if not _TAG.match(tag):
        raise ValidationFailed(
            f"Invalid tag {raw!r}: use letters, digits and - . / _ (at most 40 characters).",
            code="invalid_tag",
            field="tag",
        )
    return tag


def normalize_imei(raw: str | None, field: str = "imei") -> str | None:
    """A valid 15-digit IMEI, or None when empty. Refuses a bad length or Luhn check digit."""
    if raw is None or not raw.strip():
        return None
    compact = _imei().compact(raw)
    if not compact.isdigit() or len(compact) != 15:
        raise ValidationFailed(f"Invalid IMEI {raw!r}: an IMEI has 15 digits.", code="invalid_imei", field=field)
    if set(compact) == {"0"}:
        raise ValidationFailed(f"Invalid IMEI {raw!r}: all zeros is not an IMEI.", code="invalid_imei", field=field)
    try:
        _imei().validate(compact)
    except _stdnum_error():
        raise ValidationFailed(
            f"Invalid IMEI {raw!r}: the check digit is wrong.", code="invalid_imei", field=field
        ) from None
    return compact


def normalize_siret(raw: str) -> str:
    """A valid 14-digit SIRET (Luhn over the SIREN and the establishment number)."""
    try:
        return str(_siret().validate(raw))
    except _stdnum_error():
        raise ValidationFailed(
            f"Invalid SIRET {raw!r}: a SIRET has 14 digits and a valid check digit.",
            code="invalid_siret",
            field="siret",
        ) from None


_SERIAL_NOISE = str.maketrans("", "", " -./_\t\u00a0\u202f")


def serial_key(serial: str | None) -> str | None:
    """The serial as compared for uniqueness: upper case, without spaces, dashes, dots, slashes (issue 12)."""
    if not serial:
        return None
    return str(serial).upper().translate(_SERIAL_NOISE) or None


def normalize_email(raw: str) -> str:
    email = raw.strip().lower()
    if not _EMAIL.match(email):
        raise ValidationFailed(f"Invalid e-mail address {raw!r}.", code="invalid_email", field="email")
    return email


def document_number(prefix: str, year: int, sequence: int, width: int) -> str:
    """`INC-2026-0001`, `LOT-2026-001`, `CERT-2026-0001`."""
    return f"{prefix}-{year}-{sequence:0{width}d}"
