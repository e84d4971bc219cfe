"""The import use case: a CSV or XLSX file of assets (our export format or Snipe-IT's), all rows or none.

The file is streamed into `inventory.register_assets` (one transaction): missing locations and people
are created as rows name them, holders in the file are recorded as they are (status assigned, holder,
an Assignment row; an import reports reality, so the encryption policy is not applied to it), and any
problem anywhere rolls everything back and is reported with its row and column. `dry_run` does the
whole work and then rolls it back, so the report is exactly what an import would do.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from klara_assets.domain.changes import Changes
from klara_assets.domain.columns import KLARA_COLUMNS, SNIPEIT_COLUMNS, FileFormat, match_header
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.permissions import Permission
from klara_assets.services import importer_rows as rowmap
from klara_assets.services.context import ServiceContext
from klara_assets.services.importer_custody import Custody, record_holders
from klara_assets.services.inventory import Problem, register_assets
from klara_assets.services.tabular import Table, open_table

_EARLIER_ROW = re.compile(r"\(row (\d+)\)")
ImportProgress = Callable[[str, int, int], None]
"""(stage, done, total): stage `reading` counts bytes (CSV) or rows (XLSX), then `saving` and `holders` rows."""


@dataclass(frozen=True)
class ImportReport:
    file_format: str
    kind: str
    encoding: str | None
    delimiter: str | None
    rows: int
    imported: int
    assigned: int
    created_people: int
    created_locations: int
    dry_run: bool
    columns: dict[str, str]
    ignored_columns: tuple[str, ...]
    warnings: tuple[Problem, ...] = ()
    changes: Changes = field(default_factory=Changes)

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k not in ("warnings", "changes")}
        data["warnings"] = [str(w) for w in self.warnings]
        return data


@dataclass(frozen=True)
class Preview:
    """The first rows of a file as read, and how its columns map, for the import wizard."""

    file_format: str
    kind: str
    encoding: str | None
    delimiter: str | None
    header: tuple[str, ...]
    columns: dict[str, str]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


def preview_file(path: str | Path, file_format: str = "auto", limit: int = 20) -> Preview:
    """Read only the header and the first `limit` rows; no database needed. Refuses what `import_file` refuses."""
    with open_table(Path(path)) as table:
        chosen, mapping = _mapping(table, FileFormat(file_format))
        rows = []
        for number, cells in table.records:
            rows.append((number, tuple(str(c) for c in cells)))
            if len(rows) >= limit:
                break
    columns = {table.header[i].strip(): f for i, f in sorted(mapping.items())}
    return Preview(chosen.value, table.kind, table.encoding, table.delimiter, tuple(table.header), columns, tuple(rows))


class _DryRunDone(Exception):
    """Raised at the end of a dry run to roll the transaction back."""


@dataclass
class _Run:
    """What one import learns while streaming the file."""

    table: Table
    file_format: FileFormat
    mapping: dict[int, str]
    headers: dict[str, str]
    progress: ImportProgress | None
    custody: Custody
    row_numbers: array[int] = field(default_factory=lambda: array("l"))
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    rows: int = 0

    def column(self, field_name: str) -> str:
        return self.headers.get(field_name, field_name)


def _mapping(table: Table, wanted: FileFormat) -> tuple[FileFormat, dict[int, str]]:
    file_format, mapping = match_header(table.header, wanted)
    if not mapping:
        known = ", ".join(KLARA_COLUMNS[:6]) + " ... or Snipe-IT's " + ", ".join(list(SNIPEIT_COLUMNS)[:5])
        raise ValidationFailed(
            f"Row 1 (the header) has no column this program knows ({', '.join(table.header[:8])}); "
            f"expected columns such as {known}.",
            code="no_known_column",
            field="header",
        )
    return file_format, mapping


def import_file(
    ctx: ServiceContext,
    path: str | Path,
    file_format: str = "auto",
    dry_run: bool = False,
    progress: ImportProgress | None = None,
) -> ImportReport:
    """Import every row of `path` or none; a refusal lists every problem by row and column."""
    ctx.require(Permission.INVENTORY_EDIT)
    wanted = FileFormat(file_format)
    with open_table(Path(path)) as table:
        chosen, mapping = _mapping(table, wanted)
        headers = {f: table.header[i].strip() for i, f in mapping.items()}
        run = _Run(table, chosen, mapping, headers, progress, Custody(ctx))
        try:
            with ctx.transaction():
                changes = _write(ctx, run)
                if dry_run:
                    raise _DryRunDone
        except _DryRunDone:
            changes = Changes()
    return _report(run, mapping, table, dry_run, changes)


def _write(ctx: ServiceContext, run: _Run) -> Changes:
    saving = _stage(run.progress, "saving")
    try:
        changes = register_assets(ctx, _values(run), saving)
    except ValidationFailed as exc:
        problems = exc.params.get("problems")
        if not problems:
            raise
        run.problems.extend(_located(run, p) for p in problems)
        changes = Changes()
    if run.rows == 0 and not run.problems:
        run.problems.append(Problem(2, "file", "the file has a header but no data rows."))
    if not run.problems:
        tags: list[str] = changes.result  # type: ignore[assignment]
        holders = _stage(run.progress, "holders")
        run.problems.extend(record_holders(ctx, run.custody, tags, run.row_numbers, holders))
    if run.problems:
        raise _refusal(run.problems)
    return changes.merge(run.custody.changes())


def _stage(progress: ImportProgress | None, stage: str) -> Callable[[int, int], None] | None:
    if progress is None:
        return None
    report = progress
    return lambda done, total: report(stage, done, total)


def _values(run: _Run) -> Iterator[dict[str, Any]]:
    """The file's rows as `register_assets` inputs; rows with a problem are left out (and reported)."""
    table, total = run.table, run.table.size
    for number, cells in table.records:
        if not any(str(c).strip() for c in cells):
            continue
        run.rows += 1
        if run.progress and run.rows % 1000 == 0:
            run.progress("reading", table.position(), total)
        result = rowmap.convert(number, cells, run.mapping, run.file_format, run.column, len(table.header))
        run.warnings.extend(result.warnings)
        if result.skip:
            continue
        if result.problems:
            run.problems.extend(result.problems)
            continue
        values = run.custody.resolve(number, result.values, result.custody, run.column, run.problems)
        if values is None:
            continue
        run.row_numbers.append(number)
        yield values
    if run.progress:
        run.progress("reading", total, total)


