"""Helpers for PDF checks with pip packages only (no poppler on the machine): pages rendered with
pypdfium2, codes decoded with zxing-cpp, word boxes read from pdfium's text layer, plain text with pypdf."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
import zxingcpp
from PIL import Image
from pypdf import PdfReader

POINTS_PER_INCH = 72.0


def render_pages(pdf: bytes, dpi: int, gray: bool = True, first: int = 0, last: int | None = None) -> list[Image.Image]:
    """Pages `first`..`last` (inclusive, 0-based) as images at `dpi`."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        end = len(document) - 1 if last is None else last
        images = []
        for index in range(first, end + 1):
            bitmap = document[index].render(scale=dpi / POINTS_PER_INCH, grayscale=gray)
            images.append(bitmap.to_pil().copy())
        return images
    finally:
        document.close()


def pdf_text(pdf: bytes | Path) -> str:
    """The text of every page (pypdf), pages separated by a newline."""
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


@dataclass(frozen=True)
class Decoded:
    page: int
    text: str
    x: float  # centre, in points from the left edge
    y: float  # centre, in points from the top edge


def decode_pages(pdf: bytes, folder: Path, dpi: int) -> list[Decoded]:
    """Every QR code of every page with its centre. `folder` keeps the rendered pages for a look."""
    found = []
    for page, image in enumerate(render_pages(pdf, dpi)):
        image.save(folder / f"page-{page + 1}.png")
        for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
            p = code.position
            xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
            ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
            scale = POINTS_PER_INCH / dpi
            found.append(Decoded(page, code.text, sum(xs) / 4 * scale, sum(ys) / 4 * scale))
    return found


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


Box = tuple[float, float, float, float]


def _words_of(page_number: int, chars: list[tuple[str, Box]], height: float) -> list[Word]:
    """`chars` (character, pdfium box left/bottom/right/top) cut into words at white space."""
    words: list[Word] = []
    current: list[tuple[str, Box]] = []
    for char, box in [*chars, (" ", (0.0, 0.0, 0.0, 0.0))]:
        if char and not char.isspace():
            current.append((char, box))
            continue
        if current:
            left, bottom = min(b[0] for _, b in current), min(b[1] for _, b in current)
            right, top = max(b[2] for _, b in current), max(b[3] for _, b in current)
            words.append(Word(page_number, "".join(c for c, _ in current), left, height - top, right, height - bottom))
            current = []
    return words


def word_boxes(pdf: bytes, folder: Path) -> list[Word]:
    """Every word with its box in points (origin top-left): pdfium's characters joined between spaces."""
    (folder / "text.pdf").write_bytes(pdf)
    document = pypdfium2.PdfDocument(pdf)
    words: list[Word] = []
    try:
        for number in range(len(document)):
            page = document[number]
            text = page.get_textpage()
            chars = [(text.get_text_range(i, 1), text.get_charbox(i, loose=True)) for i in range(text.count_chars())]
            words.extend(_words_of(number, chars, page.get_height()))
    finally:
        document.close()
    return words
