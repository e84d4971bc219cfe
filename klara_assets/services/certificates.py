"""The certificates register (SPEC §6): issue, revoke, supersede, verify, read.

An issued certificate never changes: the register keeps its PDF bytes, their SHA-256 and the digest of its
content (the QR payload). A correction issues a new certificate that supersedes the old one, which is then
revoked. Verification matches a file by its SHA-256 and otherwise reads the number it claims.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from peewee import fn

from klara_assets.documents.cert_payload import content_digest
from klara_assets.documents.certificates import render_disposal_certificate
from klara_assets.documents.pdf_probe import probe
from klara_assets.documents.sanitization_certificate import render_sanitization_certificate
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import CertificateKind, Language
from klara_assets.domain.errors import InvalidTransition, NotFound, ValidationFailed
from klara_assets.domain.fields import choice, text
from klara_assets.domain.identifiers import document_number
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import eventlog, lookups, sequences
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, Certificate, DisposalBatch
from klara_assets.services import certificate_data
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings

PdfSigner = Callable[[bytes], bytes]


class VerifyResult(StrEnum):
    VALID = "VALID"
    ALTERED = "ALTERED"
    REVOKED = "REVOKED"
    UNKNOWN = "UNKNOWN"


@dataclass(frozen=True)
class IssuedCertificate:
    number: str
    kind: str
    issued_at: datetime
    sha256: str
    content_digest: str
    signed: bool
    pdf: bytes


@dataclass(frozen=True)
class CertificateVerification:
    result: VerifyResult
    message: str
    number: str | None = None
    kind: str | None = None
    issued_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "result": self.result.value,
            "number": self.number,
            "kind": self.kind,
            "issued_at": self.issued_at.isoformat() if self.issued_at else None,
            "message": self.message,
        }


@dataclass(frozen=True)
class CertificateRow:
    number: str
    kind: str
    batch: str | None
    asset: str | None
    language: str
    issued_at: datetime
    issued_by: str
    sha256: str
    signed: bool
    revoked_at: datetime | None
    revoked_reason: str
    supersedes: str | None


def _language(lang: str | None) -> str:
    return choice(Language, lang or load_settings().language or "fr", "lang")


def _store(
    ctx: ServiceContext, kind: CertificateKind, data: Any, pdf: bytes, signer: PdfSigner | None, **links: Any
) -> IssuedCertificate:
    final = signer(pdf) if signer else pdf
    digest, sha = content_digest(data), hashlib.sha256(final).hexdigest()
    now = ctx.now()
    row = Certificate.create(
        number=data.number,
        kind=kind.value,
        language=data.lang,
        issued_at=now,
        issued_by=certificate_data.issuer_name(ctx),
        sha256=sha,
        content_digest=digest,
        pdf=final,
        signed=signer is not None,
        **links,
    )
    after = {"number": data.number, "kind": kind.value, "sha256": sha, "content_digest": digest, "signed": bool(signer)}
    ctx.log([NewEvent("certificate", row.id, "issue", None, {**after, **{k: v for k, v in links.items() if v}})])
    eventlog.record_anchor(ctx.db, now, "certificate", data.number)
    return IssuedCertificate(data.number, kind.value, now, sha, digest, signer is not None, final)


def next_number(ctx: ServiceContext) -> str:
    ctx.require(Permission.CERTIFICATES_ISSUE)
    year = ctx.now().year
    return document_number("CERT", year, sequences.take(f"certificate:{year}"), 4)


def issue_batch_certificate(
    ctx: ServiceContext,
    batch: DisposalBatch,
    lang: str,
    signer: PdfSigner | None,
    supersedes: Certificate | None = None,
) -> IssuedCertificate:
    """Inside the caller's transaction: the recycling or refurbishment certificate of a closed batch."""
    ctx.require(Permission.CERTIFICATES_ISSUE)
    number = next_number(ctx)
    data = certificate_data.disposal_data(batch, number, lang, ctx, supersedes.number if supersedes else "")
    pdf = render_disposal_certificate(data)
    kind = CertificateKind(batch.kind if batch.kind == "recycling" else "refurbishment")
    return _store(ctx, kind, data, pdf, signer, batch=batch.id, supersedes=supersedes.id if supersedes else None)


def issue_sanitization_certificate(
    ctx: ServiceContext,
    *,
    tag: str | None = None,
    batch: str | None = None,
    lang: str | None = None,
    signer: PdfSigner | None = None,
) -> Changes:
    """A certificate of data sanitization for one device (`tag`) or every device of a batch."""
    ctx.require(Permission.CERTIFICATES_ISSUE)
    if bool(tag) == bool(batch):
        raise ValidationFailed("Give either a device tag or a batch number.", code="tag_or_batch", field="tag")
    with ctx.transaction():
        issued = _issue_sanitization(ctx, tag, batch, _language(lang), signer, None)
    return Changes.of(ChangeKind.CERTIFICATE, result=issued)


def _issue_sanitization(
    ctx: ServiceContext,
    tag: str | None,
    batch: str | None,
    lang: str,
    signer: PdfSigner | None,
    old: Certificate | None,
) -> IssuedCertificate:
    batch_row = certificate_data.batch_by_number(batch) if batch else None
    assets = certificate_data.batch_asset_ids(batch_row) if batch_row else [lookups.asset_by_tag(tag or "").id]
    number = next_number(ctx)
    data = certificate_data.sanitization_data(assets, number, lang, ctx, batch_row, old.number if old else "")
    pdf = render_sanitization_certificate(data)
    links = {
        "batch": batch_row.id if batch_row else None,
        "asset": assets[0] if not batch_row else None,
        "supersedes": old.id if old else None,
    }
    return _store(ctx, CertificateKind.SANITIZATION, data, pdf, signer, **links)


