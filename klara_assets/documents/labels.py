"""Asset label sheets: layouts read from `resources/labels/layouts.json`, and the PDF as a pure function.

Each label carries a vector QR code of the tag (qr.draw, 4-module quiet zone), the tag in large type, the
organisation name, an optional second line (model or serial) and an optional "if found" line. Text shrinks
to fit its box and never leaves the label: a line that cannot fit even at the smallest legible size is
wrapped, then shortened with an ellipsis (the tag is never shortened, only wrapped), and the "if found"
line is left out rather than cut. Positions run left to right, then top to bottom; `skip` leaves the first
N positions of the first sheet blank, for a partly used sheet. Same sheet data, same bytes.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from klara_assets.documents import qr
from klara_assets.documents.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, register_fonts, text_width
from klara_assets.documents.pdfa import to_pdfa
from klara_assets.domain.errors import ValidationFailed
from klara_assets.paths import resource_path

_FRENCH_SPACE = re.compile(r" ([:;!?»])")  # "appareil :" never breaks before its colon
ASCENT, LINE = 0.93, 1.18  # DejaVu's ascent and a line box, in ems: descenders stay inside the box


@dataclass(frozen=True)
class LabelLayout:
    """A sheet or roll of labels, in millimetres (see the comment in layouts.json)."""

    id: str
    name: str
    paper: str
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int
    rows: int
    left: float
    top: float
    h_pitch: float
    v_pitch: float
    padding: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def label_box(self, slot: int) -> tuple[float, float, float, float]:
        """(x, y, width, height) in points of position `slot` on a page, (x, y) its lower-left corner."""
        row, column = divmod(slot, self.columns)
        x = (self.left + column * self.h_pitch) * mm
        y = (self.page_height - self.top - row * self.v_pitch - self.label_height) * mm
        return x, y, self.label_width * mm, self.label_height * mm

    def describe(self) -> str:
        grid = "one label per page" if self.per_page == 1 else f"{self.columns} × {self.rows} = {self.per_page}"
        size = f"{self.label_width:g} × {self.label_height:g} mm"
        return f"{self.name}: {self.paper}, {grid}, labels {size}"


def _layout_from(raw: dict[str, Any]) -> LabelLayout:
    names = [f.name for f in fields(LabelLayout)]
    ident = str(raw.get("id", "?"))
    missing = [name for name in names if name not in raw]
    if missing:
        raise ValidationFailed(f"Label layout {ident}: {missing[0]} is missing.", code="invalid_layout", field=ident)
    values = {name: raw[name] for name in names}
    layout = LabelLayout(**values)
    right = layout.page_width - layout.left - (layout.columns - 1) * layout.h_pitch - layout.label_width
    bottom = layout.page_height - layout.top - (layout.rows - 1) * layout.v_pitch - layout.label_height
    if (
        min(layout.columns, layout.rows) < 1
        or min(layout.label_width, layout.label_height) <= 2 * layout.padding
        or layout.h_pitch < layout.label_width
        or layout.v_pitch < layout.label_height
        or min(right, bottom, layout.left, layout.top) < -0.01
    ):
        raise ValidationFailed(
            f"Label layout {ident}: its labels do not fit on its page or overlap each other.",
            code="invalid_layout",
            field=ident,
        )
    return layout


def load_layouts(path: Path | None = None) -> dict[str, LabelLayout]:
    """Every layout of the file (default: the shipped one), by id, in file order."""
    return _load(str(path or resource_path("labels", "layouts.json")))


@cache
def _load(path: str) -> dict[str, LabelLayout]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    layouts = [_layout_from(raw) for raw in data["layouts"]]
    return {layout.id: layout for layout in layouts}


def get_layout(layout_id: str) -> LabelLayout:
    """The layout with this id (any case); an unknown id is refused with the list of known ones."""
    layouts = load_layouts()
    for ident, layout in layouts.items():
        if ident.lower() == layout_id.strip().lower():
            return layout
    raise ValidationFailed(
        f"Unknown label layout {layout_id!r}: choose one of {', '.join(layouts)}.",
        code="unknown_layout",
        field="layout",
    )


@dataclass(frozen=True)
class Label:
    tag: str
    second_line: str = ""


@dataclass(frozen=True)
class LabelSheet:
    layout: LabelLayout
    labels: tuple[Label, ...]
    organisation: str = ""
    if_found: str = ""
    skip: int = 0


def placements(sheet: LabelSheet) -> list[tuple[int, int]]:
    """(page index, slot on the page) of each label, after the `skip` blank positions."""
    per_page = sheet.layout.per_page
    return [divmod(sheet.skip + index, per_page) for index in range(len(sheet.labels))]


def _check(sheet: LabelSheet) -> None:
    if not sheet.labels:
        raise ValidationFailed("No labels to print: give at least one tag.", code="no_labels", field="tags")
    if not 0 <= sheet.skip < sheet.layout.per_page:
        raise ValidationFailed(
            f"Cannot skip {sheet.skip} labels: a {sheet.layout.id} sheet has {sheet.layout.per_page} positions "
            f"(skip 0 to {sheet.layout.per_page - 1}).",
            code="invalid_skip",
            field="skip",
        )


def render_labels(sheet: LabelSheet) -> bytes:
    """The label sheet as PDF bytes."""
    _check(sheet)
    register_fonts()
    layout = sheet.layout
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=(layout.page_width * mm, layout.page_height * mm), invariant=1, initialFontName=REGULAR
    )
    canvas.setTitle(f"Labels {layout.id}")
    canvas.setAuthor("Klara Assets")
    canvas.setCreator("Klara Assets")
    canvas.setProducer("Klara Assets")
    canvas.setSubject(f"{len(sheet.labels)} asset labels")
    current_page = 0
    for label, (page, slot) in zip(sheet.labels, placements(sheet), strict=True):
        while current_page < page:
            canvas.showPage()
            current_page += 1
        _draw_label(canvas, sheet, label, layout.label_box(slot))
    canvas.showPage()
    canvas.save()
    return to_pdfa(buffer.getvalue())


def _draw_label(canvas: Canvas, sheet: LabelSheet, label: Label, box: tuple[float, float, float, float]) -> None:
    x, y, width, height = box
    pad = sheet.layout.padding * mm
    code_size = min(height - 2 * pad, (width - 2 * pad) * 0.55)
    qr.draw(canvas, label.tag, x + pad, y + (height - code_size) / 2, code_size)
    text_x = x + pad + code_size
    blocks = _text_blocks(
        label.tag, label.second_line, sheet.organisation, sheet.if_found, width - 2 * pad - code_size, height - 2 * pad
    )
    total = sum(len(lines) * size * LINE for _, size, lines in blocks)
    top = y + height / 2 + total / 2
    canvas.setFillColorRGB(0, 0, 0)
    for font, size, lines in blocks:
        canvas.setFont(font, size)
        for line in lines:
            canvas.drawString(text_x, top - ASCENT * size, line)
            top -= size * LINE


Block = tuple[str, float, tuple[str, ...]]


@lru_cache(maxsize=4096)
def _text_blocks(tag: str, second: str, organisation: str, if_found: str, width: float, height: float) -> list[Block]:
    """The text lines of a label, sized so that the whole stack fits `width` × `height` points."""
    scale = 1.0
    while True:
        wanted = [
            (tag, CONDENSED_BOLD, min(20.0, height * 0.24) * scale, 3.5, 2, False),
            (organisation, BOLD, min(8.0, height * 0.11) * scale, 5.0, 1, True),
            (second, CONDENSED, min(8.0, height * 0.11) * scale, 5.0, 1, True),
            (if_found, CONDENSED, min(6.5, height * 0.09) * scale, 4.5, 2, None),
        ]
        blocks: list[Block] = []
        for text, font, size, smallest, max_lines, shorten in wanted:
            fitted = _fit(text.strip(), font, max(size, smallest), smallest, width, max_lines, shorten)
            if fitted is not None:
                blocks.append((font, fitted[0], fitted[1]))
        total = sum(len(lines) * size * LINE for _, size, lines in blocks)
        if total <= height or scale < 0.3:
            return _drop_until_fits(blocks, height)
        scale *= 0.9


def _drop_until_fits(blocks: list[Block], height: float) -> list[Block]:
    """Last resort for a tiny label: leave out the lowest lines (never the tag) until the stack fits."""
    while len(blocks) > 1 and sum(len(lines) * size * LINE for _, size, lines in blocks) > height:
        blocks = blocks[:-1]
    return blocks


def _fit(
    text: str, font: str, size: float, smallest: float, width: float, max_lines: int, shorten: bool | None
) -> tuple[float, tuple[str, ...]] | None:
    """Size and lines for `text`: shrink, then wrap, then shorten (True) or give up (None); never overflow."""
    if not text:
        return None
    current = size
    while current >= smallest:
        lines = _wrap(text, font, current, width, max_lines)
        if lines is not None:
            return current, lines
        current -= 0.25
    if shorten is None:
        return None
    if shorten:
        return smallest, (_shortened(text, font, smallest, width),)
    return smallest, _split_chars(text, font, smallest, width)


def _wrap(text: str, font: str, size: float, width: float, max_lines: int) -> tuple[str, ...] | None:
    """Greedy word wrap into at most `max_lines` lines of `width`, or None."""
    lines: list[str] = []
    for word in _FRENCH_SPACE.sub("\u00a0\\1", text).split(" "):
        if not word:
            continue
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and text_width(candidate, font, size) <= width:
            lines[-1] = candidate
        elif text_width(word, font, size) <= width:
            lines.append(word)
        else:
            return None
    return tuple(lines) if len(lines) <= max_lines else None


def _shortened(text: str, font: str, size: float, width: float) -> str:
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def _split_chars(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """A tag too long for one line at the smallest size: cut between characters, never dropped."""
    lines = [""]
    for char in text:
        if lines[-1] and text_width(lines[-1] + char, font, size) > width:
            lines.append("")
        lines[-1] += char
    return tuple(lines)
