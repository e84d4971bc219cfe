"""The certificate QR payload and the content digest it carries: `KLARA-CERT:<number>:<sha256 hex>`.

The digest is the SHA-256 of a canonical JSON of the certificate's data object (sorted keys, no spaces,
dates in ISO form), so it names the content independently of the PDF bytes (which a signature changes).
The scanning module may re-export these two functions; the format is shared with it. `canonical_json`
is the one of `klara_assets.domain.canonical`, the activity log's too.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from klara_assets.domain.canonical import canonical_json

PREFIX = "KLARA-CERT"
_PAYLOAD = re.compile(r"^KLARA-CERT:([A-Z]+-\d{4}-\d{3,}):([0-9a-f]{64})$")


def certificate_payload(number: str, content_digest: str) -> str:
    return f"{PREFIX}:{number}:{content_digest}"


def parse_certificate_payload(text: str) -> tuple[str, str] | None:
    """(number, digest) from a scanned payload, or None when it is not a certificate code."""
    match = _PAYLOAD.match(text.strip())
    return (match.group(1), match.group(2)) if match else None


def content_digest(data: Any) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
