"""The outgoing-waste register (issue 16 §1): one line per closed batch and waste code, built from the
batches, their devices and partners; exported as CSV in the column layout of Trackdéchets' outgoing-waste
registry import (`TRACKDECHETS_HEADERS`), as XLSX and as a PDF for an inspector.

A batch's waste code applies to all its devices; a batch without one takes each device's category default
(`domain.waste.DEFAULT_WASTE_CODES`). Weights are those recorded at closing, summed and given in tonnes.
"""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date
from decimal import Decimal

from klara_assets.documents.csv_table import csv_bytes
from klara_assets.domain.enums import BatchKind, BatchStatus, Category
from klara_assets.domain.waste import (
    DEFAULT_TREATMENT,
    DEFAULT_WASTE_CODES,
    DENOMINATIONS,
    TREATMENT_MODE,
    WASTE_CODES,
    WasteLine,
    WasteRegister,
    is_hazardous,
    qualification,
    split_address,
    tonnes,
)
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, BatchItem, DisposalBatch, Partner
from klara_assets.services.settings import load_settings

# The column headers of Trackdéchets' outgoing-waste registry import template, in order
# (MTES-MCT/trackdechets, libs/back/registry/src/outgoingWaste/constants.ts, OUTGOING_WASTE_HEADERS).
TRACKDECHETS_HEADERS: tuple[str, ...] = (
    "Motif",
    "Identifiant unique",
    "SIRET du déclarant",
    "SIRET de l'expéditeur ou du détenteur",
    "Référence du chantier ou du lieu de collecte de l'expéditeur ou du détenteur",
    "Libellé de l'adresse du chantier ou du lieu de collecte de l'expéditeur ou du détenteur",
    "Code postal du chantier ou du lieu de collecte de l'expéditeur ou du détenteur",
    "Commune du chantier ou du lieu de collecte de l'expéditeur ou du détenteur",
    "Code pays du chantier ou du lieu de collecte de l'expéditeur ou du détenteur",
    "Dénomination du déchet",
    "Code déchet",
    "Code déchet Bâle",
    "POP",
    "Dangereux",
    "Date d'expédition",
    "Poids en tonnes",
    "Type de poids",
    "Volume en M3",
    "Type de producteur initial",
    "Numéro d'identification du producteur initial",
    "Raison sociale du producteur initial",
    "Libellé de l'adresse du producteur initial",
    "Code postal du producteur initial",
    "Commune du producteur initial",
    "Code pays du producteur initial",
    "Code(s) INSEE de(s) commune(s)",
    "Type de destinataire",
    "Numéro d'identification du destinataire",
    "Raison sociale du destinataire",
    "Libellé de l'adresse du destinataire",
    "Code postal du destinataire",
    "Commune du destinataire",
    "Code pays du destinataire",
    "Libellé de l'adresse de dépôt du destinataire",
    "Code postal du lieu de dépôt du destinataire",
    "Commune du lieu de dépôt du destinataire",
    "Code pays du lieu de dépôt du destinataire",
    "Numéro de déclaration GISTRID",
    "Numéro de notification GISTRID",
    "Numéro de mouvement",
    "Code de traitement prévu",
    "Mode de traitement prévu",
    "SIRET de l'éco-organisme",
    "Raison sociale de l\u2019éco-organisme ",
    "SIRET du courtier",
    "Raison sociale du courtier",
    "Numéro de récépissé du courtier",
    "SIRET du négociant",
    "Raison sociale du négociant",
    "Numéro de récépissé du négociant",
    "Approvisionnement direct (pipeline, convoyeur)",
    *(
        f"{field} {n}"
        for n in ("n°1", "n°2", "n°3", "n°4", "n°5")
        for field in (
            "Mode de transport du transporteur",
            "Type de transporteur",
            "Numéro d'identification du transporteur",
            "Raison sociale du transporteur",
            "Libellé de l'adresse du transporteur",
            "Code postal du transporteur",
            "Commune du transporteur",
            "Code pays du transporteur",
            "Exemption de récépissé du transporteur",
            "Numéro de récépissé du transporteur",
        )
    ),
)


def _denomination(categories: set[str], code: str) -> str:
    if len(categories) == 1:
        return DENOMINATIONS[Category(next(iter(categories)))]
    return WASTE_CODES.get(code, "Équipements informatiques usagés (DEEE)")


def waste_register(year: int | None = None) -> WasteRegister:
    """The register of closed batches (picked up in `year` if given), in pickup order."""
    settings = load_settings()
    query = DisposalBatch.select().where(DisposalBatch.status == BatchStatus.CLOSED.value)
    if year is not None:
        query = query.where(
            (DisposalBatch.pickup_date >= date(year, 1, 1)) & (DisposalBatch.pickup_date <= date(year, 12, 31))
        )
    lines: list[WasteLine] = []
    for batch in query.order_by(DisposalBatch.pickup_date, DisposalBatch.number):
        lines.extend(_lines_of(batch, settings.document_name, settings))
    return WasteRegister(year, tuple(lines), settings.document_name, settings.siret)


