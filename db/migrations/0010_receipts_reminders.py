"""0010: kept custody receipts (issue 17), their on-screen signatures and attached scans, reminder snoozes.

Every handover and return receipt is stored once, in the transaction of its check-out or check-in: its
number, its PDF bytes and their SHA-256 (also written to the activity log). A stored receipt never
changes: the database refuses UPDATE and DELETE on `custody_receipt` and `receipt_signature` (a
correction issues a new receipt that `supersedes` the old one). A scan of the paper signed by hand is
attached afterwards as its own row (`receipt_attachment`), so the receipt itself stays as it was.
`reminder_snooze` keeps, per reminder item key, the day until which it is hidden.
"""

from peewee import *

TABLES = ("custody_receipt", "receipt_signature", "receipt_attachment")
KEPT = ("custody_receipt", "receipt_signature")


def _sqlite_triggers():
    out = []
    for table in KEPT:
        for op in ("UPDATE", "DELETE"):
            out.append(
                f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'a stored receipt never changes'); END"
            )
    return out


def _postgres_triggers():
    out = [
        """CREATE FUNCTION receipt_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'a stored receipt never changes'; END $$"""
    ]
    for table in KEPT:
        out.append(
            f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION receipt_kept()"
        )
    return out


def up(migrator, db):
    class Person(Model):
        class Meta:
            database = db
            table_name = "person"

    class Assignment(Model):
        class Meta:
            database = db
            table_name = "assignment"

    class CustodyReceipt(Model):
        number = CharField(max_length=40, unique=True)
        kind = CharField(max_length=32, constraints=[Check("kind IN ('handover', 'return')")])
        person = ForeignKeyField(Person, on_delete="RESTRICT")
        assignment = ForeignKeyField(Assignment, null=True, on_delete="RESTRICT")
        handover_no = CharField(max_length=40, default="")
        language = CharField(max_length=32, constraints=[Check("language IN ('fr', 'en')")])
        issued_at = DateTimeField()
        issued_by = CharField(max_length=200)
        remark = TextField(default="")
        signed = BooleanField(default=False)
        sha256 = CharField(max_length=64, unique=True)
        pdf = BlobField()
        supersedes = ForeignKeyField("self", null=True, on_delete="RESTRICT")

        class Meta:
            database = db
            table_name = "custody_receipt"

    db.create_tables([CustodyReceipt])

    class ReceiptSignature(Model):
        receipt = ForeignKeyField(CustodyReceipt, on_delete="RESTRICT")
        role = CharField(max_length=32, constraints=[Check("role IN ('holder', 'it')")])
        signer_name = CharField(max_length=200)
        signed_at = DateTimeField()
        strokes = TextField()

        class Meta:
            database = db
            table_name = "receipt_signature"
            indexes = ((("receipt", "role"), True),)

    db.create_tables([ReceiptSignature])

    class ReceiptAttachment(Model):
        receipt = ForeignKeyField(CustodyReceipt, on_delete="RESTRICT")
        filename = CharField(max_length=255)
        content = BlobField()
        sha256 = CharField(max_length=64)
        attached_at = DateTimeField()
        attached_by = CharField(max_length=200)

        class Meta:
            database = db
            table_name = "receipt_attachment"

    db.create_tables([ReceiptAttachment])

    class ReminderSnooze(Model):
        key = CharField(primary_key=True, max_length=200)
        until = DateField()
        snoozed_by = CharField(max_length=200)
        snoozed_at = DateTimeField()

        class Meta:
            database = db
            table_name = "reminder_snooze"

    db.create_tables([ReminderSnooze])

    triggers = _postgres_triggers() if isinstance(db, PostgresqlDatabase) else _sqlite_triggers()
    for statement in triggers:
        db.execute_sql(statement)
