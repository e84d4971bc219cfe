"""Commands of attachments (issue 16): `attach KIND ID FILE`, `attachment list|save|remove`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from klara_assets.cli.common import Commands, context, print_json
from klara_assets.domain.attachments import AttachmentKind
from klara_assets.domain.errors import NotFound, ValidationFailed
from klara_assets.services import attachments
from klara_assets.services.output_files import write_output

KINDS = [k.value for k in AttachmentKind]


def register(commands: Commands) -> None:
    p = commands.add("attach", cmd_attach, "attach a file to a device, incident, sanitization, batch or partner")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("id", help="tag, incident number, sanitization id, batch number or partner name")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p = commands.add("list", cmd_list, "list the files attached to something", group="attachment")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = commands.add("save", cmd_save, "write an attached file", group="attachment")
    p.add_argument("attachment_id")
    p.add_argument("--out", required=True)
    p = commands.add("remove", cmd_remove, "remove an attached file (logged with its hash)", group="attachment")
    p.add_argument("attachment_id")
    p.add_argument("--reason", required=True)


def read_file(path: str) -> bytes:
    file = Path(path).expanduser()
    if not file.is_file():
        raise NotFound(f"No file at {file}.", code="file_not_found")
    try:
        return file.read_bytes()
    except OSError as exc:
        raise ValidationFailed(f"Cannot read {file}: {exc.strerror}.", code="file_unreadable") from None


def cmd_attach(args: argparse.Namespace) -> int:
    ctx = context(args)
    content = read_file(args.file)
    row = attachments.add_attachment(ctx, args.kind, args.id, Path(args.file).name, content).result
    assert isinstance(row, attachments.AttachmentRow)
    if args.json:
        print_json({"id": row.id, "sha256": row.sha256, "size": row.size, "media_type": row.media_type})
    else:
        print(f"Attachment {row.id} added: {row.file_name} ({row.media_type}, {row.size} bytes), SHA-256 {row.sha256}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    context(args)
    rows = attachments.attachments_of(args.kind, args.id)
    if args.json:
        print_json({"attachments": [{**asdict(r), "added_at": r.added_at.isoformat()} for r in rows]})
        return 0
    for r in rows:
        print(f"{r.id:>6}  {r.file_name:<40} {r.media_type:<28} {r.size:>10}  {r.sha256}  {r.added_at:%Y-%m-%d}")
    return 0


def cmd_save(args: argparse.Namespace) -> int:
    context(args)
    row, content = attachments.attachment_content(args.attachment_id)
    target = write_output(args.out, content)
    print(f"Saved {row.file_name} to {target} (SHA-256 {row.sha256}).")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    ctx = context(args)
    attachments.remove_attachment(ctx, args.attachment_id, args.reason)
    print(f"Attachment {args.attachment_id} removed.")
    return 0
