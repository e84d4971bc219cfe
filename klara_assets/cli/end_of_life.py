"""Commands of end of life: EOL candidates, retire / unretire, sanitize, route (SPEC §8)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from klara_assets.cli.attachments import read_file
from klara_assets.cli.common import Commands, context, print_json
from klara_assets.domain.canonical import plain
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.routing import RoutingAdvice
from klara_assets.services import end_of_life, erasure_reports, sanitization

SANITIZE_DETAILS = {
    "--tool-version": "tool_version",
    "--operator-title": "operator_title",
    "--organisation": "operator_organisation",
    "--operator-location": "operator_location",
    "--phone": "operator_phone",
    "--media-type": "media_type",
    "--source": "source",
    "--classification": "classification",
    "--backed-up": "data_backed_up",
    "--backup-location": "backup_location",
    "--post-classification": "post_classification",
    "--destination": "destination",
    "--vendor-report": "vendor_report_id",
    "--notes": "notes",
    "--at": "performed_at",
}


def register(commands: Commands) -> None:
    p = commands.add("retire", cmd_retire, "retire a device (in stock or in repair) with a reason")
    p.add_argument("tag")
    p.add_argument("--reason", required=True)
    p = commands.add("unretire", cmd_unretire, "bring a retired device back to stock, with a reason")
    p.add_argument("tag")
    p.add_argument("--reason", required=True)
    p = commands.add("candidates", cmd_candidates, "devices past their lifetime or in poor condition", group="eol")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--json", action="store_true")

    p = commands.add("sanitize", cmd_sanitize, "record a data sanitization (NIST SP 800-88)")
    p.add_argument("tag")
    p.add_argument("--method", choices=["clear", "purge", "destroy"])
    p.add_argument("--technique", help="overwrite, block erase, crypto erase, shred ...")
    p.add_argument("--tool", help='"NAME VERSION", e.g. "Blancco Drive Eraser 7.12"')
    p.add_argument("--verification", choices=["full", "sampling", "other"])
    p.add_argument("--operator", required=True, help="name of the person performing it")
    p.add_argument("--result", choices=["pass", "fail"])
    p.add_argument(
        "--report", metavar="FILE", help="the erasure tool's report, attached (nwipe/ShredOS PDF or log: pre-fills)"
    )
    for option, dest in SANITIZE_DETAILS.items():
        p.add_argument(option, dest=dest)
    p.add_argument("--json", action="store_true")

    p = commands.add("route", cmd_route, "without a target: print the advice and its reasons; with one: apply it")
    p.add_argument("tag")
    p.add_argument("target", nargs="?", choices=["refurbish", "recycle"])
    p.add_argument("--reason", help="required to go against the advice")
    p.add_argument("--json", action="store_true")


def cmd_retire(args: argparse.Namespace) -> int:
    ctx = context(args)
    end_of_life.retire_asset(ctx, args.tag, args.reason)
    print(f"{args.tag.strip().upper()} retired.")
    return 0


def cmd_unretire(args: argparse.Namespace) -> int:
    ctx = context(args)
    end_of_life.unretire_asset(ctx, args.tag, args.reason)
    print(f"{args.tag.strip().upper()} back in stock.")
    return 0


def cmd_candidates(args: argparse.Namespace) -> int:
    ctx = context(args)
    today = ctx.now().date()
    rows = end_of_life.eol_candidates(today, limit=args.limit)
    if args.json:
        print_json({"count": end_of_life.count_eol_candidates(today), "candidates": [plain(asdict(r)) for r in rows]})
        return 0
    for r in rows:
        age = "?" if r.age_years is None else f"{r.age_years:.1f}"
        print(
            f"{r.tag:<12} {r.category:<10} {r.model[:28]:<28} {age:>5} y / {r.lifetime_years} y  {', '.join(r.reasons)}"
        )
    print(f"{len(rows)} candidate(s).")
    return 0


def cmd_sanitize(args: argparse.Namespace) -> int:
    ctx = context(args)
    details = {dest: getattr(args, dest) for dest in SANITIZE_DETAILS.values() if getattr(args, dest) is not None}
    if args.report:
        return _sanitize_with_report(ctx, args, details)
    missing = [f"--{name}" for name in ("method", "technique", "tool", "verification") if not getattr(args, name)]
    if missing:
        raise ValidationFailed(
            f"Give {', '.join(missing)} (or --report FILE with the erasure tool's report).",
            code="sanitization_fields_required",
        )
    args.result = args.result or "pass"
    record_id = sanitization.record_sanitization(
        ctx,
        args.tag,
        method=args.method,
        technique=args.technique,
        tool=args.tool,
        verification=args.verification,
        operator_name=args.operator,
        result=args.result,
        **details,
    ).result
    if args.json:
        print_json({"tag": args.tag.strip().upper(), "sanitization_id": record_id, "result": args.result})
    else:
        print(f"Sanitization of {args.tag.strip().upper()} recorded ({args.method}, {args.result}).")
    return 0


def _sanitize_with_report(ctx: Any, args: argparse.Namespace, details: dict[str, Any]) -> int:
    content = read_file(args.report)
    given = {name: getattr(args, name) for name in ("method", "technique", "tool", "verification", "result")}
    done = erasure_reports.record_with_report(
        ctx, args.tag, Path(args.report).name, content, operator_name=args.operator, **given, **details
    ).result
    assert isinstance(done, erasure_reports.ReportedSanitization)
    for warning in done.warnings:
        print(f"klara-assets: warning: {warning}", file=sys.stderr)
    parsed = done.parsed
    if args.json:
        print_json(
            {
                "tag": args.tag.strip().upper(),
                "sanitization_id": done.sanitization_id,
                "attachment_id": done.attachment_id,
                "report_sha256": done.sha256,
                "parsed": parsed is not None,
                "report_serial": parsed.serial if parsed else None,
                "result": parsed.result if parsed and not args.result else (args.result or "pass"),
                "warnings": list(done.warnings),
            }
        )
    else:
        how = f"read from the nwipe report ({parsed.method}, {parsed.status})" if parsed else "report attached"
        print(f"Sanitization of {args.tag.strip().upper()} recorded, {how}; report SHA-256 {done.sha256}.")
    return 0


def _print_advice(tag: str, advice: RoutingAdvice) -> None:
    print(f"{tag}: advice {advice.target.value}")
    for reason in advice.reasons:
        print(f"  - {reason.text} [{reason.code}]")
    for blocker in advice.blockers:
        print(f"  ! {blocker.text} [{blocker.code}]")


def cmd_route(args: argparse.Namespace) -> int:
    ctx = context(args)
    tag = args.tag.strip().upper()
    if args.target is None:
        advice = end_of_life.routing_advice(tag, ctx.now().date())
        if args.json:
            print_json({"tag": tag, **advice.to_json()})
        else:
            _print_advice(tag, advice)
        return 0
    shown: RoutingAdvice = end_of_life.route_asset(ctx, tag, args.target, args.reason).result  # type: ignore[assignment]
    status = "to_refurbish" if args.target == "refurbish" else "to_recycle"
    if args.json:
        print_json({"tag": tag, "status": status, **shown.to_json()})
    else:
        print(f"{tag} routed: {status} (advice was {shown.target.value}).")
    return 0
