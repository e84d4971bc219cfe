"""Kept receipts (issue 17): every handover and return receipt is numbered, rendered once and stored with
its SHA-256 in the transaction of its check-out or check-in; the hash goes into the activity log.

A stored receipt never changes (the database refuses it). Signatures drawn on screen are stored as
vector strokes and drawn into the PDF; a paper signed by hand ("print to sign") is attached as a scan
afterwards; a correction issues a new receipt that supersedes the old one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from klara_assets.documents.receipts import Receipt, SignatureMark, render_receipt
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.fields import text
from klara_assets.domain.identifiers import document_number
from klara_assets.domain.permissions import Permission
from klara_assets.domain.signatures import Signature, clean_signatures, strokes_from_json, strokes_to_json
from klara_assets.persistence import receipt_queries, sequences
from klara_assets.persistence.custody_queries import receipt_lines
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import CustodyReceipt, ReceiptAttachment, ReceiptSignature
from klara_assets.services import custody_documents
from klara_assets.services.context import ServiceContext
from klara_assets.services.output_files import write_output
from klara_assets.services.settings import load_settings

MAX_SCAN_BYTES = 20 * 1024 * 1024
SCAN_TYPES = {b"%PDF": "pdf", b"\x89PNG": "png", b"\xff\xd8\xff": "jpeg"}


def _marks(ctx: ServiceContext, signatures: Sequence[Signature]) -> tuple[SignatureMark, ...]:
    now = ctx.now()
    return tuple(SignatureMark(s.role, s.name, now, s.strokes) for s in signatures)


def _store(
    ctx: ServiceContext,
    receipt: Receipt,
    person_id: int,
    assignment_id: int | None,
    supersedes: int | None,
    signatures: tuple[Signature, ...],
) -> CustodyReceipt:
    pdf = render_receipt(receipt)
    digest = hashlib.sha256(pdf).hexdigest()
    row = CustodyReceipt.create(
        number=receipt.number,
        kind=receipt.kind,
        person=person_id,
        assignment=assignment_id,
        handover_no=receipt.handover_no or receipt.number,
        language=receipt.lang,
        issued_at=receipt.at if supersedes is None else ctx.now(),
        issued_by=ctx.actor,
        remark=receipt.remark,
        signed=bool(signatures),
        sha256=digest,
        pdf=pdf,
        supersedes=supersedes,
    )
    for mark in receipt.signatures:
        ReceiptSignature.create(
            receipt=row.id,
            role=mark.role,
            signer_name=mark.name,
            signed_at=mark.at,
            strokes=strokes_to_json(mark.strokes),
        )
    after: dict[str, object] = {
        "number": receipt.number,
        "kind": receipt.kind,
        "sha256": digest,
        "tags": [d.tag for d in receipt.devices],
        "signed_by": [f"{m.role}: {m.name}" for m in receipt.signatures],
    }
    if supersedes is not None:
        after["supersedes"] = supersedes
    ctx.log([NewEvent("receipt", row.id, "issue", None, after)])
    return row


def store_handover(ctx: ServiceContext, number: str, signatures: Sequence[Signature] = ()) -> CustodyReceipt:
    """Inside `check_out`'s transaction: render the handover receipt `number` and keep it."""
    ctx.require(Permission.CUSTODY_CHECKOUT)
    clean = clean_signatures(signatures)
    lines = receipt_lines(receipt_no=number)
    receipt = custody_documents.build_receipt(lines, "handover", None, ctx.actor)
    receipt = replace(receipt, handover_no=number, signatures=_marks(ctx, clean))
    return _store(ctx, receipt, lines[0].person_id, None, None, clean)


def store_return(
    ctx: ServiceContext, assignment_id: int, remark: str = "", signatures: Sequence[Signature] = ()
) -> CustodyReceipt:
    """Inside `check_in`'s transaction: number, render and keep the return receipt of one assignment."""
    ctx.require(Permission.CUSTODY_CHECKOUT)
    clean = clean_signatures(signatures)
    now = ctx.now()
    lines = receipt_lines(assignment_id=assignment_id)
    number = document_number("RET", now.year, sequences.take(f"return_receipt:{now.year}"), 4)
    receipt = custody_documents.build_receipt(lines, "return", None, ctx.actor)
    receipt = replace(
        receipt, number=number, handover_no=lines[0].receipt_no, remark=remark, signatures=_marks(ctx, clean)
    )
    return _store(ctx, receipt, lines[0].person_id, assignment_id, None, clean)


