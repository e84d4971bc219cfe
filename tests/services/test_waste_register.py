"""The outgoing-waste register (issue 16 §1): lines and totals from closed batches, checked by hand; the CSV
in Trackdéchets' column layout; XLSX and PDF read back; the new partner and batch fields validated."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from klara_assets.domain.errors import ValidationFailed
from klara_assets.services import batches, partners, waste_register
from klara_assets.services.context import ServiceContext
from tests import eol_setup as S
from tests.helpers import assert_refused, run_cli

# Copied by hand from MTES-MCT/trackdechets libs/back/registry/src/outgoingWaste/constants.ts
# (OUTGOING_WASTE_HEADERS), in order: the CSV must carry exactly these headers.
TEMPLATE = [
    "Motif", "Identifiant unique", "SIRET du déclarant", "SIRET de l'expéditeur ou du détenteur",
    "Référence du chantier ou du lieu de collecte de l'expéditeur ou du détenteur",
    "Libellé de l'adresse du chantier ou du lieu de collecte de l'expéditeur ou du détenteur",
    "Code postal du chantier ou du lieu de collecte de l'expéditeur ou du détenteur",
    "Commune du chantier ou du lieu de collecte de l'expéditeur ou du détenteur",
    "Code pays du chantier ou du lieu de collecte de l'expéditeur ou du détenteur",
    "Dénomination du déchet", "Code déchet", "Code déchet Bâle", "POP", "Dangereux", "Date d'expédition",
    "Poids en tonnes", "Type de poids", "Volume en M3", "Type de producteur initial",
    "Numéro d'identification du producteur initial", "Raison sociale du producteur initial",
    "Libellé de l'adresse du producteur initial", "Code postal du producteur initial",
    "Commune du producteur initial", "Code pays du producteur initial", "Code(s) INSEE de(s) commune(s)",
    "Type de destinataire", "Numéro d'identification du destinataire", "Raison sociale du destinataire",
    "Libellé de l'adresse du destinataire", "Code postal du destinataire", "Commune du destinataire",
    "Code pays du destinataire", "Libellé de l'adresse de dépôt du destinataire",
    "Code postal du lieu de dépôt du destinataire", "Commune du lieu de dépôt du destinataire",
    "Code pays du lieu de dépôt du destinataire", "Numéro de déclaration GISTRID",
    "Numéro de notification GISTRID", "Numéro de mouvement", "Code de traitement prévu",
    "Mode de traitement prévu", "SIRET de l'éco-organisme", "Raison sociale de l’éco-organisme ",
    "SIRET du courtier", "Raison sociale du courtier", "Numéro de récépissé du courtier", "SIRET du négociant",
    "Raison sociale du négociant", "Numéro de récépissé du négociant",
    "Approvisionnement direct (pipeline, convoyeur)",
    "Mode de transport du transporteur n°1", "Type de transporteur n°1",
    "Numéro d'identification du transporteur n°1", "Raison sociale du transporteur n°1",
    "Libellé de l'adresse du transporteur n°1", "Code postal du transporteur n°1", "Commune du transporteur n°1",
    "Code pays du transporteur n°1", "Exemption de récépissé du transporteur n°1",
    "Numéro de récépissé du transporteur n°1",
    "Mode de transport du transporteur n°2", "Type de transporteur n°2",
    "Numéro d'identification du transporteur n°2", "Raison sociale du transporteur n°2",
    "Libellé de l'adresse du transporteur n°2", "Code postal du transporteur n°2", "Commune du transporteur n°2",
    "Code pays du transporteur n°2", "Exemption de récépissé du transporteur n°2",
    "Numéro de récépissé du transporteur n°2",
    "Mode de transport du transporteur n°3", "Type de transporteur n°3",
    "Numéro d'identification du transporteur n°3", "Raison sociale du transporteur n°3",
    "Libellé de l'adresse du transporteur n°3", "Code postal du transporteur n°3", "Commune du transporteur n°3",
    "Code pays du transporteur n°3", "Exemption de récépissé du transporteur n°3",
    "Numéro de récépissé du transporteur n°3",
    "Mode de transport du transporteur n°4", "Type de transporteur n°4",
    "Numéro d'identification du transporteur n°4", "Raison sociale du transporteur n°4",
    "Libellé de l'adresse du transporteur n°4", "Code postal du transporteur n°4", "Commune du transporteur n°4",
    "Code pays du transporteur n°4", "Exemption de récépissé du transporteur n°4",
    "Numéro de récépissé du transporteur n°4",
    "Mode de transport du transporteur n°5", "Type de transporteur n°5",
    "Numéro d'identification du transporteur n°5", "Raison sociale du transporteur n°5",
    "Libellé de l'adresse du transporteur n°5", "Code postal du transporteur n°5", "Commune du transporteur n°5",
    "Code pays du transporteur n°5", "Exemption de récépissé du transporteur n°5",
    "Numéro de récépissé du transporteur n°5",
]  # fmt: skip

TREATMENT_SIRET = "44306184100047"  # a valid SIRET (Luhn)
CARRIER_SIREN = "732829320"


def _closed_recycling(ctx: ServiceContext) -> str:
    """Three laptops at 1.650, 2.100 and 1.400 kg and a monitor at 5.730 kg, one recycling batch without a batch
    waste code: lines per category default code (laptops 16 02 14, monitor 16 02 13*)."""
    S.organisation(ctx)
    partners.add_partner(
        ctx, S.RECYCLER, "recycler", S.RECYCLER_SIRET, address="12 rue de l'Industrie, 69200 Vénissieux",
        certifications=[("WEEELABEX", "WLX-FR-0418", "2027-06-30")],
        treatment_name="Valorys Site de Corbas", treatment_siret=TREATMENT_SIRET,
        treatment_address="3 chemin des Ferrailleurs, 69960 Corbas", treatment_code="r 4",
    )  # fmt: skip
    tags = [S.routed(ctx, "recycle") for _ in range(3)] + [S.routed(ctx, "recycle", category="monitor")]
    number = str(batches.create_batch(ctx, S.RECYCLER).result)
    batches.add_to_batch(ctx, number, tags)
    batches.ship_batch(
        ctx, number, pickup="2026-11-20", carrier="Transports Müller", tracking_ref="BSD-20261120-XK4",
        waste_code="", carrier_siren=CARRIER_SIREN, carrier_recepisse="R-69-2024-117",
    )  # fmt: skip
    weights = {tags[0]: "1.650", tags[1]: "2.100", tags[2]: "1.400", tags[3]: "5.730"}
    batches.close_batch(ctx, number, weights=weights, outcomes={tags[2]: "destroyed"})
    return number


def test_lines_and_totals_checked_by_hand(ctx: ServiceContext) -> None:
    number = _closed_recycling(ctx)
    register = waste_register.waste_register(2026)
    assert [(li.batch, li.waste_code) for li in register.lines] == [(number, "16 02 13*"), (number, "16 02 14")]
    monitor, laptops = register.lines
    # 1.650 + 2.100 + 1.400 = 5.150 kg = 0.005 t (3 decimals, half up); the monitor 5.730 kg = 0.006 t.
    assert (laptops.devices, laptops.weight_kg, laptops.tonnes) == (3, Decimal("5.150"), Decimal("0.005"))
    assert (monitor.devices, monitor.weight_kg, monitor.tonnes) == (1, Decimal("5.730"), Decimal("0.006"))
    assert register.total_tonnes == Decimal("0.011")
    assert register.tonnes_by_code() == {"16 02 13*": Decimal("0.006"), "16 02 14": Decimal("0.005")}
    assert (
        laptops.denomination == "Ordinateurs portables usagés (DEEE)" and monitor.denomination == "Écrans usagés (DEEE)"
    )
    assert (monitor.hazardous, laptops.hazardous, laptops.pop) == (True, False, False)
    assert str(laptops.pickup_date) == "2026-11-20"
    assert (laptops.producer_name, laptops.producer_siret) == ("Klara SAS", S.HOLDER_SIRET)
    assert (laptops.destination_name, laptops.destination_siret) == ("Valorys Site de Corbas", TREATMENT_SIRET)
    assert (laptops.carrier_name, laptops.carrier_siren, laptops.carrier_recepisse) == (
        "Transports Müller", CARRIER_SIREN, "R-69-2024-117"
    )  # fmt: skip
    assert (laptops.tracking_ref, laptops.treatment_code, laptops.treatment_mode) == (
        "BSD-20261120-XK4",
        "R4",
        "Recyclage",
    )
    assert laptops.qualification == "recyclage / élimination" and monitor.qualification == "recyclage"
    assert waste_register.waste_register(2025).lines == ()


def test_csv_headers_are_trackdechets_template(ctx: ServiceContext) -> None:
    number = _closed_recycling(ctx)
    data = waste_register.register_csv(waste_register.waste_register(2026))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == TEMPLATE
    line = dict(zip(rows[0], rows[2], strict=True))
    assert line["Identifiant unique"] == f"{number}-160214" and line["Code déchet"] == "16 02 14"
    assert (line["Poids en tonnes"], line["Dangereux"], line["POP"]) == ("0.005", "Non", "Non")
    assert line["Date d'expédition"] == "2026-11-20" and line["Code de traitement prévu"] == "R4"
    assert (line["Code postal du destinataire"], line["Commune du destinataire"]) == ("69960", "Corbas")
    assert line["Numéro de récépissé du transporteur n°1"] == "R-69-2024-117"
    assert line["Numéro d'identification du transporteur n°1"] == CARRIER_SIREN
    assert line["Numéro de mouvement"] == "BSD-20261120-XK4"


def test_xlsx_and_pdf_read_back(ctx: ServiceContext) -> None:
    _closed_recycling(ctx)
    register = waste_register.waste_register(2026)
    book = load_workbook(io.BytesIO(waste_register.register_xlsx(register)))
    sheet = book.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == TEMPLATE and values[1][TEMPLATE.index("Poids en tonnes")] == pytest.approx(0.006)
    for lang, words, total in (
        ("fr", "Registre chronologique des déchets sortants", "0,011 t"),
        ("en", "register of outgoing waste", "0.011 t"),
    ):
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(register_pdf(register, lang))).pages)
        assert words in text and "16 02 13*" in text and total in text and "R-69-2024-117" in text


def register_pdf(register: waste_register.WasteRegister, lang: str) -> bytes:
    from datetime import date

    return waste_register.register_pdf(register, lang, date(2026, 11, 26))


def test_new_fields_are_validated(ctx: ServiceContext) -> None:
    S.organisation(ctx)
    add = partners.add_partner
    assert_refused(
        ValidationFailed, "invalid siret", add, ctx, "X", "recycler", S.RECYCLER_SIRET, treatment_siret="123"
    )
    assert_refused(ValidationFailed, "R1 to R13", add, ctx, "X", "recycler", S.RECYCLER_SIRET, treatment_code="R14")
    assert_refused(ValidationFailed, "D1 to D15", add, ctx, "X", "recycler", S.RECYCLER_SIRET, treatment_code="X4")
    S.recycler(ctx)
    tag = S.routed(ctx, "recycle")
    number = str(batches.create_batch(ctx, S.RECYCLER).result)
    batches.add_to_batch(ctx, number, [tag])
    ship = batches.ship_batch
    assert_refused(ValidationFailed, "invalid siren", ship, ctx, number, carrier_siren="123456789")
    assert_refused(ValidationFailed, "treatment code", ship, ctx, number, treatment_code="D16")


def test_command_line_writes_the_three_formats(
    ctx: ServiceContext, db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _closed_recycling(ctx)
    for suffix in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"registre.{suffix}"
        code, stdout, err = run_cli(
            capsys, "--db", db_url, "report", "waste-register", "--year", "2026", "--out", str(out), "--json"
        )
        assert code == 0, err
        assert json.loads(stdout)["total_tonnes"] == "0.011" and out.stat().st_size > 0
    code, _, err = run_cli(capsys, "--db", db_url, "report", "waste-register", "--out", str(tmp_path / "r.doc"))
    assert code == 1 and ".csv, .xlsx or .pdf" in err and not (tmp_path / "r.doc").exists()
