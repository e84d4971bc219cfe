"""Codes read from an image: `decode_image()` finds QR, Code 128, Code 39, EAN-13 and DataMatrix codes
with zxing-cpp and returns their texts, plain data that runs on a worker thread. What a text designates is
`klara_assets.persistence.scan_queries.resolve`; what it says, `klara_assets.domain.scan_payload`.
"""

from __future__ import annotations

import io
from pathlib import Path

import zxingcpp
from PIL import Image, UnidentifiedImageError

from klara_assets.domain.errors import NotFound, ValidationFailed


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
