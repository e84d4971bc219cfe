"""Kept receipts (issue 17 §3) on both engines: every check-out and check-in stores a numbered receipt
(PDF + SHA-256, the hash in the activity log) in its own transaction; the return receipt keeps the remark;
a stored receipt never changes (the database refuses it); scans are attached beside it; a correction is
a new receipt. Signatures are drawn into the PDF as vector strokes."""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

import peewee
import pytest
from pypdf import PdfReader

from klara_assets.domain.errors import NotFound, ValidationFailed
from klara_assets.domain.signatures import Signature
from klara_assets.persistence import receipt_queries
from klara_assets.persistence.models import CustodyReceipt, Event, ReceiptAttachment, ReceiptSignature
from klara_assets.services import custody, custody_documents, custody_receipts, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.custody import CheckOutResult
from klara_assets.services.settings import update_settings
from tests.helpers import assert_refused, snapshot

WAVE = ((0.1, 0.6), (0.2, 0.3), (0.3, 0.7), (0.45, 0.25), (0.6, 0.75), (0.8, 0.4))


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


@pytest.fixture
def fleet(ctx: ServiceContext) -> ServiceContext:
    update_settings(ctx, organisation_name="Klara", language="fr")
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr", "Ventes")
    for serial in ("SN1", "SN2"):
        inventory.register_asset(
            ctx,
            category="laptop",
            manufacturer="Dell",
            model="Latitude",
            serial=serial,
            encryption_state="encrypted",
            encryption_checked_at=ctx.today().isoformat(),
        )
    return ctx


def _out(ctx: ServiceContext, tags: list[str], **kwargs: object) -> str:
    result = custody.check_out(ctx, tags, "zoe@klara.fr", **kwargs).result  # type: ignore[arg-type]
    assert isinstance(result, CheckOutResult)
    return result.receipt_no


def test_check_out_and_in_keep_numbered_receipts_with_their_hash(fleet: ServiceContext) -> None:
    ctx = fleet
    number = _out(ctx, ["KLA-000001", "KLA-000002"])
    kept = receipt_queries.receipt_by_number(number)
    pdf = bytes(kept.pdf)
    assert kept.kind == "handover" and kept.sha256 == hashlib.sha256(pdf).hexdigest()
    assert "Bon de remise de matériel" in text_of(pdf) and "SN1" in text_of(pdf) and "SN2" in text_of(pdf)
    logged = [json.loads(e.data)["after"] for e in Event.select().where(Event.entity == "receipt")]
    assert logged == [
        {
            "number": number,
            "kind": "handover",
            "sha256": kept.sha256,
            "tags": ["KLA-000001", "KLA-000002"],
            "signed_by": [],
        }
    ]
    assignment = custody.check_in(ctx, "KLA-000002", "fair", note="Rayure sur le capot, chargeur manquant").result
    assert isinstance(assignment, int)
    back = receipt_queries.receipt_of_return(assignment)
    assert back is not None and back.number == "RET-2026-0001" and back.handover_no == number
    text = text_of(bytes(back.pdf))
    assert "Bon de restitution" in text and "Rayure sur le capot, chargeur manquant" in text
    assert "SN2" in text and "SN1" not in text and number in text
    assert custody_documents.return_receipt(ctx, assignment) == bytes(back.pdf)  # printed again: the kept bytes
    english = text_of(custody_documents.return_receipt(ctx, assignment, "en"))
    assert "Remark at return" in english and "Rayure sur le capot" in english and "RET-2026-0001" in english
    assert [r.number for r in receipt_queries.receipts("zoe@klara.fr")] == ["RET-2026-0001", number]
    assert [r.number for r in receipt_queries.asset_receipts("KLA-000002")] == ["RET-2026-0001", number]
    assert [r.number for r in receipt_queries.asset_receipts("KLA-000001")] == [number]


def test_a_refused_check_out_keeps_no_receipt(fleet: ServiceContext) -> None:
    _out(fleet, ["KLA-000001"])
    assert_refused(
        Exception, "already assigned", custody.check_out, fleet, ["KLA-000002", "KLA-000001"], "zoe@klara.fr"
    )
    assert CustodyReceipt.select().count() == 1


