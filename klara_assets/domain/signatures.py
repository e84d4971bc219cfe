"""A signature drawn on screen at a handover or a return: who signs (holder or IT representative), their
name and the vector strokes, each a list of (x, y) points in a 0..1 box with y downwards.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from klara_assets.domain.errors import ValidationFailed

ROLES = ("holder", "it")
MAX_POINTS = 20_000

Strokes = tuple[tuple[tuple[float, float], ...], ...]


@dataclass(frozen=True)
class Signature:
    role: str
    name: str
    strokes: Strokes


def clean_signature(signature: Signature) -> Signature:
    """A signature with a known role, a signer's name and at least one stroke inside the box."""
    if signature.role not in ROLES:
        raise ValidationFailed(
            f"Unknown signer role {signature.role!r}: holder or it.", code="invalid_signer_role", field="signature"
        )
    name = " ".join(signature.name.split())
    if not name or len(name) > 200:
        raise ValidationFailed(
            "A signature needs the signer's name (at most 200 characters).",
            code="signer_name_required",
            field="signature",
        )
    strokes = tuple(
        tuple((min(max(float(x), 0.0), 1.0), min(max(float(y), 0.0), 1.0)) for x, y in stroke)
        for stroke in signature.strokes
        if stroke
    )
    points = sum(len(stroke) for stroke in strokes)
    if points < 2:
        raise ValidationFailed(
            f"The signature of {name} is empty: sign in the box first.", code="signature_empty", field="signature"
        )
    if points > MAX_POINTS:
        raise ValidationFailed("The signature has too many points.", code="signature_too_large", field="signature")
    return Signature(signature.role, name, strokes)


def clean_signatures(signatures: Sequence[Signature]) -> tuple[Signature, ...]:
    clean = tuple(clean_signature(s) for s in signatures)
    roles = [s.role for s in clean]
    if len(set(roles)) != len(roles):
        raise ValidationFailed("Each signer signs once.", code="signature_twice", field="signature")
    return clean


def strokes_to_json(strokes: Strokes) -> str:
    return json.dumps([[[round(x, 4), round(y, 4)] for x, y in stroke] for stroke in strokes], separators=(",", ":"))


def strokes_from_json(text: str) -> Strokes:
    return tuple(tuple((float(x), float(y)) for x, y in stroke) for stroke in json.loads(text))
