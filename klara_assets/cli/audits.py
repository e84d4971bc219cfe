"""Commands for physical audits: `audit open SITE/ROOM`, `audit scan N CODE...`, `audit move N TAG`,
`audit close N [--pdf OUT.pdf] [--csv OUT.csv]`, `audit show N [--json]`, `audit report N OUT.pdf|OUT.csv`
and `audit list`.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any, cast

from klara_assets.cli.common import Commands, context, language, print_json
from klara_assets.domain.canonical import plain
from klara_assets.domain.places import Place
from klara_assets.persistence import audit_queries
from klara_assets.services import audit_documents, audits
from klara_assets.services.output_files import check_output, write_after_commit, write_output


def register(commands: Commands) -> None:
    p = commands.add("open", cmd_open, "open a physical audit of a location", group="audit")
    p.add_argument("location", metavar="SITE/ROOM")
    p.add_argument("--json", action="store_true")
    p = commands.add("scan", cmd_scan, "record scanned codes in an open audit", group="audit")
    p.add_argument("audit", type=int)
    p.add_argument("codes", nargs="+", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p = commands.add("move", cmd_move, "record an out-of-place device at the audited location", group="audit")
    p.add_argument("audit", type=int)
    p.add_argument("tag")
    p = commands.add("close", cmd_close, "close an audit: list the missing devices", group="audit")
    p.add_argument("audit", type=int)
    p.add_argument("--pdf", type=Path, help="write the report PDF")
    p.add_argument("--csv", type=Path, help="write the report CSV")
    p.add_argument("--json", action="store_true")
    p = commands.add("show", cmd_show, "show an audit and its lines", group="audit")
    p.add_argument("audit", type=int)
    p.add_argument("--json", action="store_true")
    p = commands.add("report", cmd_report, "write an audit report (.pdf or .csv)", group="audit")
    p.add_argument("audit", type=int)
    p.add_argument("out", type=Path, metavar="OUT.pdf|OUT.csv")
    p.set_defaults(usage_error=p.error)
    p = commands.add("list", cmd_list, "list audits, newest first", group="audit")
    p.add_argument("--open", action="store_true", help="only the open ones")


def _view_json(view: audit_queries.AuditView) -> dict[str, Any]:
    lines = [plain(dataclasses.asdict(line)) for line in view.lines]
    return {
        "audit": view.id,
        "location": view.location,
        "opened_at": plain(view.opened_at),
        "closed_at": plain(view.closed_at),
        "expected": view.expected,
        "counts": view.counts(),
        "lines": lines,
    }


def cmd_open(args: argparse.Namespace) -> int:
    ctx = context(args)
    number = audits.open_audit(ctx, Place.parse(args.location)).result
    view = audit_queries.audit_view(int(str(number)))
    if args.json:
        print_json(_view_json(view))
    else:
        print(f"Audit no. {view.id} of {view.location} opened: {view.expected} devices expected.")
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    ctx = context(args)
    outcomes = [cast(audits.ScanOutcome, audits.record_scan(ctx, args.audit, code).result) for code in args.codes]
    if args.json:
        print_json({"audit": args.audit, "scans": [dataclasses.asdict(o) for o in outcomes]})
    else:
        for outcome in outcomes:
            print(outcome.message)
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    ctx = context(args)
    audits.move_here(ctx, args.audit, args.tag)
    print(f"{args.tag.strip().upper()} is now recorded at the audited location.")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    ctx = context(args)
    for path in (args.pdf, args.csv):
        if path:
            check_output(path)
    view: audit_queries.AuditView = audits.close_audit(ctx, args.audit).result  # type: ignore[assignment]
    if args.pdf:
        pdf = audit_documents.audit_report_pdf(args.audit, language(args, "") or None)
        write_after_commit(args.pdf, pdf, f"The closing of audit no. {args.audit}")
    if args.csv:
        write_after_commit(
            args.csv, audit_documents.audit_report_csv(args.audit), f"The closing of audit no. {args.audit}"
        )
    if args.json:
        print_json(_view_json(view))
        return 0
    counts = view.counts()
    print(f"Audit no. {view.id} of {view.location} closed: {counts['found']} found, {counts['missing']} missing.")
    for line in view.of("missing"):
        print(f"  missing: {line.tag}  {line.manufacturer} {line.model}  {line.holder or ''}".rstrip())
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    context(args)
    view = audit_queries.audit_view(args.audit)
    if args.json:
        print_json(_view_json(view))
        return 0
    state = "open" if view.is_open else f"closed {view.closed_at:%Y-%m-%d %H:%M}"
    print(f"Audit no. {view.id} of {view.location} ({state}), {view.expected} expected: {view.counts()}")
    for line in view.lines:
        print(f"  {line.result:<10} {line.code}  {line.manufacturer} {line.model}".rstrip())
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    context(args)
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        args.usage_error(f"the report file must end with .pdf or .csv (got {args.out})")
    lang = language(args, "") or None
    data = (
        audit_documents.audit_report_pdf(args.audit, lang)
        if suffix == ".pdf"
        else audit_documents.audit_report_csv(args.audit)
    )
    write_output(args.out, data)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    context(args)
    for row in audit_queries.audits(open_only=args.open):
        state = "open" if row.closed_at is None else f"closed {row.closed_at:%Y-%m-%d}"
        print(f"{row.id:>5}  {row.location:<30} {row.opened_at:%Y-%m-%d} {state:<18} {row.scanned}/{row.expected}")
    return 0