def certificate_by_number(number: str) -> Certificate:
    found = Certificate.get_or_none(Certificate.number == number.strip().upper())
    if found is None:
        raise NotFound(f"No certificate has the number {number.strip()!r}.", code="certificate_not_found")
    return found


def _revoke(ctx: ServiceContext, cert: Certificate, reason: str) -> None:
    if cert.revoked_at is not None:
        raise InvalidTransition(
            f"{cert.number} was already revoked on {cert.revoked_at:%Y-%m-%d}: {cert.revoked_reason}",
            code="already_revoked",
        )
    Certificate.update(revoked_at=ctx.now(), revoked_reason=reason).where(Certificate.id == cert.id).execute()
    ctx.log([NewEvent("certificate", cert.id, "revoke", {"revoked_at": None}, {"revoked_reason": reason})])


def revoke_certificate(ctx: ServiceContext, number: str, reason: str) -> Changes:
    ctx.require(Permission.CERTIFICATES_ISSUE)
    clean = text(reason, "reason", 1000)
    if not clean:
        raise ValidationFailed("A reason is required to revoke a certificate.", code="reason_required", field="reason")
    with ctx.transaction():
        cert = certificate_by_number(number)
        _revoke(ctx, cert, clean)
    return Changes.of(ChangeKind.CERTIFICATE, cert.id)


def supersede_certificate(
    ctx: ServiceContext, number: str, reason: str, *, lang: str | None = None, signer: PdfSigner | None = None
) -> Changes:
    """A correction: a new certificate from the current records, naming the one it supersedes, which is
    revoked with the reason. The result is the new `IssuedCertificate`."""
    ctx.require(Permission.CERTIFICATES_ISSUE)
    clean = text(reason, "reason", 1000)
    if not clean:
        raise ValidationFailed("A reason is required for a correction.", code="reason_required", field="reason")
    with ctx.transaction():
        old = certificate_by_number(number)
        language = _language(lang or old.language)
        if old.kind == CertificateKind.SANITIZATION.value:
            batch_id, asset_id = certificate_data.fk(old, "batch"), certificate_data.fk(old, "asset")
            batch = DisposalBatch.get_by_id(batch_id).number if batch_id else None
            tag = None if batch else Asset.get_by_id(asset_id).tag
            issued = _issue_sanitization(ctx, tag, batch, language, signer, old)
        else:
            issued = issue_batch_certificate(
                ctx, DisposalBatch.get_by_id(certificate_data.fk(old, "batch")), language, signer, old
            )
        _revoke(ctx, old, f"Superseded by {issued.number}: {clean}")
    return Changes.of(ChangeKind.CERTIFICATE, old.id, result=issued)


def verify_certificate(data: bytes) -> CertificateVerification:
    """VALID, REVOKED (the file is an issued certificate), ALTERED (it claims an issued number but its bytes
    differ) or UNKNOWN (empty, not a PDF, or not from this register), with a message saying why."""
    if not data:
        return CertificateVerification(VerifyResult.UNKNOWN, "The file is empty: it holds no certificate.")
    found = Certificate.get_or_none(Certificate.sha256 == hashlib.sha256(data).hexdigest())
    if found is not None:
        if found.revoked_at is not None:
            message = f"{found.number} was revoked on {found.revoked_at:%Y-%m-%d}: {found.revoked_reason}"
            return _answer(VerifyResult.REVOKED, message, found)
        return _answer(VerifyResult.VALID, f"{found.number} is genuine and in force.", found)
    seen = probe(data)
    if not seen.is_pdf:
        return CertificateVerification(VerifyResult.UNKNOWN, "The file is not a PDF: it cannot be a certificate.")
    claimed = Certificate.get_or_none(Certificate.number == seen.number) if seen.number else None
    if claimed is None and seen.truncated:
        claimed = _truncated_copy_of(data)
    damage = "truncated (its end is missing)" if seen.truncated else "altered (its bytes differ from the issued PDF)"
    if claimed is not None:
        return _answer(VerifyResult.ALTERED, f"This copy of {claimed.number} was {damage}.", claimed)
    if seen.number:
        message = f"The certificate number {seen.number} is not in this register."
    elif seen.truncated:
        message = "The PDF is truncated (its end is missing) and names no certificate."
    else:
        message = "This PDF is not a Klara Assets certificate: it carries no certificate number."
    return CertificateVerification(VerifyResult.UNKNOWN, message, seen.number)


def _truncated_copy_of(data: bytes) -> Certificate | None:
    """The issued certificate whose PDF begins with `data` (a copy cut short before its metadata)."""
    if len(data) < 1024:
        return None
    query = Certificate.select().where(
        (fn.LENGTH(Certificate.pdf) > len(data)) & (fn.SUBSTR(Certificate.pdf, 1, len(data)) == data)
    )
    return query.first()


def _answer(result: VerifyResult, message: str, cert: Certificate) -> CertificateVerification:
    return CertificateVerification(result, message, cert.number, cert.kind, cert.issued_at)


def certificate_pdf(number: str) -> bytes:
    """The stored bytes of an issued certificate (to open or save a copy)."""
    return bytes(certificate_by_number(number).pdf)


def list_certificates(search: str = "", *, limit: int = 500, offset: int = 0) -> list[CertificateRow]:
    """The register, newest first; `search` matches the number, the batch number or the asset tag."""
    return certificate_data.certificate_rows(search, limit, offset, CertificateRow)
