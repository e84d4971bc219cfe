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
from klara_assets.domain.columns import KLARA_COLUMNS, SNIPEIT_COLUMNS, FileFormat, header_key, match_header
from klara_assets.domain.dates import DateOrder
from klara_assets.domain.dates import detect as dates_detect
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import bulk
from klara_assets.services import importer_rows as rowmap
from klara_assets.services.context import ServiceContext
from klara_assets.services.import_formats import detection, snipeit
from klara_assets.services.import_formats.cells import DATE_FIELDS
from klara_assets.services.importer_custody import Custody, record_holders
from klara_assets.services.inventory import Problem, ReportJson, register_assets
from klara_assets.services.settings import load_settings
from klara_assets.services.tabular import FormulaWithoutValue, Table, open_table

_EARLIER_ROW = re.compile(r"\(row (\d+)\)")
ImportProgress = Callable[[str, int, int], None]
"""(stage, done, total): stage `reading` counts bytes (CSV) or rows (XLSX), then `saving` and `holders` rows."""


@dataclass(frozen=True)
class ImportReport(ReportJson):
    NOT_IN_JSON = ("changes",)
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
    dates: dict[str, str] = field(default_factory=dict)  # column -> dmy / mdy / ymd
    dates_assumed: tuple[str, ...] = ()  # columns whose values were all ambiguous
    incidents: int = 0  # lost devices (Snipe-IT Lost/Stolen) get an incident opened as imported


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
    ignored_columns: tuple[str, ...] = ()
    dates: dict[str, str] = field(default_factory=dict)
    dates_assumed: tuple[str, ...] = ()


def preview_file(
    path: str | Path,
    file_format: str = "auto",
    limit: int = 20,
    dates: str | None = None,
    mapping: dict[str, str] | None = None,
    default_dates: str = "dmy",
    strict: bool = True,
) -> Preview:
    """Read only the header and the first `limit` rows; no database needed. Refuses what `import_file` refuses
    (except, when not `strict`, a header with no known column: the wizard then lets the user map it)."""
    with open_table(Path(path)) as table:
        chosen, columns_map = _mapping(table, FileFormat(file_format), mapping, strict)
    orders, assumed = _date_orders(Path(path), chosen, columns_map, dates, DateOrder(default_dates))
    with open_table(Path(path)) as table:
        rows = []
        for number, cells in table.records:
            rows.append((number, tuple(str(c) for c in cells)))
            if len(rows) >= limit:
                break
    columns = {table.header[i].strip(): f for i, f in sorted(columns_map.items())}
    return Preview(
        chosen.value,
        table.kind,
        table.encoding,
        table.delimiter,
        tuple(table.header),
        columns,
        tuple(rows),
        _ignored(table, columns_map),
        {table.header[i].strip(): orders[f].value for i, f in columns_map.items() if f in orders},
        assumed,
    )


def _ignored(table: Table, mapping: dict[int, str]) -> tuple[str, ...]:
    return tuple(h.strip() for i, h in enumerate(table.header) if i not in mapping and h.strip())


_SAMPLE_ROWS = 20_000


def _date_orders(
    path: Path, chosen: FileFormat, mapping: dict[int, str], forced: str | None, default: DateOrder
) -> tuple[dict[str, DateOrder], tuple[str, ...]]:
    """Each date column's order, from its first rows' values; `forced` (--dates) wins over what they say.

    A later row that contradicts its column's order is refused by the parser (never read the other way).
    """
    columns = {i: f for i, f in mapping.items() if f in DATE_FIELDS}
    if not columns:
        return {}, ()
    if forced:
        return {f: DateOrder(forced) for f in columns.values()}, ()
    if chosen == FileFormat.SNIPEIT:
        default = DateOrder.MDY  # Snipe-IT's exports and samples are US, month-first
    seen: dict[int, list[str]] = {i: [] for i in columns}
    with open_table(path) as table:
        for count, (_number, cells) in enumerate(table.records):
            if count >= _SAMPLE_ROWS or (count == 1000 and not any(seen.values())):
                break  # ISO dates (or none) in the first thousand rows: nothing to decide, no need to read on
            for i, values in seen.items():
                cell = cells[i] if i < len(cells) else ""
                if cell.__class__ is str and cell and not (len(cell) == 10 and cell[4] == "-"):
                    values.append(cell)
        header = table.header
    orders: dict[str, DateOrder] = {}
    assumed: list[str] = []
    for i, name in columns.items():
        result = dates_detect(seen[i], default)
        orders[name] = result.order
        if not result.decided and any("/" in v or "." in v for v in seen[i]):
            assumed.append(header[i].strip())
    return orders, tuple(assumed)


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
    orders: dict[str, DateOrder] = field(default_factory=dict)
    row_numbers: array[int] = field(default_factory=lambda: array("l"))
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    rows: int = 0
    incidents: int = 0

    def column(self, field_name: str) -> str:
        return self.headers.get(field_name, field_name)


