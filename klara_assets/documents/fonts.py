"""The shipped TTF fonts (DejaVu), registered once with reportlab: Helvetica has no Ł, ő or ğ."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

from klara_assets.paths import resource_path

REGULAR = "KlaraSans"
BOLD = "KlaraSans-Bold"
CONDENSED = "KlaraSansCondensed"
CONDENSED_BOLD = "KlaraSansCondensed-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}


@cache
def register_fonts() -> None:
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(
        CONDENSED, normal=CONDENSED, bold=CONDENSED_BOLD, italic=CONDENSED, boldItalic=CONDENSED_BOLD
    )
    # A table cell starts with its style's font even when it only holds paragraphs: reportlab's default is
    # the standard Helvetica, which is never embedded (PDF/A refuses it). Our tables default to ours.
    CellStyle.fontname = REGULAR


def text_width(text: str, font: str, size: float) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))


def fit_size(text: str, font: str, max_size: float, max_width: float, min_size: float = 4.0) -> float:
    """The largest size up to `max_size` at which `text` fits in `max_width` (never below `min_size`)."""
    width = text_width(text, font, max_size)
    if width <= max_width or width == 0:
        return max_size
    return max(min_size, max_size * max_width / width)
