"""The outgoing-waste register as a landscape PDF for an inspector: who produces the waste, one line per
batch and waste code (date, waste, code, hazardous, quantity, destination, carrier, tracking number,
treatment, qualification) and the totals per waste code, in French or English.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from klara_assets.documents import formatting
from klara_assets.documents.fonts import CONDENSED, CONDENSED_BOLD
from klara_assets.documents.layout import RULE, SHADE, render, styles
from klara_assets.domain.waste import WasteRegister

_W = {
    "fr": {
        "title": "Registre chronologique des déchets sortants",
        "intro": "Tenu au titre de l'article R.541-43 du Code de l'environnement et de l'arrêté du 31 mai 2021 : "
        "une ligne par lot remis et par code déchet, à conserver au moins trois ans. Quantités en tonnes "
        "(poids relevés à la clôture du lot).",
        "producer": "Producteur : {name} — SIRET {siret}",
        "period": "Période : année {year}",
        "all": "Période : tous les lots clôturés",
        "empty": "Aucun lot clôturé sur la période.",
        "totals": "Totaux par code déchet",
        "total": "Total",
        "footer": "Registre des déchets sortants au {today} — page {page}",
        "yes": "oui",
        "no": "non",
    },
    "en": {
        "title": "Chronological register of outgoing waste",
        "intro": "Kept under article R.541-43 of the French Environment Code and the order of 31 May 2021: one "
        "line per batch handed over and per waste code, to be kept at least three years. Quantities in "
        "tonnes (weights recorded when the batch was closed).",
        "producer": "Producer: {name} — SIRET {siret}",
        "period": "Period: year {year}",
        "all": "Period: every closed batch",
        "empty": "No batch closed in this period.",
        "totals": "Totals per waste code",
        "total": "Total",
        "footer": "Outgoing-waste register as of {today} — page {page}",
        "yes": "yes",
        "no": "no",
    },
}
_HEAD = {
    "fr": [
        "Expédition",
        "Lot",
        "Dénomination",
        "Code déchet",
        "Dang. / POP",
        "Tonnes",
        "Destination (SIRET)",
        "Éco-organisme",
        "Transporteur (SIREN, récépissé)",
        "BSD",
        "Traitement",
        "Qualification",
    ],
    "en": [
        "Shipped",
        "Batch",
        "Waste",
        "Waste code",
        "Haz. / POP",
        "Tonnes",
        "Destination (SIRET)",
        "Eco-organisme",
        "Carrier (SIREN, récépissé)",
        "BSD",
        "Treatment",
        "Qualification",
    ],
}
_WIDTHS = (18, 21, 30, 15, 13, 14, 40, 20, 30, 20, 22, 0)


def waste_register_pdf(register: WasteRegister, lang: str, today: date) -> bytes:
    w = _W[lang]
    s = styles()
    page = landscape(A4)
    width = page[0] - 36 * mm
    story: list[Flowable] = [
        Paragraph(escape(w["title"]), s["title"]),
        Paragraph(escape(w["intro"]), s["small"]),
        Spacer(1, 3 * mm),
        Paragraph(escape(w["producer"].format(name=register.producer_name, siret=register.producer_siret)), s["body"]),
        Paragraph(escape(w["period"].format(year=register.year) if register.year else w["all"]), s["body"]),
        Spacer(1, 3 * mm),
    ]
    cell = ParagraphStyle("register_cell", parent=s["cell"], fontName=CONDENSED, fontSize=7.5, leading=9)
    head = ParagraphStyle("register_head", parent=cell, fontName=CONDENSED_BOLD)

    def p(text: str) -> Paragraph:
        return Paragraph(escape(text) if text else "—", cell)

    rows: list[list[Paragraph]] = [[Paragraph(escape(h), head) for h in _HEAD[lang]]]
    for line in register.lines:
        flags = f"{w['yes'] if line.hazardous else w['no']} / {w['yes'] if line.pop else w['no']}"
        carrier = ", ".join(x for x in (line.carrier_name, line.carrier_siren, line.carrier_recepisse) if x)
        eco = f"{line.eco_organisme_name} ({line.eco_organisme_siren})" if line.eco_organisme_name else ""
        rows.append(
            [
                p(formatting.day(lang, line.pickup_date)),
                p(line.batch),
                p(line.denomination),
                p(line.waste_code),
                p(flags),
                p(formatting.number(lang, line.tonnes, 3)),
                p(f"{line.destination_name} ({line.destination_siret}), {line.destination_address}"),
                p(eco),
                p(carrier),
                p(line.tracking_ref),
                p(f"{line.treatment_code} — {line.treatment_mode}"),
                p(line.qualification),
            ]
        )
    if register.lines:
        fixed = [x * mm for x in _WIDTHS[:-1]]
        table = Table(rows, colWidths=[*fixed, width - sum(fixed)], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (5, 1), (5, -1), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story.append(table)
        story.append(Paragraph(escape(w["totals"]), s["h2"]))
        totals = [
            [p(code), p(f"{formatting.number(lang, value, 3)} t")] for code, value in register.tonnes_by_code().items()
        ]
        totals.append(
            [Paragraph(escape(w["total"]), s["cell_bold"]), p(f"{formatting.number(lang, register.total_tonnes, 3)} t")]
        )
        summary = Table(totals, colWidths=[40 * mm, 30 * mm], hAlign="LEFT")
        summary.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE)]))
        story.append(summary)
    else:
        story.append(Paragraph(escape(w["empty"]), s["body"]))
    return render(
        story,
        title=w["title"],
        header=f"{register.producer_name} — {w['title']}",
        footer=lambda n: w["footer"].format(today=formatting.day(lang, today), page=n),
        pagesize=page,
    )
