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

MDM_SOURCES = frozenset({Source.INTUNE, Source.INTUNE_ENCRYPTION, Source.JAMF})


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
    register_missing: bool = False,
) -> Any:
    source = source_of(path, file_format)
    if register_missing and source not in MDM_SOURCES:
        raise ValidationFailed(
            f"--register-missing is for an MDM file (Intune, Jamf Pro); this one is a "
            f"{detection.label(source) if source else 'file of another kind'}, imported whole without it.",
            code="option_not_for_format",
            field="register_missing",
        )
    if source in (Source.SNIPEIT_USERS, Source.PEOPLE):
        from klara_assets.services.import_formats import people

        return people.import_people(ctx, path, source, dry_run, dates, mapping, progress)
    if source == Source.SNIPEIT_LOCATIONS:
        from klara_assets.services.import_formats import people

        return people.import_locations(ctx, path, dry_run)
    if source in MDM_SOURCES:
        from klara_assets.services.import_formats import mdm

        return mdm.import_encryption(ctx, path, source, dry_run, dates, register_missing, progress)
    return importer.import_file(ctx, path, file_format, dry_run, progress, dates, mapping)


OTHER_KINDS = {
    Source.PEOPLE: "people",
    Source.SNIPEIT_USERS: "people",
    Source.SNIPEIT_LOCATIONS: "locations",
    Source.INTUNE: "mdm",
    Source.INTUNE_ENCRYPTION: "mdm",
    Source.JAMF: "mdm",
}


def preview_other(path: str | Path, file_format: str = "auto", limit: int = 20) -> importer.Preview | None:
    """The first rows and the column mapping of a people, locations or MDM file (no database needed), for the
    import wizard; None for a list of devices (`importer.preview_file` reads those)."""
    source = source_of(path, file_format)
    if source not in OTHER_KINDS:
        return None
    from klara_assets.domain.columns import header_key
    from klara_assets.services.import_formats import mdm, people

    vocabulary = {
        "people": people.PEOPLE_COLUMNS,
        "locations": people.LOCATION_COLUMNS,
        "mdm": mdm.COLUMNS,
    }[OTHER_KINDS[source]]
    with open_table(Path(path)) as table:
        header = tuple(h.strip() for h in table.header)
        columns: dict[str, str] = {}
        for h in header:
            target = vocabulary.get(header_key(h))
            if target and target not in columns.values():
                columns[h] = target
        rows = []
        for number, cells in table.records:
            rows.append((number, tuple(str(c) for c in cells)))
            if len(rows) >= limit:
                break
        ignored = tuple(h for h in header if h and h not in columns)
        return importer.Preview(
            source.value, table.kind, table.encoding, table.delimiter, header, columns, tuple(rows), ignored
        )
