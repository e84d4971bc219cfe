"""Peewee models for every record of SPEC §2. Times are naive UTC; money and weights are Decimal.

Enum columns carry CHECK constraints, so the database refuses a status the domain does not know.
Records that people edit carry `version` for optimistic locking. Models are bound to a database by
`persistence.database.connect()`; nothing here opens a connection.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from peewee import (
    SQL,
    BlobField,
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from klara_assets.domain import enums as E
from klara_assets.domain.permissions import Role


def enum_field(enum: type[StrEnum], column: str, **kwargs: Any) -> CharField:
    """A CharField whose values the database restricts to the enum's identifiers."""
    allowed = ", ".join(f"'{v.value}'" for v in enum)
    null_ok = f"{column} IS NULL OR " if kwargs.get("null") else ""
    return CharField(max_length=32, constraints=[Check(f"{null_ok}{column} IN ({allowed})")], **kwargs)


def money(**kwargs: Any) -> DecimalField:
    return DecimalField(max_digits=12, decimal_places=2, auto_round=True, **kwargs)


def kilograms(**kwargs: Any) -> DecimalField:
    return DecimalField(max_digits=10, decimal_places=3, auto_round=True, **kwargs)


class BaseModel(Model):
    # Annotations only (peewee adds these columns itself); they let type checkers see them.
    id: Any

    class Meta:
        legacy_table_names = False


class Location(BaseModel):
    site = CharField(max_length=100)
    room = CharField(max_length=100, default="")
    address = TextField(default="", constraints=[SQL("DEFAULT ''")])  # migration 0011: raw INSERTs get ''

    class Meta:
        indexes = ((("site", "room"), True),)


class Person(BaseModel):
    name = CharField(max_length=200)
    email = CharField(max_length=254, unique=True)
    employee_no = CharField(max_length=50, default="")
    department = CharField(max_length=100, default="")
    location = ForeignKeyField(Location, null=True, on_delete="RESTRICT")
    location_id: int | None
    active = BooleanField(default=True)
    left_on = DateField(null=True)
    version = IntegerField(default=1)
    started_on = DateField(null=True)  # migration 0011


class Asset(BaseModel):
    tag = CharField(max_length=40, unique=True)
    category = enum_field(E.Category, "category")
    manufacturer = CharField(max_length=100, default="")
    model = CharField(max_length=200, default="")
    serial = CharField(max_length=100, null=True, unique=True)
    imei = CharField(max_length=15, null=True, unique=True)
    imei2 = CharField(max_length=15, null=True, unique=True)
    purchased_on = DateField(null=True)
    price = money(null=True)
    supplier = CharField(max_length=200, default="")
    order_no = CharField(max_length=100, default="")
    warranty_end = DateField(null=True)
    os = CharField(max_length=100, default="")
    storage_kind = enum_field(E.StorageKind, "storage_kind", default=E.StorageKind.NONE.value)
    storage_gb = IntegerField(null=True)
    encryption_state = enum_field(E.EncryptionState, "encryption_state", default="unknown")
    encryption_method = CharField(max_length=100, default="")
    encryption_checked_at = DateTimeField(null=True)
    recovery_key_escrow = CharField(max_length=200, default="")
    weight_kg = kilograms(null=True)
    condition = enum_field(E.Condition, "condition", default=E.Condition.GOOD.value)
    location = ForeignKeyField(Location, null=True, on_delete="RESTRICT")
    holder = ForeignKeyField(Person, null=True, on_delete="RESTRICT", backref="assets")
    location_id: int | None
    holder_id: int | None
    status = enum_field(E.AssetStatus, "status", default=E.AssetStatus.IN_STOCK.value, index=True)
    notes = TextField(default="")
    last_audit_at = DateTimeField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    version = IntegerField(default=1)
    serial_key = CharField(max_length=100, null=True, unique=True)  # the serial normalised (0008)


class Assignment(BaseModel):
    asset = ForeignKeyField(Asset, on_delete="RESTRICT", backref="assignments")
    person = ForeignKeyField(Person, on_delete="RESTRICT")
    out_at = DateTimeField()
    due_back = DateField(null=True)
    in_at = DateTimeField(null=True)
    condition_at_return = enum_field(E.Condition, "condition_at_return", null=True)
    receipt_no = CharField(max_length=40, default="")
    override_reason = TextField(default="")


