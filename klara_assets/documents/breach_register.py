"""The breach register (GDPR art. 33.5: every personal-data breach is documented, notified or not) as a
landscape PDF: one line per incident with the facts, the assessment, the deadline and what was done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from klara_assets.documents import formatting
from klara_assets.documents.incident_report import when
from klara_assets.documents.layout import RULE, SHADE, render, styles
from klara_assets.documents.wording import cell

_W = {
    "en": {
        "title": "Personal-data breach register",
        "intro": "Every incident on a company device, with its assessment under GDPR art. 33. Local times. "
        "“Likely notifiable”: the device was not encrypted and may hold personal data; the supervisory "
        "authority (CNIL) must be notified within 72 hours of discovery.",
        "empty": "No incident recorded.",
        "as_of": "Register as of {now} — {count} incident(s)",
    },
    "fr": {
        "title": "Registre des violations de données personnelles",
        "intro": "Chaque incident sur un appareil de l'entreprise, avec son analyse au titre de l'article 33 du "
        "RGPD. Heures locales. « Probablement à notifier » : l'appareil n'était pas chiffré et peut contenir des "
        "données personnelles ; la CNIL doit être notifiée dans les 72 heures suivant la découverte.",
        "empty": "Aucun incident enregistré.",
        "as_of": "Registre au {now} — {count} incident(s)",
    },
}
_HEAD = {
    "en": [
        "Incident",
        "Discovered",
        "Kind",
        "Device",
        "Holder",
        "Encryption",
        "Personal data",
        "Assessment",
        "Deadline",
        "CNIL notified",
        "Status",
    ],
    "fr": [
        "Incident",
        "Constaté",
        "Nature",
        "Appareil",
        "Détenteur",
        "Chiffrement",
        "Données perso.",
        "Analyse",
        "Échéance",
        "CNIL notifiée",
        "Statut",
    ],
}
_WIDTHS_MM = [26, 22, 22, 30, 26, 22, 20, 27, 22, 22, 22]


@dataclass(frozen=True)
class RegisterLine:
    number: str
    discovered_at: datetime
    kind: str
    device: str
    holder: str
    encryption_at_time: str
    personal_data: str
    assessment: str
    deadline: datetime | None
    cnil_notified_at: datetime | None
    status: str
    outcome: str | None


@dataclass(frozen=True)
class BreachRegister:
    lang: str
    organisation: str
    now: datetime
    lines: tuple[RegisterLine, ...]


def _cells(line: RegisterLine, lang: str) -> list[str]:
    status = cell(lang, line.outcome) if line.outcome else cell(lang, line.status)
    return [
        line.number,
        when(line.discovered_at, lang),
        cell(lang, line.kind),
        line.device,
        line.holder,
        cell(lang, line.encryption_at_time),
        cell(lang, line.personal_data),
        cell(lang, line.assessment),
        when(line.deadline, lang),
        when(line.cnil_notified_at, lang),
        status,
    ]


def _tables(register: BreachRegister) -> list[Flowable]:
    """Tables of 200 rows with the header repeated: one huge platypus table is superlinear."""
    s = styles()
    head = [Paragraph(h, s["cell_bold"]) for h in _HEAD[register.lang]]
    widths = [w * mm for w in _WIDTHS_MM]
    style = TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    out: list[Flowable] = []
    for start in range(0, len(register.lines), 200):
        chunk = register.lines[start : start + 200]
        rows = [head] + [[Paragraph(escape(c), s["cell"]) for c in _cells(line, register.lang)] for line in chunk]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(style)
        out.append(table)
    return out


def render_breach_register(register: BreachRegister) -> bytes:
    w, s = _W[register.lang], styles()
    now = formatting.moment(register.lang, register.now)
    story: list[Flowable] = [Paragraph(escape(w["title"]), s["title"])]
    story += [Paragraph(escape(w["as_of"].format(now=now, count=len(register.lines))), s["small"])]
    story += [Spacer(1, 2 * mm), Paragraph(escape(w["intro"]), s["body"]), Spacer(1, 4 * mm)]
    story += _tables(register) if register.lines else [Paragraph(w["empty"], s["body"])]
    header = f"{register.organisation} · {w['title']}" if register.organisation else w["title"]
    return render(story, title=w["title"], header=header, footer=lambda page: f"{now} · {page}", pagesize=landscape(A4))
