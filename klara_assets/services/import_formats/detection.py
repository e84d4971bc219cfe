"""Which program wrote a file, from its header alone: ours, Snipe-IT (assets, users, locations), Intune
(all devices, encryption report), Jamf Pro, or an HR list of people. Pure: no I/O.
"""

from __future__ import annotations

from enum import StrEnum

from klara_assets.domain.columns import KLARA_COLUMNS, SNIPEIT_COLUMNS, FileFormat, header_key


class Source(StrEnum):
    KLARA = "klara"
    SNIPEIT = "snipeit"
    SNIPEIT_USERS = "snipeit_users"
    SNIPEIT_LOCATIONS = "snipeit_locations"
    INTUNE = "intune"
    INTUNE_ENCRYPTION = "intune_encryption"
    JAMF = "jamf"
    PEOPLE = "people"


ASSET_SOURCES = frozenset({Source.KLARA, Source.SNIPEIT})
_LABELS = {
    Source.KLARA: "Klara Assets",
    Source.SNIPEIT: "Snipe-IT (assets)",
    Source.SNIPEIT_USERS: "Snipe-IT (users)",
    Source.SNIPEIT_LOCATIONS: "Snipe-IT (locations)",
    Source.INTUNE: "Intune (all devices)",
    Source.INTUNE_ENCRYPTION: "Intune (encryption report)",
    Source.JAMF: "Jamf Pro (computers)",
    Source.PEOPLE: "people (HR)",
    FileFormat.KLARA: "Klara Assets",
    FileFormat.SNIPEIT: "Snipe-IT",
    FileFormat.INTUNE: "Intune",
    FileFormat.JAMF: "Jamf Pro",
    FileFormat.PEOPLE: "people (HR)",
}
_OPTION = {
    Source.SNIPEIT_USERS: "snipeit",
    Source.SNIPEIT_LOCATIONS: "snipeit",
    Source.INTUNE_ENCRYPTION: "intune",
}
_COMPATIBLE = {
    FileFormat.KLARA: {Source.KLARA},
    FileFormat.SNIPEIT: {Source.SNIPEIT, Source.SNIPEIT_USERS, Source.SNIPEIT_LOCATIONS},
    FileFormat.INTUNE: {Source.INTUNE, Source.INTUNE_ENCRYPTION},
    FileFormat.JAMF: {Source.JAMF},
    FileFormat.PEOPLE: {Source.PEOPLE, Source.SNIPEIT_USERS},
}


def label(value: StrEnum) -> str:
    return _LABELS.get(value, str(value))


def option(source: Source) -> str:
    return _OPTION.get(source, source.value)


def compatible(wanted: FileFormat, detected: Source) -> bool:
    return detected in _COMPATIBLE.get(wanted, set())


def detect(header: list[str]) -> Source | None:
    """The file's source, or None when the header is no known program's (map it by hand)."""
    keys = {header_key(h) for h in header}
    if "filevault 2 status" in keys or ("last inventory update" in keys and "serial number" in keys):
        return Source.JAMF
    if "device name" in keys and "encryption status" in keys:
        return Source.INTUNE_ENCRYPTION
    if "device name" in keys and "encrypted" in keys:
        return Source.INTUNE
    tagged = bool(keys & {"tag", "asset tag"})
    if not tagged and {"first name", "last name"} <= keys and keys & {"email", "username", "user name"}:
        return Source.SNIPEIT_USERS
    if not tagged and "name" in keys and keys & {"address", "city", "zip"}:
        return Source.SNIPEIT_LOCATIONS
    if not tagged and "email" in keys | {k.replace("-", "") for k in keys} and keys & PEOPLE_MARKERS:
        return Source.PEOPLE
    ours = sum(1 for k in keys if k in KLARA_COLUMNS)
    theirs = sum(1 for k in keys if k in SNIPEIT_COLUMNS)
    if not ours and not theirs:
        return None
    return Source.KLARA if ours >= theirs else Source.SNIPEIT


PEOPLE_MARKERS = frozenset(
    {
        "employee number",
        "employee_no",
        "department",
        "start date",
        "started_on",
        "hire date",
        "leaving date",
        "end date",
        "left_on",
        "matricule",
        "service",
        "date d'entrée",
        "date d’entrée",
        "date d'embauche",
        "date de sortie",
    }
)