class Incident(BaseModel):
    number = CharField(max_length=20, unique=True)
    asset = ForeignKeyField(Asset, on_delete="RESTRICT", backref="incidents")
    kind = enum_field(E.IncidentKind, "kind")
    occurred_at = DateTimeField(null=True)
    discovered_at = DateTimeField()
    reporter = CharField(max_length=200, default="")
    place = CharField(max_length=200, default="")
    description = TextField(default="")
    police_ref = CharField(max_length=100, default="")
    holder = ForeignKeyField(Person, null=True, on_delete="RESTRICT")
    encryption_at_time = enum_field(E.EncryptionState, "encryption_at_time")
    personal_data = enum_field(E.PersonalData, "personal_data", default="unknown")
    status = enum_field(E.IncidentStatus, "status", default="open")
    outcome = enum_field(E.IncidentOutcome, "outcome", null=True)
    closed_at = DateTimeField(null=True)
    version = IntegerField(default=1)


class IncidentStepRecord(BaseModel):
    incident = ForeignKeyField(Incident, on_delete="RESTRICT", backref="steps")
    step = enum_field(E.IncidentStep, "step")
    at = DateTimeField()
    reference = CharField(max_length=200, default="")
    note = TextField(default="")

    class Meta:
        table_name = "incident_step"


class Sanitization(BaseModel):
    asset = ForeignKeyField(Asset, on_delete="RESTRICT", backref="sanitizations")
    performed_at = DateTimeField()
    operator_name = CharField(max_length=200)
    operator_title = CharField(max_length=200, default="")
    operator_organisation = CharField(max_length=200, default="")
    operator_location = CharField(max_length=200, default="")
    operator_phone = CharField(max_length=50, default="")
    media_type = CharField(max_length=50, default="")
    source = CharField(max_length=200, default="")
    classification = CharField(max_length=100, default="")
    data_backed_up = CharField(max_length=10, default="unknown")
    backup_location = CharField(max_length=200, default="")
    method = enum_field(E.SanitizationMethod, "method")
    technique = CharField(max_length=100)
    tool = CharField(max_length=200)
    tool_version = CharField(max_length=100, default="")
    verification = enum_field(E.Verification, "verification")
    result = enum_field(E.SanitizationResult, "result")
    post_classification = CharField(max_length=100, default="")
    destination = enum_field(E.Destination, "destination", null=True)
    vendor_report_id = CharField(max_length=100, default="")
    notes = TextField(default="")


class Partner(BaseModel):
    name = CharField(max_length=200, unique=True)
    kind = enum_field(E.PartnerKind, "kind")
    siret = CharField(max_length=14)
    address = TextField(default="")
    contact = CharField(max_length=200, default="")
    social_economy = BooleanField(default=False)
    version = IntegerField(default=1)
    # Outgoing-waste register (issue 16, migration 0009).
    treatment_name = CharField(max_length=200, default="")
    treatment_siret = CharField(max_length=14, default="")
    treatment_address = TextField(default="")
    treatment_code = CharField(max_length=10, default="")
    recepisse = CharField(max_length=100, default="")


class PartnerCertification(BaseModel):
    partner = ForeignKeyField(Partner, on_delete="CASCADE", backref="certifications")
    scheme = enum_field(E.CertificationScheme, "scheme")
    number = CharField(max_length=100)
    valid_until = DateField()


class DisposalBatch(BaseModel):
    number = CharField(max_length=20, unique=True)
    kind = enum_field(E.BatchKind, "kind")
    partner = ForeignKeyField(Partner, on_delete="RESTRICT", backref="batches")
    eco_organisme = ForeignKeyField(Partner, null=True, on_delete="RESTRICT")
    status = enum_field(E.BatchStatus, "status", default="open")
    pickup_date = DateField(null=True)
    carrier = CharField(max_length=200, default="")
    tracking_ref = CharField(max_length=100, default="")
    waste_code = CharField(max_length=20, default="")
    created_at = DateTimeField()
    closed_at = DateTimeField(null=True)
    version = IntegerField(default=1)
    # Outgoing-waste register (issue 16, migration 0009).
    carrier_siren = CharField(max_length=9, default="")
    carrier_recepisse = CharField(max_length=100, default="")
    treatment_code = CharField(max_length=10, default="")


