"""Read queries about kept custody receipts (issue 17): a person's receipts, a device's, one by number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from klara_assets.domain.errors import NotFound
from klara_assets.persistence import lookups
from klara_assets.persistence.models import Asset, Assignment, CustodyReceipt, Person, ReceiptAttachment

Tags = tuple[str, ...]


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
    tags: tuple[str, ...] = ()  # the devices it covers


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
                CustodyReceipt.assignment,
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
    by_assignment, by_handover = _tags([row[11] for row in found if row[11]], [row[10] for row in found if row[10]])
    out = []
    for rid, number, kind, at, name, email, lang, digest, signed, remark, handover_no, assignment in found:
        scans_n = scans.get(rid, 0)
        tags = by_assignment.get(assignment, ()) if kind == "return" else by_handover.get(handover_no, ())
        row = ReceiptRow(number, kind, at, name, email, lang, digest, bool(signed), remark, handover_no, scans_n, tags)
        out.append(row)
    return out


def _tags(assignment_ids: list[int], handover_numbers: list[str]) -> tuple[dict[int, Tags], dict[str, Tags]]:
    """The device tags of many receipts in one query: by assignment (returns) and by handover number."""
    if not assignment_ids and not handover_numbers:
        return {}, {}
    query = (
        Assignment.select(Assignment.id, Assignment.receipt_no, Asset.tag)
        .join(Asset, on=Assignment.asset == Asset.id)
        .where(Assignment.id.in_(assignment_ids or [0]) | Assignment.receipt_no.in_(handover_numbers or [""]))
        .order_by(Asset.tag)
    )
    by_assignment: dict[int, Tags] = {}
    by_handover: dict[str, Tags] = {}
    for assignment_id, receipt_no, tag in lookups.rows(query):
        by_assignment[assignment_id] = (*by_assignment.get(assignment_id, ()), tag)
        if receipt_no:
            by_handover[receipt_no] = (*by_handover.get(receipt_no, ()), tag)
    return by_assignment, by_handover


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
