"""The certificate QR payload and the content digest it carries: `KLARA-CERT:<number>:<sha256 hex>`.

The digest is the SHA-256 of a canonical JSON of the certificate's data object (sorted keys, no spaces,
dates in ISO form), so it names the content independently of the PDF bytes (which a signature changes).
The payload format itself is `klara_assets.domain.scan_payload`'s (re-exported here). `canonical_json`
is the one of `klara_assets.domain.canonical`, the activity log's too.
"""

from __future__ import annotations

import hashlib
from typing import Any

from klara_assets.domain.canonical import canonical_json
from klara_assets.domain.scan_payload import CERTIFICATE_PREFIX as PREFIX
from klara_assets.domain.scan_payload import certificate_payload, parse_certificate_payload

__all__ = ["PREFIX", "canonical_json", "certificate_payload", "content_digest", "parse_certificate_payload"]


def content_digest(data: Any) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