class BatchItem(BaseModel):
    batch = ForeignKeyField(DisposalBatch, on_delete="RESTRICT", backref="items")
    asset = ForeignKeyField(Asset, on_delete="RESTRICT")
    outcome = enum_field(E.BatchOutcome, "outcome", null=True)
    weight_kg = kilograms(null=True)

    class Meta:
        indexes = ((("batch", "asset"), True),)


class Certificate(BaseModel):
    number = CharField(max_length=20, unique=True)
    kind = enum_field(E.CertificateKind, "kind")
    batch = ForeignKeyField(DisposalBatch, null=True, on_delete="RESTRICT")
    asset = ForeignKeyField(Asset, null=True, on_delete="RESTRICT")
    language = enum_field(E.Language, "language")
    issued_at = DateTimeField()
    issued_by = CharField(max_length=200)
    sha256 = CharField(max_length=64, unique=True)
    content_digest = CharField(max_length=64)
    pdf = BlobField()
    signed = BooleanField(default=False)
    revoked_at = DateTimeField(null=True)
    revoked_reason = TextField(default="")
    supersedes = ForeignKeyField("self", null=True, on_delete="RESTRICT")


class AuditSession(BaseModel):
    location = ForeignKeyField(Location, on_delete="RESTRICT")
    opened_at = DateTimeField()
    opened_by = CharField(max_length=200)
    closed_at = DateTimeField(null=True)


class AuditExpected(BaseModel):
    session = ForeignKeyField(AuditSession, on_delete="CASCADE", backref="expected")
    asset = ForeignKeyField(Asset, on_delete="RESTRICT")
    held = BooleanField(default=False)  # checked out to someone at the opening: with its holder, never missing

    class Meta:
        indexes = ((("session", "asset"), True),)


class AuditScan(BaseModel):
    session = ForeignKeyField(AuditSession, on_delete="CASCADE", backref="scans")
    code = CharField(max_length=200)
    asset = ForeignKeyField(Asset, null=True, on_delete="RESTRICT")
    result = CharField(max_length=20, constraints=[Check("result IN ('found', 'unexpected', 'unknown')")])
    at = DateTimeField()


class Setting(BaseModel):
    key = CharField(max_length=100, primary_key=True)
    value = TextField()


class Sequence(BaseModel):
    """Counters for tags and document numbers (`tag`, `incident:2026`, ...), incremented in transactions."""

    name = CharField(max_length=100, primary_key=True)
    value = IntegerField()


class Event(BaseModel):
    """The append-only activity log. Each row carries the SHA-256 of the previous one (a hash chain)."""

    at = DateTimeField()
    actor = CharField(max_length=200)
    entity = CharField(max_length=40)
    entity_id = IntegerField(null=True)
    action = CharField(max_length=60)
    data = TextField()
    prev_hash = CharField(max_length=64)
    hash = CharField(max_length=64)

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class Operator(BaseModel):
    """An operator account (issue 8): the password is kept only as a slow hash (argon2id)."""

    name = CharField(max_length=200)
    login = CharField(unique=True, max_length=100)
    password_hash = CharField(max_length=200)
    active = BooleanField(default=True)
    version = IntegerField(default=1)
    created_at = DateTimeField()


class OperatorRole(BaseModel):
    operator = ForeignKeyField(Operator, on_delete="CASCADE", backref="role_rows")
    role = enum_field(Role, "role")

    class Meta:
        indexes = ((("operator", "role"), True),)


class LogAnchor(BaseModel):
    """The activity log's head at a backup or an issued certificate (0008): `log verify` checks against it."""

    at = DateTimeField()
    kind = CharField(max_length=40)
    reference = CharField(max_length=100, default="")
    event_count = IntegerField()
    head_id = IntegerField(null=True)
    head_hash = CharField(max_length=64)


