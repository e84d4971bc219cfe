"""Documents carry one organisation name, the legal one when it is set (issue 14 §3): a receipt used to put
the display name in its header and signature and the legal name in its body; the breach register, the
display name first. Both engines."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from klara_assets.services import custody, custody_documents, incident_documents, incidents, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.custody import CheckOutResult
from klara_assets.services.settings import load_settings, update_settings

OTHER_NAME = re.compile(r"Acme(?! Conseil SAS)")


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def test_receipt_and_breach_register_carry_the_legal_name_only(ctx: ServiceContext) -> None:
    update_settings(ctx, organisation_name="Acme", legal_name="Acme Conseil SAS", siret="73282932000074")
    assert load_settings().document_name == "Acme Conseil SAS"
    inventory.add_person(ctx, "Zoé Kovács", "zoe@example.org")
    inventory.register_asset(ctx, category="monitor", manufacturer="Dell", model="P2422H")
    out = custody.check_out(ctx, ["KLA-000001"], "zoe@example.org").result
    assert isinstance(out, CheckOutResult)
    receipt = text_of(custody_documents.handover_receipt(ctx, out.receipt_no, "en"))
    assert receipt.count("Acme Conseil SAS") >= 2 and not OTHER_NAME.search(receipt), receipt
    incidents.report_incident(ctx, "KLA-000001", "lost")
    register = text_of(incident_documents.breach_register_pdf(ctx, "en"))
    assert "Acme Conseil SAS" in register and not OTHER_NAME.search(register)


def test_without_a_legal_name_the_display_name_is_the_one_name(ctx: ServiceContext) -> None:
    update_settings(ctx, organisation_name="Acme")
    assert load_settings().document_name == "Acme"
    assert "siret" in load_settings().identity_missing()
