"""0009: attachments stored with their hash, and the fields of the outgoing-waste register (issue 16).

`attachment` keeps a file's bytes in the database (so backups carry them) with its SHA-256, size and the
media type sniffed from its content; `kind` + `owner_id` name what it belongs to. Partners gain their
treatment installation (name, SIRET, address), planned treatment code and carrier récépissé; batches gain
the carrier's SIREN and récépissé and the planned treatment code. `donation` records a device given to an
employee (CGI art. 81, 31° bis) with its cost price and depreciation.
"""
from peewee import *
from playhouse.migrate import SchemaMigrator, migrate as apply_changes

KINDS = "'asset', 'incident', 'sanitization', 'batch', 'partner'"


def up(migrator, db):
    class Attachment(Model):
        kind = CharField(max_length=32, constraints=[Check(f"kind IN ({KINDS})")])
        owner_id = IntegerField()
        file_name = CharField(max_length=255)
        media_type = CharField(max_length=100)
        size = IntegerField()
        sha256 = CharField(max_length=64)
        content = BlobField()
        added_by = CharField(max_length=200)
        added_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'attachment'
            indexes = ((('kind', 'owner_id'), False),)
    db.create_tables([Attachment])

    schema = SchemaMigrator.from_database(db)
    apply_changes(
        schema.add_column('partner', 'treatment_name', CharField(max_length=200, default='')),
        schema.add_column('partner', 'treatment_siret', CharField(max_length=14, default='')),
        schema.add_column('partner', 'treatment_address', TextField(default='')),
        schema.add_column('partner', 'treatment_code', CharField(max_length=10, default='')),
        schema.add_column('partner', 'recepisse', CharField(max_length=100, default='')),
        schema.add_column('disposal_batch', 'carrier_siren', CharField(max_length=9, default='')),
        schema.add_column('disposal_batch', 'carrier_recepisse', CharField(max_length=100, default='')),
        schema.add_column('disposal_batch', 'treatment_code', CharField(max_length=10, default='')),
    )
    db.execute_sql("INSERT INTO setting (key, value) VALUES ('attachment_max_mb', '25')")

    class Donation(Model):
        number = CharField(max_length=20, unique=True)
        asset = IntegerField(unique=True)
        person = IntegerField()
        donated_on = DateField()
        cost_price = DecimalField(max_digits=12, decimal_places=2, auto_round=True)
        depreciation = DecimalField(max_digits=12, decimal_places=2, auto_round=True)
        net_book_value = DecimalField(max_digits=12, decimal_places=2, auto_round=True)
        created_at = DateTimeField()
        created_by = CharField(max_length=200)
        class Meta:
            database = db
            table_name = 'donation'
            indexes = ((('person', 'donated_on'), False),)
    db.create_tables([Donation])
