"""One canonical JSON text for everything that is hashed or printed: sorted keys, no spaces, UTF-8 kept,
dates and times in ISO form, decimals as their exact text.

`canonical_json` feeds the activity log's hash chain and the certificates' content digest: its bytes
must never change (`tests/unit/test_canonical_json.py` pins them). `plain` turns a structure into
JSON-ready values for the command line's `--json` output.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

_SCALARS: dict[type, Callable[[Any], str]] = {datetime: datetime.isoformat, date: date.isoformat, Decimal: str}


def scalar_text(value: Any) -> str:
    """The text of a value JSON has no type for (the encoder's `default`): ISO dates, exact decimals."""
    convert = _SCALARS.get(value.__class__)
    if convert is not None:  # the usual types, found at once (an import logs 100,000s of payloads)
        return convert(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


# `json.dumps` with options builds a new encoder on each call, which costs more than encoding a small
# payload: the C encoder `JSONEncoder.encode` would build, built once (no circular check: plain data).
_C_ENCODER = (
    json.encoder.c_make_encoder(  # type: ignore[attr-defined]
        None, scalar_text, json.encoder.encode_basestring, None, ":", ",", True, False, True
    )
    if getattr(json.encoder, "c_make_encoder", None) is not None
    else None
)
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=scalar_text)


def canonical_json(data: Any) -> str:
    """One stable text for a plain structure or a dataclass instance (taken as its `asdict`)."""
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        data = dataclasses.asdict(data)
    if _C_ENCODER is None or isinstance(data, str):
        return _ENCODER.encode(data)
    return "".join(_C_ENCODER(data, 0))


def plain(value: Any) -> Any:
    """`value` with its dicts, lists and tuples walked and every non-JSON leaf as text (ISO dates)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
