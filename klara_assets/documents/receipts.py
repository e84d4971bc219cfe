"""Handover receipt (check-out) and return receipt (check-in), in French or English (SPEC §6).

The holder's duties restate the IT charter in plain words: lock the session when away, keep the device
encrypted and updated, never lend credentials, protect it from theft, and report any loss, theft or
suspected compromise at once to the security officer, whose contacts come from the settings.
A pure function of a frozen `Receipt`: the same data gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from klara_assets.documents import formatting
from klara_assets.documents.layout import RULE, SHADE, key_value_table, render, signature_boxes, styles
from klara_assets.documents.wording import WORDS, label

WIDTH = 174 * mm
WARN = colors.HexColor("#fff4e5")
WARN_EDGE = colors.HexColor("#d97706")


@dataclass(frozen=True)
class Organisation:
    name: str
    legal_name: str = ""
    siret: str = ""
    address: str = ""


@dataclass(frozen=True)
class Officer:
    name: str = ""
    email: str = ""
    phone: str = ""

    def contact(self, lang: str) -> str:
        parts = [p for p in (self.name, self.email, self.phone) if p]
        return ", ".join(parts) if parts else WORDS[lang]["officer_unset"]


@dataclass(frozen=True)
class ReceiptDevice:
    tag: str
    category: str
    manufacturer: str
    model: str
    serial: str
    imei: str
    encryption_state: str
    condition: str


@dataclass(frozen=True)
class SignatureMark:
    """A signature drawn on screen: strokes of (x, y) points in a 0..1 box (y downwards), signer, role, time."""

    role: str  # "holder" or "it"
    name: str
    at: datetime
    strokes: tuple[tuple[tuple[float, float], ...], ...]


@dataclass(frozen=True)
class Receipt:
    kind: str  # "handover" or "return"
    number: str
    lang: str
    at: datetime
    organisation: Organisation
    officer: Officer
    person_name: str
    person_email: str
    department: str
    employee_no: str
    devices: tuple[ReceiptDevice, ...]
    due_back: date | None = None
    override_reason: str = ""
    overridden_tags: tuple[str, ...] = ()
    issued_by: str = ""
    handover_no: str = ""  # a return receipt: the handover receipt the devices came under
    remark: str = ""  # a return receipt: the remark typed at check-in
    signatures: tuple[SignatureMark, ...] = ()


def duties(lang: str, officer: Officer) -> list[str]:
    """The holder's duties, in the receipt's language, with the security officer's contacts."""
    w = WORDS[lang]
    report = w["duty_report"].format(officer=officer.contact(lang))
    return [w["duty_lock"], w["duty_encrypt"], w["duty_credentials"], w["duty_theft"], report, w["duty_return"]]


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), styles()[style])


def _device_table(receipt: Receipt) -> Table:
    w = WORDS[receipt.lang]
    s = styles()
    head = [w["col_tag"], w["col_device"], w["col_serial"], w["col_imei"], w["col_encryption"], w["col_condition"]]
    data: list[list[Flowable]] = [[Paragraph(h, s["cell_bold"]) for h in head]]
    for d in receipt.devices:
        device = f"{d.manufacturer} {d.model}".strip() + f"<br/><font size=7>{label(receipt.lang, d.category)}</font>"
        cells = [d.tag, device, d.serial or "—", d.imei or "—"]
        cells += [label(receipt.lang, d.encryption_state), label(receipt.lang, d.condition)]
        data.append([Paragraph(c if i == 1 else escape(c), s["cell"]) for i, c in enumerate(cells)])
    widths = [24 * mm, 44 * mm, 28 * mm, 34 * mm, 23 * mm, 21 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _identity(receipt: Receipt) -> Table:
    w = WORDS[receipt.lang]
    org = receipt.organisation
    when = formatting.moment(receipt.lang, receipt.at)
    rows = [
        (w["organisation"], ", ".join(p for p in (org.legal_name or org.name, org.address) if p)),
        (w["holder"], f"{receipt.person_name} <{receipt.person_email}>"),
        (w["department"], " · ".join(p for p in (receipt.department, receipt.employee_no) if p)),
        (w["date_" + receipt.kind], when),
    ]
    if receipt.kind == "handover":
        rows.append(
            (w["due_back"], formatting.day(receipt.lang, receipt.due_back) if receipt.due_back else w["no_due"])
        )
    rows.append((w["officer"], receipt.officer.contact(receipt.lang)))
    return key_value_table([(a, escape(b)) for a, b in rows], WIDTH, 0.3)


def _notice(receipt: Receipt) -> Table:
    """The encryption-policy exception, boxed so nobody misses it."""
    w = WORDS[receipt.lang]
    words = w["override"].format(tags=", ".join(receipt.overridden_tags), reason=receipt.override_reason)
    box = Table([[_p(words)]], colWidths=[WIDTH])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), WARN), ("BOX", (0, 0), (-1, -1), 0.6, WARN_EDGE)]))
    return box