def _lines_of(batch: DisposalBatch, producer: str, settings: object) -> list[WasteLine]:
    items = lookups.rows(
        BatchItem.select(Asset.category, BatchItem.weight_kg, BatchItem.outcome)
        .join(Asset, on=(BatchItem.asset == Asset.id))
        .where(BatchItem.batch == batch.id)
    )
    groups: dict[str, list[tuple[str, Decimal, str]]] = defaultdict(list)
    for category, weight, outcome in items:
        code = batch.waste_code or DEFAULT_WASTE_CODES[Category(category)]
        groups[code].append((category, Decimal(weight or 0), outcome or ""))
    partner: Partner = batch.partner
    eco: Partner | None = batch.eco_organisme
    kind = BatchKind(batch.kind)
    lines = []
    for code in sorted(groups):
        members = groups[code]
        weight = sum((w for _c, w, _o in members), Decimal("0"))
        lines.append(
            WasteLine(
                batch=batch.number,
                pickup_date=batch.pickup_date or batch.created_at.date(),
                denomination=_denomination({c for c, _w, _o in members}, code),
                waste_code=code,
                hazardous=is_hazardous(code),
                pop=False,
                devices=len(members),
                weight_kg=weight,
                tonnes=tonnes(weight),
                producer_name=producer,
                producer_siret=getattr(settings, "siret", ""),
                producer_address=getattr(settings, "address", ""),
                destination_name=partner.treatment_name or partner.name,
                destination_siret=partner.treatment_siret or partner.siret,
                destination_address=partner.treatment_address or partner.address,
                eco_organisme_name=eco.name if eco else "",
                eco_organisme_siren=eco.siret[:9] if eco else "",
                carrier_name=batch.carrier,
                carrier_siren=batch.carrier_siren,
                carrier_recepisse=batch.carrier_recepisse,
                tracking_ref=batch.tracking_ref,
                treatment_code=batch.treatment_code or partner.treatment_code or DEFAULT_TREATMENT[kind],
                treatment_mode=TREATMENT_MODE[kind],
                qualification=qualification({o for _c, _w, o in members}),
            )
        )
    return lines


def _yes(value: bool) -> str:
    return "Oui" if value else "Non"


def trackdechets_row(line: WasteLine) -> list[str]:
    """One register line in the order of `TRACKDECHETS_HEADERS`."""
    street, postal, town = split_address(line.producer_address)
    d_street, d_postal, d_town = split_address(line.destination_address)
    code_id = line.waste_code.replace(" ", "").replace("*", "D")
    cells: dict[str, str] = {
        "Identifiant unique": f"{line.batch}-{code_id}",
        "SIRET du déclarant": line.producer_siret,
        "SIRET de l'expéditeur ou du détenteur": line.producer_siret,
        "Libellé de l'adresse du chantier ou du lieu de collecte de l'expéditeur ou du détenteur": street,
        "Code postal du chantier ou du lieu de collecte de l'expéditeur ou du détenteur": postal,
        "Commune du chantier ou du lieu de collecte de l'expéditeur ou du détenteur": town,
        "Code pays du chantier ou du lieu de collecte de l'expéditeur ou du détenteur": "FR",
        "Dénomination du déchet": line.denomination,
        "Code déchet": line.waste_code,
        "POP": _yes(line.pop),
        "Dangereux": _yes(line.hazardous),
        "Date d'expédition": line.pickup_date.isoformat(),
        "Poids en tonnes": f"{line.tonnes:.3f}",
        "Type de poids": "Réel",
        "Type de destinataire": "ENTREPRISE_FR",
        "Numéro d'identification du destinataire": line.destination_siret,
        "Raison sociale du destinataire": line.destination_name,
        "Libellé de l'adresse du destinataire": d_street,
        "Code postal du destinataire": d_postal,
        "Commune du destinataire": d_town,
        "Code pays du destinataire": "FR",
        "Numéro de mouvement": line.tracking_ref,
        "Code de traitement prévu": line.treatment_code,
        "Mode de traitement prévu": line.treatment_mode,
        "SIRET de l'éco-organisme": line.eco_organisme_siren,
        "Raison sociale de l\u2019éco-organisme ": line.eco_organisme_name,
    }
    if line.carrier_name:
        cells.update(
            {
                "Mode de transport du transporteur n°1": "ROUTE",
                "Type de transporteur n°1": "ENTREPRISE_FR",
                "Numéro d'identification du transporteur n°1": line.carrier_siren,
                "Raison sociale du transporteur n°1": line.carrier_name,
                "Code pays du transporteur n°1": "FR",
                "Exemption de récépissé du transporteur n°1": _yes(not line.carrier_recepisse),
                "Numéro de récépissé du transporteur n°1": line.carrier_recepisse,
            }
        )
    return [cells.get(header, "") for header in TRACKDECHETS_HEADERS]


def register_csv(register: WasteRegister) -> bytes:
    return csv_bytes(TRACKDECHETS_HEADERS, (trackdechets_row(line) for line in register.lines))


def register_xlsx(register: WasteRegister) -> bytes:
    """The same columns as the CSV in one sheet; the weight is a number (3 decimals)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Déchets sortants"
    sheet.append(list(TRACKDECHETS_HEADERS))
    weight_col = TRACKDECHETS_HEADERS.index("Poids en tonnes")
    for line in register.lines:
        row: list[object] = list(trackdechets_row(line))
        row[weight_col] = float(line.tonnes)
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=weight_col + 1).number_format = "0.000"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def register_pdf(register: WasteRegister, lang: str, today: date) -> bytes:
    from klara_assets.documents.waste_register import waste_register_pdf

    return waste_register_pdf(register, lang, today)
