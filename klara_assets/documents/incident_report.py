"""Incident report (PDF) for the police and the insurer: the device and how to identify it (serial, IMEI,
purchase date and price), the holder at the time, the circumstances, the encryption state at the time, the
GDPR assessment, the timeline of steps and the outcome. French or English; a pure function of its data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from klara_assets.documents import formatting
from klara_assets.documents.layout import RULE, SHADE, key_value_table, render, signature_boxes, styles
from klara_assets.documents.receipts import Officer, Organisation
from klara_assets.documents.wording import cell

WIDTH = 174 * mm

_W = {
    "en": {
        "title": "Incident report",
        "org": "Organisation",
        "officer": "Security officer",
        "incident": "Incident",
        "number": "Number",
        "kind": "Kind",
        "status": "Status",
        "occurred": "Occurred",
        "discovered": "Discovered",
        "place": "Place",
        "reporter": "Reported by",
        "police": "Police report reference",
        "device": "Device",
        "tag": "Asset tag",
        "make": "Make and model",
        "category": "Category",
        "serial": "Serial number",
        "imei": "IMEI",
        "purchased": "Purchased on",
        "price": "Purchase price (excl. VAT)",
        "holder": "Holder at the time",
        "encryption": "Encryption at the time",
        "circumstances": "Circumstances",
        "gdpr": "Personal data (GDPR art. 33)",
        "personal": "Personal data on the device",
        "assessment": "Assessment",
        "deadline": "Notification deadline",
        "timeline": "Timeline",
        "no_steps": "No step recorded yet.",
        "step": "Step",
        "at": "When",
        "ref": "Reference",
        "note": "Note",
        "outcome": "Outcome",
        "closed": "Closed on",
        "sign_reporter": "The reporter — name, date and signature",
        "sign_officer": "The security officer — name, date and signature",
    },
    "fr": {
        "title": "Rapport d'incident",
        "org": "Organisation",
        "officer": "Responsable de la sécurité",
        "incident": "Incident",
        "number": "Numéro",
        "kind": "Nature",
        "status": "Statut",
        "occurred": "Survenu",
        "discovered": "Constaté",
        "place": "Lieu",
        "reporter": "Déclaré par",
        "police": "Référence du dépôt de plainte",
        "device": "Appareil",
        "tag": "Étiquette d'inventaire",
        "make": "Marque et modèle",
        "category": "Catégorie",
        "serial": "Numéro de série",
        "imei": "IMEI",
        "purchased": "Acheté le",
        "price": "Prix d'achat (HT)",
        "holder": "Détenteur au moment des faits",
        "encryption": "Chiffrement au moment des faits",
        "circumstances": "Circonstances",
        "gdpr": "Données personnelles (RGPD art. 33)",
        "personal": "Données personnelles sur l'appareil",
        "assessment": "Analyse",
        "deadline": "Échéance de notification",
        "timeline": "Chronologie",
        "no_steps": "Aucune étape enregistrée pour l'instant.",
        "step": "Étape",
        "at": "Quand",
        "ref": "Référence",
        "note": "Note",
        "outcome": "Issue",
        "closed": "Clos le",
        "sign_reporter": "Le déclarant — nom, date et signature",
        "sign_officer": "Le responsable de la sécurité — nom, date et signature",
    },
}


@dataclass(frozen=True)
class Step:
    step: str
    at: datetime
    reference: str
    note: str


@dataclass(frozen=True)
class IncidentReport:
    lang: str
    organisation: Organisation
    officer: Officer
    number: str
    kind: str
    status: str
    outcome: str | None
    occurred_at: datetime | None
    discovered_at: datetime
    closed_at: datetime | None
    reporter: str
    place: str
    description: str
    police_ref: str
    holder: str
    tag: str
    category: str
    make_model: str
    serial: str
    imeis: str
    purchased_on: date | None
    price: str
    encryption_at_time: str
    personal_data: str
    assessment: str  # the assessment identifier (`likely_notifiable`...)
    assessment_reason: str
    deadline: datetime | None
    steps: tuple[Step, ...] = ()


def when(value: datetime | None, lang: str = "fr") -> str:
    """A stored (UTC) time in local time with its zone, in the document's language."""
    return formatting.moment(lang, value)


