"""Commands that move data in and out: import, export, backup, restore, report environment."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from klara_assets.cli.common import Commands, context, language, print_json, progress_printer
from klara_assets.domain.errors import ValidationFailed
from klara_assets.services import backups, exporting, importer, reports
from klara_assets.services.import_formats.dispatch import import_any


def register(commands: Commands) -> None:
    p = commands.add("import", cmd_import, "import assets from a CSV or XLSX file (all rows or none)")
    p.add_argument("file")
    p.add_argument(
        "--format",
        dest="file_format",
        choices=["auto", "klara", "snipeit", "intune", "jamf", "people"],
        default="auto",
    )
    p.add_argument("--dates", choices=["dmy", "mdy", "ymd"], help="order of ambiguous dates (default: detected)")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=field",
        help="read COLUMN into field (or 'ignore'); repeatable",
    )
    p.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    p.add_argument(
        "--register-missing",
        action="store_true",
        help="MDM files: also register the devices the inventory lacks (serial number or IMEI)",
    )
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


def _mapping_option(values: list[str]) -> dict[str, str]:
    result = {}
    for value in values:
        column, sep, target = value.rpartition("=")
        if not sep or not column.strip():
            raise ValidationFailed(
                f"--map {value!r}: write COLUMN=field (or COLUMN=ignore).", code="bad_map", field="map"
            )
        result[column.strip()] = target.strip()
    return result


def cmd_import(args: argparse.Namespace) -> int:
    ctx = context(args)
    show = progress_printer()
    report = import_any(
        ctx,
        args.file,
        args.file_format,
        args.dry_run,
        progress=lambda stage, done, total: show(done, total),
        dates=args.dates,
        mapping=_mapping_option(args.map),
        register_missing=args.register_missing,
    )
    if args.json:
        print_json(report.to_json())
        return 0
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not isinstance(report, importer.ImportReport):
        for line in report.summary_lines(Path(args.file).name):
            print(line)
        return 0
    verb = "would import" if report.dry_run else "imported"
    print(
        f"{Path(args.file).name} ({report.file_format}, {report.kind}, {report.encoding or 'xlsx'}): {verb} "
        f"{report.imported} assets, {report.assigned} held by someone; {report.created_people} people and "
        f"{report.created_locations} locations {'would be ' if report.dry_run else ''}created."
    )
    for column, order in report.dates.items():
        assumed = " (assumed: every value is ambiguous; --dates to change)" if column in report.dates_assumed else ""
        print(f"Dates in {column!r} read as {order}{assumed}.")
    if report.ignored_columns:
        print(f"Ignored columns (not read): {', '.join(report.ignored_columns)}.")
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
