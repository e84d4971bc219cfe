"""PAdES signatures with pyHanko, from a PKCS#12 file the user chooses (SPEC §6, §10).

The password is passed in by the front end (a prompt, or `KLARA_SIGN_PASSWORD`) and is neither stored
nor logged. A signed PDF is an incremental update of the rendered one, so any PDF reader can check it
without our database. pyHanko is an optional dependency (`klara-assets[sign]`).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
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


def load_signer(path: str | Path, password: str | None, *, reason: str = "", location: str = "") -> PdfSigner:
    """A function that signs PDF bytes with the key and certificate of a PKCS#12 file.

    A missing file, a wrong password or a file that is not PKCS#12 is refused before anything is issued.
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
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
    )
    return lambda pdf: _sign(pdf, signer, metadata)


def _sign(pdf: bytes, signer: Any, metadata: Any) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    _, signers = _pyhanko()
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    output = signers.sign_pdf(writer, metadata, signer=signer)
    return bytes(output.getvalue())