def _located(run: _Run, problem: Problem) -> Problem:
    """A `register_assets` problem (row = position among the rows given) in file terms: row and column."""

    def file_row(index: int) -> int:
        return run.row_numbers[index - 1] if 0 < index <= len(run.row_numbers) else index

    message = _EARLIER_ROW.sub(lambda m: f"(row {file_row(int(m.group(1)))})", problem.message)
    return Problem(file_row(problem.row), run.column(problem.field), message)


def _refusal(problems: list[Problem]) -> ValidationFailed:
    ordered = sorted(problems, key=lambda p: p.row)
    lines = "\n".join(f"  {p}" for p in ordered[:50])
    more = f"\n  ... and {len(ordered) - 50} more" if len(ordered) > 50 else ""
    return ValidationFailed(
        f"{len(ordered)} problem(s), nothing was imported:\n{lines}{more}", code="import_refused", problems=ordered
    )


def _report(run: _Run, mapping: dict[int, str], table: Table, dry_run: bool, changes: Changes) -> ImportReport:
    return ImportReport(
        file_format=run.file_format.value,
        kind=table.kind,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows=run.rows,
        imported=len(run.row_numbers),
        assigned=run.custody.assigned,
        created_people=run.custody.created_people,
        created_locations=run.custody.created_locations,
        dry_run=dry_run,
        columns={table.header[i].strip(): f for i, f in sorted(mapping.items())},
        ignored_columns=tuple(h.strip() for i, h in enumerate(table.header) if i not in mapping and h.strip()),
        warnings=tuple(run.warnings),
        changes=changes,
    )
