"""Commands of disposal: partners, batches and certificates (SPEC §8).

The signing password comes from `KLARA_SIGN_PASSWORD` or a prompt; it is never printed or stored.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from klara_assets.cli.common import Commands, context, print_json
from klara_assets.documents.signing import PdfSigner, load_signer
from klara_assets.domain.canonical import plain
from klara_assets.domain.errors import NotFound, ValidationFailed
from klara_assets.services import batch_items, batches, certificates, partners
from klara_assets.services.certificates import IssuedCertificate, VerifyResult
from klara_assets.services.output_files import check_output, write_after_commit, write_output


def register(commands: Commands) -> None:
    p = commands.add("add", cmd_partner_add, "add a partner (SIRET checked)", group="partner")
    p.add_argument("name")
    p.add_argument("--kind", required=True, choices=["recycler", "refurbisher", "donee", "eco_organisme"])
    p.add_argument("--siret", required=True)
    p.add_argument("--cert", action="append", default=[], metavar="SCHEME:NUMBER:YYYY-MM-DD")
    p.add_argument("--address", default="")
    p.add_argument("--contact", default="")
    p.add_argument("--ess", action="store_true", help="social and solidarity economy organisation")
    p.add_argument("--treatment-name", default="", help="treatment installation (waste register)")
    p.add_argument("--treatment-siret", default="", help="SIRET of the treatment installation")
    p.add_argument("--treatment-address", default="")
    p.add_argument("--treatment-code", default="", help="planned treatment code, R1-R13 or D1-D15")
    p.add_argument("--recepisse", default="", help="carrier's récépissé number")
    p = commands.add("list", cmd_partner_list, "list partners", group="partner")
    p.add_argument("--json", action="store_true")
    _batch_commands(commands)
    _certificate_commands(commands)


def _batch_commands(commands: Commands) -> None:
    p = commands.add("create", cmd_batch_create, "open a disposal batch for a partner", group="batch")
    p.add_argument("--partner", required=True)
    p.add_argument("--kind", choices=["refurbishment", "recycling"])
    p.add_argument("--eco-organisme")
    p.add_argument("--json", action="store_true")
    for name, handler, text in (("add", cmd_batch_add, "add devices"), ("remove", cmd_batch_remove, "remove devices")):
        p = commands.add(name, handler, f"{text} (open batch)", group="batch")
        p.add_argument("batch")
        p.add_argument("tags", nargs="+", metavar="TAG")
    p = commands.add("ship", cmd_batch_ship, "record the pickup of a batch", group="batch")
    p.add_argument("batch")
    p.add_argument("--pickup", help="pickup date (default: today)")
    p.add_argument("--carrier", default="")
    p.add_argument("--tracking", default="", help="waste tracking reference (BSD / Trackdéchets)")
    p.add_argument("--waste-code", help="e.g. 16 02 14 or 20 01 35*")
    p.add_argument("--carrier-siren", default="")
    p.add_argument("--carrier-recepisse", default="", help="carrier's récépissé (déclaration) number")
    p.add_argument("--treatment-code", default="", help="planned treatment code, e.g. R4 (default: the partner's)")
    p.add_argument("--manifest", help="also write the pickup manifest PDF here")
    p = commands.add("manifest", cmd_batch_manifest, "write the pickup manifest PDF", group="batch")
    p.add_argument("batch")
    p.add_argument("--out", required=True)
    p = commands.add("close", cmd_batch_close, "close a shipped batch and issue its certificate", group="batch")
    p.add_argument("batch")
    p.add_argument("--out", required=True, help="where to write the certificate PDF")
    p.add_argument("--sign", metavar="FILE.p12", help="sign (PAdES) with this PKCS#12 file")
    p.add_argument("--outcome", action="append", default=[], metavar="TAG=OUTCOME")
    p.add_argument("--weight", action="append", default=[], metavar="TAG=KG")
    p = commands.add("show", cmd_batch_show, "show a batch", group="batch")
    p.add_argument("batch")
    p.add_argument("--json", action="store_true")


def _certificate_commands(commands: Commands) -> None:
    p = commands.add("verify", cmd_verify, "VALID, ALTERED, REVOKED or UNKNOWN", group="certificate")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p = commands.add("revoke", cmd_revoke, "revoke a certificate with a reason", group="certificate")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p = commands.add("sanitization", cmd_sanitization, "issue a certificate of data sanitization", group="certificate")
    p.add_argument("tag", nargs="?")
    p.add_argument("--batch")
    p.add_argument("--out", required=True)
    p.add_argument("--sign", metavar="FILE.p12")
    p = commands.add(
        "supersede", cmd_supersede, "issue a correction that supersedes a certificate", group="certificate"
    )
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--sign", metavar="FILE.p12")
    p = commands.add("save", cmd_save, "write a copy of an issued certificate", group="certificate")
    p.add_argument("number")
    p.add_argument("--out", required=True)
    p = commands.add("list", cmd_certificate_list, "the certificates register", group="certificate")
    p.add_argument("--search", default="")
    p.add_argument("--json", action="store_true")


def cmd_partner_add(args: argparse.Namespace) -> int:
    ctx = context(args)
    partners.add_partner(
        ctx,
        args.name,
        args.kind,
        args.siret,
        address=args.address,
        contact=args.contact,
        social_economy=args.ess,
        certifications=args.cert,
        treatment_name=args.treatment_name,
        treatment_siret=args.treatment_siret,
        treatment_address=args.treatment_address,
        treatment_code=args.treatment_code,
        recepisse=args.recepisse,
    )
    print(f"Added partner {args.name.strip()}.")
    return 0


def cmd_partner_list(args: argparse.Namespace) -> int:
    context(args)
    rows = partners.list_partners()
    if args.json:
        print_json({"partners": [plain(asdict(r)) for r in rows]})
        return 0
    for r in rows:
        certs = ", ".join(f"{c.scheme.value} {c.number} (→ {c.valid_until})" for c in r.certifications) or "-"
        print(f"{r.name:<30} {r.kind:<13} {r.siret}  {certs}{'  ESS' if r.social_economy else ''}")
    return 0


def cmd_batch_create(args: argparse.Namespace) -> int:
    ctx = context(args)
    number = batches.create_batch(ctx, args.partner, args.kind, args.eco_organisme).result
    if args.json:
        print_json(plain(asdict(batch_items.batch_detail(str(number)))))
    else:
        print(f"Batch {number} opened.")
    return 0


def cmd_batch_add(args: argparse.Namespace) -> int:
    ctx = context(args)
    added = batches.add_to_batch(ctx, args.batch, args.tags).result
    print(f"Added to {args.batch.upper()}: {', '.join(added)}.")  # type: ignore[arg-type]
    return 0


def cmd_batch_remove(args: argparse.Namespace) -> int:
    ctx = context(args)
    removed = batches.remove_from_batch(ctx, args.batch, args.tags).result
    print(f"Removed from {args.batch.upper()}: {', '.join(removed)}.")  # type: ignore[arg-type]
    return 0


def cmd_batch_ship(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.manifest:
        check_output(args.manifest)
    batches.ship_batch(
        ctx,
        args.batch,
        pickup=args.pickup,
        carrier=args.carrier,
        tracking_ref=args.tracking,
        waste_code=args.waste_code,
        carrier_siren=args.carrier_siren,
        carrier_recepisse=args.carrier_recepisse,
        treatment_code=args.treatment_code,
    )
    print(f"Batch {args.batch.upper()} shipped.")
    if args.manifest:
        manifest = batch_items.pickup_manifest(args.batch, _lang(args), ctx.now().date())
        write_after_commit(args.manifest, manifest, f"The shipment of batch {args.batch.upper()}")
    return 0


def cmd_batch_manifest(args: argparse.Namespace) -> int:
    ctx = context(args)
    _write(args.out, batch_items.pickup_manifest(args.batch, _lang(args), ctx.now().date()))
    return 0


def _pairs(items: list[str], what: str) -> dict[str, str]:
    pairs = {}
    for item in items:
        tag, sep, value = item.partition("=")
        if not sep:
            raise ValidationFailed(f"Invalid --{what} {item!r}: use TAG=VALUE.", code="invalid_pair", field=what)
        pairs[tag.strip()] = value.strip()
    return pairs


def cmd_batch_close(args: argparse.Namespace) -> int:
    ctx = context(args)
    check_output(args.out)
    signer = _signer(args.sign, ctx.now())
    outcomes, weights = _pairs(args.outcome, "outcome"), _pairs(args.weight, "weight")
    issued = batches.close_batch(
        ctx, args.batch, outcomes=outcomes, weights=weights, lang=getattr(args, "lang", None), signer=signer
    ).result
    return _issued(args.out, issued)  # type: ignore[arg-type]


def cmd_batch_show(args: argparse.Namespace) -> int:
    context(args)
    detail = batch_items.batch_detail(args.batch)
    if args.json:
        print_json(plain(asdict(detail)))
        return 0
    print(f"{detail.number} {detail.kind} for {detail.partner}: {detail.status}, {len(detail.items)} device(s)")
    for item in detail.items:
        print(f"  {item.tag:<12} {item.category:<10} {item.model[:30]:<30} {item.status:<12} {item.outcome or ''}")
    return 0


def _issued(out: str, issued: IssuedCertificate) -> int:
    write_after_commit(out, issued.pdf, f"Certificate {issued.number}")
    signed = " (signed)" if issued.signed else ""
    print(f"Certificate {issued.number} issued{signed}: {out} (SHA-256 {issued.sha256}).")
    return 0


def _write(path: str, data: bytes) -> None:
    check_output(path)
    write_output(path, data)


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "fr"


def _signer(path: str | None, now: datetime) -> PdfSigner | None:
    if not path:
        return None
    password = os.environ.get("KLARA_SIGN_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise ValidationFailed(
                "The signing key needs its password: set KLARA_SIGN_PASSWORD or run in a terminal.",
                code="password_required",
                field="sign",
            )
        password = getpass.getpass(f"Password for {Path(path).name}: ")
    return load_signer(path, password, reason="Certificate issued by Klara Assets", now=now)


def cmd_verify(args: argparse.Namespace) -> int:
    context(args)
    file = Path(args.file).expanduser()
    if not file.is_file():
        raise NotFound(f"No file at {file}.", code="file_not_found")
    report = certificates.verify_certificate(file.read_bytes())
    if args.json:
        print_json(report.to_json())
    else:
        detail = f" {report.number} ({report.kind}, issued {report.issued_at:%Y-%m-%d})" if report.issued_at else ""
        print(f"{report.result.value}{detail}: {report.message}")
    return 0 if report.result == VerifyResult.VALID else 1


def cmd_revoke(args: argparse.Namespace) -> int:
    ctx = context(args)
    certificates.revoke_certificate(ctx, args.number, args.reason)
    print(f"Certificate {args.number.strip().upper()} revoked.")
    return 0


def cmd_sanitization(args: argparse.Namespace) -> int:
    ctx = context(args)
    check_output(args.out)
    signer = _signer(args.sign, ctx.now())
    issued = certificates.issue_sanitization_certificate(
        ctx, tag=args.tag, batch=args.batch, lang=getattr(args, "lang", None), signer=signer
    ).result
    return _issued(args.out, issued)  # type: ignore[arg-type]


def cmd_supersede(args: argparse.Namespace) -> int:
    ctx = context(args)
    check_output(args.out)
    signer = _signer(args.sign, ctx.now())
    issued = certificates.supersede_certificate(
        ctx, args.number, args.reason, lang=getattr(args, "lang", None), signer=signer
    ).result
    return _issued(args.out, issued)  # type: ignore[arg-type]


def cmd_save(args: argparse.Namespace) -> int:
    context(args)
    _write(args.out, certificates.certificate_pdf(args.number))
    return 0


def cmd_certificate_list(args: argparse.Namespace) -> int:
    context(args)
    rows = certificates.list_certificates(args.search)
    if args.json:
        print_json({"certificates": [plain(asdict(r)) for r in rows]})
        return 0
    for r in rows:
        state = f"revoked {r.revoked_at:%Y-%m-%d}" if r.revoked_at else "in force"
        print(f"{r.number:<16} {r.kind:<14} {r.batch or r.asset or '':<14} {r.issued_at:%Y-%m-%d}  {state}")
    return 0
