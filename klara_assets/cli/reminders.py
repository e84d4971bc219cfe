"""`reminders [--json] [--days N] [--send]`: what needs attention today, urgent first (for a scheduled
job); `--send` mails the digest through the SMTP settings (exit 1 with the reason when the server is down
or refuses; nothing is marked as sent then). `snooze KEY UNTIL` hides one item until a day."""

from __future__ import annotations

import argparse

from klara_assets.cli.common import Commands, context, language, print_json
from klara_assets.services import mail, reminders
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings


def register(commands: Commands) -> None:
    p = commands.add("reminders", cmd_reminders, "what needs attention today, with the day each became due")
    p.add_argument("--days", type=int, default=reminders.RETURN_DAYS, help="returns due within N days (default 7)")
    p.add_argument("--all", action="store_true", help="include snoozed items")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--send",
        action="store_true",
        help=f"e-mail the digest (SMTP settings; password from the keyring or {mail.PASSWORD_ENV})",
    )
    p = commands.add("snooze", cmd_snooze, "hide one reminder until a day (its key from `reminders --json`)")
    p.add_argument("key")
    p.add_argument("until")


def cmd_reminders(args: argparse.Namespace) -> int:
    ctx = context(args)
    if args.send:
        return _send(args, ctx)
    items = reminders.due_items(ctx, args.days, include_snoozed=args.all)
    if args.json:
        print_json({"count": len(items), "urgent": sum(i.urgent for i in items), "items": [i.to_json() for i in items]})
        return 0
    if not items:
        print("Nothing needs attention today.")
    for item in items:
        flag = "!" if item.urgent else " "
        print(f"{flag} {item.due_on.isoformat()}  {item.kind:<13} {item.detail}")
    return 0


def _send(args: argparse.Namespace, ctx: ServiceContext) -> int:
    lang = language(args, load_settings().language)
    result = mail.send_digest(ctx, lang, args.days)
    if args.json:
        print_json(result.to_json())
        return 0
    if not result.sent:
        print("Nothing needs attention today: no e-mail sent.")
    for kind, to, count in result.sent:
        print(f"Sent the {'digest' if kind == 'digest' else 'urgent incident items'} ({count}) to {', '.join(to)}.")
    return 0


def cmd_snooze(args: argparse.Namespace) -> int:
    ctx = context(args)
    reminders.snooze(ctx, args.key, args.until)
    print(f"{args.key} snoozed until {args.until}.")
    return 0
