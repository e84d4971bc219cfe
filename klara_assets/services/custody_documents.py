"""Receipts as PDF bytes: gather the rows (reads only) into the frozen `Receipt`, then render it.

A handover receipt is found by its number (`REC-2026-0001`, one or several devices); a return receipt by
the assignment that `check_in` closed (its result). Both can be printed again at any time.
"""

from __future__ import annotations

from dataclasses import replace

from klara_assets.documents.receipts import Officer, Organisation, Receipt, ReceiptDevice, render_receipt
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.settings import Settings
from klara_assets.persistence.custody_queries import ReceiptLine, receipt_lines
from klara_assets.persistence.models import CustodyReceipt, Person
from klara_assets.persistence.receipt_queries import receipt_of_return
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings


def organisation_of(settings: Settings) -> Organisation:
    name = settings.document_name  # one name on the whole receipt: header, body and signature
    return Organisation(name, name, settings.siret, settings.address)


def officer_of(settings: Settings) -> Officer:
    return Officer(settings.security_officer_name, settings.security_officer_email, settings.security_officer_phone)


def _device(line: ReceiptLine, returned: bool) -> ReceiptDevice:
    imeis = " / ".join(i for i in (line.imei, line.imei2) if i)
    condition = (line.condition_at_return or line.condition_now) if returned else line.condition_now
    return ReceiptDevice(
        line.tag,
        line.category,
        line.manufacturer,
        line.model,
        line.serial or "",
        imeis,
        line.encryption_state,
        condition,
    )


def document_language(lang: str | None, settings: Settings) -> str:
    chosen = lang or settings.language or "fr"
    if chosen not in ("fr", "en"):
        raise ValidationFailed(f"Unknown document language {chosen!r}: fr or en.", code="invalid_language")
    return chosen


def build_receipt(lines: list[ReceiptLine], kind: str, lang: str | None, actor: str) -> Receipt:
    settings = load_settings()
    person = Person.get_by_id(lines[0].person_id)
    first = lines[0]
    returned = kind == "return"
    reasons = sorted({line.override_reason for line in lines if line.override_reason})
    return Receipt(
        kind=kind,
        number=first.receipt_no,
        lang=document_language(lang, settings),
        at=(first.in_at or first.out_at) if returned else first.out_at,
        organisation=organisation_of(settings),
        officer=officer_of(settings),
        person_name=person.name,
        person_email=person.email,
        department=person.department,
        employee_no=person.employee_no,
        devices=tuple(_device(line, returned) for line in lines),
        due_back=first.due_back,
        override_reason="" if returned else "; ".join(reasons),
        overridden_tags=() if returned else tuple(line.tag for line in lines if line.override_reason),
        issued_by=actor,
    )


def _kept(row: CustodyReceipt | None, lang: str | None) -> bytes | None:
    """The stored bytes when the receipt is kept in the language asked for (the issued document)."""
    if row is None or (lang is not None and lang != row.language):
        return None
    return bytes(row.pdf)


def handover_receipt(ctx: ServiceContext, receipt_no: str, lang: str | None = None) -> bytes:
    """The handover receipt of a check-out, every device it covered: as kept, or rendered in another language."""
    kept = _kept(CustodyReceipt.get_or_none(CustodyReceipt.number == receipt_no.strip().upper()), lang)
    if kept is not None:
        return kept
    return render_receipt(build_receipt(receipt_lines(receipt_no=receipt_no), "handover", lang, ctx.actor))


def return_receipt(ctx: ServiceContext, assignment_id: int, lang: str | None = None) -> bytes:
    """The return receipt of one check-in (the assignment id is `check_in(...).result`)."""
    lines = receipt_lines(assignment_id=assignment_id)
    if lines[0].in_at is None:
        raise ValidationFailed(
            f"{lines[0].tag} has not been returned yet: no return receipt.", code="not_returned", field="tag"
        )
    row = receipt_of_return(assignment_id)
    kept = _kept(row, lang)
    if kept is not None:
        return kept
    receipt = build_receipt(lines, "return", lang, ctx.actor)
    if row is not None:
        receipt = replace(receipt, number=row.number, handover_no=row.handover_no, remark=row.remark)
    return render_receipt(receipt)
