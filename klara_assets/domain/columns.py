"""Column vocabularies of imported and exported asset files: our own format and Snipe-IT's.

Pure mapping, no I/O: a file's header is matched to internal field names, category names in French and
English are mapped to our categories, and a cell an export neutralised against formula injection gets its
text back. The importer and the exporter share these names, so an export re-imports as it is.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache

from klara_assets.domain.enums import Category


class FileFormat(StrEnum):
    AUTO = "auto"
    KLARA = "klara"
    SNIPEIT = "snipeit"
    INTUNE = "intune"
    JAMF = "jamf"
    PEOPLE = "people"


# Our export/import columns, in file order. `holder_*` and `status` describe custody; the rest are
# asset fields (domain.fields.ASSET_FIELDS) plus `tag` and `location` (SITE/ROOM).
KLARA_COLUMNS: tuple[str, ...] = (
    "tag",
    "status",
    "category",
    "manufacturer",
    "model",
    "serial",
    "imei",
    "imei2",
    "purchased_on",
    "price",
    "supplier",
    "order_no",
    "warranty_end",
    "os",
    "storage_kind",
    "storage_gb",
    "encryption_state",
    "encryption_method",
    "encryption_checked_at",
    "recovery_key_escrow",
    "weight_kg",
    "condition",
    "location",
    "holder_email",
    "holder_name",
    "notes",
)

# Snipe-IT's asset import columns (both the sample file's and the export's spellings) -> our fields.
# `name`, `warranty_months`, `holder_username` and `model_number` are resolved by the importer.
SNIPEIT_COLUMNS: dict[str, str] = {
    "asset tag": "tag",
    "item name": "name",
    "name": "name",
    "asset name": "name",
    "serial": "serial",
    "serial number": "serial",
    "model": "model",
    "model name": "model",
    "model number": "model_number",
    "manufacturer": "manufacturer",
    "category": "category",
    "location": "location",
    "purchase date": "purchased_on",
    "purchase cost": "price",
    "checked out to: email": "holder_email",
    "email": "holder_email",
    "checked out to: username": "holder_username",
    "username": "holder_username",
    "checked out to: full name": "holder_name",
    "checked out to": "holder_name",
    "full name": "holder_name",
    "supplier": "supplier",
    "order number": "order_no",
    "warranty": "warranty_months",
    "warranty months": "warranty_months",
    "notes": "notes",
    "asset notes": "notes",
    "imei": "imei",
    "imei 2": "imei2",
    "status": "status",
    "status label": "status",
    "checked out to: first name": "holder_first_name",
    "checked out to: last name": "holder_last_name",
    "checkout type": "checkout_type",
    "checked out type": "checkout_type",
    "checkout class": "checkout_type",
    "checkout location": "checkout_location",
    "checked out to: location": "checkout_location",
}

# Category names seen in other tools and spreadsheets, compared without accents, case or plural "s".
_CATEGORY_NAMES: dict[str, tuple[str, ...]] = {
    Category.LAPTOP: ("laptop", "notebook", "ordinateur portable", "portable", "pc portable", "macbook"),
    Category.DESKTOP: ("desktop", "ordinateur fixe", "pc fixe", "unite centrale", "workstation", "station de travail"),
    Category.SMARTPHONE: ("smartphone", "mobile phone", "phone", "telephone", "telephone mobile", "mobile", "gsm"),
    Category.TABLET: ("tablet", "tablette", "ipad"),
    Category.MONITOR: ("monitor", "ecran", "display", "moniteur"),
    Category.PERIPHERAL: (
        "peripheral",
        "peripherique",
        "keyboard",
        "clavier",
        "mouse",
        "mice",
        "souris",
        "headset",
        "casque",
        "dock",
        "docking station",
        "station d'accueil",
        "accessory",
        "accessoire",
        "webcam",
    ),
    Category.OTHER: ("other", "autre", "divers"),
}
_DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def _fold(text: str) -> str:
    """Lower case, no accents, single spaces: `  Écran ` -> `ecran`."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain.replace("’", "'"))


def _singular(text: str) -> str:
    words = text.split(" ")
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


_CATEGORY_LOOKUP = {_singular(_fold(name)): str(cat) for cat, names in _CATEGORY_NAMES.items() for name in names}


@lru_cache(maxsize=1024)
def map_category(raw: str) -> str | None:
    """Our category for a name from another tool (`Laptops`, `Téléphone`, `Écrans`), or None if unknown."""
    folded = _singular(_fold(raw))
    return _CATEGORY_LOOKUP.get(folded) or _CATEGORY_LOOKUP.get(folded.replace("-", " "))


def header_key(raw: str) -> str:
    """A header cell as compared: without BOM, case or surrounding spaces."""
    return re.sub(r"\s+", " ", raw.replace("\ufeff", "").strip().lower())


def match_header(header: list[str], file_format: FileFormat) -> tuple[FileFormat, dict[int, str]]:
    """The format of a header row and its mapping: column index -> field. Unknown columns are ignored.

    `auto` picks the vocabulary that recognises more columns (ours wins a tie).
    """
    keys = [header_key(cell) for cell in header]
    ours = {i: k for i, k in enumerate(keys) if k in KLARA_COLUMNS}
    theirs = {i: SNIPEIT_COLUMNS[k] for i, k in enumerate(keys) if k in SNIPEIT_COLUMNS}
    if file_format == FileFormat.KLARA or (file_format == FileFormat.AUTO and len(ours) >= len(theirs)):
        return FileFormat.KLARA, _first_of_each(ours)
    return FileFormat.SNIPEIT, _first_of_each(theirs)


def _first_of_each(mapping: dict[int, str]) -> dict[int, str]:
    """When two columns map to the same field (`Email` and `Checked Out To: Email`), the first one wins."""
    seen: set[str] = set()
    result = {}
    for index, field in sorted(mapping.items()):
        if field not in seen:
            seen.add(field)
            result[index] = field
    return result


def restore_cell(text: str) -> str:
    """Undo the export's formula neutralisation: `'=A1` came from `=A1`."""
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r":
        return text[1:]
    return text


def neutralise_cell(text: str) -> str:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(_DANGEROUS_START) else text
