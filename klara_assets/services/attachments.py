"""Attachments (issue 16): files kept in the database with their SHA-256, size and sniffed media type.

A device, an incident (police report, insurer letter), a sanitization record (the erasure tool's report),
a batch (the certificate the partner sends back, the BSD) or a partner (its certification documents) can
hold files. They live in the database, so a backup carries them. Adding and removing are events in the
activity log of the owner, with the file's hash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from klara_assets.domain.attachments import AttachmentKind, check_content, clean_file_name
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.errors import NotFound, ValidationFailed
from klara_assets.domain.fields import choice
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import lookups
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Attachment, DisposalBatch, Incident, Partner, Sanitization
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings

PERMISSIONS = {
    AttachmentKind.ASSET: Permission.INVENTORY_EDIT,
    AttachmentKind.INCIDENT: Permission.INCIDENTS_REPORT,
    AttachmentKind.SANITIZATION: Permission.SANITIZATION_RECORD,
    AttachmentKind.BATCH: Permission.EOL_MANAGE,
    AttachmentKind.PARTNER: Permission.EOL_MANAGE,
}


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    kind: str
    owner_id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime


def owner_id(kind: str, reference: str | int) -> int:
    """The id of what `reference` names: a tag, an incident or batch number, a sanitization id, a partner
    name (or its id)."""
    clean = AttachmentKind(choice(AttachmentKind, kind, "kind"))
    ref = str(reference).strip()
    if clean == AttachmentKind.ASSET:
        return int(lookups.asset_by_tag(ref).id)
    if clean == AttachmentKind.INCIDENT:
        incident = Incident.get_or_none(Incident.number == ref.upper())
        if incident is None and ref.isdigit():
            incident = Incident.get_or_none(Incident.id == int(ref))
        if incident is None:
            raise NotFound(f"No incident is numbered {ref!r}.", code="incident_not_found")
        return int(incident.id)
    if clean == AttachmentKind.SANITIZATION:
        record = Sanitization.get_or_none(Sanitization.id == int(ref)) if ref.isdigit() else None
        if record is None:
            raise NotFound(f"No sanitization record has the id {ref!r}.", code="sanitization_not_found")
        return int(record.id)
    if clean == AttachmentKind.BATCH:
        batch = DisposalBatch.get_or_none(DisposalBatch.number == ref.upper())
        if batch is None:
            raise NotFound(f"No disposal batch is numbered {ref!r}.", code="batch_not_found")
        return int(batch.id)
    partner = Partner.get_or_none(Partner.name == ref)
    if partner is None and ref.isdigit():
        partner = Partner.get_or_none(Partner.id == int(ref))
    if partner is None:
        raise NotFound(f"No partner is named {ref!r}.", code="partner_not_found", field="partner")
    return int(partner.id)


def attach_in_transaction(
    ctx: ServiceContext, kind: AttachmentKind, owner: int, file_name: str, content: bytes
) -> Attachment:
    """Store one file for `kind`/`owner` and log it; for services that attach inside their own transaction."""
    ctx.require(Permission.EOL_MANAGE) if kind not in PERMISSIONS else ctx.require(PERMISSIONS[kind])
    name = clean_file_name(file_name)
    media = check_content(content, name, load_settings().attachment_max_mb)
    digest = hashlib.sha256(content).hexdigest()
    row = Attachment.create(
        kind=kind.value,
        owner_id=owner,
        file_name=name,
        media_type=media,
        size=len(content),
        sha256=digest,
        content=content,
        added_by=ctx.actor,
        added_at=ctx.now(),
    )
    facts = {"attachment": row.id, "file_name": name, "sha256": digest, "size": len(content), "media_type": media}
    ctx.log([NewEvent(kind.value, owner, "attach", None, facts)])
    return row


def add_attachment(ctx: ServiceContext, kind: str, reference: str | int, file_name: str, content: bytes) -> Changes:
    """Attach `content` (named `file_name`) to what `reference` names. The result is the `AttachmentRow`."""
    known = kind in {k.value for k in AttachmentKind}
    ctx.require(Permission.EOL_MANAGE) if not known else ctx.require(PERMISSIONS[AttachmentKind(kind)])
    clean = AttachmentKind(choice(AttachmentKind, kind, "kind"))
    with ctx.transaction():
        owner = owner_id(clean, reference)
        row = attach_in_transaction(ctx, clean, owner, file_name, content)
    return Changes(
        {ChangeKind(clean.value): frozenset({owner}), ChangeKind.ATTACHMENT: frozenset({row.id})}, result=_row(row)
    )


def _get(attachment_id: int | str) -> Attachment:
    text = str(attachment_id).strip()
    row = Attachment.get_or_none(Attachment.id == int(text)) if text.isdigit() else None
    if row is None:
        raise NotFound(f"No attachment has the id {text!r}.", code="attachment_not_found")
    return row


def remove_attachment(ctx: ServiceContext, attachment_id: int | str, reason: str) -> Changes:
    """Remove a file (it is evidence: the end-of-life manager's permission, and the owner's); the event keeps
    its name, size and hash, and the reason."""
    ctx.require(Permission.EOL_MANAGE)
    why = str(reason or "").strip()
    if not why:
        raise ValidationFailed("Say why the attachment is removed.", code="reason_required", field="reason")
    with ctx.transaction():
        row = _get(attachment_id)
        kind = AttachmentKind(row.kind)
        ctx.require(PERMISSIONS[kind])
        facts = {"attachment": row.id, "file_name": row.file_name, "sha256": row.sha256, "size": row.size}
        Attachment.delete().where(Attachment.id == row.id).execute()
        ctx.log([NewEvent(kind.value, row.owner_id, "detach", facts, {"reason": why[:1000]})])
    return Changes({ChangeKind(kind.value): frozenset({row.owner_id}), ChangeKind.ATTACHMENT: frozenset({row.id})})


def _row(row: Attachment) -> AttachmentRow:
    return AttachmentRow(
        row.id, row.kind, row.owner_id, row.file_name, row.media_type, row.size, row.sha256, row.added_by, row.added_at
    )


def attachments_of(kind: str, reference: str | int) -> list[AttachmentRow]:
    """The files attached to what `reference` names, oldest first (without their bytes)."""
    clean = AttachmentKind(choice(AttachmentKind, kind, "kind"))
    owner = owner_id(clean, reference)
    query = (
        Attachment.select(
            Attachment.id,
            Attachment.kind,
            Attachment.owner_id,
            Attachment.file_name,
            Attachment.media_type,
            Attachment.size,
            Attachment.sha256,
            Attachment.added_by,
            Attachment.added_at,
        )
        .where((Attachment.kind == clean.value) & (Attachment.owner_id == owner))
        .order_by(Attachment.added_at, Attachment.id)
    )
    return [AttachmentRow(*values) for values in lookups.rows(query)]


def attachment_content(attachment_id: int | str) -> tuple[AttachmentRow, bytes]:
    """The attachment and its bytes, checked against the stored SHA-256."""
    row = _get(attachment_id)
    content = bytes(row.content)
    if hashlib.sha256(content).hexdigest() != row.sha256:
        raise ValidationFailed(
            f"Attachment {row.id} ({row.file_name}) does not match its recorded SHA-256: the stored copy is damaged.",
            code="attachment_damaged",
        )
    return _row(row), content
