"""Rules of disposal batches and partners (SPEC §3, §6): which certification a partner needs, how a
certification and a waste code are written, the tool of a sanitization, and CO2e avoided by reuse.

Plain Python with no I/O: dates and factors are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from klara_assets.domain.enums import AssetStatus, BatchKind, BatchOutcome, CertificationScheme, PartnerKind
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.fields import parse_date

RECYCLING_SCHEMES = frozenset({CertificationScheme.R2V3, CertificationScheme.E_STEWARDS, CertificationScheme.WEEELABEX})
# European Waste Catalogue: six digits in pairs, a star for hazardous waste (16 02 14, 20 01 35*).
_WASTE_CODE = re.compile(r"^(\d{2}) ?(\d{2}) ?(\d{2})(\*?)$")
DEFAULT_WASTE_CODE = "16 02 14"
REUSE_OUTCOMES = frozenset({BatchOutcome.REUSED, BatchOutcome.REFURBISHED})
# the status a device must have to join a batch of each kind (routed to refurbishment or to recycling)
ROUTED = {BatchKind.REFURBISHMENT: AssetStatus.TO_REFURBISH, BatchKind.RECYCLING: AssetStatus.TO_RECYCLE}


def batch_kind_of(status: str) -> BatchKind | None:
    """The kind of batch a device of `status` may join, or None when it is routed nowhere."""
    return next((kind for kind, routed in ROUTED.items() if routed == status), None)


@dataclass(frozen=True)
class Certification:
    scheme: CertificationScheme
    number: str
    valid_until: date


def parse_scheme(raw: str) -> CertificationScheme:
    """`r2v3`, `WEEELABEX`, `iso14001`, `e-Stewards`... to the stored scheme."""
    key = re.sub(r"[^a-z0-9]", "", raw.lower())
    for scheme in CertificationScheme:
        if re.sub(r"[^a-z0-9]", "", scheme.value.lower()) == key:
            return scheme
    allowed = ", ".join(s.value for s in CertificationScheme)
    raise ValidationFailed(
        f"Unknown certification scheme {raw!r}: expected one of {allowed}.", code="invalid_scheme", field="scheme"
    )


def certification(scheme: str, number: str, valid_until: object) -> Certification:
    clean_number = str(number or "").strip()
    if not clean_number:
        raise ValidationFailed("A certification needs its number.", code="certification_number_required", field="cert")
    day = parse_date(valid_until, "valid_until")
    if day is None:
        raise ValidationFailed("A certification needs its end of validity.", code="valid_until_required", field="cert")
    return Certification(parse_scheme(scheme), clean_number[:100], day)


def parse_certification(text: str) -> Certification:
    """`SCHEME:NUMBER:YYYY-MM-DD` as the CLI takes it (the number may itself hold colons)."""
    scheme, sep, rest = text.partition(":")
    number, sep2, until = rest.rpartition(":")
    if not sep or not sep2:
        raise ValidationFailed(
            f"Invalid certification {text!r}: use SCHEME:NUMBER:YYYY-MM-DD.", code="invalid_certification", field="cert"
        )
    return certification(scheme, number, until)


def batch_kind_for(partner_kind: PartnerKind) -> BatchKind:
    """A recycler (or an eco-organisme) takes recycling batches; refurbishers and donees take reuse."""
    if partner_kind in (PartnerKind.RECYCLER, PartnerKind.ECO_ORGANISME):
        return BatchKind.RECYCLING
    return BatchKind.REFURBISHMENT


def certification_problem(
    partner_name: str,
    kind: BatchKind,
    certifications: Sequence[Certification],
    social_economy: bool,
    on: date,
) -> str | None:
    """Why the partner may not close a batch of `kind` picked up `on`, or None when it may.

    Recycling needs R2v3, e-Stewards or WEEELABEX; refurbishment any listed certification or the
    social-economy (ESS) flag. A certification counts when valid on the pickup date.
    """
    relevant = [c for c in certifications if kind == BatchKind.REFURBISHMENT or c.scheme in RECYCLING_SCHEMES]
    if any(c.valid_until >= on for c in relevant):
        return None
    if kind == BatchKind.REFURBISHMENT and social_economy:
        return None
    day = on.isoformat()
    if relevant:
        latest = max(relevant, key=lambda c: c.valid_until)
        return (
            f"{partner_name}'s {latest.scheme.value} certification {latest.number} expired on "
            f"{latest.valid_until.isoformat()}, before the pickup date {day}."
        )
    if kind == BatchKind.RECYCLING:
        return f"{partner_name} holds no R2v3, e-Stewards or WEEELABEX certification valid on the pickup date {day}."
    return (
        f"{partner_name} holds no certification valid on the pickup date {day} "
        "and is not a social-economy (ESS) organisation."
    )


def normalize_waste_code(raw: str | None) -> str:
    """`160214` or `16 02 14` to `16 02 14`; `20 01 35*` keeps its hazardous star."""
    text = (raw or "").strip()
    if not text:
        return ""
    match = _WASTE_CODE.match(text)
    if not match:
        raise ValidationFailed(
            f"Invalid waste code {raw!r}: use the six-digit European code, e.g. 16 02 14 or 20 01 35*.",
            code="invalid_waste_code",
            field="waste_code",
        )
    a, b, c, star = match.groups()
    return f"{a} {b} {c}{star}"


def split_tool(raw: str) -> tuple[str, str]:
    """`"Blancco Drive Eraser 7.12"` to (`Blancco Drive Eraser`, `7.12`): the last word is the version
    when it holds a digit."""
    words = (raw or "").split()
    if not words:
        raise ValidationFailed("The sanitization tool is required.", code="tool_required", field="tool")
    if len(words) > 1 and any(ch.isdigit() for ch in words[-1]):
        return " ".join(words[:-1]), words[-1]
    return " ".join(words), ""


def avoided_kg(outcome: BatchOutcome, embodied_kgco2e: Decimal, reuse_share: Decimal) -> Decimal:
    """CO2e avoided by giving a device a second life: the share of a new device's embodied emissions that
    its reuse spares. Recycling and destruction are counted as zero (no avoided manufacture)."""
    if outcome not in REUSE_OUTCOMES:
        return Decimal(0)
    return (embodied_kgco2e * reuse_share).quantize(Decimal("0.1"))
