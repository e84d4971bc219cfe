"""Helpers for label tests: rasterise a PDF with pdftoppm, decode its codes, read word boxes with pdftotext."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import zxingcpp
from PIL import Image

POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class Decoded:
    page: int
    text: str
    x: float  # centre, in points from the left edge
    y: float  # centre, in points from the top edge


def decode_pages(pdf: bytes, folder: Path, dpi: int) -> list[Decoded]:
    path = folder / "sheet.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(path), str(folder / "page")], check=True)
    found = []
    for page, image_path in enumerate(sorted(folder.glob("page-*.png"))):
        with Image.open(image_path) as image:
            codes = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        for code in codes:
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


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def word_boxes(pdf: bytes, folder: Path) -> list[Word]:
    """Every word with its box in points (origin top-left), as poppler lays the text out."""
    path = folder / "text.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True).stdout.decode()
    words = []
    for page, chunk in enumerate(html.split("<page ")[1:]):
        for m in _WORD.finditer(chunk):
            words.append(Word(page, unescape(m.group(5)), *(float(m.group(i)) for i in range(1, 5))))
    return words
