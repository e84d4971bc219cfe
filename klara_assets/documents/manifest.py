"""The pickup manifest of a disposal batch: what the carrier takes, signed at pickup and at receipt.
A pure function of a frozen data object (same data, same bytes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from klara_assets.documents.certificate_parts import DeviceLine, Party, device_tables, party_block, title_block
from klara_assets.documents.certificate_text import date_text, number_text, value, words
from klara_assets.documents.certificates import FRAME_WIDTH
from klara_assets.documents.layout import key_value_table, render, signature_boxes, styles


@dataclass(frozen=True)
class ManifestData:
    batch_number: str
    kind: str
    lang: str
    printed_on: date
    holder: Party
    partner: Party
    pickup_date: date | None
    carrier: str
    tracking_ref: str
    waste_code: str
    devices: tuple[DeviceLine, ...]


def _story(data: ManifestData) -> list[Flowable]:
    w = words(data.lang)
    s = styles()
    total = sum((d.weight_kg for d in data.devices), Decimal(0))
    lines = [(w["batch"], data.batch_number), (w["issued_on"], date_text(data.lang, data.printed_on))]
    story: list[Flowable] = [title_block(data.lang, w["manifest_title"], lines, None, FRAME_WIDTH)]
    story.append(Paragraph(w["manifest_statement"], s["body"]))
    story += party_block(data.lang, w["holder"], data.holder, FRAME_WIDTH)
    story += party_block(data.lang, w["partner"], data.partner, FRAME_WIDTH)
    pickup = [
        (w["pickup_date"], date_text(data.lang, data.pickup_date)),
        (w["carrier"], data.carrier),
        (w["tracking_ref"], data.tracking_ref),
        (w["waste_code"], data.waste_code),
        (w["total_devices"], str(len(data.devices))),
        (w["total_weight"], f"{number_text(data.lang, total, 2)} kg"),
    ]
    story += [Paragraph(w["pickup"], s["h2"]), key_value_table(pickup, FRAME_WIDTH, 0.3)]
    story += [Paragraph(w["devices"], s["h2"]), *device_tables(data.lang, data.devices, FRAME_WIDTH)]
    boxes = [w["signature_holder"], w["signature_carrier"], w["signature_receiver"]]
    story += [Spacer(1, 6 * mm), signature_boxes(boxes, FRAME_WIDTH)]
    return story


def render_manifest(data: ManifestData) -> bytes:
    w = words(data.lang)
    kind = value(data.lang, data.kind)
    return render(
        _story(data),
        title=f"{data.batch_number} — {w['manifest_title']}",
        header=f"{data.holder.legal_name} · {w['manifest_title']} {data.batch_number} {kind}".strip(),
        footer=lambda page: f"{data.batch_number} · {w['page']} {page}",
        author=data.holder.legal_name or "Klara Assets",
    )
