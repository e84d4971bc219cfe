"""PAdES signing with pyHanko from a PKCS#12 file made in the test, validated by pyHanko's own validator
(trusting the test root); the register keeps the signed bytes and verifies them as VALID."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from klara_assets.documents.signing import load_signer
from klara_assets.domain.errors import ValidationFailed
from klara_assets.persistence.models import Certificate
from klara_assets.services import batches, certificates
from klara_assets.services.certificates import VerifyResult
from klara_assets.services.context import ServiceContext
from tests import eol_setup as S
from tests.helpers import snapshot

PASSWORD = "correct horse"


def real_now() -> datetime:
    """pyHanko validates against the real clock, so the working certificate is made around it."""
    return datetime.now(UTC)


def make_pkcs12(
    folder: Path,
    now: datetime | None = None,
    valid: tuple[int, int] = (-1, 30),
    digital_signature: bool = True,
) -> tuple[Path, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Klara SAS test signer")])
    now = now or real_now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + timedelta(days=valid[0]))
        .not_valid_after(now + timedelta(days=valid[1]))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=digital_signature, content_commitment=True, key_encipherment=False,
                data_encipherment=False,
                key_agreement=False, key_cert_sign=True, crl_sign=False, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    data = pkcs12.serialize_key_and_certificates(
        b"klara", key, cert, None, serialization.BestAvailableEncryption(PASSWORD.encode())
    )
    path = folder / "klara.p12"
    path.write_bytes(data)
    return path, cert


def validate(pdf: bytes, root: x509.Certificate) -> object:
    trust = asn1_x509.Certificate.load(root.public_bytes(serialization.Encoding.DER))
    signature = PdfFileReader(io.BytesIO(pdf)).embedded_signatures[0]
    return validate_pdf_signature(signature, ValidationContext(trust_roots=[trust]))


def test_signed_certificate_validates_with_pyhanko(ctx: ServiceContext, tmp_path: Path) -> None:
    p12, root = make_pkcs12(tmp_path)
    S.organisation(ctx)
    S.recycler(ctx)
    tag = S.routed(ctx, "recycle")
    number = S.shipped_batch(ctx, S.RECYCLER, [tag])
    signer = load_signer(p12, PASSWORD, reason="Certificate issued by Klara Assets", now=real_now())
    issued = batches.close_batch(ctx, number, signer=signer).result
    status = validate(issued.pdf, root)  # type: ignore[attr-defined]
    assert status.intact and status.valid and status.trusted  # type: ignore[attr-defined]
    assert status.bottom_line  # type: ignore[attr-defined]
    stored = Certificate.get(Certificate.number == issued.number)  # type: ignore[attr-defined]
    assert stored.signed and bytes(stored.pdf) == issued.pdf  # type: ignore[attr-defined]
    assert certificates.verify_certificate(issued.pdf).result == VerifyResult.VALID  # type: ignore[attr-defined]
    tampered = bytearray(issued.pdf)  # type: ignore[attr-defined]
    tampered[len(tampered) // 3] ^= 0x01
    assert certificates.verify_certificate(bytes(tampered)).result == VerifyResult.ALTERED


def test_wrong_password_is_refused_before_anything_is_issued(ctx: ServiceContext, tmp_path: Path) -> None:
    p12, _ = make_pkcs12(tmp_path)
    before = snapshot()
    with pytest.raises(ValidationFailed, match="wrong password"):
        load_signer(p12, "nope", now=real_now())
    with pytest.raises(ValidationFailed, match="No signing key file"):
        load_signer(tmp_path / "missing.p12", PASSWORD, now=real_now())
    assert snapshot() == before


@pytest.mark.parametrize(
    ("valid", "usage", "words"),
    [
        ((-400, -30), True, "expired on 2026-10-27"),
        ((-400, -30), True, "valid from 2025-10-22"),
        ((10, 400), True, "not valid yet (from 2026-12-06"),
        ((-1, 30), False, "does not allow digital signatures"),
    ],
)
def test_unusable_signing_certificate_is_refused_before_anything_is_issued(
    ctx: ServiceContext, tmp_path: Path, valid: tuple[int, int], usage: bool, words: str
) -> None:
    now = ctx.now().replace(tzinfo=UTC)  # the fixture clock: 2026-11-26 09:30
    p12, _ = make_pkcs12(tmp_path, now, valid, usage)
    S.organisation(ctx)
    S.recycler(ctx)
    tag = S.routed(ctx, "recycle")
    number = S.shipped_batch(ctx, S.RECYCLER, [tag])
    before = snapshot()
    with pytest.raises(ValidationFailed) as err:
        batches.close_batch(ctx, number, signer=load_signer(p12, PASSWORD, now=ctx.now()))
    assert words in err.value.message and err.value.field == "sign", err.value.message
    assert snapshot() == before
