"""Documents fit for archives (issue 16 §4): every font embedded in every kind of document, PDF/A-2b
metadata (XMP pdfaid part 2 / B, sRGB output intent), same data -> same bytes, and a certificate re-saved
by another program answered ALTERED with its number."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pikepdf
from pypdf import PdfReader, PdfWriter

from klara_assets.services import batch_items, batches, certificates, custody, custody_documents, labels, waste_register
from klara_assets.services.certificates import IssuedCertificate, VerifyResult
from klara_assets.services.context import ServiceContext
from tests import eol_setup as S


def fonts_without_file(pdf: bytes) -> list[str]:
    """Like `pdffonts`' emb column: the fonts used on any page (or in its forms) that embed no font file."""
    missing: list[str] = []
    seen: set[int] = set()

    def walk(resources: Any) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            if id(font) in seen:
                continue
            seen.add(id(font))
            descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for item in descendants:
                descriptor = item.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor is not None else {}
                if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.append(str(font.get("/BaseFont")))
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        walk(page.get("/Resources"))
    return missing


def assert_archival(pdf: bytes, name: str) -> None:
    assert fonts_without_file(pdf) == [], name
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        meta = doc.open_metadata()
        assert (meta.get("pdfaid:part"), meta.get("pdfaid:conformance")) == ("2", "B"), name
        assert meta.get("dc:title") == str(doc.docinfo.get("/Title")), name
        intents = doc.Root.OutputIntents
        assert len(intents) == 1 and intents[0].S == "/GTS_PDFA1" and intents[0].DestOutputProfile.N == 3, name


def _documents(ctx: ServiceContext) -> dict[str, bytes]:
    S.organisation(ctx)
    S.recycler(ctx)
    tags = [S.routed(ctx, "recycle", serial="SN-ŁÓDŹ-01"), S.routed(ctx, "recycle", category="smartphone")]
    number = S.shipped_batch(ctx, S.RECYCLER, tags)
    manifest = batch_items.pickup_manifest(number, "fr", date(2026, 11, 26))
    issued: IssuedCertificate = batches.close_batch(ctx, number, lang="fr").result  # type: ignore[assignment]
    laptop = S.device(ctx)
    S.sanitize(ctx, laptop)
    sanitization: IssuedCertificate = certificates.issue_sanitization_certificate(ctx, tag=laptop).result  # type: ignore[assignment]
    other = S.device(ctx, category="monitor", storage_kind="none", storage_gb=None)
    receipt_no = custody.check_out(ctx, [other], "zoe.kovacs@klara.fr").result.receipt_no  # type: ignore[attr-defined]
    return {
        "recycling certificate": issued.pdf,
        "sanitization certificate": sanitization.pdf,
        "pickup manifest": manifest,
        "labels": labels.label_pdf([laptop, other]),
        "receipt": custody_documents.handover_receipt(ctx, str(receipt_no), "fr"),
        "waste register": waste_register.register_pdf(waste_register.waste_register(2026), "en", date(2026, 11, 26)),
    }


def test_every_document_embeds_its_fonts_and_is_pdfa(ctx: ServiceContext) -> None:
    for name, pdf in _documents(ctx).items():
        assert_archival(pdf, name)


def test_the_probe_sees_a_missing_font() -> None:
    """The check can fail: a PDF written with reportlab's standard Helvetica has no font file."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 100, "Helvetica, not embedded")
    canvas.save()
    assert fonts_without_file(buffer.getvalue()) == ["/Helvetica"]


def test_certificate_resaved_by_another_program_is_altered_with_its_number(ctx: ServiceContext) -> None:
    S.organisation(ctx)
    S.recycler(ctx)
    number = S.shipped_batch(ctx, S.RECYCLER, [S.routed(ctx, "recycle")])
    issued: IssuedCertificate = batches.close_batch(ctx, number, lang="en").result  # type: ignore[assignment]
    writer = PdfWriter(clone_from=io.BytesIO(issued.pdf))
    writer.add_metadata({"/Title": "Scanned copy"})
    out = io.BytesIO()
    writer.write(out)
    answer = certificates.verify_certificate(out.getvalue())
    assert (answer.result, answer.number) == (VerifyResult.ALTERED, issued.number), answer.message
    assert certificates.verify_certificate(issued.pdf).result == VerifyResult.VALID


def test_no_last_page_holds_only_the_verification_hint(ctx: ServiceContext) -> None:
    """The set-up that used to push the hint alone onto page 2: an eco-organisme and two devices, in English
    and in French; and a batch of 14 devices whose table runs onto a second page."""
    from klara_assets.services import partners

    S.organisation(ctx)
    S.recycler(ctx)
    partners.add_partner(ctx, "ecosystem", "eco_organisme", S.ECO_SIRET, address="Paris")
    for count, lang in ((2, "en"), (2, "fr"), (14, "en")):
        tags = [S.routed(ctx, "recycle", weight_kg="2.25") for _ in range(count)]
        number = str(batches.create_batch(ctx, S.RECYCLER, eco_organisme="ecosystem").result)
        batches.add_to_batch(ctx, number, tags)
        batches.ship_batch(ctx, number, pickup="2026-11-20", carrier="Transports Müller", tracking_ref="BSD-1")
        issued: IssuedCertificate = batches.close_batch(ctx, number, lang=lang).result  # type: ignore[assignment]
        pages = PdfReader(io.BytesIO(issued.pdf)).pages
        last = pages[-1].extract_text()
        body = [line for line in last.splitlines() if issued.number not in line and "SIRET" not in line]
        assert len(body) > 6, (count, lang, len(pages), body)
