"""Encryption status from the MDM: Intune's "All devices" export and encryption report, Jamf Pro's
computer inventory. Devices are matched by serial number (else IMEI; the Intune encryption report has
neither, so its device name is matched against our tags). Each matched device gets its encryption state,
method (BitLocker / FileVault ...), last checked time (the MDM's check-in) and escrow place ("Intune",
"Jamf Pro"); one event per changed device. Devices of the file missing from the inventory, and the
inventory's laptops missing from the file, are listed. A column holding recovery keys refuses the whole
file (they are never stored; `fields.escrow_place` recognises them). All rows or none; a dry run lists
the changes and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

import peewee

from klara_assets.domain import dates
from klara_assets.domain.columns import header_key
from klara_assets.domain.enums import FINAL_STATUSES, EncryptionState
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.fields import escrow_place
from klara_assets.domain.identifiers import serial_key
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import bulk
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset
from klara_assets.services.context import ServiceContext
from klara_assets.services.import_formats.detection import Source
from klara_assets.services.inventory import Problem, ReportJson
from klara_assets.services.tabular import open_table

COLUMNS: dict[str, str] = {
    "device name": "device",
    "computer name": "device",
    "serial number": "serial",
    "imei": "imei",
    "primary user email address": "user",
    "user principal name": "user",
    "email address": "user",
    "encrypted": "encrypted",
    "encryption status": "encrypted",
    "filevault 2 status": "filevault",
    "last check-in": "checked",
    "last inventory update": "checked",
    "os": "os",
    "operating system": "os",
    "operating system version": "os_version",
    "os version": "os_version",
    "manufacturer": "manufacturer",
    "model": "model",
}
_ESCROW = {Source.INTUNE: "Intune", Source.INTUNE_ENCRYPTION: "Intune", Source.JAMF: "Jamf Pro"}
_YES = {"true", "yes", "oui", "encrypted", "chiffré"}
_NO = {"false", "no", "non", "not encrypted", "notencrypted", "non chiffré"}
_FILEVAULT = {
    "all partitions encrypted": EncryptionState.ENCRYPTED,
    "boot partitions encrypted": EncryptionState.ENCRYPTED,
    "some partitions encrypted": EncryptionState.PARTIAL,
    "no partitions encrypted": EncryptionState.NONE,
    "not encrypted": EncryptionState.NONE,
}
Device = tuple[Any, ...]  # id, tag, serial, imei, status, category, then the `_TRACKED` values
_TRACKED = ("encryption_state", "encryption_method", "encryption_checked_at", "recovery_key_escrow")


@dataclass(frozen=True)
class EncryptionReport(ReportJson):
    file_format: str
    kind: str
    encoding: str | None
    rows: int
    matched: int
    changed: int
    dry_run: bool
    columns: dict[str, str]
    ignored_columns: tuple[str, ...]
    changes: tuple[dict[str, Any], ...] = ()  # tag, before, after
    not_in_inventory: tuple[str, ...] = ()  # device names / serials of the file we do not know
    missing_from_file: tuple[str, ...] = ()  # our laptops the MDM does not report
    warnings: tuple[Problem, ...] = ()
    dates: dict[str, str] = field(default_factory=dict)
    registered: tuple[str, ...] = ()  # tags given to the devices registered from the file (`register_missing`)

    def summary_lines(self, name: str) -> list[str]:
        verb = "would change" if self.dry_run else "changed"
        lines = [
            f"{name} ({self.file_format}, {self.kind}): {self.rows} devices, {self.matched} matched, "
            f"{verb} {self.changed}."
        ]
        for change in self.changes[:200]:
            diff = ", ".join(f"{k} {change['before'][k]!s} -> {change['after'][k]!s}" for k in change["after"])
            lines.append(f"  {change['tag']}: {diff}")
        if self.registered:
            verb = "would be registered" if self.dry_run else "registered"
            lines.append(
                f"Devices of the file {verb} ({len(self.registered)}; category guessed from the system, check "
                "it): " + ", ".join(self.registered[:50])
            )
        if self.not_in_inventory:
            lines.append(
                f"Not in the inventory ({len(self.not_in_inventory)}; --register-missing registers those with a "
                "serial number or IMEI): " + ", ".join(self.not_in_inventory[:50])
            )
        if self.missing_from_file:
            lines.append(
                f"Laptops absent from the file ({len(self.missing_from_file)}): "
                + ", ".join(self.missing_from_file[:50])
            )
        if self.ignored_columns:
            lines.append(f"Ignored columns (not read): {', '.join(self.ignored_columns)}.")
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        return lines


class _DryRun(Exception):
    pass


def _state(row: dict[str, str], source: Source) -> EncryptionState | None:
    if "filevault" in row:
        return _FILEVAULT.get(row["filevault"].strip().lower())
    raw = row.get("encrypted", "").strip().lower()
    if raw in _YES:
        return EncryptionState.ENCRYPTED
    if raw in _NO:
        return EncryptionState.NONE
    return None


def _method(row: dict[str, str], source: Source) -> str:
    if source == Source.JAMF:
        return "FileVault"
    system = (row.get("os", "") + " " + row.get("os_version", "")).lower()
    if "mac" in system:
        return "FileVault"
    if "ios" in system or "ipados" in system:
        return "iOS data protection"
    if "android" in system:
        return "Android encryption"
    return "BitLocker"


@bulk.collector_paused()
def import_encryption(
    ctx: ServiceContext,
    path: str | Path,
    source: Source = Source.INTUNE,
    dry_run: bool = False,
    forced_dates: str | None = None,
    register_missing: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> EncryptionReport:
    """Update the encryption facts of every device the MDM file reports; all or none.

    `register_missing` first registers the file's devices that the inventory lacks (those with a serial
    number or an IMEI), in the same transaction, then updates them like the others."""
    ctx.require(Permission.INVENTORY_EDIT)
    file = Path(path)
    with open_table(file) as table:
        header = [h.strip() for h in table.header]
        mapping: dict[int, str] = {}
        for i, h in enumerate(header):
            target = COLUMNS.get(header_key(h))
            if target and target not in mapping.values():
                mapping[i] = target
        for h in header:
            if "recovery" in header_key(h) and "key" in header_key(h):
                raise _key_refusal(file, h, 1)
        records: list[tuple[int, dict[str, str]]] = []
        problems: list[Problem] = []
        plain = table.kind == "csv"  # every cell a text: the row's read columns are taken at once
        fields, indexes = tuple(mapping.values()), tuple(mapping)
        pick = itemgetter(*indexes) if len(indexes) > 1 else None
        strip = str.strip
        for number, cells in table.records:
            if plain:
                if not "".join(cells).strip():
                    continue
            elif not any(str(c).strip() for c in cells):
                continue
            width = len(cells)
            if width < len(header) and plain:
                problems.append(
                    Problem(
                        number, f"column {width + 1}", f"the row has {width} fields but the header has {len(header)}."
                    )
                )
                continue
            long_cell = not plain or max(map(len, cells), default=0) >= 29  # shorter: no key
            for i, cell in enumerate(cells if long_cell else ()):
                if isinstance(cell, str) and len(cell) >= 29 and "-" in cell:
                    try:
                        escrow_place(cell, header[i] if i < len(header) else "column")
                    except ValidationFailed:
                        raise _key_refusal(file, header[i] if i < len(header) else f"column {i + 1}", number) from None
            if plain and pick is not None:
                records.append((number, dict(zip(fields, map(strip, pick(cells)), strict=True))))
            else:
                records.append((number, {f: str(cells[i]).strip() if i < width else "" for i, f in mapping.items()}))
        kind, encoding = table.kind, table.encoding
    columns = {header[i]: f for i, f in mapping.items()}
    ignored = tuple(h for i, h in enumerate(header) if i not in mapping and h)
    if not ({"serial", "imei", "device"} & set(mapping.values())) or not (
        {"encrypted", "filevault"} & set(mapping.values())
    ):
        raise ValidationFailed(
            f"{file.name}: an MDM file needs a serial number (or IMEI, or device name) and an encryption column; "
            f"its columns: {', '.join(header[:10])}.",
            code="not_an_mdm_file",
            field="header",
        )
    checked_column = next((h for h, f in columns.items() if f == "checked"), "")
    order = (
        dates.DateOrder(forced_dates)
        if forced_dates
        else dates.detect([r.get("checked", "") for _, r in records[:20000]], dates.DateOrder.MDY).order
    )
    now = ctx.now()
    escrow = _ESCROW[source]
    report_changes: list[dict[str, Any]] = []
    not_in_inventory: list[str] = []
    matched = 0
    registered: list[str] = []
    try:
        with ctx.transaction():
            with_tags = "serial" not in fields  # a device name is matched against our tags only then
            by_serial, by_imei, by_tag, laptops = _inventory(with_tags)
            if register_missing:
                registered = _register(ctx, records, by_serial, by_imei, source, columns)
                if registered:
                    by_serial, by_imei, by_tag, laptops = _inventory(with_tags)
            seen: set[int] = set()
            updates: list[tuple[int, dict[str, Any], dict[str, Any], tuple[Any, ...]]] = []
            total = len(records)
            final = {s.value for s in FINAL_STATUSES}
            state_field = "filevault" if "filevault" in fields else "encrypted"
            # A file repeats a few values (encryption, system, check-in times): each is read once per import.
            states: dict[str, EncryptionState | None] = {}
            methods: dict[tuple[str, str], str] = {}
            checks: dict[str, str | ValidationFailed] = {}
            with_serial = "serial" in fields
            for count, (number, row) in enumerate(records):
                if progress is not None and count % 2000 == 0:
                    progress("saving", count, total)
                serial = row.get("serial")
                asset = by_serial.get(_serial_key(serial) if serial else "") or by_imei.get(
                    row.get("imei", "").replace(" ", "")
                )
                if asset is None and not with_serial:
                    asset = by_tag.get(row.get("device", "").upper())
                if asset is None:
                    not_in_inventory.append(
                        row.get("serial") or row.get("imei") or row.get("device") or f"row {number}"
                    )
                    continue
                asset_id = asset[0]
                if asset_id in seen:
                    continue
                seen.add(asset_id)
                matched += 1
                raw_state = row.get(state_field, "")
                state = states.get(raw_state, _UNSEEN)
                if state is _UNSEEN:
                    state = states[raw_state] = _state(row, source)
                if state is None:
                    raw = row.get("filevault") or row.get("encrypted", "")
                    if raw:
                        problems.append(
                            Problem(
                                number, _col(columns, "filevault", "encrypted"), f"unknown encryption value {raw!r}."
                            )
                        )
                    continue
                raw_checked = row.get("checked", "")
                checked = checks.get(raw_checked)
                if checked is None:
                    try:  # as the inventory's times: text
                        checked = (_checked(raw_checked, order, now) or now).isoformat(" ")
                    except ValidationFailed as exc:
                        checked = exc
                    checks[raw_checked] = checked
                if isinstance(checked, ValidationFailed):
                    problems.append(Problem(number, checked_column, checked.message))
                    continue
                if asset[4] in final:
                    continue
                if state is EncryptionState.NONE:
                    after = (_NONE_VALUE, "", checked, asset[9])
                else:
                    system = (row.get("os", ""), row.get("os_version", ""))
                    method = methods.get(system)
                    if method is None:
                        method = methods[system] = _method(row, source)
                    after = (state.value, method, checked, escrow)
                old = asset[6:]
                if old[2] is not None and old[2].__class__ is not str:
                    old = (old[0], old[1], old[2].isoformat(" "), old[3])
                elif old[2] is not None and "T" in old[2]:
                    old = (old[0], old[1], old[2].replace("T", " "), old[3])
                if old != after:
                    before: dict[str, Any] = {}
                    shown: dict[str, Any] = {}
                    for key, was, value in zip(_TRACKED, old, after, strict=True):
                        if was != value:
                            before[key] = was
                            shown[key] = value
                    updates.append((asset_id, before, shown, after))
                    report_changes.append({"tag": asset[1], "before": before, "after": shown})
            if problems:
                ordered = sorted(problems, key=lambda p: p.row)
                lines = "\n".join(f"  {p}" for p in ordered[:50])
                raise ValidationFailed(
                    f"{len(ordered)} problem(s), nothing was imported:\n{lines}",
                    code="import_refused",
                    problems=ordered,
                )
            if progress is not None:
                progress("saving", total, total)
            _apply(ctx, updates, now)
            missing = sorted(tag for laptop_id, tag in laptops.items() if laptop_id not in seen)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return EncryptionReport(
        file_format=source.value,
        kind=kind,
        encoding=encoding,
        rows=len(records),
        matched=matched,
        changed=len(report_changes),
        dry_run=dry_run,
        columns=columns,
        ignored_columns=ignored,
        changes=tuple(report_changes),
        not_in_inventory=tuple(not_in_inventory),
        missing_from_file=tuple(missing),
        dates={checked_column: order.value} if checked_column else {},
        registered=tuple(registered),
    )


def _col(columns: dict[str, str], *fields: str) -> str:
    return next((h for h, f in columns.items() if f in fields), fields[0])


def _key_refusal(file: Path, column: str, row: int) -> ValidationFailed:
    return ValidationFailed(
        f"{file.name}: column {column!r} (row {row}) holds recovery keys; they are never stored. Remove the column "
        "from the export and import again: nothing was imported.",
        code="recovery_key_refused",
        field=column,
    )


def _checked(raw: str, order: dates.DateOrder, now: datetime) -> datetime | None:
    raw = raw.strip().replace("Z", "").split(".")[0]
    if not raw:
        return None
    try:
        value: Any = datetime.fromisoformat(raw)
    except ValueError:
        value = dates.parse(raw, order, "last check-in")
        if value is None:
            raise ValidationFailed(f"Invalid check-in time {raw!r}.", code="invalid_date", field="checked") from None
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    if value > now:
        raise ValidationFailed(f"the check-in time {raw} is in the future.", code="date_in_future", field="checked")
    return value.replace(tzinfo=None)


_UNSEEN: Any = object()
_NONE_VALUE = EncryptionState.NONE.value
_SERIAL_NOISE = str.maketrans("", "", " -./_\t\u00a0\u202f")  # as `identifiers.serial_key`


def _serial_key(serial: str) -> str:
    """`identifiers.serial_key` of a text (`""` for no key); the usual serial, letters and digits only, at once."""
    upper = serial.upper()
    return upper if upper.isalnum() else upper.translate(_SERIAL_NOISE)


def _inventory(
    with_tags: bool = True,
) -> tuple[dict[str, Device], dict[str, Device], dict[str, Device], dict[int, str]]:
    """The inventory's devices by serial key, IMEI and tag (`with_tags`), and its laptops still in service.

    Raw rows (no per-value conversion by the ORM): the whole inventory is read, 100,000s of devices. The
    check-in time stays as the driver gives it; it is compared as `YYYY-MM-DD HH:MM:SS` text."""
    by_serial: dict[str, Device] = {}
    by_imei: dict[str, Device] = {}
    by_tag: dict[str, Device] = {}
    laptops: dict[int, str] = {}
    final = {s.value for s in FINAL_STATUSES}
    names = ("id", "tag", "serial", "imei", "status", "category", *_TRACKED)
    sql, params = Asset.select(*(getattr(Asset, n) for n in names)).sql()
    for asset in Asset._meta.database.execute_sql(sql, params):
        if with_tags:
            by_tag[asset[1].upper()] = asset
        if asset[2]:
            by_serial[_serial_key(str(asset[2]))] = asset
        if asset[3]:
            by_imei[asset[3]] = asset
        if asset[5] == "laptop" and asset[4] not in final:
            laptops[asset[0]] = asset[1]
    return by_serial, by_imei, by_tag, laptops


def _apply(
    ctx: ServiceContext, updates: list[tuple[int, dict[str, Any], dict[str, Any], tuple[Any, ...]]], now: datetime
) -> None:
    """One UPDATE per changed device (executemany) and one event per changed device."""
    if not updates:
        return
    mark = ctx.db.param
    sql = (
        f'UPDATE "asset" SET {", ".join(f"{k} = {mark}" for k in _TRACKED)}, updated_at = {mark}, '
        f"version = version + 1 WHERE id = {mark}"
    )
    # SQLite stores a datetime as sqlite3's adapter writes it (`isoformat(" ")`): given as that text, once.
    stamp: Any = now.isoformat(" ") if isinstance(ctx.db, peewee.SqliteDatabase) else now
    cursor = ctx.db.cursor()
    cursor.executemany(sql, [(*after, stamp, asset_id) for asset_id, _b, _c, after in updates])
    ctx.log(
        NewEvent("asset", asset_id, "encryption_check", before, shown) for asset_id, before, shown, _after in updates
    )


def guessed_category(row: dict[str, str], source: Source) -> str:
    """What a device of an MDM file most likely is, from its system and model: a computer is taken for a laptop."""
    system = (row.get("os", "") + " " + row.get("os_version", "")).lower()
    model = row.get("model", "").lower()
    if "iphone" in model:
        return "smartphone"
    if "ipad" in model or (system.startswith("ipados") and "ios/" not in system):
        return "tablet"  # Intune says "iOS/iPadOS" for both: the model tells them apart
    if "ios" in system or "android" in system:
        return "smartphone"
    return "laptop"


def _register(
    ctx: ServiceContext,
    records: list[tuple[int, dict[str, str]]],
    by_serial: dict[str, Device],
    by_imei: dict[str, Device],
    source: Source,
    columns: dict[str, str],
) -> list[str]:
    """Register the file's devices that the inventory lacks (by serial, else IMEI); their tags, file order."""
    from klara_assets.services.inventory import register_assets

    inputs: list[dict[str, Any]] = []
    numbers: list[int] = []
    seen: set[str] = set()
    for number, row in records:
        serial, imei = row.get("serial", ""), row.get("imei", "").replace(" ", "")
        if not serial and not imei:
            continue
        key = serial_key(serial) or imei
        if (serial and by_serial.get(key)) or (imei and by_imei.get(imei)) or key in seen:
            continue
        seen.add(key)
        system = " ".join(p for p in (row.get("os", ""), row.get("os_version", "")) if p)
        apple = source == Source.JAMF or any(w in system.lower() for w in ("mac", "ios", "ipad"))
        values: dict[str, Any] = {
            "category": guessed_category(row, source),
            "manufacturer": row.get("manufacturer") or ("Apple" if apple else "Unknown"),
            "model": row.get("model") or row.get("device") or "Unknown",
            "os": system[:100],
        }
        if serial:
            values["serial"] = serial
        if imei:
            values["imei"] = imei
        if row.get("device"):
            values["notes"] = f"Registered from the {_ESCROW[source]} export (device name {row['device']})."
        inputs.append(values)
        numbers.append(number)
    if not inputs:
        return []
    try:
        tags: list[str] = register_assets(ctx, inputs).result  # type: ignore[assignment]
    except ValidationFailed as exc:
        problems = exc.params.get("problems") or []
        if not problems:
            raise
        located = [
            Problem(numbers[p.row - 1] if 0 < p.row <= len(numbers) else p.row, _col(columns, p.field), p.message)
            for p in problems
        ]
        lines = "\n".join(f"  {p}" for p in located[:50])
        raise ValidationFailed(
            f"{len(located)} problem(s) registering the devices of the file, nothing was imported:\n{lines}",
            code="import_refused",
            problems=located,
        ) from None
    return tags
