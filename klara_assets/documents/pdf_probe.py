"""A quick look inside a PDF file given to `certificate verify`: is it a PDF, is it complete, and which
certificate number does it claim (from its metadata title, its QR payload or its text)?

Only bytes are read, no PDF library: a file that is not ours, or is damaged, must still get a clear answer.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

_TITLE = re.compile(rb"/Title\s*\((CERT-\d{4}-\d{4,})")
_PAYLOAD = re.compile(rb"KLARA-CERT:(CERT-\d{4}-\d{4,}):")
_NUMBER = re.compile(rb"CERT-\d{4}-\d{4,}")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


@dataclass(frozen=True)
class PdfProbe:
    is_pdf: bool
    truncated: bool
    number: str | None


def _in_streams(data: bytes) -> str | None:
    """A certificate number inside a Flate-compressed stream (text drawn with a plain font)."""
    for match in _STREAM.finditer(data):
        try:
            inflated = zlib.decompressobj().decompress(match.group(1), 2_000_000)
        except zlib.error:
            continue
        found = _NUMBER.search(inflated)
        if found:
            return found.group(0).decode("ascii")
    return None


def claimed_number(data: bytes) -> str | None:
    for pattern in (_TITLE, _PAYLOAD):
        match = pattern.search(data)
        if match:
            return match.group(1).decode("ascii")
    match = _NUMBER.search(data)
    return match.group(0).decode("ascii") if match else _in_streams(data)


def probe(data: bytes) -> PdfProbe:
    is_pdf = data[:1024].lstrip().startswith(b"%PDF-")
    truncated = is_pdf and b"%%EOF" not in data[-2048:]
    return PdfProbe(is_pdf, truncated, claimed_number(data) if is_pdf else None)