class Attachment(BaseModel):
    """A file attached to a device, incident, sanitization, batch or partner (issue 16), bytes included."""

    kind = CharField(
        max_length=32, constraints=[Check("kind IN ('asset', 'incident', 'sanitization', 'batch', 'partner')")]
    )
    owner_id = IntegerField()
    file_name = CharField(max_length=255)
    media_type = CharField(max_length=100)
    size = IntegerField()
    sha256 = CharField(max_length=64)
    content = BlobField()
    added_by = CharField(max_length=200)
    added_at = DateTimeField()

    class Meta:
        indexes = ((("kind", "owner_id"), False),)


class Donation(BaseModel):
    """A device given to an employee (issue 16 §5, CGI art. 81, 31° bis): cost price and depreciation."""

    number = CharField(max_length=20, unique=True)
    asset = IntegerField(unique=True)
    person = IntegerField()
    donated_on = DateField()
    cost_price = money()
    depreciation = money()
    net_book_value = money()
    created_at = DateTimeField()
    created_by = CharField(max_length=200)

    class Meta:
        indexes = ((("person", "donated_on"), False),)


MODELS: list[type[BaseModel]] = [
    Location,
    Person,
    Asset,
    Assignment,
    Incident,
    IncidentStepRecord,
    Sanitization,
    Partner,
    PartnerCertification,
    DisposalBatch,
    BatchItem,
    Certificate,
    AuditSession,
    AuditExpected,
    AuditScan,
    Setting,
    Sequence,
    Event,
    Operator,
    OperatorRole,
    LogAnchor,
    Attachment,
    Donation,
]

__all__ = ["MODELS", "SQL"] + [m.__name__ for m in MODELS]


class CustodyReceipt(BaseModel):
    """A handover or return receipt as issued (issue 17): never changed (the database refuses it)."""

    number = CharField(max_length=40, unique=True)
    kind = CharField(max_length=32, constraints=[Check("kind IN ('handover', 'return')")])
    person = ForeignKeyField(Person, on_delete="RESTRICT")
    assignment = ForeignKeyField(Assignment, null=True, on_delete="RESTRICT")
    handover_no = CharField(max_length=40, default="")
    language = enum_field(E.Language, "language")
    issued_at = DateTimeField()
    issued_by = CharField(max_length=200)
    remark = TextField(default="")
    signed = BooleanField(default=False)
    sha256 = CharField(max_length=64, unique=True)
    pdf = BlobField()
    supersedes = ForeignKeyField("self", null=True, on_delete="RESTRICT")
    person_id: int
    assignment_id: int | None


class ReceiptSignature(BaseModel):
    """A signature drawn on screen: vector strokes (JSON list of [[x, y], ...] in a 0..1 box), signer, role."""

    receipt = ForeignKeyField(CustodyReceipt, on_delete="RESTRICT", backref="signatures")
    role = CharField(max_length=32, constraints=[Check("role IN ('holder', 'it')")])
    signer_name = CharField(max_length=200)
    signed_at = DateTimeField()
    strokes = TextField()

    class Meta:
        indexes = ((("receipt", "role"), True),)


class ReceiptAttachment(BaseModel):
    """The scan of a receipt signed on paper ("print to sign"), attached after the receipt was issued."""

    receipt = ForeignKeyField(CustodyReceipt, on_delete="RESTRICT", backref="attachments")
    filename = CharField(max_length=255)
    content = BlobField()
    sha256 = CharField(max_length=64)
    attached_at = DateTimeField()
    attached_by = CharField(max_length=200)


class ReminderSnooze(BaseModel):
    """A reminder item hidden until a day (the item's stable key)."""

    key = CharField(max_length=200, primary_key=True)
    until = DateField()
    snoozed_by = CharField(max_length=200)
    snoozed_at = DateTimeField()


MODELS += [CustodyReceipt, ReceiptSignature, ReceiptAttachment, ReminderSnooze]
__all__ += ["CustodyReceipt", "ReceiptAttachment", "ReceiptSignature", "ReminderSnooze"]
