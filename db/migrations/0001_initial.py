"""0001: the whole schema of SPEC §2 (frozen models), and the append-only guard on the activity log."""
from peewee import *

SQLITE_TRIGGERS = [
    "CREATE TRIGGER event_no_update BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END",
    "CREATE TRIGGER event_no_delete BEFORE DELETE ON event BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END",
]

POSTGRES_TRIGGERS = [
    """CREATE OR REPLACE FUNCTION event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the activity log is append-only'; END $$""",
    "CREATE TRIGGER event_no_change BEFORE UPDATE OR DELETE ON event FOR EACH ROW EXECUTE FUNCTION event_append_only()",
    "CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event FOR EACH STATEMENT EXECUTE FUNCTION event_append_only()",
]

def up(migrator, db):
    class Location(Model):
        site = CharField(max_length=100)
        room = CharField(max_length=100, default='')
        class Meta:
            database = db
            table_name = 'location'
            indexes = ((('site', 'room'), True),)
    db.create_tables([Location])

    class Person(Model):
        name = CharField(max_length=200)
        email = CharField(unique=True, max_length=254)
        employee_no = CharField(max_length=50, default='')
        department = CharField(max_length=100, default='')
        location = ForeignKeyField(Location, null=True, on_delete='RESTRICT')
        active = BooleanField(default=True)
        left_on = DateField(null=True)
        version = IntegerField(default=1)
        class Meta:
            database = db
            table_name = 'person'
    db.create_tables([Person])

    class Asset(Model):
        tag = CharField(unique=True, max_length=40)
        category = CharField(max_length=32, constraints=[Check("category IN ('laptop', 'desktop', 'smartphone', 'tablet', 'monitor', 'peripheral', 'other')")])
        manufacturer = CharField(max_length=100, default='')
        model = CharField(max_length=200, default='')
        serial = CharField(unique=True, null=True, max_length=100)
        imei = CharField(unique=True, null=True, max_length=15)
        imei2 = CharField(unique=True, null=True, max_length=15)
        purchased_on = DateField(null=True)
        price = DecimalField(null=True, max_digits=12, decimal_places=2)
        supplier = CharField(max_length=200, default='')
        order_no = CharField(max_length=100, default='')
        warranty_end = DateField(null=True)
        os = CharField(max_length=100, default='')
        storage_kind = CharField(max_length=32, default='none', constraints=[Check("storage_kind IN ('none', 'hdd', 'ssd', 'flash', 'emmc')")])
        storage_gb = IntegerField(null=True)
        encryption_state = CharField(max_length=32, default='unknown', constraints=[Check("encryption_state IN ('unknown', 'none', 'partial', 'encrypted')")])
        encryption_method = CharField(max_length=100, default='')
        encryption_checked_at = DateTimeField(null=True)
        recovery_key_escrow = CharField(max_length=200, default='')
        weight_kg = DecimalField(null=True, max_digits=10, decimal_places=3)
        condition = CharField(max_length=32, default='good', constraints=[Check("condition IN ('good', 'fair', 'poor', 'broken')")])
        location = ForeignKeyField(Location, null=True, on_delete='RESTRICT')
        holder = ForeignKeyField(Person, null=True, on_delete='RESTRICT')
        status = CharField(index=True, max_length=32, default='in_stock', constraints=[Check("status IN ('in_stock', 'assigned', 'in_repair', 'lost', 'stolen', 'written_off', 'retired', 'to_refurbish', 'to_recycle', 'refurbished', 'recycled')")])
        notes = TextField(default='')
        last_audit_at = DateTimeField(null=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()
        version = IntegerField(default=1)
        class Meta:
            database = db
            table_name = 'asset'
    db.create_tables([Asset])

    class Assignment(Model):
        asset = ForeignKeyField(Asset, on_delete='RESTRICT')
        person = ForeignKeyField(Person, on_delete='RESTRICT')
        out_at = DateTimeField()
        due_back = DateField(null=True)
        in_at = DateTimeField(null=True)
        condition_at_return = CharField(null=True, max_length=32, constraints=[Check("condition_at_return IS NULL OR condition_at_return IN ('good', 'fair', 'poor', 'broken')")])
        receipt_no = CharField(max_length=40, default='')
        override_reason = TextField(default='')
        class Meta:
            database = db
            table_name = 'assignment'
    db.create_tables([Assignment])

    class AuditSession(Model):
        location = ForeignKeyField(Location, on_delete='RESTRICT')
        opened_at = DateTimeField()
        opened_by = CharField(max_length=200)
        closed_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'audit_session'
    db.create_tables([AuditSession])

    class AuditExpected(Model):
        session = ForeignKeyField(AuditSession, on_delete='CASCADE')
        asset = ForeignKeyField(Asset, on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'audit_expected'
            indexes = ((('session', 'asset'), True),)
    db.create_tables([AuditExpected])

    class AuditScan(Model):
        session = ForeignKeyField(AuditSession, on_delete='CASCADE')
        code = CharField(max_length=200)
        asset = ForeignKeyField(Asset, null=True, on_delete='RESTRICT')
        result = CharField(max_length=20, constraints=[Check("result IN ('found', 'unexpected', 'unknown')")])
        at = DateTimeField()
        class Meta:
            database = db
            table_name = 'audit_scan'
    db.create_tables([AuditScan])

    class Partner(Model):
        name = CharField(unique=True, max_length=200)
        kind = CharField(max_length=32, constraints=[Check("kind IN ('refurbisher', 'recycler', 'donee', 'eco_organisme')")])
        siret = CharField(max_length=14)
        address = TextField(default='')
        contact = CharField(max_length=200, default='')
        social_economy = BooleanField(default=False)
        version = IntegerField(default=1)
        class Meta:
            database = db
            table_name = 'partner'
    db.create_tables([Partner])

    class DisposalBatch(Model):
        number = CharField(unique=True, max_length=20)
        kind = CharField(max_length=32, constraints=[Check("kind IN ('refurbishment', 'recycling')")])
        partner = ForeignKeyField(Partner, on_delete='RESTRICT')
        eco_organisme = ForeignKeyField(Partner, null=True, on_delete='RESTRICT')
        status = CharField(max_length=32, default='open', constraints=[Check("status IN ('open', 'shipped', 'closed')")])
        pickup_date = DateField(null=True)
        carrier = CharField(max_length=200, default='')
        tracking_ref = CharField(max_length=100, default='')
        waste_code = CharField(max_length=20, default='')
        created_at = DateTimeField()
        closed_at = DateTimeField(null=True)
        version = IntegerField(default=1)
        class Meta:
            database = db
            table_name = 'disposal_batch'
    db.create_tables([DisposalBatch])

    class BatchItem(Model):
        batch = ForeignKeyField(DisposalBatch, on_delete='RESTRICT')
        asset = ForeignKeyField(Asset, on_delete='RESTRICT')
        outcome = CharField(null=True, max_length=32, constraints=[Check("outcome IS NULL OR outcome IN ('reused', 'refurbished', 'recycled', 'destroyed')")])
        weight_kg = DecimalField(null=True, max_digits=10, decimal_places=3)
        class Meta:
            database = db
            table_name = 'batch_item'
            indexes = ((('batch', 'asset'), True),)
    db.create_tables([BatchItem])

    class Certificate(Model):
        number = CharField(unique=True, max_length=20)
        kind = CharField(max_length=32, constraints=[Check("kind IN ('recycling', 'refurbishment', 'sanitization')")])
        batch = ForeignKeyField(DisposalBatch, null=True, on_delete='RESTRICT')
        asset = ForeignKeyField(Asset, null=True, on_delete='RESTRICT')
        language = CharField(max_length=32, constraints=[Check("language IN ('fr', 'en')")])
        issued_at = DateTimeField()
        issued_by = CharField(max_length=200)
        sha256 = CharField(unique=True, max_length=64)
        content_digest = CharField(max_length=64)
        pdf = BlobField()
        signed = BooleanField(default=False)
        revoked_at = DateTimeField(null=True)
        revoked_reason = TextField(default='')
        supersedes = ForeignKeyField('self', null=True, on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'certificate'
    db.create_tables([Certificate])

    class Event(Model):
        at = DateTimeField()
        actor = CharField(max_length=200)
        entity = CharField(max_length=40)
        entity_id = IntegerField(null=True)
        action = CharField(max_length=60)
        data = TextField()
        prev_hash = CharField(max_length=64)
        hash = CharField(max_length=64)
        class Meta:
            database = db
            table_name = 'event'
            indexes = ((('entity', 'entity_id'), False),)
    db.create_tables([Event])

    class Incident(Model):
        number = CharField(unique=True, max_length=20)
        asset = ForeignKeyField(Asset, on_delete='RESTRICT')
        kind = CharField(max_length=32, constraints=[Check("kind IN ('lost', 'stolen', 'damaged', 'compromised')")])
        occurred_at = DateTimeField(null=True)
        discovered_at = DateTimeField()
        reporter = CharField(max_length=200, default='')
        place = CharField(max_length=200, default='')
        description = TextField(default='')
        police_ref = CharField(max_length=100, default='')
        holder = ForeignKeyField(Person, null=True, on_delete='RESTRICT')
        encryption_at_time = CharField(max_length=32, constraints=[Check("encryption_at_time IN ('unknown', 'none', 'partial', 'encrypted')")])
        personal_data = CharField(max_length=32, default='unknown', constraints=[Check("personal_data IN ('yes', 'no', 'unknown')")])
        status = CharField(max_length=32, default='open', constraints=[Check("status IN ('open', 'closed')")])
        outcome = CharField(null=True, max_length=32, constraints=[Check("outcome IS NULL OR outcome IN ('recovered', 'written_off', 'repaired')")])
        closed_at = DateTimeField(null=True)
        version = IntegerField(default=1)
        class Meta:
            database = db
            table_name = 'incident'
    db.create_tables([Incident])

    class IncidentStepRecord(Model):
        incident = ForeignKeyField(Incident, on_delete='RESTRICT')
        step = CharField(max_length=32, constraints=[Check("step IN ('security_officer_notified', 'credentials_revoked', 'remote_lock', 'remote_wipe', 'police_report', 'cnil_notified')")])
        at = DateTimeField()
        reference = CharField(max_length=200, default='')
        note = TextField(default='')
        class Meta:
            database = db
            table_name = 'incident_step'
    db.create_tables([IncidentStepRecord])

    class PartnerCertification(Model):
        partner = ForeignKeyField(Partner, on_delete='CASCADE')
        scheme = CharField(max_length=32, constraints=[Check("scheme IN ('R2v3', 'e-Stewards', 'WEEELABEX', 'ISO 14001', 'ISO 27001', 'NAID AAA')")])
        number = CharField(max_length=100)
        valid_until = DateField()
        class Meta:
            database = db
            table_name = 'partner_certification'
    db.create_tables([PartnerCertification])

    class Sanitization(Model):
        asset = ForeignKeyField(Asset, on_delete='RESTRICT')
        performed_at = DateTimeField()
        operator_name = CharField(max_length=200)
        operator_title = CharField(max_length=200, default='')
        operator_organisation = CharField(max_length=200, default='')
        operator_location = CharField(max_length=200, default='')
        operator_phone = CharField(max_length=50, default='')
        media_type = CharField(max_length=50, default='')
        source = CharField(max_length=200, default='')
        classification = CharField(max_length=100, default='')
        data_backed_up = CharField(max_length=10, default='unknown')
        backup_location = CharField(max_length=200, default='')
        method = CharField(max_length=32, constraints=[Check("method IN ('clear', 'purge', 'destroy')")])
        technique = CharField(max_length=100)
        tool = CharField(max_length=200)
        tool_version = CharField(max_length=100, default='')
        verification = CharField(max_length=32, constraints=[Check("verification IN ('full', 'sampling', 'other')")])
        result = CharField(max_length=32, constraints=[Check("result IN ('pass', 'fail')")])
        post_classification = CharField(max_length=100, default='')
        destination = CharField(null=True, max_length=32, constraints=[Check("destination IS NULL OR destination IN ('internal_reuse', 'external_reuse', 'recycling_facility', 'manufacturer', 'other')")])
        vendor_report_id = CharField(max_length=100, default='')
        notes = TextField(default='')
        class Meta:
            database = db
            table_name = 'sanitization'
    db.create_tables([Sanitization])

    class Sequence(Model):
        name = CharField(primary_key=True, max_length=100)
        value = IntegerField()
        class Meta:
            database = db
            table_name = 'sequence'
    db.create_tables([Sequence])

    class Setting(Model):
        key = CharField(primary_key=True, max_length=100)
        value = TextField()
        class Meta:
            database = db
            table_name = 'setting'
    db.create_tables([Setting])

    triggers = POSTGRES_TRIGGERS if isinstance(db, PostgresqlDatabase) else SQLITE_TRIGGERS
    for statement in triggers:
        db.execute_sql(statement)


def down(migrator, db):
    migrator.migrate(migrator.drop_table('setting'))
    migrator.migrate(migrator.drop_table('sequence'))
    migrator.migrate(migrator.drop_table('sanitization'))
    migrator.migrate(migrator.drop_table('partner_certification'))
    migrator.migrate(migrator.drop_table('incident_step'))
    migrator.migrate(migrator.drop_table('incident'))
    migrator.migrate(migrator.drop_table('event'))
    migrator.migrate(migrator.drop_table('certificate'))
    migrator.migrate(migrator.drop_table('batch_item'))
    migrator.migrate(migrator.drop_table('disposal_batch'))
    migrator.migrate(migrator.drop_table('partner'))
    migrator.migrate(migrator.drop_table('audit_scan'))
    migrator.migrate(migrator.drop_table('audit_expected'))
    migrator.migrate(migrator.drop_table('audit_session'))
    migrator.migrate(migrator.drop_table('assignment'))
    migrator.migrate(migrator.drop_table('asset'))
    migrator.migrate(migrator.drop_table('person'))
    migrator.migrate(migrator.drop_table('location'))
