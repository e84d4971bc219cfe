"""Counters for tags and document numbers, taken inside the caller's transaction."""

from __future__ import annotations

from klara_assets.persistence.models import Sequence


def take(name: str, count: int = 1, floor: int = 0) -> int:
    """Reserve `count` numbers of counter `name` and return the first; never below `floor` + 1.

    The no-op UPDATE takes the row lock on PostgreSQL before the read, so two seats never get the same
    number; on SQLite the transaction already holds the write lock.
    """
    Sequence.insert(name=name, value=0).on_conflict_ignore().execute()
    Sequence.update(value=Sequence.value).where(Sequence.name == name).execute()
    current = Sequence.select(Sequence.value).where(Sequence.name == name).scalar()
    first = max(current, floor) + 1
    Sequence.update(value=first + count - 1).where(Sequence.name == name).execute()
    return first
