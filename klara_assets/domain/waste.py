"""The outgoing-waste register (registre chronologique des déchets sortants, Code de l'environnement
R.541-43, arrêté du 31 mai 2021) and its rules: waste codes per device category, hazard and POP flags,
treatment codes (R1-R13, D1-D15), the final qualification, SIREN/SIRET checks. Pure Python.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import siren as stdnum_siren

from klara_assets.domain.enums import BatchKind, BatchOutcome, Category
from klara_assets.domain.errors import ValidationFailed

# European List of Waste codes met in an IT fleet, with their usual name.
WASTE_CODES: dict[str, str] = {
    "16 02 14": "Équipements électriques et électroniques mis au rebut (DEEE non dangereux)",
    "16 02 13*": "Équipements mis au rebut contenant des composants dangereux (DEEE dangereux)",
    "20 01 35*": "Équipements électriques et électroniques mis au rebut contenant des composants dangereux",
    "20 01 36": "Équipements électriques et électroniques mis au rebut (DEEE)",
}
# Flat screens with mercury backlights and batteries make a monitor hazardous by default.
DEFAULT_WASTE_CODES: dict[str, str] = {
    Category.LAPTOP: "16 02 14",
    Category.DESKTOP: "16 02 14",
    Category.MONITOR: "16 02 13*",
    Category.SMARTPHONE: "16 02 14",
    Category.TABLET: "16 02 14",
    Category.PERIPHERAL: "16 02 14",
    Category.OTHER: "16 02 14",
}
DENOMINATIONS: dict[str, str] = {
    Category.LAPTOP: "Ordinateurs portables usagés (DEEE)",
    Category.DESKTOP: "Unités centrales usagées (DEEE)",
    Category.MONITOR: "Écrans usagés (DEEE)",
    Category.SMARTPHONE: "Téléphones mobiles usagés (DEEE)",
    Category.TABLET: "Tablettes usagées (DEEE)",
    Category.PERIPHERAL: "Périphériques informatiques usagés (DEEE)",
    Category.OTHER: "Équipements informatiques usagés (DEEE)",
}
DEFAULT_TREATMENT = {BatchKind.RECYCLING: "R4", BatchKind.REFURBISHMENT: "R12"}
# Trackdéchets' "Mode de traitement prévu" for each batch kind.
TREATMENT_MODE = {BatchKind.RECYCLING: "Recyclage", BatchKind.REFURBISHMENT: "Réutilisation"}
QUALIFICATIONS = {
    BatchOutcome.REUSED: "réemploi",
    BatchOutcome.REFURBISHED: "réemploi",
    BatchOutcome.RECYCLED: "recyclage",
    BatchOutcome.DESTROYED: "élimination",
}
_TREATMENT = re.compile(r"^\s*([RD])\s*(\d{1,2})\s*$", re.IGNORECASE)


def is_hazardous(code: str) -> bool:
    return code.strip().endswith("*")


def normalize_treatment_code(raw: str | None) -> str:
    """'' or a planned treatment code of annexes I/II of the directive 2008/98/EC: R1-R13 or D1-D15."""
    text = str(raw or "").strip()
    if not text:
        return ""
    match = _TREATMENT.match(text)
    if match:
        letter, number = match.group(1).upper(), int(match.group(2))
        if 1 <= number <= (13 if letter == "R" else 15):
            return f"{letter}{number}"
    raise ValidationFailed(
        f"Invalid treatment code {raw!r}: use R1 to R13 (recovery) or D1 to D15 (disposal), e.g. R4.",
        code="invalid_treatment_code",
        field="treatment_code",
    )


def normalize_siren(raw: str | None, field: str = "carrier_siren") -> str:
    """'' or a valid 9-digit SIREN (a 14-digit SIRET gives its SIREN)."""
    text = re.sub(r"[\s.]", "", str(raw or ""))
    if not text:
        return ""
    if len(text) == 14:
        text = text[:9]
    try:
        return str(stdnum_siren.validate(text))
    except StdnumError:
        raise ValidationFailed(
            f"Invalid SIREN {raw!r}: a SIREN has 9 digits and a valid check digit.", code="invalid_siren", field=field
        ) from None


def tonnes(kilograms: Decimal) -> Decimal:
    """Kilograms as tonnes with 3 decimals (the register's unit)."""
    return (kilograms / Decimal(1000)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


def qualification(outcomes: set[str]) -> str:
    """The final qualification of a register line from its devices' outcomes (several joined by ' / ')."""
    names = sorted({QUALIFICATIONS[BatchOutcome(o)] for o in outcomes if o})
    return " / ".join(names)


def split_address(address: str) -> tuple[str, str, str]:
    """(street, postal code, town) from a French address written '12 rue X, 75002 Paris' (best effort)."""
    flat = " ".join(address.replace("\n", ", ").split())
    match = re.search(r"(?:^|,\s*)(\d{5})\s+([^,]+)\s*$", flat)
    if not match:
        return flat, "", ""
    street = flat[: match.start()].strip(" ,")
    return street, match.group(1), match.group(2).strip()


# One line of the outgoing-waste register (a batch and a waste code), and the register of a year: the
# input of its PDF, CSV and spreadsheet views (`documents/waste_register.py`, `services/waste_register.py`).
@dataclass(frozen=True)
class WasteLine:
    batch: str
    pickup_date: date
    denomination: str
    waste_code: str
    hazardous: bool
    pop: bool
    devices: int
    weight_kg: Decimal
    tonnes: Decimal
    producer_name: str
    producer_siret: str
    producer_address: str
    destination_name: str
    destination_siret: str
    destination_address: str
    eco_organisme_name: str
    eco_organisme_siren: str
    carrier_name: str
    carrier_siren: str
    carrier_recepisse: str
    tracking_ref: str
    treatment_code: str
    treatment_mode: str
    qualification: str


@dataclass(frozen=True)
class WasteRegister:
    year: int | None
    lines: tuple[WasteLine, ...]
    producer_name: str
    producer_siret: str

    @property
    def total_tonnes(self) -> Decimal:
        return sum((line.tonnes for line in self.lines), Decimal("0.000"))

    def tonnes_by_code(self) -> dict[str, Decimal]:
        totals: dict[str, Decimal] = defaultdict(lambda: Decimal("0.000"))
        for line in self.lines:
            totals[line.waste_code] += line.tonnes
        return dict(sorted(totals.items()))
