"""What a scanned code designates in the database: an asset (by tag, serial or IMEI) or a certificate of
the register, with its verdict. `resolve(payload)` takes whatever a barcode scanner typed, a webcam
decoded or a user pasted, and answers with a plain `ScanResult`; anything else (empty, binary junk,
control characters, a 10 KB paste, SQL-like text) is "no asset matches …", with a hint to register a new
device when the text looks like a serial or an IMEI. The payload itself is read by
`klara_assets.domain.scan_payload`.
"""

from __future__ import annotations

from klara_assets.domain.scan_payload import (
    CertificateVerdict,
    ScanKind,
    ScanResult,
    clean_payload,
    imei_in,
    parse_certificate_payload,
    register_hint,
    shown,
    tag_candidates,
)
from klara_assets.persistence.models import Asset, Certificate


def resolve(payload: str | bytes) -> ScanResult:
    """What `payload` designates; never raises for bad input (it says so in the result)."""
    text = clean_payload(payload)
    if text is None:
        raw = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        return ScanResult(ScanKind.NONE, shown(raw.strip()), f"No asset matches {shown(raw.strip())!r}.")
    certificate = parse_certificate_payload(text)
    if certificate is not None:
        return _certificate(text, *certificate)
    for candidate in tag_candidates(text):
        asset = Asset.get_or_none(Asset.tag == candidate)
        if asset is not None:
            return _asset_result(ScanKind.TAG, text, asset, candidate)
    return _by_serial_or_imei(text)


def _by_serial_or_imei(text: str) -> ScanResult:
    imei = imei_in(text)
    if imei is not None:
        asset = Asset.get_or_none((Asset.imei == imei) | (Asset.imei2 == imei))
        if asset is not None:
            return _asset_result(ScanKind.IMEI, text, asset, imei)
    if len(text) <= 100:
        asset = Asset.get_or_none(Asset.serial.in_(list(dict.fromkeys([text, text.upper()]))))
        if asset is not None:
            return _asset_result(ScanKind.SERIAL, text, asset, asset.serial or text)
    hint = register_hint(text, imei)
    return ScanResult(ScanKind.NONE, shown(text), f"No asset matches {shown(text)!r}.", register_hint=hint)


def _asset_result(kind: ScanKind, text: str, asset: Asset, match: str) -> ScanResult:
    how = {ScanKind.TAG: "tag", ScanKind.SERIAL: "serial number", ScanKind.IMEI: "IMEI"}[kind]
    message = f"{asset.tag} ({asset.manufacturer} {asset.model}, {asset.status}) matches by {how}."
    return ScanResult(kind, shown(text), message, tag=asset.tag, status=asset.status, match=match)


def _certificate(text: str, number: str, digest: str) -> ScanResult:
    row = Certificate.get_or_none(Certificate.number == number)
    if row is None:
        verdict, message = CertificateVerdict.UNKNOWN, f"Certificate {number} is not in the register."
        return ScanResult(ScanKind.CERTIFICATE, shown(text), message, status=verdict.value, match=number)
    tag = row.asset.tag if row.asset is not None else None
    if row.content_digest != digest:
        verdict = CertificateVerdict.ALTERED
        message = f"Certificate {number}: the code does not match the issued content (altered or forged)."
    elif row.revoked_at is not None:
        verdict = CertificateVerdict.REVOKED
        message = f"Certificate {number} was revoked on {row.revoked_at:%Y-%m-%d}: {row.revoked_reason or '-'}."
    else:
        verdict = CertificateVerdict.VALID
        message = f"Certificate {number} ({row.kind}) issued on {row.issued_at:%Y-%m-%d} is valid."
    return ScanResult(
        ScanKind.CERTIFICATE, shown(text), message, tag=tag, status=verdict.value, match=number, issued_at=row.issued_at
    )
