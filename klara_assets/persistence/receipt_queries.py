"""Read queries about kept custody receipts (issue 17): a person's receipts, a device's, one by number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from klara_assets.domain.errors import NotFound
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, Assignment, CustodyReceipt, Person, ReceiptAttachment


@dataclass(frozen=True)
class ReceiptRow:
    number: str
    kind: str
    issued_at: datetime
    person_name: str
    person_email: str
    language: str
    sha256: str
    signed: bool
    remark: str
    handover_no: str
    scans: int


def _rows(query: Any) -> list[ReceiptRow]:
    found = list(
        lookups.rows(
            query.select(
                CustodyReceipt.id,
                CustodyReceipt.number,
                CustodyReceipt.kind,
                CustodyReceipt.issued_at,
                Person.name,
                Person.email,
                CustodyReceipt.language,
                CustodyReceipt.sha256,
                CustodyReceipt.signed,
                CustodyReceipt.remark,
                CustodyReceipt.handover_no,
            )
            .join(Person, on=CustodyReceipt.person == Person.id)
            .order_by(CustodyReceipt.issued_at.desc(), CustodyReceipt.id.desc())
        )
    )
    ids = [row[0] for row in found]
    scans: dict[int, int] = {}
    if ids:
        for receipt_id in lookups.rows(
            ReceiptAttachment.select(ReceiptAttachment.receipt).where(ReceiptAttachment.receipt.in_(ids))
        ):
            scans[receipt_id[0]] = scans.get(receipt_id[0], 0) + 1
    out = []
    for rid, number, kind, at, name, email, lang, digest, signed, remark, handover_no in found:
        scans_n = scans.get(rid, 0)
        out.append(ReceiptRow(number, kind, at, name, email, lang, digest, bool(signed), remark, handover_no, scans_n))
    return out


def receipts(email: str | None = None) -> list[ReceiptRow]:
    """Every kept receipt, newest first; only one person's when `email` is given."""
    query = CustodyReceipt.select()
    if email:
        query = query.where(CustodyReceipt.person == lookups.person_by_email(email).id)
    return _rows(query)


def asset_receipts(tag: str) -> list[ReceiptRow]:
    """The handover and return receipts that covered a device, newest first."""
    asset = lookups.asset_by_tag(tag)
    assignments = Assignment.select(Assignment.id, Assignment.receipt_no).where(Assignment.asset == asset.id)
    pairs = list(lookups.rows(assignments))
    ids = [a for a, _ in pairs] or [0]
    numbers = [n for _, n in pairs if n] or [""]
    query = CustodyReceipt.select().where(
        CustodyReceipt.assignment.in_(ids)
        | ((CustodyReceipt.kind == "handover") & CustodyReceipt.handover_no.in_(numbers))
    )
    return _rows(query)


def receipt_by_number(number: str) -> CustodyReceipt:
    receipt = CustodyReceipt.get_or_none(CustodyReceipt.number == number.strip().upper())
    if receipt is None:
        raise NotFound(f"No receipt {number.strip().upper()} exists.", code="receipt_not_found")
    return receipt


def receipt_of_return(assignment_id: int) -> CustodyReceipt | None:
    return CustodyReceipt.get_or_none((CustodyReceipt.assignment == assignment_id) & (CustodyReceipt.kind == "return"))


def asset_tags(receipt: CustodyReceipt) -> list[str]:
    query = Assignment.select(Asset.tag).join(Asset, on=Assignment.asset == Asset.id)
    if receipt.kind == "return":
        query = query.where(Assignment.id == receipt.assignment_id)
    else:
        query = query.where(Assignment.receipt_no == receipt.handover_no)
    return [tag for (tag,) in lookups.rows(query.order_by(Asset.tag))]