def _mapping(
    table: Table, wanted: FileFormat, overrides: dict[str, str] | None = None, strict: bool = True
) -> tuple[FileFormat, dict[int, str]]:
    detected = detection.detect(table.header)
    if wanted != FileFormat.AUTO and detected is not None and not detection.compatible(wanted, detected):
        raise ValidationFailed(
            f"The file is not in {detection.label(wanted)} format: it is a {detection.label(detected)} file "
            f"({', '.join(h.strip() for h in table.header[:5])}, ...). Use --format {detection.option(detected)} "
            "or --format auto.",
            code="wrong_format",
            field="format",
            detected=detected.value,
        )
    if detected is not None and detected not in detection.ASSET_SOURCES:
        raise ValidationFailed(
            f"This is a {detection.label(detected)} file, not a list of devices: import it on the command line "
            f"with --format {detection.option(detected)}.",
            code="wrong_format",
            field="format",
            detected=detected.value,
        )
    file_format, mapping = match_header(table.header, wanted)
    if overrides:
        mapping = apply_overrides(table.header, mapping, overrides)
    if not mapping and strict:
        known = ", ".join(KLARA_COLUMNS[:6]) + " ... or Snipe-IT's " + ", ".join(list(SNIPEIT_COLUMNS)[:5])
        raise ValidationFailed(
            f"Row 1 (the header) has no column this program knows ({', '.join(table.header[:8])}); "
            f"expected columns such as {known}.",
            code="no_known_column",
            field="header",
        )
    return file_format, mapping


def apply_overrides(header: list[str], mapping: dict[int, str], overrides: dict[str, str]) -> dict[int, str]:
    """The user's own mapping (`Numéro de série` -> `serial`, or `ignore`) over the detected one."""
    keys = {header_key(h): i for i, h in enumerate(header)}
    result = dict(mapping)
    for column, target in overrides.items():
        index = keys.get(header_key(column))
        if index is None:
            raise ValidationFailed(
                f"--map {column}={target}: the file has no column {column!r} "
                f"(its columns: {', '.join(h.strip() for h in header[:12])}).",
                code="unknown_column",
                field="map",
            )
        target = target.strip()
        if target in ("", "ignore", "-"):
            result.pop(index, None)
            continue
        if target not in MAPPABLE_FIELDS:
            raise ValidationFailed(
                f"--map {column}={target}: {target!r} is not a field; use one of {', '.join(MAPPABLE_FIELDS)} "
                "or 'ignore'.",
                code="unknown_field",
                field="map",
            )
        result = {i: f for i, f in result.items() if f != target}
        result[index] = target
    return dict(sorted(result.items()))


MAPPABLE_FIELDS: tuple[str, ...] = (*KLARA_COLUMNS, "holder_username", "name", "model_number", "warranty_months")


def default_date_order() -> DateOrder:
    """Ambiguous dates follow the language setting: French day-first, English month-first."""
    return DateOrder.MDY if load_settings().language == "en" else DateOrder.DMY


