"""The physical audit report (PDF), in French or English: what was expected in a room, what was found,
what was out of place, which codes are unknown, and which devices are missing.

A pure function of a frozen `AuditReport`: the same audit gives the same bytes. Long lists are cut into
tables of 200 rows (one big platypus table lays out in superlinear time).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from klara_assets.documents.layout import RULE, SHADE, key_value_table, render, signature_boxes, styles
from klara_assets.documents.wording import label

CHUNK = 200
WIDTH = 174 * mm  # A4 minus the shared 18 mm margins

WORDS = {
    "en": {
        "title": "Physical audit report",
        "number": "Audit no.",
        "organisation": "Organisation",
        "location": "Location audited",
        "opened": "Opened",
        "closed": "Closed",
        "still_open": "still open: the lists below are provisional",
        "by": "by",
        "expected": "Devices expected here",
        "summary": "{found} found, {missing} missing, {unexpected} out of place, {unknown} unknown codes",
        "missing": "Missing: expected here, not found",
        "missing_open": "Not found yet",
        "unexpected": "Out of place: found here, recorded elsewhere",
        "unknown": "Unknown codes: no device matches",
        "found": "Found as expected",
        "held": "With their holder: checked out, not expected here",
        "none": "None.",
        "col_tag": "Tag / code",
        "col_device": "Device",
        "col_serial": "Serial no.",
        "col_holder": "Holder",
        "col_recorded": "Recorded at",
        "col_scanned": "Scanned",
        "intro": "Every device recorded at this location was looked for and every code scanned on site was "
        "checked against the inventory. Missing devices should be searched for, and reported as lost if "
        "they cannot be found.",
        "sign_auditor": "Auditor (name, date, signature)",
        "sign_manager": "Office manager (name, date, signature)",
        "page": "Page {n}",
        "gone_refurbished": "refurbished, left the fleet",
        "gone_recycled": "recycled, left the fleet",
        "gone_written_off": "written off",
    },
    "fr": {
        "title": "Rapport d'inventaire physique",
        "number": "Inventaire n°",
        "organisation": "Organisation",
        "location": "Lieu inventorié",
        "opened": "Ouvert le",
        "closed": "Clos le",
        "still_open": "encore ouvert : les listes ci-dessous sont provisoires",
        "by": "par",
        "expected": "Appareils attendus ici",
        "summary": "{found} trouvés, {missing} manquants, {unexpected} hors de leur lieu, {unknown} codes inconnus",
        "missing": "Manquants : attendus ici, non trouvés",
        "missing_open": "Pas encore trouvés",
        "unexpected": "Hors de leur lieu : trouvés ici, enregistrés ailleurs",
        "unknown": "Codes inconnus : aucun appareil ne correspond",
        "found": "Trouvés comme prévu",
        "held": "Chez leur détenteur : attribués, non attendus ici",
        "none": "Aucun.",
        "col_tag": "Étiquette / code",
        "col_device": "Appareil",
        "col_serial": "N° de série",
        "col_holder": "Détenteur",
        "col_recorded": "Enregistré à",
        "col_scanned": "Scanné",
        "intro": "Chaque appareil enregistré dans ce lieu a été recherché et chaque code scanné sur place a été "
        "comparé à l'inventaire. Les appareils manquants doivent être recherchés, puis déclarés perdus s'ils "
        "restent introuvables.",
        "sign_auditor": "Auditeur (nom, date, signature)",
        "sign_manager": "Office manager (nom, date, signature)",
        "page": "Page {n}",
        "gone_refurbished": "reconditionné, sorti du parc",
        "gone_recycled": "recyclé, sorti du parc",
        "gone_written_off": "passé en perte",
    },
}


@dataclass(frozen=True)
class ReportLine:
    result: str  # found | unexpected | unknown | missing | held
    code: str
    category: str | None
    device: str
    serial: str
    holder: str
    recorded_at: str
    scanned_at: str


@dataclass(frozen=True)
class AuditReport:
    lang: str
    organisation: str
    number: int
    location: str
    opened_at: str
    opened_by: str
    closed_at: str | None
    expected: int
    lines: tuple[ReportLine, ...]


def gone(lang: str, status: str) -> str:
    """How the report names a device recorded as having left the fleet (refurbished, recycled, written off)."""
    return WORDS[lang].get(f"gone_{status}", status)


def render_audit_report(report: AuditReport) -> bytes:
    w = WORDS[report.lang]
    s = styles()
    story: list[Flowable] = [Paragraph(f"{w['title']} — {report.location}", s["title"])]
    story += [key_value_table(_identity(report), WIDTH), Spacer(1, 3 * mm), Paragraph(w["intro"], s["small"])]
    sections = ["missing", "unexpected", "unknown", "found", "held"]
    for result in sections:
        lines = [line for line in report.lines if line.result == result]
        title = w["missing_open"] if result == "missing" and report.closed_at is None else w[result]
        story.append(Paragraph(f"{title} ({len(lines)})", s["h2"]))
        story += _tables(report.lang, lines) if lines else [Paragraph(w["none"], s["body"])]
    story += [Spacer(1, 8 * mm), signature_boxes([w["sign_auditor"], w["sign_manager"]], WIDTH)]
    header = f"{report.organisation} · {w['number']} {report.number} · {report.location}"
    return render(story, title=f"{w['title']} {report.number}", header=header, footer=lambda n: w["page"].format(n=n))


def _identity(report: AuditReport) -> list[tuple[str, str]]:
    w = WORDS[report.lang]
    counts = {
        r: sum(1 for line in report.lines if line.result == r) for r in ("found", "missing", "unexpected", "unknown")
    }
    return [
        (w["number"], str(report.number)),
        (w["organisation"], report.organisation),
        (w["location"], report.location),
        (w["opened"], f"{report.opened_at} {w['by']} {report.opened_by}"),
        (w["closed"], report.closed_at or w["still_open"]),
        (w["expected"], f"{report.expected} — {w['summary'].format(**counts)}"),
    ]


def _tables(lang: str, lines: Sequence[ReportLine]) -> list[Flowable]:
    w = WORDS[lang]
    s = styles()
    header = [w["col_tag"], w["col_device"], w["col_serial"], w["col_holder"], w["col_recorded"], w["col_scanned"]]
    widths = [x * mm for x in (27, 42, 27, 26, 26, 26)]
    tables: list[Flowable] = []
    for start in range(0, len(lines), CHUNK):
        data = [[Paragraph(h, s["cell_bold"]) for h in header]]
        for line in lines[start : start + CHUNK]:
            device = f"{label(lang, line.category)} · {line.device}" if line.category else line.device
            cells = [line.code, device, line.serial, line.holder, line.recorded_at, line.scanned_at]
            data.append([Paragraph(_escape(cell) or "—", s["cell"]) for cell in cells])
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
        tables.append(table)
    return tables


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