def _sections(r: IncidentReport) -> list[tuple[str, list[tuple[str, str]]]]:
    w, lang = _W[r.lang], r.lang
    incident = [
        (w["number"], r.number),
        (w["kind"], cell(lang, r.kind)),
        (w["status"], cell(lang, r.status)),
        (w["occurred"], when(r.occurred_at, lang)),
        (w["discovered"], when(r.discovered_at, lang)),
        (w["place"], r.place),
        (w["reporter"], r.reporter),
        (w["police"], r.police_ref),
    ]
    if r.outcome:
        incident += [(w["outcome"], cell(lang, r.outcome)), (w["closed"], when(r.closed_at, lang))]
    device = [
        (w["tag"], r.tag),
        (w["make"], r.make_model),
        (w["category"], cell(lang, r.category)),
        (w["serial"], r.serial),
        (w["imei"], r.imeis),
        (w["purchased"], formatting.day(lang, r.purchased_on)),
        (w["price"], r.price),
        (w["holder"], r.holder),
        (w["encryption"], cell(lang, r.encryption_at_time)),
    ]
    gdpr = [
        (w["personal"], cell(lang, r.personal_data)),
        (w["assessment"], f"{cell(lang, r.assessment)} — {r.assessment_reason}"),
    ]
    if r.deadline:
        gdpr.append((w["deadline"], when(r.deadline, lang)))
    return [(w["incident"], incident), (w["device"], device), (w["gdpr"], gdpr)]


def _timeline(r: IncidentReport) -> Flowable:
    w, s = _W[r.lang], styles()
    if not r.steps:
        return Paragraph(w["no_steps"], s["body"])
    head = [Paragraph(w[k], s["cell_bold"]) for k in ("step", "at", "ref", "note")]
    rows = [head] + [
        [Paragraph(escape(x), s["cell"]) for x in (cell(r.lang, st.step), when(st.at, r.lang), st.reference, st.note)]
        for st in r.steps
    ]
    table = Table(rows, colWidths=[48 * mm, 30 * mm, 40 * mm, 56 * mm], repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SHADE), ("GRID", (0, 0), (-1, -1), 0.4, RULE)]))
    return table


def render_incident_report(r: IncidentReport) -> bytes:
    w, s = _W[r.lang], styles()
    story: list[Flowable] = [Paragraph(f"{w['title']} {escape(r.number)}", s["title"])]
    org = ", ".join(p for p in (r.organisation.legal_name or r.organisation.name, r.organisation.address) if p)
    line = f"{w['org']} : {org} · " if org and r.lang == "fr" else (f"{w['org']}: {org} · " if org else "")
    line += f"{w['officer']}{' :' if r.lang == 'fr' else ':'} {r.officer.contact(r.lang)}"
    story += [Paragraph(escape(line), s["small"])]
    for heading, rows in _sections(r):
        story += [Paragraph(heading, s["h2"]), key_value_table([(a, escape(b)) for a, b in rows], WIDTH, 0.32)]
    story += [Paragraph(w["circumstances"], s["h2"])]
    story += [Paragraph(escape(line) or "&nbsp;", s["body"]) for line in (r.description or "—").splitlines()]
    story += [Paragraph(w["timeline"], s["h2"]), _timeline(r), Spacer(1, 8 * mm)]
    story += [KeepTogether([signature_boxes([w["sign_reporter"], w["sign_officer"]], WIDTH)])]
    title = f"{w['title']} {r.number}"
    header = f"{r.organisation.name} · {title}" if r.organisation.name else title
    return render(story, title=title, header=header, footer=lambda page: f"{r.number} · {page}")
