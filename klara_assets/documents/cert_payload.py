"""The certificate QR payload and the content digest it carries: `KLARA-CERT:<number>:<sha256 hex>`.

The digest is the SHA-256 of a canonical JSON of the certificate's data object (sorted keys, no spaces,
dates in ISO form), so it names the content independently of the PDF bytes (which a signature changes).
The scanning module may re-export these two functions; the format is shared with it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

PREFIX = "KLARA-CERT"
_PAYLOAD = re.compile(r"^KLARA-CERT:([A-Z]+-\d{4}-\d{3,}):([0-9a-f]{64})$")


def certificate_payload(number: str, content_digest: str) -> str:
    return f"{PREFIX}:{number}:{content_digest}"


def parse_certificate_payload(text: str) -> tuple[str, str] | None:
    """(number, digest) from a scanned payload, or None when it is not a certificate code."""
    match = _PAYLOAD.match(text.strip())
    return (match.group(1), match.group(2)) if match else None


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def canonical_json(data: Any) -> str:
    """One stable text for a frozen dataclass (or plain structure): the input of the content digest."""
    plain = dataclasses.asdict(data) if dataclasses.is_dataclass(data) and not isinstance(data, type) else data
    return json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain)


def content_digest(data: Any) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
