"""Pieces shared by certificates and the pickup manifest: the data objects of the parties and devices,
the QR flowable, the title block with the QR, the party blocks and the long device table.

The device table is built as 200-row tables with fixed row heights and plain clipped strings: one big
platypus `Table` lays out in superlinear time, and a `Paragraph` per cell is ten times slower.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from klara_assets.documents import qr
from klara_assets.documents.certificate_text import date_text, number_text, value, words
from klara_assets.documents.fonts import CONDENSED, CONDENSED_BOLD, register_fonts
from klara_assets.documents.layout import INK, RULE, SHADE, key_value_table, styles

CHUNK_ROWS = 200
ROW_HEIGHT = 11.0
FONT_SIZE = 7.0


@dataclass(frozen=True)
class CertificationLine:
    scheme: str
    number: str
    valid_until: date


@dataclass(frozen=True)
class Party:
    legal_name: str
    siret: str
    address: str
    certifications: tuple[CertificationLine, ...] = ()
    social_economy: bool = False


@dataclass(frozen=True)
class DeviceLine:
    tag: str
    category: str
    manufacturer: str
    model: str
    serial: str
    weight_kg: Decimal
    sanitization: str
    outcome: str
    avoided_kgco2e: Decimal = Decimal(0)


class QrFlowable(Flowable):
    """A vector QR code (with its quiet zone) as a flowable of `size` points."""

    def __init__(self, payload: str, size: float):
        super().__init__()
        self.payload = payload
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        qr.draw(self.canv, self.payload, 0, 0, self.size)


def title_block(lang: str, title: str, lines: Sequence[tuple[str, str]], payload: str | None, width: float) -> Table:
    """The document title and its identity lines on the left, the verification QR on the right."""
    s = styles()
    left: list[Flowable] = [Paragraph(title, s["title"])]
    colon = " : " if lang == "fr" else ": "  # French typography puts a space before the colon
    left += [Paragraph(f"<b>{label}</b>{colon}{text}", s["body"]) for label, text in lines]
    qr_size = 34 * mm
    if payload:
        table = Table([[left, QrFlowable(payload, qr_size)]], colWidths=[width - qr_size - 4 * mm, qr_size + 4 * mm])
    else:
        table = Table([[left]], colWidths=[width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def party_rows(lang: str, party: Party) -> list[tuple[str, str]]:
    w = words(lang)
    rows = [(w["legal_name"], party.legal_name), (w["siret"], party.siret), (w["address"], party.address)]
    if party.certifications:
        certs = "<br/>".join(
            f"{c.scheme} n° {c.number}, {w['valid_until']} {date_text(lang, c.valid_until)}"
            for c in party.certifications
        )
        rows.append((w["certifications"], certs))
    if party.social_economy:
        rows.append((w["social_economy"], value(lang, "yes")))
    return rows


def party_block(lang: str, heading: str, party: Party, width: float) -> list[Flowable]:
    return [Paragraph(heading, styles()["h2"]), key_value_table(party_rows(lang, party), width, 0.3)]


@cache
def _char_widths(font: str) -> tuple[dict[int, float], float]:
    """Glyph advance widths (1/1000 em) of a registered TTF font, for fast measuring of many cells."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return dict(face.charWidths), float(face.defaultWidth)


def fast_width(text: str, font: str, size: float) -> float:
    widths, default = _char_widths(font)
    return sum(widths.get(ord(ch), default) for ch in text) * size / 1000


def clip(text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with an ellipsis to fit `width` points (cells have fixed widths)."""
    if fast_width(text, font, size) <= width:
        return text
    while text and fast_width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


# Column shares of the 174 mm frame: tag, category, make, model, serial, kg, sanitization, outcome.
_SHARES = (0.12, 0.09, 0.09, 0.16, 0.25, 0.06, 0.10, 0.13)


def device_tables(lang: str, devices: Sequence[DeviceLine], width: float) -> list[Flowable]:
    """The device lines, as tables of `CHUNK_ROWS` rows, each repeating the header."""
    w = words(lang)
    header = [w[k] for k in ("col_tag", "col_category", "col_make", "col_model", "col_serial", "col_weight")]
    header += [w["col_sanitization"], w["col_outcome"]]
    widths = [width * share for share in _SHARES]
    room = [cw - 5 for cw in widths]
    rows = [
        [
            clip(d.tag, CONDENSED, FONT_SIZE, room[0]),
            value(lang, d.category),
            clip(d.manufacturer, CONDENSED, FONT_SIZE, room[2]),
            clip(d.model, CONDENSED, FONT_SIZE, room[3]),
            clip(d.serial, CONDENSED, FONT_SIZE, room[4]),
            number_text(lang, d.weight_kg, 2),
            value(lang, d.sanitization) or "—",
            value(lang, d.outcome),
        ]
        for d in devices
    ]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), CONDENSED),
            ("FONTNAME", (0, 0), (-1, 0), CONDENSED_BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), FONT_SIZE),
            ("LEADING", (0, 0), (-1, -1), FONT_SIZE + 1),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("ALIGN", (5, 0), (5, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ]
    )
    tables: list[Flowable] = []
    for start in range(0, max(len(rows), 1), CHUNK_ROWS):
        chunk = [header, *rows[start : start + CHUNK_ROWS]]
        table = Table(chunk, colWidths=widths, rowHeights=[ROW_HEIGHT] * len(chunk), repeatRows=1)
        table.setStyle(style)
        tables.append(table)
    return tables
