"""`Changes`: what a mutating service changed, so each screen can decide whether it must refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Entities touched by one use case: kind (`asset`, `person`, ...) -> ids. `result` carries its value."""

    touched: dict[str, frozenset[int]] = field(default_factory=dict)
    result: object = None

    @classmethod
    def of(cls, kind: str, *ids: int, result: object = None) -> Changes:
        return cls({kind: frozenset(ids)}, result)

    def merge(self, other: Changes) -> Changes:
        touched = dict(self.touched)
        for kind, ids in other.touched.items():
            touched[kind] = touched.get(kind, frozenset()) | ids
        return Changes(touched, other.result if other.result is not None else self.result)

    def concerns(self, kind: str) -> bool:
        return kind in self.touched
