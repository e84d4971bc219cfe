"""`Changes`: what a mutating service changed, so each screen can decide whether it must refresh.

The kinds are a `ChangeKind`; a plain string naming one (a notice from another seat) is turned into it,
so `Changes.of("asset")` and `Changes.of(ChangeKind.ASSET)` are the same value."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class ChangeKind(StrEnum):
    ASSET = "asset"
    ASSIGNMENT = "assignment"
    ATTACHMENT = "attachment"
    AUDIT = "audit"
    BATCH = "batch"
    CERTIFICATE = "certificate"
    INCIDENT = "incident"
    LOCATION = "location"
    OPERATOR = "operator"
    PARTNER = "partner"
    PERSON = "person"
    RECEIPT = "receipt"
    REMINDER = "reminder"
    SANITIZATION = "sanitization"
    SETTING = "setting"
    TAG = "tag"


def known_kinds(kinds: Mapping[str, frozenset[int]]) -> dict[ChangeKind, frozenset[int]]:
    """The kinds of `kinds` this version knows (a newer seat's notice may name others: they are dropped)."""
    names = {kind.value for kind in ChangeKind}
    return {ChangeKind(kind): ids for kind, ids in kinds.items() if kind in names}


@dataclass(frozen=True)
class Changes:
    """Entities touched by one use case: kind -> ids. `result` carries its value."""

    touched: Mapping[ChangeKind, frozenset[int]] = field(default_factory=dict)
    result: object = None

    def __post_init__(self) -> None:
        if any(type(kind) is not ChangeKind for kind in self.touched):
            object.__setattr__(self, "touched", {ChangeKind(kind): ids for kind, ids in self.touched.items()})

    @classmethod
    def of(cls, kind: ChangeKind, *ids: int, result: object = None) -> Changes:
        return cls({kind: frozenset(ids)}, result)

    @classmethod
    def of_kinds(cls, kinds: Iterable[ChangeKind]) -> Changes:
        """Some records of each kind (no ids): a refresh of whatever shows them."""
        return cls({kind: frozenset() for kind in kinds})

    def merge(self, other: Changes) -> Changes:
        touched = dict(self.touched)
        for kind, ids in other.touched.items():
            touched[kind] = touched.get(kind, frozenset()) | ids
        return Changes(touched, other.result if other.result is not None else self.result)

    def concerns(self, kind: ChangeKind) -> bool:
        return kind in self.touched

    def concerns_any(self, kinds: Iterable[ChangeKind]) -> bool:
        return any(kind in self.touched for kind in kinds)
