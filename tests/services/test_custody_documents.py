"""Receipts, incident report and breach register rendered from a real database and read back with pypdf:
names (Unicode), serials, IMEIs, the holder's duties with the officer's contacts, in French and English."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from pypdf import PdfReader

from klara_assets.services import custody, custody_documents, incident_documents, incidents, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.custody import CheckOutResult
from klara_assets.services.settings import update_settings

IMEI = "352099001761481"


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


@pytest.fixture
def handed(ctx: ServiceContext) -> tuple[ServiceContext, str]:
    update_settings(
        ctx,
        organisation_name="Klara",
        legal_name="Klara SAS",
        security_officer_name="Sophie Marchand",
        security_officer_email="securite@klara.fr",
        security_officer_phone="+33 1 84 60 00 00",
    )
    inventory.add_person(ctx, "Łukasz Yılmaz-Kovács", "lukasz@klara.fr", "Engineering")
    inventory.register_asset(
        ctx, category="laptop", manufacturer="Lenovo", model="ThinkPad T14", serial="PF4ABCD", encryption_state="none"
    )
    inventory.register_asset(
        ctx,
        category="smartphone",
        manufacturer="Apple",
        model="iPhone 15",
        serial="F2LXYZ",
        imei=IMEI,
        encryption_state="encrypted",
        encryption_checked_at="2026-11-20",
    )
    out = custody.check_out(
        ctx, ["KLA-000001", "KLA-000002"], "lukasz@klara.fr", override_reason="CEO trip, encrypt Monday"
    ).result
    assert isinstance(out, CheckOutResult)
    return ctx, out.receipt_no


def test_handover_receipt_in_french(handed: tuple[ServiceContext, str]) -> None:
    ctx, number = handed
    pdf = custody_documents.handover_receipt(ctx, number, "fr")
    text = text_of(pdf)
    for expected in ("Bon de remise de matériel", number, "Łukasz Yılmaz-Kovács", "PF4ABCD", "F2LXYZ", IMEI):
        assert expected in text, expected
    assert "Verrouillez votre session" in text and "chiffré et à jour" in text
    assert "Ne prêtez jamais vos mots de passe" in text
    assert "toute perte, tout vol ou toute compromission" in text
    assert "Sophie Marchand, securite@klara.fr, +33 1 84 60 00 00" in text
    assert "CEO trip, encrypt Monday" in text and "KLA-000001 : remis par dérogation" in text
    assert pdf == custody_documents.handover_receipt(ctx, number, "fr")  # same data, same bytes


def test_handover_receipt_in_english(handed: tuple[ServiceContext, str]) -> None:
    ctx, number = handed
    text = text_of(custody_documents.handover_receipt(ctx, number, "en"))
    for expected in ("Equipment handover receipt", "Lock your session", "Keep the device encrypted and up to date"):
        assert expected in text, expected
    assert "Never lend your passwords" in text
    assert "Report any loss, theft or suspected compromise" in text and "securite@klara.fr" in text


def test_return_receipt_lists_the_returned_device_and_condition(handed: tuple[ServiceContext, str]) -> None:
    ctx, number = handed
    assignment_id = custody.check_in(ctx, "KLA-000002", "fair").result
    assert isinstance(assignment_id, int)
    text = text_of(custody_documents.return_receipt(ctx, assignment_id, "en"))
    assert "Equipment return receipt" in text and number in text and "Łukasz Yılmaz-Kovács" in text
    assert "F2LXYZ" in text and IMEI in text and "fair" in text
    assert "PF4ABCD" not in text  # only the returned device


def test_incident_report_and_breach_register(handed: tuple[ServiceContext, str]) -> None:
    ctx, _ = handed
    discovered = ctx.now() - timedelta(hours=10)
    number = incidents.report_incident(
        ctx, "KLA-000002", "stolen", discovered, description="Vol à l'arraché, métro Bastille", place="Paris 11e"
    ).result.number  # type: ignore[attr-defined]
    incidents.add_step(ctx, number, "police_report", reference="PV 75011-2026-0457")
    text = text_of(incident_documents.incident_report(ctx, number, "fr"))
    for expected in ("Rapport d'incident", number, "Łukasz Yılmaz-Kovács", "F2LXYZ", IMEI, "PV 75011-2026-0457"):
        assert expected in text, expected
    assert "Vol à l'arraché, métro Bastille" in text and "risque faible" in text
    lost = incidents.report_incident(ctx, "KLA-000001", "lost", discovered).result.number  # type: ignore[attr-defined]
    text = text_of(incident_documents.incident_report(ctx, lost, "en"))
    assert "Likely notifiable breach" in text and "Notification deadline" in text
    register = text_of(incident_documents.breach_register_pdf(ctx, "en"))
    assert number in register and lost in register and "Likely notifiable breach" in register
