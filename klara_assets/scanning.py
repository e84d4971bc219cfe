"""What a scanned code means: an asset tag, a URL ending with a tag, a serial, an IMEI or a certificate QR.

`resolve(payload)` takes whatever a barcode scanner typed, a webcam decoded or a user pasted, and answers
with a plain `ScanResult`; anything else (empty, binary junk, control characters, a 10 KB paste, SQL-like
text) is "no asset matches …", with a hint to register a new device when the text looks like a serial
or an IMEI. `decode_image()` reads QR, Code 128, Code 39, EAN-13 and DataMatrix codes from an image with
zxing-cpp. Both take and return plain data, so they run on a worker thread (the database binding gives each
thread its own connection). The certificate payload format is shared with the certificates module.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import zxingcpp
from PIL import Image, UnidentifiedImageError
from stdnum import imei as stdnum_imei
from stdnum import luhn

from klara_assets.documents.cert_payload import certificate_payload, parse_certificate_payload
from klara_assets.domain.errors import NotFound, ValidationFailed
from klara_assets.persistence.models import Asset, Certificate

__all__ = ["ScanKind", "ScanResult", "certificate_payload", "decode_image", "parse_certificate_payload", "resolve"]

MAX_PAYLOAD = 512  # longer than any tag (40), serial (100) or certificate code (~100)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_IMEI_LABEL = re.compile(r"^IMEI\s*\d?\s*[:#]?\s*", re.IGNORECASE)
_SERIAL_LIKE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{2,99}$")


def barcode_formats() -> zxingcpp.BarcodeFormats:
    """QR and the common 1D/2D symbologies on labels and boxes. Made per call: a module-level zxing-cpp
    object outlives the interpreter's shutdown and nanobind then reports it as leaked on stderr.
    """
    return zxingcpp.BarcodeFormats(
        (
            zxingcpp.BarcodeFormat.QRCode,
            zxingcpp.BarcodeFormat.Code128,
            zxingcpp.BarcodeFormat.Code39,
            zxingcpp.BarcodeFormat.EAN13,
            zxingcpp.BarcodeFormat.DataMatrix,
        )
    )


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


def resolve(payload: str | bytes) -> ScanResult:
    """What `payload` designates; never raises for bad input (it says so in the result)."""
    text = clean_payload(payload)
    if text is None:
        raw = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        return ScanResult(ScanKind.NONE, shown(raw.strip()), f"No asset matches {shown(raw.strip())!r}.")
    certificate = parse_certificate_payload(text)
    if certificate is not None:
        return _certificate(text, *certificate)
    for candidate in _tag_candidates(text):
        asset = Asset.get_or_none(Asset.tag == candidate)
        if asset is not None:
            return _asset_result(ScanKind.TAG, text, asset, candidate)
    return _by_serial_or_imei(text)


def _tag_candidates(text: str) -> list[str]:
    """The text itself, and for a URL or URI the last segment of its path (or of an opaque part)."""
    candidates = [text.upper()]
    if _SCHEME.match(text):
        parts = urlsplit(text)
        path = parts.path if parts.netloc or parts.path.startswith("/") else parts.path.rsplit(":", 1)[-1]
        last = unquote(path.rstrip("/").rsplit("/", 1)[-1]).strip().upper()
        if last and last not in candidates:
            candidates.append(last)
    return [c for c in candidates if 0 < len(c) <= 40]


def _by_serial_or_imei(text: str) -> ScanResult:
    digits = re.sub(r"[\s-]", "", _IMEI_LABEL.sub("", text))
    imei = _as_imei(digits)
    if imei is not None:
        asset = Asset.get_or_none((Asset.imei == imei) | (Asset.imei2 == imei))
        if asset is not None:
            return _asset_result(ScanKind.IMEI, text, asset, imei)
    if len(text) <= 100:
        asset = Asset.get_or_none(Asset.serial.in_(list(dict.fromkeys([text, text.upper()]))))
        if asset is not None:
            return _asset_result(ScanKind.SERIAL, text, asset, asset.serial or text)
    hint = {"imei": imei} if imei else {"serial": text} if _SERIAL_LIKE.match(text) else {}
    return ScanResult(ScanKind.NONE, shown(text), f"No asset matches {shown(text)!r}.", register_hint=hint)


def _as_imei(digits: str) -> str | None:
    """A valid 15-digit IMEI; 14 digits (printed without the check digit) are completed."""
    if not digits.isdigit():
        return None
    if len(digits) == 14:
        digits += luhn.calc_check_digit(digits)
    return digits if len(digits) == 15 and stdnum_imei.is_valid(digits) else None


def _asset_result(kind: ScanKind, text: str, asset: Asset, match: str) -> ScanResult:
    how = {ScanKind.TAG: "tag", ScanKind.SERIAL: "serial number", ScanKind.IMEI: "IMEI"}[kind]
    message = f"{asset.tag} ({asset.manufacturer} {asset.model}, {asset.status}) matches by {how}."
    return ScanResult(kind, shown(text), message, tag=asset.tag, status=asset.status, match=match)


def _certificate(text: str, number: str, digest: str) -> ScanResult:
    row = Certificate.get_or_none(Certificate.number == number)
    if row is None:
        verdict, message = CertificateVerdict.UNKNOWN, f"Certificate {number} is not in the register."
        return ScanResult(ScanKind.CERTIFICATE, shown(text), message, status=verdict.value, match=number)
    tag = row.asset.tag if row.asset is not None else None
    if row.content_digest != digest:
        verdict = CertificateVerdict.ALTERED
        message = f"Certificate {number}: the code does not match the issued content (altered or forged)."
    elif row.revoked_at is not None:
        verdict = CertificateVerdict.REVOKED
        message = f"Certificate {number} was revoked on {row.revoked_at:%Y-%m-%d}: {row.revoked_reason or '-'}."
    else:
        verdict = CertificateVerdict.VALID
        message = f"Certificate {number} ({row.kind}) issued on {row.issued_at:%Y-%m-%d} is valid."
    return ScanResult(
        ScanKind.CERTIFICATE, shown(text), message, tag=tag, status=verdict.value, match=number, issued_at=row.issued_at
    )


def decode_image(source: str | Path | bytes) -> list[str]:
    """The texts of the codes found in an image file or image bytes, in reading order, without repeats."""
    if not isinstance(source, bytes) and not Path(source).is_file():
        raise NotFound(f"No image file at {source}.", code="image_not_found", field="image")
    try:
        with Image.open(io.BytesIO(source) if isinstance(source, bytes) else source) as image:
            image.load()
            gray = image.convert("L")
    except (OSError, UnidentifiedImageError, ValueError):
        name = "the image" if isinstance(source, bytes) else str(source)
        raise ValidationFailed(
            f"Cannot read {name}: not an image file (PNG, JPEG, ...) or unreadable.", code="bad_image", field="image"
        ) from None
    codes = zxingcpp.read_barcodes(gray, formats=barcode_formats())
    return list(dict.fromkeys(code.text for code in codes if code.text))
