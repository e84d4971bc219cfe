"""The activity log: append events in the caller's transaction, each chained to the previous by SHA-256.

`verify()` walks the chain and names the first event that was altered, removed or reordered. The
database itself refuses UPDATE and DELETE on the table (triggers from migration 0001).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any

import peewee

from klara_assets.domain.canonical import canonical_json
from klara_assets.persistence import bulk
from klara_assets.persistence.models import Event

GENESIS = "0" * 64
_APPEND_LOCK = 0x4B4C4556  # "KLEV": serializes appends on PostgreSQL (SQLite writes are serialized already)


@dataclass(frozen=True)
class NewEvent:
    entity: str
    entity_id: int | None
    action: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    count: int
    first_bad_id: int | None = None
    problem: str = ""


def encode_data(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    return canonical_json({"before": before, "after": after})


def chain_hash(
    prev: str, at: datetime | str, actor: str, entity: str, entity_id: int | None, action: str, data: str
) -> str:
    """`at` may be given already as `isoformat(timespec="microseconds")` (one conversion for a whole append)."""
    parts = [
        prev,
        at if isinstance(at, str) else at.isoformat(timespec="microseconds"),
        actor,
        entity,
        "" if entity_id is None else str(entity_id),
        action,
        data,
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _last_hash(db: peewee.Database) -> str:
    if isinstance(db, peewee.PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_APPEND_LOCK,))
    last = Event.select(Event.hash).order_by(Event.id.desc()).limit(1).scalar()
    return str(last) if last else GENESIS


def append(db: peewee.Database, at: datetime, actor: str, events: Iterable[NewEvent]) -> None:
    """Append `events` in order, inside the caller's transaction (in chunks: an import logs 100,000s)."""
    names = ["at", "actor", "entity", "entity_id", "action", "data", "prev_hash", "hash"]
    stream = iter(events)
    prev: str | None = None
    at_text = at.isoformat(timespec="microseconds")
    # SQLite stores a datetime as sqlite3's adapter writes it (`isoformat(" ")`): given as that text, once.
    at_value: datetime | str = at.isoformat(" ") if isinstance(db, peewee.SqliteDatabase) else at
    sha256 = hashlib.sha256
    head = f"\x1f{at_text}\x1f{actor}\x1f"  # `chain_hash`'s text, its constant part built once
    while chunk := list(islice(stream, 5000)):
        if prev is None:
            prev = _last_hash(db)
        rows = []
        for ev in chunk:
            data = encode_data(ev.before, ev.after)
            entity_id = "" if ev.entity_id is None else str(ev.entity_id)
            digest = sha256(f"{prev}{head}{ev.entity}\x1f{entity_id}\x1f{ev.action}\x1f{data}".encode()).hexdigest()
            rows.append((at_value, actor, ev.entity, ev.entity_id, ev.action, data, prev, digest))
            prev = digest
        # Texts, and the ids of rows the database holds: nothing to convert.
        bulk.insert_rows(db, Event, names, rows, plain=at_value.__class__ is str)


def verify(db: peewee.Database, rows: Iterable[tuple[Any, ...]] | None = None) -> ChainReport:
    """Walk the chain in id order; the first event whose hash or link does not hold is named."""
    if rows is None:
        query = Event.select(
            Event.id,
            Event.at,
            Event.actor,
            Event.entity,
            Event.entity_id,
            Event.action,
            Event.data,
            Event.prev_hash,
            Event.hash,
        ).order_by(Event.id)
        rows = query.tuples().iterator()
    prev = GENESIS
    count = 0
    previous_id: int | None = None
    for event_id, at, actor, entity, entity_id, action, data, prev_hash, digest in rows:
        count += 1
        if prev_hash != prev:
            where = f"after event {previous_id}" if previous_id is not None else "at the start of the log"
            return ChainReport(
                False,
                count,
                event_id,
                f"event {event_id} does not follow the event before it: "
                f"an event {where} was removed or the order was changed",
            )
        if chain_hash(prev_hash, at, actor, entity, entity_id, action, data) != digest:
            return ChainReport(
                False,
                count,
                event_id,
                f"event {event_id} was altered (its content no longer matches its hash)",
            )
        prev = digest
        previous_id = event_id
    return ChainReport(True, count)


def record_anchor(db: peewee.Database, at: datetime, kind: str, reference: str = "") -> None:
    """Remember the log's head now (a backup, an issued certificate), in the caller's transaction (0008).

    Removing the last events leaves a chain that still links; the newest anchor tells it was longer."""
    from klara_assets.persistence.models import LogAnchor

    head = Event.select(Event.id, Event.hash).order_by(Event.id.desc()).limit(1).tuples().first()
    count = Event.select().count()
    LogAnchor.create(
        at=at,
        kind=kind,
        reference=reference[:100],
        event_count=count,
        head_id=head[0] if head else None,
        head_hash=head[1] if head else GENESIS,
    )


def check_anchor(report: ChainReport) -> ChainReport:
    """`report` (an intact chain) against the newest anchor: events after it must still be there."""
    from klara_assets.persistence.models import LogAnchor

    if not report.ok:
        return report
    try:
        anchor = LogAnchor.select().order_by(LogAnchor.id.desc()).first()
    except peewee.OperationalError:  # a file from before 0008 has no anchors yet
        return report
    if anchor is None or anchor.head_id is None:
        return report
    head = Event.select(Event.hash).where(Event.id == anchor.head_id).scalar()
    if head != anchor.head_hash or report.count < anchor.event_count:
        last = Event.select(peewee.fn.MAX(Event.id)).scalar()
        since = f"the log now ends at #{last}" if last else "the log is now empty"
        return ChainReport(
            False,
            report.count,
            anchor.head_id,
            f"events after #{last or 0} were removed: the {anchor.kind} {anchor.reference} of "
            f"{anchor.at:%Y-%m-%d %H:%M} recorded {anchor.event_count} events up to #{anchor.head_id}; {since}",
        )
    return report


def verify_all(db: peewee.Database) -> ChainReport:
    """The chain, then the newest anchor; an unreadable table is named, never a traceback."""
    try:
        return check_anchor(verify(db))
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:  # a damaged page surfaces while iterating
        return ChainReport(False, 0, None, f"the activity log cannot be read (damaged database: {exc})")
