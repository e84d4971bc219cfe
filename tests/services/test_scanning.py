"""Scan resolution on a real database (SQLite and PostgreSQL): every payload form, garbage, certificates, images."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from klara_assets import scanning
from klara_assets.domain.errors import NotFound, ValidationFailed
from klara_assets.domain.scan_payload import ScanKind, certificate_payload, parse_certificate_payload
from klara_assets.persistence.models import Asset, Certificate
from klara_assets.persistence.scan_queries import resolve
from klara_assets.services import inventory
from klara_assets.services.context import ServiceContext
from tests.helpers import snapshot

IMEI = "352099001761481"
IMEI2 = "353281150000015"
DIGEST = "ab" * 32


@pytest.fixture
def fleet(ctx: ServiceContext) -> ServiceContext:
    inventory.register_asset(ctx, category="laptop", manufacturer="Dell", model="Latitude 7440", serial="C02XK1ABCD")
    inventory.register_asset(
        ctx, category="smartphone", manufacturer="Apple", model="iPhone 15", imei=IMEI, imei2=IMEI2, serial="F2L001"
    )
    return ctx


@pytest.mark.parametrize(
    "payload",
    ["KLA-000001", "kla-000001", "  Kla-000001 \r\n", b"KLA-000001\n", "\tKLA-000001"],
)
def test_tag_in_any_case_with_spaces_trimmed(fleet: ServiceContext, payload: str | bytes) -> None:
    result = resolve(payload)
    assert (result.kind, result.tag, result.status, result.match) == (
        ScanKind.TAG,
        "KLA-000001",
        "in_stock",
        "KLA-000001",
    )


@pytest.mark.parametrize(
    "payload",
    [
        "https://assets.klara.fr/a/KLA-000002",
        "https://assets.klara.fr/a/kla-000002/?utm=1#x",
        "http://10.0.0.2:8080/asset/KLA%2D000002",
        "klara://asset/KLA-000002",
        "urn:klara:asset:KLA-000002",
    ],
)
def test_url_or_uri_ending_with_a_tag(fleet: ServiceContext, payload: str) -> None:
    result = resolve(payload)
    assert (result.kind, result.tag) == (ScanKind.TAG, "KLA-000002")


def test_serial_number(fleet: ServiceContext) -> None:
    result = resolve("C02XK1ABCD")
    assert (result.kind, result.tag, result.match) == (ScanKind.SERIAL, "KLA-000001", "C02XK1ABCD")
    assert resolve("c02xk1abcd").tag == "KLA-000001"


@pytest.mark.parametrize("payload", [IMEI, "35-209900-176148-1", "IMEI: 352099001761481", IMEI[:14], IMEI2])
def test_imei_in_the_forms_printed_on_boxes(fleet: ServiceContext, payload: str) -> None:
    result = resolve(payload)
    assert (result.kind, result.tag) == (ScanKind.IMEI, "KLA-000002")


GARBAGE = [
    "",
    "   \r\n",
    bytes(range(256)) * 40,
    "\x00\x01KLA-000001",
    "KLA-000001\x07",
    "'; DROP TABLE asset; --",
    "KLA-000001' OR '1'='1",
    "%' OR 1=1 --",
    "x" * 10_000,
    "https://evil.example/",
    "\u202eKLA-000001",
]


@pytest.mark.parametrize("payload", GARBAGE)
def test_garbage_matches_nothing_and_changes_nothing(fleet: ServiceContext, payload: str | bytes) -> None:
    before = snapshot()
    result = resolve(payload)
    assert result.kind is ScanKind.NONE and result.tag is None
    assert result.message.startswith("No asset matches")
    assert len(result.message) < 120 and result.message.isprintable()
    assert snapshot() == before


def test_unknown_serial_or_imei_offers_to_register_it(fleet: ServiceContext) -> None:
    assert resolve("SN-NEW-42").register_hint == {"serial": "SN-NEW-42"}
    assert resolve("490154203237518").register_hint == {"imei": "490154203237518"}
    assert resolve("'; DROP TABLE asset; --").register_hint == {}


def _certificate(number: str, revoked: bool = False) -> None:
    Certificate.create(
        number=number,
        kind="recycling",
        asset=Asset.get(Asset.tag == "KLA-000001"),
        language="fr",
        issued_at=datetime(2026, 3, 2, 10, 0),
        issued_by="tester",
        sha256=number.encode().hex().ljust(64, "0")[:64],
        content_digest=DIGEST,
        pdf=b"%PDF-1.4",
        revoked_at=datetime(2026, 4, 1) if revoked else None,
        revoked_reason="superseded by a correction" if revoked else "",
    )


def test_certificate_code_valid_revoked_altered_unknown(fleet: ServiceContext) -> None:
    _certificate("CERT-2026-0001")
    _certificate("CERT-2026-0002", revoked=True)
    valid = resolve(certificate_payload("CERT-2026-0001", DIGEST))
    assert (valid.kind, valid.status, valid.match, valid.tag) == (
        ScanKind.CERTIFICATE,
        "VALID",
        "CERT-2026-0001",
        "KLA-000001",
    )
    revoked = resolve(certificate_payload("CERT-2026-0002", DIGEST))
    assert revoked.status == "REVOKED" and "superseded" in revoked.message
    altered = resolve(certificate_payload("CERT-2026-0001", "cd" * 32))
    assert altered.status == "ALTERED"
    unknown = resolve(certificate_payload("CERT-2026-0999", DIGEST))
    assert unknown.status == "UNKNOWN" and "not in the register" in unknown.message


def test_certificate_payload_round_trip() -> None:
    text = certificate_payload("CERT-2026-0001", DIGEST)
    assert text == f"KLARA-CERT:CERT-2026-0001:{DIGEST}"
    assert parse_certificate_payload(text) == ("CERT-2026-0001", DIGEST)
    assert parse_certificate_payload("KLA-000001") is None


def _png(text: str, fmt: zxingcpp.BarcodeFormat) -> bytes:
    image = zxingcpp.create_barcode(text, fmt).to_image(scale=4)
    view = memoryview(image)
    pil = Image.frombytes("L", (view.shape[1], view.shape[0]), view.tobytes())
    framed = Image.new("L", (pil.width + 80, pil.height + 80), 255)
    framed.paste(pil, (40, 40))
    out = io.BytesIO()
    framed.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        (zxingcpp.BarcodeFormat.QRCode, "KLA-000001"),
        (zxingcpp.BarcodeFormat.Code128, "C02XK1ABCD"),
        (zxingcpp.BarcodeFormat.Code39, "F2L001"),
        (zxingcpp.BarcodeFormat.EAN13, "4006381333931"),
        (zxingcpp.BarcodeFormat.DataMatrix, IMEI),
    ],
)
def test_decode_image_reads_the_common_symbologies(fmt: zxingcpp.BarcodeFormat, text: str, tmp_path: Path) -> None:
    path = tmp_path / "code.png"
    path.write_bytes(_png(text, fmt))
    assert scanning.decode_image(path) == [text]
    assert scanning.decode_image(path.read_bytes()) == [text]


def test_decode_image_refuses_a_file_that_is_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "notes.png"
    path.write_text("not an image")
    with pytest.raises(ValidationFailed) as err:
        scanning.decode_image(path)
    assert "not an image" in err.value.message
    with pytest.raises(NotFound):
        scanning.decode_image(tmp_path / "missing.png")


def test_decode_image_of_a_blank_picture_finds_nothing() -> None:
    out = io.BytesIO()
    Image.new("RGB", (200, 200), "white").save(out, format="JPEG")
    assert scanning.decode_image(out.getvalue()) == []
