"""Commands that move data in and out: import, export, backup, restore, report environment."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from klara_assets.cli.common import Commands, context, language, print_json, progress_printer
from klara_assets.services import backups, exporting, importer, reports


def register(commands: Commands) -> None:
    p = commands.add("import", cmd_import, "import assets from a CSV or XLSX file (all rows or none)")
    p.add_argument("file")
    p.add_argument("--format", dest="file_format", choices=["auto", "klara", "snipeit"], default="auto")
    p.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    p.add_argument("--json", action="store_true")
    p = commands.add("export", cmd_export, "export to a .csv or .xlsx file")
    p.add_argument("file")
    p.add_argument("--what", choices=[k.value for k in exporting.ExportKind], default="assets")
    p = commands.add("backup", cmd_backup, "copy the database to OUT (SQLite online backup)")
    p.add_argument("out")
    p = commands.add("restore", cmd_restore, "replace the database by a backup (the current file is kept aside)")
    p.add_argument("file")
    p = commands.add("environment", cmd_report_environment, "environmental report for a year", group="report")
    p.add_argument("--year", type=int)
    p.add_argument("--out", help="FILE.pdf or FILE.csv")
    p.add_argument("--json", action="store_true")


def cmd_import(args: argparse.Namespace) -> int:
    ctx = context(args)
    show = progress_printer()
    report = importer.import_file(
        ctx, args.file, args.file_format, args.dry_run, progress=lambda stage, done, total: show(done, total)
    )
    if args.json:
        print_json(report.to_json())
        return 0
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    verb = "would import" if report.dry_run else "imported"
    print(
        f"{Path(args.file).name} ({report.file_format}, {report.kind}): {verb} {report.imported} assets, "
        f"{report.assigned} held by someone; {report.created_people} people and "
        f"{report.created_locations} locations {'would be ' if report.dry_run else ''}created."
    )
    if report.dry_run:
        print("Dry run: nothing was written.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    ctx = context(args)
    count = exporting.export(ctx, args.file, args.what)
    print(f"Exported {count} {args.what} to {args.file}.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    ctx = context(args)
    result = backups.backup(ctx, args.out)
    print(f"Backup written: {result.path} ({result.size_bytes // 1024} KiB, {result.assets} assets).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    ctx = context(args, create=True)
    result = backups.restore(ctx, args.file)
    kept = f"; the previous database was kept as {result.previous}" if result.previous else ""
    print(f"Restored {args.file} ({result.assets} assets){kept}.")
    return 0


def cmd_report_environment(args: argparse.Namespace) -> int:
    ctx = context(args)
    report = reports.environment_report(ctx, args.year)
    if args.out:
        reports.write_environment_report(report, args.out, language(args, reports.default_language()))
    if args.json:
        print_json(report.to_json())
        return 0
    for line in reports.summary_lines(report):
        print(line)
    if args.out:
        print(f"Written: {args.out}")
    return 0
