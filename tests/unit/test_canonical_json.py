"""The activity log's hash chain and the certificates' content digest keep their exact bytes.

The digests below were computed with the helpers that `klara_assets.domain.canonical` replaced (the
`_plain` of `persistence/eventlog.py` and of `documents/cert_payload.py`): an event logged or a
certificate issued before the change still verifies after it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from klara_assets.documents.cert_payload import content_digest
from klara_assets.domain.canonical import canonical_json, plain
from klara_assets.persistence.eventlog import chain_hash, encode_data


@dataclass(frozen=True)
class _Line:
    tag: str
    weight: Decimal
    when: date


@dataclass(frozen=True)
class _Data:
    number: str
    issued: datetime
    lines: tuple[_Line, ...]
    notes: str | None
    count: int
    ratio: float
    ok: bool


BEFORE = {"status": "in_stock", "price": Decimal("1299.00"), "bought": date(2024, 2, 29), "z": None, "ä": "café «x»"}
AFTER = {
    "status": "retired",
    "at": datetime(2026, 11, 26, 9, 30, 1, 5),
    "tz": datetime(2026, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=1))),
    "list": [1, 2.5, True, "é"],
    "nested": {"b": 1, "a": Decimal("0.1")},
}
DATA = _Data(
    "SAN-2026-001",
    datetime(2026, 11, 26, 9, 30, 0, 123),
    (_Line("L-0001", Decimal("2.50"), date(2026, 1, 1)),),
    None,
    3,
    0.5,
    True,
)


def test_event_payload_bytes_and_chain_hash_unchanged() -> None:
    data = encode_data(BEFORE, AFTER)
    assert data == (
        '{"after":{"at":"2026-11-26T09:30:01.000005","list":[1,2.5,true,"é"],"nested":{"a":"0.1","b":1},'
        '"status":"retired","tz":"2026-01-02T03:04:00+01:00"},"before":{"bought":"2024-02-29","price":"1299.00",'
        '"status":"in_stock","z":null,"ä":"café «x»"}}'
    )
    assert (
        hashlib.sha256(data.encode()).hexdigest() == "9dce958b8d81f6a3ef9e14ad48f225e576c4bca2e4cb323f271ba6316393a054"
    )
    at = datetime(2026, 11, 26, 9, 30)
    assert chain_hash("0" * 64, at, "marie", "asset", 42, "update", data) == (
        "7b10941c95be099962f1d771e05b2f6a0ba4e213957d266531a9fd3bd33c6293"
    )


def test_certificate_content_digest_unchanged() -> None:
    assert canonical_json(DATA) == (
        '{"count":3,"issued":"2026-11-26T09:30:00.000123","lines":[{"tag":"L-0001","weight":"2.50",'
        '"when":"2026-01-01"}],"notes":null,"number":"SAN-2026-001","ok":true,"ratio":0.5}'
    )
    assert content_digest(DATA) == "f5f6bcea98099b91eb694c9030657e814d24c50635aacdd69572a214a9bc2219"
    assert content_digest({"x": [date(2026, 1, 1)], "y": "ü"}) == (
        "88361a9e6f891ae99b6930d87238a83592d52735e4c3ef266c7a26aefee63285"
    )


def test_plain_walks_structures_for_json_output() -> None:
    assert plain({"a": (date(2026, 1, 1), Decimal("1.50")), "b": {"c": None, "d": True, "e": 2}}) == {
        "a": ["2026-01-01", "1.50"],
        "b": {"c": None, "d": True, "e": 2},
    }
