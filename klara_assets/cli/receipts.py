"""Commands of kept custody receipts: `receipt list [EMAIL]`, `receipt save NUMBER --out F` (the PDF as
issued, exit 3 for an unknown number), `receipt attach NUMBER FILE` (the scan of a paper signed by hand)
and `receipt reissue NUMBER` (a correction: a new receipt superseding the old one).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from klara_assets.cli.common import Commands, context, print_json
from klara_assets.domain.errors import ValidationFailed
from klara_assets.persistence import receipt_queries
from klara_assets.services import custody_receipts


def register(commands: Commands) -> None:
    p = commands.add("list", cmd_list, "kept handover and return receipts, newest first", group="receipt")
    p.add_argument("email", nargs="?", help="only this person's receipts")
    p.add_argument("--tag", help="only the receipts of this device")
    p.add_argument("--json", action="store_true")
    p = commands.add("save", cmd_save, "write a kept receipt (the PDF as issued)", group="receipt")
    p.add_argument("number")
    p.add_argument("--out", type=Path, required=True)
    p = commands.add("attach", cmd_attach, "attach the scan of a receipt signed on paper", group="receipt")
    p.add_argument("number")
    p.add_argument("file", type=Path)
    p = commands.add("reissue", cmd_reissue, "issue a corrected receipt superseding NUMBER", group="receipt")
    p.add_argument("number")
    p.add_argument("--remark", help="the corrected remark (return receipts)")


def cmd_list(args: argparse.Namespace) -> int:
    context(args)
    rows = receipt_queries.asset_receipts(args.tag) if args.tag else receipt_queries.receipts(args.email)
    if args.email and args.tag:
        rows = [r for r in rows if r.person_email == args.email.strip().lower()]
    if args.json:
        items = [{**vars(r), "issued_at": r.issued_at.isoformat()} for r in rows]
        print_json({"count": len(rows), "receipts": items})
        return 0
    if not rows:
        print("No receipt.")
    for r in rows:
        signed = " signed" if r.signed else ""
        scans = f" {r.scans} scan(s)" if r.scans else ""
        print(
            f"{r.number}  {r.kind:<8} {r.issued_at:%Y-%m-%d %H:%M}  {r.person_name} <{r.person_email}>"
            f"  {' '.join(r.tags)}"
            f"  sha256 {r.sha256[:16]}…{signed}{scans}"
        )
    return 0


def cmd_save(args: argparse.Namespace) -> int:
    context(args)
    digest = custody_receipts.save_receipt(args.number, args.out)
    print(f"Saved {args.number.strip().upper()} to {args.out} (sha256 {digest}).")
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    ctx = context(args)
    try:
        content = args.file.read_bytes()
    except OSError as exc:
        raise ValidationFailed(f"Cannot read {args.file}: {exc.strerror}.", code="scan_unreadable") from None
    custody_receipts.attach_scan(ctx, args.number, args.file.name, content)
    print(f"Scan {args.file.name} attached to {args.number.strip().upper()}.")
    return 0


def cmd_reissue(args: argparse.Namespace) -> int:
    ctx = context(args)
    new_number = custody_receipts.reissue(ctx, args.number, args.remark).result
    print(f"Receipt {new_number} issued; it supersedes {args.number.strip().upper()}.")
    return 0