def _body(receipt: Receipt) -> list[Flowable]:
    w = WORDS[receipt.lang]
    story: list[Flowable] = [_p(w["title_" + receipt.kind], "title")]
    story += [_p(f"{w['number_handover']} {receipt.number}", "small")]
    if receipt.kind == "return" and receipt.handover_no:
        story.append(_p(f"{w['number_return']} {receipt.handover_no}", "small"))
    story += [Spacer(1, 4 * mm), _identity(receipt)]
    story += [_p(w["devices"], "h2"), _device_table(receipt)]
    if receipt.override_reason:
        story += [Spacer(1, 3 * mm), _notice(receipt)]
    if receipt.kind == "handover":
        items = [_p(w["duties_intro"], "h2")]
        items += [_p(f"{n}. {duty}") for n, duty in enumerate(duties(receipt.lang, receipt.officer), 1)]
        story += [KeepTogether(items), Spacer(1, 2 * mm), _p(w["ack_handover"])]
    else:
        if receipt.remark:
            story += [_p(w["remark"], "h2"), _p(receipt.remark)]
        story += [Spacer(1, 3 * mm), _p(w["ack_return"])]
    signer = receipt.organisation.name or receipt.organisation.legal_name
    labels = [w["sign_holder"], w["sign_org"].format(org=escape(signer))]
    boxes = _signed_boxes(receipt, labels) if receipt.signatures else signature_boxes(labels, WIDTH)
    story += [Spacer(1, 6 * mm), KeepTogether([boxes])]
    return story


class StrokesDrawing(Flowable):
    """The strokes of an on-screen signature, drawn as vector paths scaled into the box."""

    def __init__(self, strokes: tuple[tuple[tuple[float, float], ...], ...], width: float, height: float):
        super().__init__()
        self.strokes = strokes
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#1a237e"))
        canvas.setLineWidth(1.1)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in self.strokes:
            if not stroke:
                continue
            path = canvas.beginPath()
            x, y = stroke[0]
            path.moveTo(x * self.width, (1 - y) * self.height)
            if len(stroke) == 1:
                path.lineTo(x * self.width + 0.5, (1 - y) * self.height)
            for x, y in stroke[1:]:
                path.lineTo(x * self.width, (1 - y) * self.height)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


def _signed_boxes(receipt: Receipt, labels: list[str]) -> Table:
    """The two signature boxes with, in each, the strokes drawn on screen and who signed when."""
    w = WORDS[receipt.lang]
    s = styles()
    by_role = {mark.role: mark for mark in receipt.signatures}
    width = WIDTH / 2
    cells: list[list[Flowable | str]] = [[Paragraph(text, s["cell_bold"]) for text in labels], [], []]
    for role in ("holder", "it"):
        mark = by_role.get(role)
        if mark is None:
            cells[1].append("")
            cells[2].append("")
            continue
        cells[1].append(StrokesDrawing(mark.strokes, width - 8 * mm, 24 * mm))
        when = formatting.moment(receipt.lang, mark.at)
        cells[2].append(Paragraph(escape(w["signed_by"].format(name=mark.name, at=when)), s["cell"]))
    table = Table(cells, colWidths=[width, width], rowHeights=[None, 26 * mm, None])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def render_receipt(receipt: Receipt) -> bytes:
    w = WORDS[receipt.lang]
    title = f"{w['title_' + receipt.kind]} {receipt.number}"
    header = f"{receipt.organisation.name} · {title}" if receipt.organisation.name else title
    return render(_body(receipt), title=title, header=header, footer=lambda page: f"{receipt.number} · {page}")
