"""Reading and writing spreadsheet files (CSV and XLSX) as streams of rows, for imports and exports.

Reading never holds the whole file: a CSV is decoded as it is parsed (UTF-8 with or without a BOM,
UTF-16 with or without a BOM, else the 8-bit encoding charset-normalizer finds among Windows-1252, Mac
Roman and Latin-1/9; `,` `;` or tab sniffed from the header line; LF, CRLF or CR-only lines), an XLSX
is read with openpyxl's read-only mode (a formula without a saved value is marked as such).
Each record comes with its spreadsheet row number (the header
is row 1) so every message can name it. Writing neutralises cells a spreadsheet would run as formulas.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from klara_assets.domain.columns import neutralise_cell
from klara_assets.domain.errors import NotFound, ValidationFailed
from klara_assets.services.output_files import atomic_output, check_output

Record = tuple[int, list[Any]]
_SNIFF_BYTES = 1 << 16
_EIGHT_BIT = ["cp1252", "mac_roman", "latin_1", "iso8859_15"]


class FormulaWithoutValue(str):
    """An XLSX cell holding a formula that was never calculated (no cached value): not an empty cell."""

    __slots__ = ()


@dataclass
class Table:
    """An open tabular file: its header, its records (row number, cells) and how far reading has gone."""

    kind: str
    header: list[str]
    records: Iterator[Record]
    size: int
    encoding: str | None = None
    delimiter: str | None = None
    position: Callable[[], int] = field(default=lambda: 0)


def _refuse(path: Path, message: str, code: str) -> ValidationFailed:
    return ValidationFailed(f"{path.name}: {message}", code=code, field="file")


@contextlib.contextmanager
def open_table(path: Path) -> Iterator[Table]:
    """Open a CSV or XLSX file for reading; refuses anything else with a message naming the reason."""
    if not path.is_file():
        raise NotFound(f"{path.name}: no such file.", code="file_not_found", field="file")  # exit 3
    with path.open("rb") as binary:
        head = binary.read(_SNIFF_BYTES)
        if not head.strip(b" \t\r\n\xef\xbb\xbf"):
            raise _refuse(path, "the file is empty.", "empty_file")
        if head.startswith(b"PK\x03\x04"):
            binary.close()
            with _open_xlsx(path) as table:
                yield table
            return
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            raise _refuse(path, "this is an old Excel .xls workbook: save it as .xlsx or CSV.", "old_excel")
        encoding = _encoding(binary, head)
        if "\x00" in head.decode(encoding, errors="replace") or head.startswith(b"%PDF"):
            raise _refuse(path, "this is not a CSV or XLSX file.", "not_a_table")
        binary.seek(0)
        yield _open_csv(path, binary, encoding)


def _encoding(binary: BinaryIO, head: bytes) -> str:
    """BOMs first, UTF-16 without a BOM from its zero bytes, UTF-8 when the whole file decodes as UTF-8
    (checked in one streaming pass), else the 8-bit encoding charset-normalizer finds most likely."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4 and sample[0::2].count(0) == 0:
        return "utf-16-le"
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4 and sample[1::2].count(0) == 0:
        return "utf-16-be"
    decoder = codecs.getincrementaldecoder("utf-8")()
    binary.seek(0)
    try:
        while chunk := binary.read(1 << 20):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return _eight_bit(binary)
    return "utf-8"


_COMMON = frozenset("éèêëàâäçùûüôöîïœæñÉÀÇ°€’«»")


def _eight_bit(binary: BinaryIO) -> str:
    """charset-normalizer's candidates, ranked by how many usual Western accented letters they give:
    its own choice between Windows-1252 and Mac Roman is unsteady on short French text."""
    from charset_normalizer import from_bytes

    binary.seek(0)
    sample = binary.read(1 << 20)
    found = from_bytes(sample, cp_isolation=_EIGHT_BIT)
    names = [codecs.lookup(match.encoding).name for match in found] or ["cp1252"]
    high = bytes(b for b in sample if b >= 0x80)

    def score(name: str) -> int:
        return sum(1 for c in high.decode(name, errors="replace") if c in _COMMON)

    ranked = sorted(dict.fromkeys([*names, "cp1252"]), key=lambda n: (-score(n), n != "cp1252"))
    return ranked[0]


