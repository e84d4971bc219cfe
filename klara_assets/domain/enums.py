"""Stable identifiers of the product's vocabularies (SPEC §2-§6). Their values are stored and exported."""

from __future__ import annotations

from enum import StrEnum


class AssetStatus(StrEnum):
    IN_STOCK = "in_stock"
    ASSIGNED = "assigned"
    IN_REPAIR = "in_repair"
    LOST = "lost"
    STOLEN = "stolen"
    WRITTEN_OFF = "written_off"
    RETIRED = "retired"
    TO_REFURBISH = "to_refurbish"
    TO_RECYCLE = "to_recycle"
    REFURBISHED = "refurbished"
    RECYCLED = "recycled"


FINAL_STATUSES = frozenset({AssetStatus.REFURBISHED, AssetStatus.RECYCLED, AssetStatus.WRITTEN_OFF})


class Category(StrEnum):
    LAPTOP = "laptop"
    DESKTOP = "desktop"
    SMARTPHONE = "smartphone"
    TABLET = "tablet"
    MONITOR = "monitor"
    PERIPHERAL = "peripheral"
    OTHER = "other"


class StorageKind(StrEnum):
    NONE = "none"
    HDD = "hdd"
    SSD = "ssd"
    FLASH = "flash"
    EMMC = "emmc"
    UNKNOWN = "unknown"  # never recorded: treated as "has storage" by every guard (issue 12)


# Categories that hold storage unless someone records otherwise: their default storage kind is `unknown`.
STORAGE_CATEGORIES = frozenset({Category.LAPTOP, Category.DESKTOP, Category.SMARTPHONE, Category.TABLET})


def default_storage(category: Category | str) -> StorageKind:
    """What a device of `category` is taken to hold until someone records it: never "none" by guess."""
    return StorageKind.UNKNOWN if Category(category) in STORAGE_CATEGORIES else StorageKind.NONE


class EncryptionState(StrEnum):
    UNKNOWN = "unknown"
    NONE = "none"
    PARTIAL = "partial"
    ENCRYPTED = "encrypted"


class Condition(StrEnum):
    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"
    BROKEN = "broken"


class IncidentKind(StrEnum):
    LOST = "lost"
    STOLEN = "stolen"
    DAMAGED = "damaged"
    COMPROMISED = "compromised"


class IncidentStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class IncidentOutcome(StrEnum):
    RECOVERED = "recovered"
    WRITTEN_OFF = "written_off"
    REPAIRED = "repaired"


class IncidentStep(StrEnum):
    SECURITY_OFFICER_NOTIFIED = "security_officer_notified"
    CREDENTIALS_REVOKED = "credentials_revoked"
    REMOTE_LOCK = "remote_lock"
    REMOTE_WIPE = "remote_wipe"
    POLICE_REPORT = "police_report"
    CNIL_NOTIFIED = "cnil_notified"


class PersonalData(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class SanitizationMethod(StrEnum):
    CLEAR = "clear"
    PURGE = "purge"
    DESTROY = "destroy"


class SanitizationResult(StrEnum):
    PASS = "pass"
    FAIL = "fail"


class Verification(StrEnum):
    FULL = "full"
    SAMPLING = "sampling"
    OTHER = "other"


class Destination(StrEnum):
    INTERNAL_REUSE = "internal_reuse"
    EXTERNAL_REUSE = "external_reuse"
    RECYCLING_FACILITY = "recycling_facility"
    MANUFACTURER = "manufacturer"
    OTHER = "other"


class PartnerKind(StrEnum):
    REFURBISHER = "refurbisher"
    RECYCLER = "recycler"
    DONEE = "donee"
    ECO_ORGANISME = "eco_organisme"


class CertificationScheme(StrEnum):
    R2V3 = "R2v3"
    E_STEWARDS = "e-Stewards"
    WEEELABEX = "WEEELABEX"
    ISO_14001 = "ISO 14001"
    ISO_27001 = "ISO 27001"
    NAID_AAA = "NAID AAA"


class BatchKind(StrEnum):
    REFURBISHMENT = "refurbishment"
    RECYCLING = "recycling"


class BatchStatus(StrEnum):
    OPEN = "open"
    SHIPPED = "shipped"
    CLOSED = "closed"


class BatchOutcome(StrEnum):
    REUSED = "reused"
    REFURBISHED = "refurbished"
    RECYCLED = "recycled"
    DESTROYED = "destroyed"


class CertificateKind(StrEnum):
    RECYCLING = "recycling"
    REFURBISHMENT = "refurbishment"
    SANITIZATION = "sanitization"


class Language(StrEnum):
    FR = "fr"
    EN = "en"


def values(enum: type[StrEnum]) -> list[str]:
    """The stored identifiers of an enum, in declaration order (for CHECK constraints and choices)."""
    return [member.value for member in enum]
