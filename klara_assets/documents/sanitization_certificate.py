"""Certificate of data sanitization (SPEC §6) with every field of NIST SP 800-88 Rev.1 Appendix G, for one
device or for the devices of a batch: person performing, media, sanitization details, destination, and
the signature and validation blocks. A pure function of a frozen data object, deterministic bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from klara_assets.documents.cert_payload import certificate_payload, content_digest
from klara_assets.documents.certificate_parts import Party, party_block, title_block
from klara_assets.documents.certificate_text import date_text, value, words
from klara_assets.documents.certificates import FRAME_WIDTH, document_title, footer_for, identity_lines
from klara_assets.documents.layout import key_value_table, render, signature_boxes, styles


@dataclass(frozen=True)
class SanitizationLine:
    """One sanitization record of one medium, as NIST SP 800-88 Appendix G lists its fields."""

    tag: str
    manufacturer: str
    model: str
    serial: str
    media_type: str
    source: str
    classification: str
    data_backed_up: str
    backup_location: str
    method: str
    technique: str
    tool: str
    tool_version: str
    verification: str
    result: str
    post_classification: str
    notes: str
    destination: str
    vendor_report_id: str
    performed_at: datetime
    operator_name: str
    operator_title: str
    operator_organisation: str
    operator_location: str
    operator_phone: str


@dataclass(frozen=True)
class SanitizationCertificateData:
    number: str
    lang: str
    issued_on: date
    issued_by: str
    holder: Party
    records: tuple[SanitizationLine, ...]
    batch_number: str = ""
    supersedes: str = ""

    def title(self) -> str:
        return words(self.lang)["sanitization_title"]


def _person_rows(lang: str, r: SanitizationLine) -> list[tuple[str, str]]:
    w = words(lang)
    return [
        (w["name"], r.operator_name),
        (w["title"], r.operator_title),
        (w["organisation"], r.operator_organisation),
        (w["location"], r.operator_location),
        (w["phone"], r.operator_phone),
    ]


def _media_rows(lang: str, r: SanitizationLine) -> list[tuple[str, str]]:
    w = words(lang)
    return [
        (w["make"], r.manufacturer),
        (w["model"], r.model),
        (w["serial"], r.serial),
        (w["property_number"], r.tag),
        (w["media_type"], r.media_type),
        (w["source"], r.source),
        (w["classification"], r.classification),
        (w["data_backed_up"], value(lang, r.data_backed_up)),
        (w["backup_location"], r.backup_location),
    ]


def _sanitization_rows(lang: str, r: SanitizationLine) -> list[tuple[str, str]]:
    w = words(lang)
    return [
        (w["performed_at"], date_text(lang, r.performed_at)),
        (w["method_type"], value(lang, r.method)),
        (w["technique"], value(lang, r.technique)),
        (w["tool"], f"{r.tool} {r.tool_version}".strip()),
        (w["verification"], value(lang, r.verification)),
        (w["result"], value(lang, r.result)),
        (w["post_classification"], r.post_classification),
        (w["vendor_report_id"], r.vendor_report_id),
        (w["notes"], r.notes),
        (w["destination"], value(lang, r.destination)),
    ]


def _record_story(lang: str, index: int, r: SanitizationLine) -> list[Flowable]:
    w = words(lang)
    s = styles()
    half = FRAME_WIDTH
    heading = f"{index}. {r.tag} — {r.manufacturer} {r.model}".strip()
    return [
        CondPageBreak(120 * mm),
        Paragraph(heading, s["h2"]),
        Paragraph(w["person"], s["cell_bold"]),
        key_value_table(_person_rows(lang, r), half, 0.35),
        Spacer(1, 2 * mm),
        Paragraph(w["media"], s["cell_bold"]),
        key_value_table(_media_rows(lang, r), half, 0.35),
        Spacer(1, 2 * mm),
        Paragraph(w["sanitization"], s["cell_bold"]),
        key_value_table(_sanitization_rows(lang, r), half, 0.35),
    ]


def sanitization_story(data: SanitizationCertificateData, digest: str) -> list[Flowable]:
    w = words(data.lang)
    s = styles()
    lines = identity_lines(data.lang, data.number, data.issued_on, data.issued_by, data.batch_number, data.supersedes)
    story: list[Flowable] = [
        title_block(data.lang, data.title(), lines, certificate_payload(data.number, digest), FRAME_WIDTH)
    ]
    story.append(Paragraph(w["sanitization_statement"], s["body"]))
    story += party_block(data.lang, w["holder"], data.holder, FRAME_WIDTH)
    for index, record in enumerate(data.records, 1):
        story += _record_story(data.lang, index, record)
    story += [
        CondPageBreak(45 * mm),
        Paragraph(w["validation"], s["h2"]),
        signature_boxes([w["signature_operator"], w["signature_validator"]], FRAME_WIDTH),
        Spacer(1, 3 * mm),
        Paragraph(w["verify"], s["small"]),
    ]
    return story


def render_sanitization_certificate(data: SanitizationCertificateData) -> bytes:
    digest = content_digest(data)
    return render(
        sanitization_story(data, digest),
        title=document_title(data.number, data.title()),
        header=f"{data.holder.legal_name} · SIRET {data.holder.siret} · {data.title()}",
        footer=footer_for(data.lang, data.number, data.holder.legal_name),
        author=data.holder.legal_name or "Klara Assets",
    )
