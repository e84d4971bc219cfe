"""One entry for the `import` command: a file goes to the importer that reads its source."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from klara_assets.domain.columns import FileFormat
from klara_assets.domain.errors import ValidationFailed
from klara_assets.services import importer
from klara_assets.services.context import ServiceContext
from klara_assets.services.import_formats import detection
from klara_assets.services.import_formats.detection import Source
from klara_assets.services.tabular import open_table


def source_of(path: str | Path, file_format: str) -> Source | None:
    with open_table(Path(path)) as table:
        detected = detection.detect(table.header)
    wanted = FileFormat(file_format)
    if wanted != FileFormat.AUTO and detected is not None and not detection.compatible(wanted, detected):
        raise ValidationFailed(
            f"The file is not in {detection.label(wanted)} format: it is a {detection.label(detected)} file. "
            f"Use --format {detection.option(detected)} or --format auto.",
            code="wrong_format",
            field="format",
            detected=detected.value,
        )
    if detected is None and wanted in (FileFormat.INTUNE, FileFormat.JAMF, FileFormat.PEOPLE):
        return {FileFormat.INTUNE: Source.INTUNE, FileFormat.JAMF: Source.JAMF}.get(wanted, Source.PEOPLE)
    return detected


def import_any(
    ctx: ServiceContext,
    path: str | Path,
    file_format: str = "auto",
    dry_run: bool = False,
    progress: importer.ImportProgress | None = None,
    dates: str | None = None,
    mapping: dict[str, str] | None = None,
) -> Any:
    source = source_of(path, file_format)
    if source in (Source.SNIPEIT_USERS, Source.PEOPLE):
        from klara_assets.services.import_formats import people

        return people.import_people(ctx, path, source, dry_run, dates, mapping)
    if source == Source.SNIPEIT_LOCATIONS:
        from klara_assets.services.import_formats import people

        return people.import_locations(ctx, path, dry_run)
    if source in (Source.INTUNE, Source.INTUNE_ENCRYPTION, Source.JAMF):
        from klara_assets.services.import_formats import mdm

        return mdm.import_encryption(ctx, path, source, dry_run, dates)
    return importer.import_file(ctx, path, file_format, dry_run, progress, dates, mapping)