def stored_receipt(number: str) -> Receipt:
    """The frozen `Receipt` of a kept receipt, rebuilt from its rows and its stored signatures and remark."""
    row = receipt_queries.receipt_by_number(number)
    if row.kind == "return":
        lines = receipt_lines(assignment_id=row.assignment_id)
    else:
        lines = receipt_lines(receipt_no=row.handover_no)
    receipt = custody_documents.build_receipt(lines, row.kind, row.language, row.issued_by)
    signatures = tuple(
        SignatureMark(s.role, s.signer_name, s.signed_at, strokes_from_json(s.strokes))
        for s in ReceiptSignature.select().where(ReceiptSignature.receipt == row.id).order_by(ReceiptSignature.role)
    )
    return replace(receipt, number=row.number, handover_no=row.handover_no, remark=row.remark, signatures=signatures)


def receipt_pdf(number: str) -> bytes:
    """The PDF exactly as it was issued (the bytes whose SHA-256 is in the activity log)."""
    return bytes(receipt_queries.receipt_by_number(number).pdf)


def save_receipt(number: str, out: Path) -> str:
    """Write a kept receipt to `out` (a temporary file in the same folder, then replaced: never half a file)."""
    data = receipt_pdf(number)
    write_output(out, data)
    return hashlib.sha256(data).hexdigest()


def attach_scan(ctx: ServiceContext, number: str, filename: str, content: bytes) -> Changes:
    """Keep the scan of a receipt signed on paper next to it (PDF, PNG or JPEG); the receipt is unchanged."""
    ctx.require(Permission.CUSTODY_CHECKOUT)
    if not content:
        raise ValidationFailed("The scan is empty.", code="scan_empty", field="file")
    if len(content) > MAX_SCAN_BYTES:
        raise ValidationFailed("The scan is larger than 20 MB.", code="scan_too_large", field="file")
    if not any(content.startswith(magic) for magic in SCAN_TYPES):
        raise ValidationFailed(f"{filename} is not a PDF, PNG or JPEG scan.", code="scan_not_supported", field="file")
    name = text(Path(filename).name, "file", 255) or "scan"
    digest = hashlib.sha256(content).hexdigest()
    with ctx.transaction():
        receipt = receipt_queries.receipt_by_number(number)
        row = ReceiptAttachment.create(
            receipt=receipt.id,
            filename=name,
            content=content,
            sha256=digest,
            attached_at=ctx.now(),
            attached_by=ctx.actor,
        )
        after = {"number": receipt.number, "filename": name, "sha256": digest, "attachment": row.id}
        ctx.log([NewEvent("receipt", receipt.id, "attach_scan", None, after)])
    return Changes.of(ChangeKind.RECEIPT, receipt.id)


def reissue(ctx: ServiceContext, number: str, remark: str | None = None) -> Changes:
    """A correction: a new receipt (new number) superseding `number`, with today's data; the old one stays."""
    ctx.require(Permission.CUSTODY_CHECKOUT)
    with ctx.transaction():
        old = receipt_queries.receipt_by_number(number)
        now = ctx.now()
        prefix = "REC" if old.kind == "handover" else "RET"
        counter = "receipt" if old.kind == "handover" else "return_receipt"
        new_number = document_number(prefix, now.year, sequences.take(f"{counter}:{now.year}"), 4)
        base = stored_receipt(old.number)
        lang = load_settings().language if base.lang not in ("fr", "en") else base.lang
        receipt = replace(
            base,
            number=new_number,
            lang=lang,
            remark=base.remark if remark is None else text(remark, "remark", 1000),
            signatures=(),
        )
        row = _store(ctx, receipt, old.person_id, old.assignment_id, old.id, ())
    return Changes({ChangeKind.RECEIPT: frozenset({row.id})}, new_number)
