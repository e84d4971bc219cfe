"""Recycling and refurbishment certificates (SPEC §6): pure functions of a frozen data object.

Each certificate carries its number in the title, the header, the footer and the PDF metadata, and a QR
code with `KLARA-CERT:<number>:<content digest>`. `invariant=1` (through `layout.render`) makes the same
data give the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from klara_assets.documents.cert_payload import certificate_payload, content_digest
from klara_assets.documents.certificate_parts import (
    DeviceLine,
    Party,
    device_tables,
    party_block,
    title_block,
)
from klara_assets.documents.certificate_text import date_text, number_text, words
from klara_assets.documents.layout import key_value_table, render, signature_boxes, styles

# The layout's frame is 174 mm wide with platypus' 6 pt padding on each side.
FRAME_WIDTH = 174 * mm - 12


@dataclass(frozen=True)
class DisposalCertificateData:
    """Everything a recycling or refurbishment certificate shows; its canonical JSON gives the digest."""

    number: str
    kind: str  # "recycling" | "refurbishment"
    lang: str
    issued_on: date
    issued_by: str
    holder: Party
    partner: Party
    eco_organisme: Party | None
    batch_number: str
    pickup_date: date | None
    carrier: str
    tracking_ref: str
    waste_code: str
    devices: tuple[DeviceLine, ...]
    reuse_share_percent: int = 80
    supersedes: str = ""

    @property
    def total_kg(self) -> Decimal:
        return sum((d.weight_kg for d in self.devices), Decimal(0))

    @property
    def total_avoided(self) -> Decimal:
        return sum((d.avoided_kgco2e for d in self.devices), Decimal(0))

    def title(self) -> str:
        return words(self.lang)[f"{self.kind}_title"]


def identity_lines(
    lang: str, number: str, issued_on: date, issued_by: str, batch: str, supersedes: str
) -> list[tuple[str, str]]:
    w = words(lang)
    lines = [(w["number"], number), (w["issued_on"], date_text(lang, issued_on)), (w["issued_by"], issued_by)]
    if batch:
        lines.append((w["batch"], batch))
    if supersedes:
        lines.append((w["supersedes"], supersedes))
    return lines


def _pickup_rows(data: DisposalCertificateData) -> list[tuple[str, str]]:
    w = words(data.lang)
    return [
        (w["pickup_date"], date_text(data.lang, data.pickup_date)),
        (w["carrier"], data.carrier),
        (w["tracking_ref"], data.tracking_ref),
        (w["waste_code"], data.waste_code),
    ]


def _totals_rows(data: DisposalCertificateData) -> list[tuple[str, str]]:
    w = words(data.lang)
    rows = [
        (w["total_devices"], str(len(data.devices))),
        (w["total_weight"], f"{number_text(data.lang, data.total_kg, 2)} kg"),
    ]
    if data.kind == "refurbishment":
        rows.append((w["total_avoided"], f"{number_text(data.lang, data.total_avoided, 1)} kg CO2e"))
    return rows


def disposal_story(data: DisposalCertificateData, digest: str) -> list[Flowable]:
    w = words(data.lang)
    s = styles()
    lines = identity_lines(data.lang, data.number, data.issued_on, data.issued_by, data.batch_number, data.supersedes)
    story: list[Flowable] = [
        title_block(data.lang, data.title(), lines, certificate_payload(data.number, digest), FRAME_WIDTH)
    ]
    story.append(Paragraph(w[f"{data.kind}_statement"], s["body"]))
    story += party_block(data.lang, w["holder"], data.holder, FRAME_WIDTH)
    story += party_block(data.lang, w["partner"], data.partner, FRAME_WIDTH)
    if data.eco_organisme:
        story += party_block(data.lang, w["eco_organisme"], data.eco_organisme, FRAME_WIDTH)
    story += [Paragraph(w["pickup"], s["h2"]), key_value_table(_pickup_rows(data), FRAME_WIDTH, 0.3)]
    story += [Paragraph(w["devices"], s["h2"]), *device_tables(data.lang, data.devices, FRAME_WIDTH)]
    # The totals, the signatures and the verification hint stay together: a page break never leaves the hint
    # alone on a last page.
    closing: list[Flowable] = [Paragraph(w["totals"], s["h2"]), key_value_table(_totals_rows(data), FRAME_WIDTH, 0.3)]
    if data.kind == "refurbishment":
        closing.append(Paragraph(w["factors_note"].format(share=data.reuse_share_percent), s["small"]))
    closing += [Spacer(1, 6 * mm), signature_boxes([w["signature_holder"], w["signature_partner"]], FRAME_WIDTH)]
    closing += [Spacer(1, 3 * mm), Paragraph(w["verify"], s["small"])]
    story.append(KeepTogether(closing))
    return story


def document_title(number: str, title: str) -> str:
    """The PDF title: the number first, so `certificate verify` finds it in the metadata."""
    return f"{number} — {title}"


def footer_for(lang: str, number: str, holder: str) -> Callable[[int], str]:
    page_word = words(lang)["page"]
    return lambda page: f"{number} · {holder} · {page_word} {page}"


def render_disposal_certificate(data: DisposalCertificateData) -> bytes:
    """The certificate PDF; the same data gives the same bytes."""
    digest = content_digest(data)
    return render(
        disposal_story(data, digest),
        title=document_title(data.number, data.title()),
        header=f"{data.holder.legal_name} · SIRET {data.holder.siret} · {data.title()}",
        footer=footer_for(data.lang, data.number, data.holder.legal_name),
        author=data.holder.legal_name or "Klara Assets",
    )
