"""0008: storage kind `unknown`, normalised serial keys, and anchors of the activity log (issue 12).

1. `asset.storage_kind` also takes `unknown` (the CHECK constraint is widened: on SQLite by rewriting the
   table's CREATE statement, which only loosens a constraint and leaves every stored row as it is; on
   PostgreSQL by replacing the constraint).
2. Laptops, desktops, smartphones and tablets whose storage was NEVER given are moved from `none` to
   `unknown`, so they cannot leave without a sanitization. "Never given" is told from "given as none" by
   the activity log: the register event's payload holds exactly the fields the user or the import gave
   (`normalize_asset_fields` only returns the given fields), and every later edit that set the storage
   holds `storage_kind` in its `after`. A device is moved when no event of it ever carried
   `storage_kind`; a device without any event (a database older than the log) is moved too, the safe
   side. No event is written for the move (the chain stays as it was); the register payload explains it.
3. `asset.serial_key`: the serial upper-cased without spaces, dashes, dots or slashes, under a UNIQUE
   index, so `fvf0000001e` and `FVF 0000001E` are one serial for the database too. Existing serials that
   collide after normalisation keep a NULL key on all but the oldest (the service still compares them).
4. `log_anchor`: the head hash and event count at each backup and each issued certificate; `log verify`
   compares the chain with the newest anchor, so removing the last events is detected.
"""
import json

from peewee import *

STORAGE_CATEGORIES = ("laptop", "desktop", "smartphone", "tablet")
OLD_CHECK = "storage_kind IN ('none', 'hdd', 'ssd', 'flash', 'emmc')"
NEW_CHECK = "storage_kind IN ('none', 'hdd', 'ssd', 'flash', 'emmc', 'unknown')"


def serial_key(serial):
    if not serial:
        return None
    key = "".join(ch for ch in str(serial).upper() if ch not in " -./_\t\u00a0\u202f")
    return key or None


def _widen_check(db):
    if isinstance(db, PostgresqlDatabase):
        rows = db.execute_sql(
            "SELECT conname FROM pg_constraint WHERE conrelid = 'asset'::regclass AND contype = 'c'"
            " AND pg_get_constraintdef(oid) LIKE %s",
            ("%storage_kind%",),
        ).fetchall()
        for (name,) in rows:
            db.execute_sql(f'ALTER TABLE asset DROP CONSTRAINT "{name}"')
        db.execute_sql(f"ALTER TABLE asset ADD CONSTRAINT asset_storage_kind_check CHECK ({NEW_CHECK})")
        return
    (sql,) = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'asset'").fetchone()
    if OLD_CHECK not in sql:
        raise RuntimeError("0008: the asset table's storage_kind constraint is not the one 0001 created.")
    (version,) = db.execute_sql("PRAGMA schema_version").fetchone()
    db.execute_sql("PRAGMA writable_schema = ON")
    try:
        db.execute_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'asset'",
            (sql.replace(OLD_CHECK, NEW_CHECK),),
        )
        db.execute_sql(f"PRAGMA schema_version = {version + 1}")
    finally:
        db.execute_sql("PRAGMA writable_schema = OFF")
    (check,) = db.execute_sql("PRAGMA integrity_check").fetchone()
    if check != "ok":
        raise RuntimeError(f"0008: integrity check after widening the constraint: {check}")


def _storage_given(db, asset_ids):
    given = set()
    wanted = set(asset_ids)
    cursor = db.execute_sql(
        f"SELECT entity_id, data FROM event WHERE entity = 'asset' AND data LIKE {db.param}", ("%storage_kind%",)
    )
    for entity_id, data in cursor.fetchall():
        if entity_id not in wanted or entity_id in given:
            continue
        try:
            after = json.loads(data).get("after") or {}
        except ValueError:
            continue
        if "storage_kind" in after:
            given.add(entity_id)
    return given


def up(migrator, db):
    _widen_check(db)

    marks = ", ".join("'%s'" % c for c in STORAGE_CATEGORIES)
    candidates = [
        row[0]
        for row in db.execute_sql(
            f"SELECT id FROM asset WHERE storage_kind = 'none' AND category IN ({marks})"
        ).fetchall()
    ]
    given = _storage_given(db, candidates)
    moved = [i for i in candidates if i not in given]
    for start in range(0, len(moved), 500):
        chunk = moved[start : start + 500]
        db.execute_sql(
            f"UPDATE asset SET storage_kind = 'unknown' WHERE id IN ({', '.join(str(int(i)) for i in chunk)})"
        )

    migrator.migrate(migrator.add_column("asset", "serial_key", CharField(max_length=100, null=True)))
    seen = set()
    updates = []
    for asset_id, serial in db.execute_sql(
        "SELECT id, serial FROM asset WHERE serial IS NOT NULL ORDER BY id"
    ).fetchall():
        key = serial_key(serial)
        if key is None or key in seen:
            continue
        seen.add(key)
        updates.append((key, asset_id))
    param = db.param
    for key, asset_id in updates:
        db.execute_sql(f"UPDATE asset SET serial_key = {param} WHERE id = {param}", (key, asset_id))
    db.execute_sql("CREATE UNIQUE INDEX asset_serial_key ON asset (serial_key)")

    class LogAnchor(Model):
        at = DateTimeField()
        kind = CharField(max_length=40)
        reference = CharField(max_length=100, default='')
        event_count = IntegerField()
        head_id = IntegerField(null=True)
        head_hash = CharField(max_length=64)
        class Meta:
            database = db
            table_name = 'log_anchor'
    db.create_tables([LogAnchor])
