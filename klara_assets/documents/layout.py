"""Shared page layout for every PDF: deterministic output, the shipped fonts, styles, header and footer.

Documents are pure functions of frozen data objects: `invariant=1` and fixed metadata make the same data
give the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from klara_assets.documents.fonts import BOLD, REGULAR, register_fonts
from klara_assets.documents.pdfa import to_pdfa

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#0b6e4f")
RULE = colors.HexColor("#cbd2d9")
SHADE = colors.HexColor("#f0f4f8")


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceAfter=4),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4, textColor=ACCENT
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, fontSize=8, leading=10),
    }


def render(
    story: Sequence[Flowable],
    *,
    title: str,
    header: str,
    footer: Callable[[int], str],
    pagesize: tuple[float, float] = A4,
    author: str = "Klara Assets",
) -> bytes:
    """Lay out `story` on pages with a header line and a footer (given the page number); return the PDF bytes."""
    buffer = io.BytesIO()
    width, height = pagesize
    margin = 18 * mm

    def decorate(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(margin, height - 11 * mm, header)
        canvas.drawRightString(width - margin, 10 * mm, footer(doc.page))
        canvas.setStrokeColor(RULE)
        canvas.line(margin, height - 12.5 * mm, width - margin, height - 12.5 * mm)
        canvas.restoreState()

    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=author,
        creator="Klara Assets",
        producer="Klara Assets",
        subject=title,
        invariant=1,
        initialFontName=REGULAR,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    doc.build(list(story))
    return to_pdfa(buffer.getvalue())


def key_value_table(rows: Sequence[tuple[str, str]], width: float, label_share: float = 0.35) -> Table:
    """Two columns, labels in bold on a light shade: for identity blocks and NIST fields."""
    s = styles()
    data = [[Paragraph(label, s["cell_bold"]), Paragraph(value or "—", s["cell"])] for label, value in rows]
    table = Table(data, colWidths=[width * label_share, width * (1 - label_share)])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def signature_boxes(labels: Sequence[str], width: float, height: float = 28 * mm) -> Table:
    """Side-by-side boxes for signatures, each with its label (name, date and signature)."""
    s = styles()
    cells = [[Paragraph(label, s["cell_bold"]) for label in labels]]
    cells.append(["" for _ in labels])
    table = Table(cells, colWidths=[width / len(labels)] * len(labels), rowHeights=[None, height])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, INK),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, INK),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # the empty cells too: no stray Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table
