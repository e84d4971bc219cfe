"""The attestation de don (issue 16 §5): the company states it gives a device to an employee, with its cost
price, depreciation and net book value, and the employee's gifts of the year against the cap of CGI art. 81,
31° bis. French or English; the same data gives the same bytes (PDF/A-2b like every document).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from klara_assets.documents import formatting
from klara_assets.documents.layout import key_value_table, render, signature_boxes, styles

_W = {
    "fr": {
        "title": "Attestation de don de matériel informatique",
        "statement": "{donor} donne à {employee}, qui l'accepte, l'équipement décrit ci-dessous. Ses données ont "
        "été effacées par une méthode reconnue (NIST SP 800-88 : Clear ou Purge) avant le don. Le don entre "
        "dans le cadre de l'article 81, 31° bis du Code général des impôts : matériel informatique donné à un "
        "salarié, dans la limite de 2 000 € de prix de revient par salarié et par an.",
        "number": "N° d'attestation",
        "date": "Date du don",
        "donor": "Donateur",
        "employee": "Bénéficiaire",
        "employee_no": "Matricule",
        "device": "Équipement",
        "tag": "N° d'inventaire",
        "serial": "N° de série",
        "purchased": "Date d'achat",
        "cost": "Prix de revient",
        "depreciation": "Amortissements pratiqués",
        "nbv": "Valeur nette comptable",
        "year_total": "Dons reçus cette année (prix de revient, ce don compris)",
        "cap": "Plafond annuel",
        "sign_donor": "Pour le donateur (nom, date, signature)",
        "sign_employee": "Le bénéficiaire (nom, date, signature)",
        "footer": "{number} — page {page}",
    },
    "en": {
        "title": "Certificate of donation of IT equipment",
        "statement": "{donor} gives {employee}, who accepts it, the equipment described below. Its data was "
        "erased by a recognised method (NIST SP 800-88: Clear or Purge) before the gift. The gift falls under "
        "article 81, 31° bis of the French General Tax Code: IT equipment given to an employee, up to €2,000 "
        "of cost price per employee and per year.",
        "number": "Certificate number",
        "date": "Date of the gift",
        "donor": "Donor",
        "employee": "Recipient",
        "employee_no": "Employee number",
        "device": "Equipment",
        "tag": "Asset tag",
        "serial": "Serial number",
        "purchased": "Purchase date",
        "cost": "Cost price",
        "depreciation": "Depreciation recorded",
        "nbv": "Net book value",
        "year_total": "Gifts received this year (cost price, this one included)",
        "cap": "Yearly cap",
        "sign_donor": "For the donor (name, date, signature)",
        "sign_employee": "The recipient (name, date, signature)",
        "footer": "{number} — page {page}",
    },
}


@dataclass(frozen=True)
class DonationCertificateData:
    lang: str
    number: str
    donated_on: date
    donor: str
    donor_siret: str
    donor_address: str
    employee: str
    employee_no: str
    tag: str
    device: str
    serial: str
    purchased_on: date | None
    cost_price: Decimal
    depreciation: Decimal
    net_book_value: Decimal
    given_this_year: Decimal


def _money(lang: str, amount: Decimal) -> str:
    return formatting.money(lang, amount)


def _day(lang: str, day: date | None) -> str:
    if day is None:
        return "—"
    return formatting.day(lang, day)


def render_donation_certificate(data: DonationCertificateData) -> bytes:
    w = _W[data.lang]
    s = styles()
    width = A4[0] - 36 * mm
    lang = data.lang
    donor = ", ".join(
        x for x in (data.donor, f"SIRET {data.donor_siret}" if data.donor_siret else "", data.donor_address) if x
    )
    rows = [
        (w["number"], data.number),
        (w["date"], _day(lang, data.donated_on)),
        (w["donor"], donor),
        (w["employee"], data.employee),
        (w["employee_no"], data.employee_no),
        (w["device"], data.device),
        (w["tag"], data.tag),
        (w["serial"], data.serial),
        (w["purchased"], _day(lang, data.purchased_on)),
        (w["cost"], _money(lang, data.cost_price)),
        (w["depreciation"], _money(lang, data.depreciation)),
        (w["nbv"], _money(lang, data.net_book_value)),
        (w["year_total"], _money(lang, data.given_this_year)),
        (w["cap"], _money(lang, Decimal("2000.00"))),
    ]
    story: list[Flowable] = [
        Paragraph(escape(w["title"]), s["title"]),
        Spacer(1, 3 * mm),
        Paragraph(escape(w["statement"].format(donor=data.donor, employee=data.employee)), s["body"]),
        Spacer(1, 5 * mm),
        key_value_table([(escape(k), escape(v)) for k, v in rows], width, 0.42),
        Spacer(1, 10 * mm),
        signature_boxes([escape(w["sign_donor"]), escape(w["sign_employee"])], width),
    ]
    return render(
        story,
        title=f"{data.number} — {w['title']}",
        header=f"{data.donor} — {w['title']}",
        footer=lambda page: w["footer"].format(number=data.number, page=page),
        author=data.donor or "Klara Assets",
    )
