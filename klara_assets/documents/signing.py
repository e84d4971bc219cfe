"""PAdES signatures with pyHanko, from a PKCS#12 file the user chooses (SPEC §6, §10).

The password is passed in by the front end (a prompt, or `KLARA_SIGN_PASSWORD`) and is neither stored
nor logged. A signed PDF is an incremental update of the rendered one, so any PDF reader can check it
without our database. pyHanko is an optional dependency (`klara-assets[sign]`).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from klara_assets.domain.errors import ValidationFailed

PdfSigner = Callable[[bytes], bytes]
FIELD_NAME = "KlaraSignature"


def _pyhanko() -> Any:
    try:
        from pyhanko.sign import fields, signers
    except ImportError:  # pragma: no cover - depends on the installation
        raise ValidationFailed(
            "Signing needs pyHanko: install klara-assets[sign].", code="signing_unavailable", field="sign"
        ) from None
    return fields, signers


def load_signer(
    path: str | Path, password: str | None, *, now: datetime, reason: str = "", location: str = ""
) -> PdfSigner:
    """A function that signs PDF bytes with the key and certificate of a PKCS#12 file.

    A missing file, a wrong password or a file that is not PKCS#12 is refused before anything is issued;
    so is a certificate that is expired or not yet valid at `now` (naive UTC, the service clock), or one
    whose key usage does not allow digital signatures (issue 12 §5).
    """
    fields, signers = _pyhanko()
    file = Path(path).expanduser()
    if not file.is_file():
        raise ValidationFailed(f"No signing key file at {file}.", code="signing_key_missing", field="sign")
    quiet = logging.getLogger("pyhanko")  # it logs its own traceback before returning None: the refusal says it
    level, quiet.level = quiet.level, logging.CRITICAL + 1
    try:
        signer = signers.SimpleSigner.load_pkcs12(
            pfx_file=str(file), passphrase=password.encode("utf-8") if password else None
        )
    except Exception:
        signer = None
    finally:
        quiet.setLevel(level)
    if signer is None:
        raise ValidationFailed(
            f"Cannot open the signing key {file.name}: wrong password, or not a PKCS#12 (.p12/.pfx) file.",
            code="signing_key_unreadable",
            field="sign",
        )
    check_certificate(signer.signing_cert.dump(), now, file.name)
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
    )
    return lambda pdf: _sign(pdf, signer, metadata)


def check_certificate(der: bytes, now: datetime, name: str) -> None:
    """Refuse a certificate outside its validity period or without the digital-signature key usage."""
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    moment = now.replace(tzinfo=UTC) if now.tzinfo is None else now
    period = f"valid from {start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M} UTC"
    if moment > end:
        raise ValidationFailed(
            f"The signing certificate of {name} expired on {end:%Y-%m-%d} ({period}): renew it before signing.",
            code="signing_certificate_expired",
            field="sign",
        )
    if moment < start:
        raise ValidationFailed(
            f"The signing certificate of {name} is not valid yet (from {start:%Y-%m-%d}; {period}).",
            code="signing_certificate_not_yet_valid",
            field="sign",
        )
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return  # no KeyUsage extension: every usage is allowed (RFC 5280 §4.2.1.3)
    if not usage.digital_signature:
        raise ValidationFailed(
            f"The certificate of {name} does not allow digital signatures (its key usage): use a signing certificate.",
            code="signing_certificate_usage",
            field="sign",
        )


def _sign(pdf: bytes, signer: Any, metadata: Any) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    _, signers = _pyhanko()
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    output = signers.sign_pdf(writer, metadata, signer=signer)
    return bytes(output.getvalue())
