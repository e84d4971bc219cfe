"""Commands of custody and encryption compliance: checkout, checkin, repair, repaired, overdue, collect,
holds, encryption (record a check) and compliance (counts, exposed devices, CSV export).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from klara_assets.cli.common import Commands, context, language, print_json
from klara_assets.domain.enums import Condition, EncryptionState, values
from klara_assets.persistence import custody_queries
from klara_assets.persistence.custody_queries import Loan
from klara_assets.services import compliance, custody, custody_documents
from klara_assets.services.output_files import check_output, write_after_commit, write_output
from klara_assets.services.settings import load_settings


def register(commands: Commands) -> None:
    p = commands.add("checkout", cmd_checkout, "hand one or several devices to a person (one receipt)")
    p.add_argument("tags", nargs="+", metavar="TAG")
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--due", help="date the device is due back (loans)")
    p.add_argument("--override", help="reason for checking out a device that the encryption policy refuses")
    p.add_argument("--receipt", type=Path, help="write the handover receipt PDF here")
    p.add_argument("--json", action="store_true")
    p = commands.add("checkin", cmd_checkin, "take a device back")
    p.add_argument("tag")
    p.add_argument("--condition", choices=values(Condition), help="condition at return (default: as recorded)")
    p.add_argument("--note", default="", help="remark at return (kept on the return receipt)")
    p.add_argument("--receipt", type=Path, help="write the return receipt PDF here")
    p.add_argument("--json", action="store_true")
    p = commands.add("repair", cmd_repair, "send a device to repair")
    p.add_argument("tag")
    p.add_argument("--note", default="")
    p = commands.add("repaired", cmd_repaired, "a device is back from repair")
    p.add_argument("tag")
    p.add_argument("--condition", choices=values(Condition))
    p.add_argument("--note", default="")
    for name, handler, help_text in (
        ("overdue", cmd_overdue, "loans past their due date"),
        ("collect", cmd_collect, "devices still held by people who have left"),
    ):
        p = commands.add(name, handler, help_text)
        p.add_argument("--json", action="store_true")
    p = commands.add("holds", cmd_holds, "what a person holds now")
    p.add_argument("email")
    p.add_argument("--json", action="store_true")
    p = commands.add("encryption", cmd_encryption, "record an encryption check (never the recovery key)")
    p.add_argument("tag")
    p.add_argument("--state", required=True, choices=values(EncryptionState))
    p.add_argument("--method", default="", help="BitLocker, FileVault, LUKS, device encryption...")
    p.add_argument("--checked", help="when it was checked (default: now)")
    p.add_argument("--escrow", default="", help="where the recovery key is escrowed (Intune, Jamf...)")
    p = commands.add("compliance", cmd_compliance, "encryption compliance per category and exposed devices")
    p.add_argument("--out", type=Path, help="export to this .csv file")
    p.add_argument("--json", action="store_true")


def cmd_checkout(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.receipt:
        check_output(args.receipt)
    result = custody.check_out(ctx, args.tags, args.email, args.due, args.override).result
    assert isinstance(result, custody.CheckOutResult)
    if args.receipt:
        lang = language(args, load_settings().language)
        receipt = custody_documents.handover_receipt(ctx, result.receipt_no, lang)
        write_after_commit(
            args.receipt, receipt, f"The check-out of {', '.join(result.tags)} (receipt {result.receipt_no})"
        )
    if args.json:
        print_json({"receipt_no": result.receipt_no, "tags": list(result.tags), "overridden": list(result.overridden)})
    else:
        print(f"Checked out {', '.join(result.tags)} to {args.email.strip().lower()}: receipt {result.receipt_no}.")
        if result.overridden:
            print(f"Encryption policy overridden for {', '.join(result.overridden)}: {args.override}")
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.receipt:
        check_output(args.receipt)
    assignment_id = custody.check_in(ctx, args.tag, args.condition, args.note).result
    assert isinstance(assignment_id, int)
    if args.receipt:
        lang = language(args, load_settings().language)
        receipt = custody_documents.return_receipt(ctx, assignment_id, lang)
        write_after_commit(args.receipt, receipt, f"The check-in of {args.tag.strip().upper()}")
    if args.json:
        print_json({"tag": args.tag.strip().upper(), "assignment": assignment_id, "status": "in_stock"})
    else:
        print(f"Checked in {args.tag.strip().upper()}.")
    return 0


def cmd_repair(args: argparse.Namespace) -> int:
    custody.send_to_repair(context(args), args.tag, args.note)
    print(f"{args.tag.strip().upper()} sent to repair.")
    return 0


def cmd_repaired(args: argparse.Namespace) -> int:
    custody.back_from_repair(context(args), args.tag, args.condition, args.note)
    print(f"{args.tag.strip().upper()} back from repair, in stock.")
    return 0


def _loan_json(loan: Loan) -> dict[str, Any]:
    return {
        "tag": loan.tag,
        "category": loan.category,
        "model": f"{loan.manufacturer} {loan.model}".strip(),
        "holder_name": loan.person_name,
        "holder_email": loan.person_email,
        "out_at": loan.out_at.isoformat(),
        "due_back": loan.due_back.isoformat() if loan.due_back else None,
        "left_on": loan.left_on.isoformat() if loan.left_on else None,
        "receipt_no": loan.receipt_no,
    }


def _print_loans(args: argparse.Namespace, loans: list[Loan], empty: str) -> int:
    if args.json:
        print_json({"count": len(loans), "devices": [_loan_json(loan) for loan in loans]})
        return 0
    if not loans:
        print(empty)
    for loan in loans:
        due = f" due {loan.due_back.isoformat()}" if loan.due_back else ""
        print(f"{loan.tag}  {loan.manufacturer} {loan.model}  {loan.person_name} <{loan.person_email}>{due}")
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    ctx = context(args)
    return _print_loans(args, custody_queries.overdue_loans(ctx.now().date()), "No overdue loan.")


def cmd_collect(args: argparse.Namespace) -> int:
    context(args)
    return _print_loans(args, custody_queries.to_collect(), "Nothing to collect.")


def cmd_holds(args: argparse.Namespace) -> int:
    context(args)
    return _print_loans(args, custody_queries.person_devices(args.email), "Holds no device.")


def cmd_encryption(args: argparse.Namespace) -> int:
    ctx = context(args)
    compliance.record_encryption_check(ctx, args.tag, args.state, args.method, args.checked, args.escrow)
    print(f"Encryption check recorded for {args.tag.strip().upper()}: {args.state}.")
    return 0


def cmd_compliance(args: argparse.Namespace) -> int:
    ctx = context(args)
    report = compliance.compliance_report(ctx)
    if args.out:
        write_output(args.out, compliance.compliance_csv(report))
    if args.json:
        cats = [{**vars(c), "total": c.total} for c in report.categories]
        exposed = [
            {**vars(d), "checked_at": d.checked_at.isoformat() if d.checked_at else None} for d in report.exposed
        ]
        print_json({"policy": list(report.policy), "max_days": report.max_days, "categories": cats, "exposed": exposed})
        return 0
    print(f"{'category':<12} {'policy':<6} {'encr.':>6} {'stale':>6} {'part.':>6} {'none':>6} {'unkn.':>6}")
    for c in report.categories:
        flag = "yes" if c.required else "no"
        print(f"{c.category:<12} {flag:<6} {c.encrypted:>6} {c.stale:>6} {c.partial:>6} {c.none:>6} {c.unknown:>6}")
    print(f"\n{len(report.exposed)} device(s) in someone's hands not (recently) known to be encrypted.")
    for d in report.exposed[:50]:
        print(f"  {d.tag}  {d.category}  {d.holder_name} <{d.holder_email}>  {d.bucket}")
    return 0
