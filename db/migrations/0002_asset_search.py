"""0002: the search index over tag, serial, IMEIs, manufacturer + model and the holder's name.

SQLite: an FTS5 table with the trigram tokenizer (substring search in about a millisecond at 100k rows).
FTS5 rows written from a trigger cost ~40 µs each (ten times a plain row), which would make a 100k-row
import eight times slower; so SQLite triggers only queue the ids whose text changed (asset edits, a
holder's change, a person's rename, a deletion) in `asset_search_stale`, and new assets are simply those
above the highest indexed id. `klara_assets.persistence.asset_search` searches the index plus the live
columns of those few pending rows, and `reindex_pending()` folds them into the index in one statement.

PostgreSQL: a plain table kept up to date by row triggers, with a `pg_trgm` GIN index for ILIKE
'%term%' (no index, same results, when the extension is unavailable). Neither table is a peewee model:
they are derived data, rebuilt from `asset` and `person`, and schema_diff ignores tables no model covers.
"""
from peewee import PostgresqlDatabase

SQLITE_BODY = (
    "a.tag || ' ' || coalesce(a.serial, '') || ' ' || coalesce(a.imei, '') || ' ' || coalesce(a.imei2, '')"
    " || ' ' || a.manufacturer || ' ' || a.model || ' ' || coalesce(p.name, '')"
)

SQLITE = [
    "CREATE VIRTUAL TABLE asset_search USING fts5(body, tokenize = 'trigram')",
    "CREATE TABLE asset_search_stale (asset_id INTEGER PRIMARY KEY)",
    """CREATE TRIGGER asset_search_on_update AFTER UPDATE OF tag, serial, imei, imei2, manufacturer, model, holder_id
    ON asset WHEN new.tag IS NOT old.tag OR new.serial IS NOT old.serial OR new.imei IS NOT old.imei
        OR new.imei2 IS NOT old.imei2 OR new.manufacturer IS NOT old.manufacturer OR new.model IS NOT old.model
        OR new.holder_id IS NOT old.holder_id
    BEGIN INSERT OR IGNORE INTO asset_search_stale (asset_id) VALUES (new.id); END""",
    """CREATE TRIGGER asset_search_on_delete AFTER DELETE ON asset
    BEGIN INSERT OR IGNORE INTO asset_search_stale (asset_id) VALUES (old.id); END""",
    """CREATE TRIGGER asset_search_on_rename AFTER UPDATE OF name ON person WHEN new.name IS NOT old.name
    BEGIN INSERT OR IGNORE INTO asset_search_stale (asset_id) SELECT id FROM asset WHERE holder_id = new.id; END""",
    f"INSERT INTO asset_search (rowid, body) SELECT a.id, {SQLITE_BODY} FROM asset a LEFT JOIN person p ON p.id = a.holder_id",
]

POSTGRES_BODY = "concat_ws(' ', {a}.tag, {a}.serial, {a}.imei, {a}.imei2, {a}.manufacturer, {a}.model, {name})"

POSTGRES = [
    """CREATE TABLE asset_search (
        asset_id integer PRIMARY KEY REFERENCES asset (id) ON DELETE CASCADE,
        body text NOT NULL)""",
    """CREATE FUNCTION asset_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO asset_search (asset_id, body)
        VALUES (NEW.id, """
    + POSTGRES_BODY.format(a="NEW", name="(SELECT name FROM person WHERE id = NEW.holder_id)")
    + """)
        ON CONFLICT (asset_id) DO UPDATE SET body = EXCLUDED.body;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION asset_search_rename() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE asset_search s SET body = """
    + POSTGRES_BODY.format(a="a", name="NEW.name")
    + """
        FROM asset a WHERE a.holder_id = NEW.id AND s.asset_id = a.id;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER asset_search_on_insert AFTER INSERT ON asset FOR EACH ROW EXECUTE FUNCTION asset_search_refresh()",
    """CREATE TRIGGER asset_search_on_update AFTER UPDATE OF tag, serial, imei, imei2, manufacturer, model, holder_id
    ON asset FOR EACH ROW WHEN ((NEW.tag, NEW.serial, NEW.imei, NEW.imei2, NEW.manufacturer, NEW.model, NEW.holder_id)
        IS DISTINCT FROM (OLD.tag, OLD.serial, OLD.imei, OLD.imei2, OLD.manufacturer, OLD.model, OLD.holder_id))
    EXECUTE FUNCTION asset_search_refresh()""",
    """CREATE TRIGGER asset_search_on_rename AFTER UPDATE OF name ON person FOR EACH ROW
    WHEN (NEW.name IS DISTINCT FROM OLD.name) EXECUTE FUNCTION asset_search_rename()""",
    "INSERT INTO asset_search (asset_id, body) SELECT a.id, "
    + POSTGRES_BODY.format(a="a", name="p.name")
    + " FROM asset a LEFT JOIN person p ON p.id = a.holder_id",
]


def _trigram_schema(db):
    """The schema holding pg_trgm, installing it in `public` when needed; None when it is unavailable.

    `public` rather than the current schema: an extension exists once per database, and a schema that is
    dropped (a test's, a tenant's) would take the extension and every other schema's index with it.
    """
    installed = (
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
        " WHERE e.extname = 'pg_trgm'"
    )
    row = db.execute_sql(installed).fetchone()
    if row:
        return row[0]
    if not db.execute_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").fetchone():
        return None
    try:
        with db.atomic():  # a savepoint: a refusal (no privilege, a concurrent install) must not abort the migration
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
    except Exception:
        pass
    row = db.execute_sql(installed).fetchone()
    return row[0] if row else None


def up(migrator, db):
    if not isinstance(db, PostgresqlDatabase):
        for statement in SQLITE:
            db.execute_sql(statement)
        return
    for statement in POSTGRES:
        db.execute_sql(statement)
    schema = _trigram_schema(db)
    if schema is not None:
        db.execute_sql(f'CREATE INDEX asset_search_trgm ON asset_search USING gin (body "{schema}".gin_trgm_ops)')


def down(migrator, db):
    if not isinstance(db, PostgresqlDatabase):
        for name in ("asset_search_on_update", "asset_search_on_delete", "asset_search_on_rename"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
        db.execute_sql("DROP TABLE IF EXISTS asset_search_stale")
        db.execute_sql("DROP TABLE IF EXISTS asset_search")
        return
    db.execute_sql("DROP TRIGGER IF EXISTS asset_search_on_rename ON person")
    db.execute_sql("DROP TRIGGER IF EXISTS asset_search_on_insert ON asset")
    db.execute_sql("DROP TRIGGER IF EXISTS asset_search_on_update ON asset")
    db.execute_sql("DROP FUNCTION IF EXISTS asset_search_rename()")
    db.execute_sql("DROP FUNCTION IF EXISTS asset_search_refresh()")
    db.execute_sql("DROP TABLE IF EXISTS asset_search")