def _open_csv(path: Path, binary: BinaryIO, encoding: str) -> Table:
    text = io.TextIOWrapper(binary, encoding=encoding, newline="")
    try:
        first_line = text.readline()
    except UnicodeDecodeError:
        raise _refuse(path, f"the header is not readable as {encoding} text.", "bad_encoding") from None
    delimiter = max((";", ",", "\t", "|"), key=first_line.count)
    if first_line.count(delimiter) == 0:
        delimiter = ","
    text.seek(0)
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    records = _csv_records(path, reader, encoding)
    header = next(records, None)
    if header is None:
        raise _refuse(path, "the file is empty.", "empty_file")
    size = path.stat().st_size
    return Table("csv", header[1], records, size, encoding, delimiter, binary.tell)


def _csv_records(path: Path, reader: Iterator[list[str]], encoding: str) -> Iterator[Record]:
    number = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _refuse(path, f"row {number + 1} is not valid CSV ({exc}).", "malformed_csv") from None
        except UnicodeDecodeError:
            raise _refuse(path, f"row {number + 1} is not readable as {encoding} text.", "bad_encoding") from None
        number += 1
        yield number, cells


@contextlib.contextmanager
def _open_xlsx(path: Path) -> Iterator[Table]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    # From an open file, so the content decides, not the name: a ZIP or a workbook renamed .csv is read as such.
    handle, formula_file = path.open("rb"), path.open("rb")  # the values, and the formulas as written
    try:
        book = load_workbook(handle, read_only=True, data_only=True)
        formulas = load_workbook(formula_file, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, InvalidFileException) as exc:
        handle.close()
        formula_file.close()
        raise _refuse(path, f"this is not a readable XLSX workbook ({exc}).", "not_a_table") from None
    try:
        sheet = book.worksheets[0]
        counter = [0]
        rows = sheet.iter_rows(values_only=True)
        written = formulas.worksheets[0].iter_rows(values_only=True)
        records = _xlsx_records(rows, written, counter)
        header = next(records, None)
        if header is None:
            raise _refuse(path, "the workbook's first sheet is empty.", "empty_file")
        total = sheet.max_row or 0
        yield Table("xlsx", [str(c) for c in header[1]], records, total, position=lambda: counter[0])
    finally:
        book.close()
        formulas.close()
        handle.close()
        formula_file.close()


def _xlsx_records(
    rows: Iterable[Sequence[Any]], written: Iterator[Sequence[Any]], counter: list[int]
) -> Iterator[Record]:
    """Cached values; where one is missing, the formula as written says whether the cell is really empty."""
    for number, values in enumerate(rows, 1):
        counter[0] = number
        as_written = next(written, ())
        cells = [_xlsx_cell(v) for v in values]
        for index, value in enumerate(values):
            if value is None and index < len(as_written):
                formula = as_written[index]
                if isinstance(formula, str) and formula.startswith("="):
                    cells[index] = FormulaWithoutValue(formula)
        yield number, cells


def _xlsx_cell(value: Any) -> Any:
    """Cells as the importer expects them: text (whole numbers as their exact digits), or a date / datetime."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def csv_cell(value: Any) -> str:
    """A value as CSV text: ISO dates, plain decimals, neutralised text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | int | float | Decimal):
        return str(value) if not isinstance(value, date) else value.isoformat()
    return neutralise_cell(str(value))


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, str):
        return neutralise_cell(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write a .csv (UTF-8 with BOM, so Excel reads the accents) or .xlsx file; returns the row count."""
    suffix = path.suffix.lower()
    count = 0
    if suffix in (".csv", ".xlsx"):
        check_output(path)  # before the rows are read: a bad path is refused at once
    if suffix == ".csv":
        with atomic_output(path) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(header)
            for row in rows:
                writer.writerow([csv_cell(v) for v in row])
                count += 1
        return count
    if suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet(path.stem[:31] or "Export")
        sheet.append(list(header))
        for row in rows:
            sheet.append([_xlsx_value(v) for v in row])
            count += 1
        with atomic_output(path) as temporary:
            book.save(temporary)
        return count
    raise ValidationFailed(
        f"Cannot export to {path.name}: the file name must end in .csv or .xlsx.", code="bad_extension", field="file"
    )