def test_a_stored_receipt_never_changes(fleet: ServiceContext) -> None:
    number = _out(fleet, ["KLA-000001"], signatures=[Signature("holder", "Zoé Kovács", (WAVE,))])
    before = snapshot()
    for statement in (
        CustodyReceipt.update(remark="forged").where(CustodyReceipt.number == number),
        CustodyReceipt.delete().where(CustodyReceipt.number == number),
        ReceiptSignature.update(signer_name="Someone else"),
        ReceiptSignature.delete(),
    ):
        with pytest.raises(peewee.DatabaseError, match="never changes"), fleet.db.atomic():
            statement.execute()
    assert snapshot() == before


def test_signatures_are_kept_as_strokes_and_drawn_into_the_pdf(fleet: ServiceContext) -> None:
    signatures = [Signature("holder", "Zoé Kovács", (WAVE,)), Signature("it", "Marc IT", (WAVE[:3], WAVE[3:]))]
    number = _out(fleet, ["KLA-000001"], signatures=signatures)
    kept = receipt_queries.receipt_by_number(number)
    rows = {s.role: s for s in ReceiptSignature.select().where(ReceiptSignature.receipt == kept.id)}
    assert kept.signed and rows["holder"].signer_name == "Zoé Kovács" and rows["it"].signer_name == "Marc IT"
    assert rows["holder"].signed_at == fleet.now() and len(json.loads(rows["it"].strokes)) == 2
    text = text_of(bytes(kept.pdf))
    assert "Signé à l'écran par Zoé Kovács, le 26/11/2026 09:30 UTC" in text and "Marc IT" in text
    # the duties come before the signatures
    assert text.index("engagements du détenteur") < text.index("Signé à l'écran")
    again = custody_receipts.stored_receipt(number)
    assert [m.name for m in again.signatures] == ["Zoé Kovács", "Marc IT"]  # holder, then IT


def test_an_empty_or_nameless_signature_is_refused(fleet: ServiceContext) -> None:
    assert_refused(
        ValidationFailed,
        "empty",
        custody.check_out,
        fleet,
        ["KLA-000001"],
        "zoe@klara.fr",
        signatures=[Signature("holder", "Zoé", ())],
    )
    assert_refused(
        ValidationFailed,
        "signer's name",
        custody.check_out,
        fleet,
        ["KLA-000001"],
        "zoe@klara.fr",
        signatures=[Signature("holder", "  ", (WAVE,))],
    )
    assert_refused(
        ValidationFailed,
        "role",
        custody.check_out,
        fleet,
        ["KLA-000001"],
        "zoe@klara.fr",
        signatures=[Signature("boss", "Zoé", (WAVE,))],
    )


def test_scan_attached_and_correction_issues_a_new_receipt(fleet: ServiceContext, tmp_path: Path) -> None:
    number = _out(fleet, ["KLA-000001"])
    kept_before = bytes(receipt_queries.receipt_by_number(number).pdf)
    scan = b"%PDF-1.4 signed paper"
    custody_receipts.attach_scan(fleet, number, "/home/x/scan-signé.pdf", scan)
    attachment = ReceiptAttachment.get()
    assert attachment.filename == "scan-signé.pdf" and attachment.sha256 == hashlib.sha256(scan).hexdigest()
    assert bytes(receipt_queries.receipt_by_number(number).pdf) == kept_before
    assert receipt_queries.receipts()[0].scans == 1
    assert_refused(
        ValidationFailed, "not a PDF, PNG or JPEG", custody_receipts.attach_scan, fleet, number, "a.txt", b"hello"
    )
    assert_refused(NotFound, "REC-2026-0999", custody_receipts.attach_scan, fleet, "REC-2026-0999", "a.pdf", scan)
    new = custody_receipts.reissue(fleet, number).result
    assert new == "REC-2026-0002"
    row = receipt_queries.receipt_by_number(new)
    assert row.supersedes_id == receipt_queries.receipt_by_number(number).id
    assert receipt_queries.asset_receipts("KLA-000001")[0].number == new
    out = tmp_path / "again.pdf"
    digest = custody_receipts.save_receipt(number, out)
    assert out.read_bytes() == kept_before and digest == hashlib.sha256(kept_before).hexdigest()
    assert not list(tmp_path.glob(".again.pdf.*"))
