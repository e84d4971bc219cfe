"""What a scanned text says, before any look-up: the payload cleaned (or refused as junk), the tags it
may name (itself, or the last segment of a URL), the IMEI it may carry, whether it looks like a serial,
and the certificate QR payload `KLARA-CERT:<number>:<sha256 hex>`. Pure functions and plain values: the
look-ups are `klara_assets.persistence.scan_queries`, image decoding `klara_assets.scanning`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any
from urllib.parse import unquote, urlsplit

MAX_PAYLOAD = 512  # longer than any tag (40), serial (100) or certificate code (~100)
CERTIFICATE_PREFIX = "KLARA-CERT"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_IMEI_LABEL = re.compile(r"^IMEI\s*\d?\s*[:#]?\s*", re.IGNORECASE)
_SERIAL_LIKE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{2,99}$")
_CERTIFICATE = re.compile(r"^KLARA-CERT:([A-Z]+-\d{4}-\d{3,}):([0-9a-f]{64})$")


class ScanKind(StrEnum):
    TAG = "tag"
    SERIAL = "serial"
    IMEI = "imei"
    CERTIFICATE = "certificate"
    NONE = "none"


class CertificateVerdict(StrEnum):
    VALID = "VALID"
    REVOKED = "REVOKED"
    UNKNOWN = "UNKNOWN"
    ALTERED = "ALTERED"


@dataclass(frozen=True)
class ScanResult:
    """`status` is the asset's status, or for a certificate its verdict (VALID, REVOKED, UNKNOWN, ALTERED).

    `match` is the value that matched (tag, serial, IMEI or certificate number); `register_hint` offers
    the fields to prefill when nothing matched but the text looks like a serial (`serial`) or an IMEI.
    """

    kind: ScanKind
    payload: str
    message: str
    tag: str | None = None
    status: str | None = None
    match: str | None = None
    register_hint: dict[str, str] = field(default_factory=dict)
    issued_at: datetime | None = None

    @property
    def found(self) -> bool:
        return self.kind is not ScanKind.NONE

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["issued_at"] = self.issued_at.isoformat() if self.issued_at else None
        return data


def shown(text: str, limit: int = 60) -> str:
    """A payload as safe to print in a message: printable characters only, shortened."""
    clean = "".join(ch if ch.isprintable() else "�" for ch in text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def clean_payload(payload: str | bytes) -> str | None:
    """The payload trimmed, or None when it cannot be a code (binary, control characters, too long)."""
    if isinstance(payload, bytes):
        try:
            payload = payload.decode("utf-8")
        except UnicodeDecodeError:
            return None
    text = payload.strip()
    if not text or len(text) > MAX_PAYLOAD:
        return None
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in text):
        return None
    return text


def certificate_payload(number: str, content_digest: str) -> str:
    return f"{CERTIFICATE_PREFIX}:{number}:{content_digest}"


def parse_certificate_payload(text: str) -> tuple[str, str] | None:
    """(number, digest) from a scanned payload, or None when it is not a certificate code."""
    match = _CERTIFICATE.match(text.strip())
    return (match.group(1), match.group(2)) if match else None


def tag_candidates(text: str) -> list[str]:
    """The text itself, and for a URL or URI the last segment of its path (or of an opaque part)."""
    candidates = [text.upper()]
    if _SCHEME.match(text):
        parts = urlsplit(text)
        path = parts.path if parts.netloc or parts.path.startswith("/") else parts.path.rsplit(":", 1)[-1]
        last = unquote(path.rstrip("/").rsplit("/", 1)[-1]).strip().upper()
        if last and last not in candidates:
            candidates.append(last)
    return [c for c in candidates if 0 < len(c) <= 40]


def imei_in(text: str) -> str | None:
    """The IMEI a text carries ("IMEI: 35-...", spaces and dashes allowed), or None."""
    return as_imei(re.sub(r"[\s-]", "", _IMEI_LABEL.sub("", text)))


def as_imei(digits: str) -> str | None:
    """A valid 15-digit IMEI; 14 digits (printed without the check digit) are completed."""
    if not digits.isdigit():
        return None
    from stdnum import imei, luhn  # imported on first use, as in `identifiers` (start-up time)

    if len(digits) == 14:
        digits += luhn.calc_check_digit(digits)
    return digits if len(digits) == 15 and imei.is_valid(digits) else None


def register_hint(text: str, imei: str | None) -> dict[str, str]:
    """The fields to prefill when nothing matched: the IMEI, or the text when it looks like a serial."""
    return {"imei": imei} if imei else {"serial": text} if _SERIAL_LIKE.match(text) else {}