@bulk.collector_paused()
def import_file(
    ctx: ServiceContext,
    path: str | Path,
    file_format: str = "auto",
    dry_run: bool = False,
    progress: ImportProgress | None = None,
    dates: str | None = None,
    mapping: dict[str, str] | None = None,
) -> ImportReport:
    """Import every row of `path` or none; a refusal lists every problem by row and column."""
    ctx.require(Permission.INVENTORY_EDIT)
    wanted = FileFormat(file_format)
    with open_table(Path(path)) as table:
        chosen, columns_map = _mapping(table, wanted, mapping)
    orders, assumed = _date_orders(Path(path), chosen, columns_map, dates, default_date_order())
    with open_table(Path(path)) as table:
        mapping_ = columns_map
        headers = {f: table.header[i].strip() for i, f in mapping_.items()}
        run = _Run(table, chosen, mapping_, headers, progress, Custody(ctx), orders=orders)
        for column in assumed:
            order = orders[next(f for f, h in headers.items() if h == column)]
            run.warnings.append(
                Problem(1, column, f"every date is ambiguous (day and month both ≤ 12): read as {_ORDER_TEXT[order]}.")
            )
        try:
            with ctx.transaction():
                changes = _write(ctx, run)
                if dry_run:
                    raise _DryRunDone
        except _DryRunDone:
            changes = Changes()
    return _report(run, mapping_, table, dry_run, changes, assumed)


_ORDER_TEXT = {DateOrder.DMY: "day/month/year", DateOrder.MDY: "month/day/year", DateOrder.YMD: "year-month-day"}


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
        if run.custody.then and not run.problems:
            problems, run.incidents = snipeit.apply_statuses(ctx, run.custody.then, tags, run.row_numbers)
            run.problems.extend(problems)
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
    width, xlsx = len(table.header), table.kind == "xlsx"
    how = rowmap.plan(run.mapping, run.file_format, run.column, width, run.orders)
    for number, cells in table.records:
        if not any(str(c).strip() for c in cells):
            continue
        run.rows += 1
        if run.progress and run.rows % 1000 == 0:
            run.progress("reading", table.position(), total)
        if len(cells) < width and not xlsx:
            run.problems.append(
                Problem(
                    number, f"column {len(cells) + 1}", f"the row has {len(cells)} fields but the header has {width}."
                )
            )
            continue
        if xlsx and _formulas(number, cells, run):
            continue
        result = rowmap.convert(number, cells, how)
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


def _formulas(number: int, cells: list[Any], run: _Run) -> bool:
    """A formula that was never calculated has no value to import: a problem for its row and column."""
    found = False
    for index, name in run.mapping.items():
        if index < len(cells) and type(cells[index]) is FormulaWithoutValue:
            run.problems.append(
                Problem(
                    number,
                    run.column(name),
                    f"the cell holds a formula ({cells[index]}) without a calculated value: open the file in "
                    "a spreadsheet and save it, or paste the values.",
                )
            )
            found = True
    return found


def _located(run: _Run, problem: Problem) -> Problem:
    """A `register_assets` problem (row = position among the rows given) in file terms: row and column."""

    def file_row(index: int) -> int:
        return run.row_numbers[index - 1] if 0 < index <= len(run.row_numbers) else index

    message = _EARLIER_ROW.sub(lambda m: f"(row {file_row(int(m.group(1)))})", problem.message)
    return Problem(file_row(problem.row), run.column(problem.field), message, problem.code)


def _refusal(problems: list[Problem]) -> ValidationFailed:
    ordered = sorted(problems, key=lambda p: p.row)
    lines = "\n".join(f"  {p}" for p in ordered[:50])
    more = f"\n  ... and {len(ordered) - 50} more" if len(ordered) > 50 else ""
    return ValidationFailed(
        f"{len(ordered)} problem(s), nothing was imported:\n{lines}{more}", code="import_refused", problems=ordered
    )


def _report(
    run: _Run, mapping: dict[int, str], table: Table, dry_run: bool, changes: Changes, assumed: tuple[str, ...]
) -> ImportReport:
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
        ignored_columns=_ignored(table, mapping),
        warnings=tuple(run.warnings),
        changes=changes,
        dates={run.column(f): o.value for f, o in run.orders.items()},
        dates_assumed=assumed,
        incidents=run.incidents,
    )
