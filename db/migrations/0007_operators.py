"""0007: operator accounts and their roles, the `login_required` setting, and change notifications.

Operators (issue 8): a login, a display name, a slow password hash (argon2id, never the password), an
active flag and a version; roles live in `operator_role`, one CHECKed row per role. On PostgreSQL a
statement trigger on the activity log sends `NOTIFY klara_changes, '{"asset": [ids], ...}'` for every
statement that logs events; PostgreSQL delivers it when the transaction commits (never for a rollback),
so the other seats refresh what changed. More than 100 ids of one kind are sent as `[]` ("some").
"""
from peewee import *

POSTGRES_NOTIFY = [
    """CREATE FUNCTION klara_notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE payload text;
    BEGIN
        SELECT coalesce(json_object_agg(entity, ids), '{}')::text INTO payload FROM (
            SELECT entity,
                   CASE WHEN count(DISTINCT entity_id) > 100 THEN '[]'::json
                        ELSE coalesce(json_agg(DISTINCT entity_id) FILTER (WHERE entity_id IS NOT NULL), '[]'::json)
                   END AS ids
            FROM new_events GROUP BY entity) AS touched;
        IF length(payload) > 7900 THEN
            SELECT json_object_agg(entity, '[]'::json)::text INTO payload FROM (SELECT DISTINCT entity FROM new_events) AS e;
        END IF;
        PERFORM pg_notify('klara_changes', payload);
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER event_notify AFTER INSERT ON event REFERENCING NEW TABLE AS new_events
    FOR EACH STATEMENT EXECUTE FUNCTION klara_notify_changes()""",
]

ROLES = "'administrator', 'office_manager', 'technician', 'security_officer', 'auditor'"


def up(migrator, db):
    class Operator(Model):
        name = CharField(max_length=200)
        login = CharField(unique=True, max_length=100)
        password_hash = CharField(max_length=200)
        active = BooleanField(default=True)
        version = IntegerField(default=1)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'operator'
    db.create_tables([Operator])

    class OperatorRole(Model):
        operator = ForeignKeyField(Operator, on_delete='CASCADE')
        role = CharField(max_length=32, constraints=[Check(f"role IN ({ROLES})")])
        class Meta:
            database = db
            table_name = 'operator_role'
            indexes = ((('operator', 'role'), True),)
    db.create_tables([OperatorRole])

    db.execute_sql("INSERT INTO setting (key, value) VALUES ('login_required', 'false')")
    if isinstance(db, PostgresqlDatabase):
        for statement in POSTGRES_NOTIFY:
            db.execute_sql(statement)
