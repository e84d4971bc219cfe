"""0015: an audit tells the devices held by staff from the ones expected in the room (issue 14 §5).

`audit_expected.held` is true for a device recorded at the audited location but checked out to someone
when the audit opened: it is listed apart ("with their holder") and never counted missing. Existing
audits keep every line as it was (held false).
"""
from peewee import *
from playhouse.migrate import SchemaMigrator, migrate as apply_changes


def up(migrator, db):
    schema = SchemaMigrator.from_database(db)
    apply_changes(schema.add_column('audit_expected', 'held', BooleanField(default=False)))
