"""Incident commands: `incident report|step|close|show|register|pdf|mail` (SPEC §8).

`incident report --json` prints at least `number`, `status`, `notifiable` (bool) and `deadline`
(ISO 8601 UTC with Z, or null).
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from klara_assets.cli.common import Commands, context, language, print_json
from klara_assets.domain.enums import IncidentKind, IncidentOutcome, IncidentStep, PersonalData, values
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.triage import Triage, format_time_left
from klara_assets.persistence import incident_queries
from klara_assets.services import incident_documents, incidents
from klara_assets.services.output_files import check_output, write_output
from klara_assets.services.settings import load_settings


def register(commands: Commands) -> None:
    p = commands.add("report", cmd_report, "report a lost, stolen, damaged or compromised device", group="incident")
    p.add_argument("tag")
    p.add_argument("--kind", required=True, choices=values(IncidentKind))
    p.add_argument("--discovered", help="when it was discovered, ISO 8601 (default: now)")
    p.add_argument("--occurred", help="when it happened, ISO 8601, if known")
    p.add_argument("--personal-data", default="unknown", choices=values(PersonalData))
    p.add_argument("--description", default="")
    p.add_argument("--place", default="")
    p.add_argument("--police-ref", default="")
    p.add_argument("--json", action="store_true")
    p = commands.add("step", cmd_step, "record a step of the incident's timeline", group="incident")
    p.add_argument("number")
    p.add_argument("step", choices=values(IncidentStep))
    p.add_argument("--at", help="when, ISO 8601 (default: now)")
    p.add_argument("--ref", default="", help="reference (police report number...)")
    p.add_argument("--note", default="")
    p = commands.add("close", cmd_close, "close an incident", group="incident")
    p.add_argument("number")
    p.add_argument("--outcome", required=True, choices=values(IncidentOutcome))
    p.add_argument("--note", help="inspection note (required when recovered)")
    p = commands.add("show", cmd_show, "show an incident and its GDPR triage", group="incident")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p = commands.add("register", cmd_register, "export the breach register (.csv or .pdf)", group="incident")
    p.add_argument("out", type=Path, metavar="OUT.csv|OUT.pdf")
    p = commands.add("pdf", cmd_pdf, "the incident report PDF (police, insurer)", group="incident")
    p.add_argument("number")
    p.add_argument("out", type=Path, metavar="OUT.pdf")
    p = commands.add("mail", cmd_mail, "print the mailto: link to notify the security officer", group="incident")
    p.add_argument("number")


def zulu(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value else None


def triage_json(t: Triage) -> dict[str, Any]:
    left = int(t.time_left.total_seconds() // 60) if t.time_left is not None else None
    return {
        "assessment": t.assessment.value,
        "notifiable": t.notifiable,
        "deadline": zulu(t.deadline),
        "minutes_left": left,
        "urgent": t.urgent,
        "reason": t.reason,
    }


def cmd_report(args: argparse.Namespace) -> int:
    ctx = context(args)
    result = incidents.report_incident(
        ctx,
        args.tag,
        args.kind,
        discovered_at=args.discovered,
        occurred_at=args.occurred,
        personal_data=args.personal_data,
        description=args.description,
        place=args.place,
        police_ref=args.police_ref,
    ).result
    assert isinstance(result, incidents.IncidentResult)
    if args.json:
        mail = incident_documents.notify_officer_url(ctx, result.number, language(args, load_settings().language))
        print_json({"number": result.number, "status": result.status, **triage_json(result.triage), "mailto": mail})
        return 0
    print(f"Incident {result.number} opened: {result.triage.reason}.")
    _print_deadline(result.triage)
    return 0


def _print_deadline(t: Triage) -> None:
    if t.notifiable and t.deadline:
        left = f" ({format_time_left(t.time_left)} left)" if t.time_left is not None else ""
        urgent = " URGENT" if t.urgent else ""
        print(f"Likely notifiable breach: notify the CNIL before {zulu(t.deadline)}{left}.{urgent}")


def cmd_step(args: argparse.Namespace) -> int:
    incidents.add_step(context(args), args.number, args.step, args.at, args.ref, args.note)
    print(f"Step {args.step} recorded on {args.number.strip().upper()}.")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    number = incidents.close_incident(context(args), args.number, args.outcome, args.note).result
    print(f"Incident {number} closed: {args.outcome}.")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ctx = context(args)
    row = incident_queries.incident(args.number)
    t = row.triage(ctx.now())
    if args.json:
        steps = [{"step": s.step, "at": zulu(s.at), "reference": s.reference, "note": s.note} for s in row.steps]
        data = {k: v for k, v in vars(row).items() if k != "steps"}
        print_json({**data, **triage_json(t), "steps": steps})
        return 0
    print(f"{row.number}  {row.kind}  {row.status}{' (' + row.outcome + ')' if row.outcome else ''}")
    print(f"device {row.tag} {row.manufacturer} {row.model}  encryption at the time: {row.encryption_at_time}")
    print(f"discovered {zulu(row.discovered_at)}  personal data: {row.personal_data}  assessment: {t.assessment}")
    _print_deadline(t)
    for s in row.steps:
        print(f"  {zulu(s.at)}  {s.step}  {s.reference}")
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    ctx = context(args)
    check_output(args.out)
    suffix = args.out.suffix.lower()
    if suffix == ".csv":
        write_output(args.out, incident_documents.breach_register_csv(ctx))
    elif suffix == ".pdf":
        lang = language(args, load_settings().language)
        write_output(args.out, incident_documents.breach_register_pdf(ctx, lang))
    else:
        raise ValidationFailed(
            f"Unknown export format {suffix or args.out.name!r}: use .csv or .pdf.", code="bad_format"
        )
    print(f"Breach register written to {args.out}.")
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    ctx = context(args)
    lang = language(args, load_settings().language)
    check_output(args.out)
    write_output(args.out, incident_documents.incident_report(ctx, args.number, lang))
    print(f"Incident report written to {args.out}.")
    return 0


def cmd_mail(args: argparse.Namespace) -> int:
    ctx = context(args)
    print(incident_documents.notify_officer_url(ctx, args.number, language(args, load_settings().language)))
    return 0
