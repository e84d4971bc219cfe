"""Numbers, money, dates and times as documents print them, in French or English (the core has no Qt locale).

French: `1 299,00 €` (a narrow no-break space groups thousands, a no-break space before the euro sign),
`1,65 kg`, `01/12/2026`, `01/12/2026 14:05 CET`. English: `€1,299.00`, `1.65 kg`, `2026-12-01`,
`2026-12-01 14:05 CET`. Stored times are naive UTC; documents show them in local time with the zone's name.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"


def number(lang: str, value: Decimal | float | int | None, places: int = 2) -> str:
    """`1 234,50` in French, `1,234.50` in English; `—` for no value."""
    if value is None:
        return "—"
    text = f"{Decimal(str(value)):,.{places}f}"
    if lang == "fr":
        return text.replace(",", NARROW_NBSP).replace(".", ",")
    return text


def money(lang: str, amount: Decimal | float | int | None) -> str:
    """`1 299,00 €` in French, `€1,299.00` in English; `—` for no amount."""
    if amount is None:
        return "—"
    text = number(lang, amount, 2)
    if lang == "fr":
        return f"{text}{NBSP}€"
    return f"-€{text[1:]}" if text.startswith("-") else f"€{text}"


def weight(lang: str, kg: Decimal | float | int | None, places: int = 2) -> str:
    """`1,65 kg` in French, `1.65 kg` in English."""
    if kg is None:
        return "—"
    return f"{number(lang, kg, places)}{NBSP}kg"


def day(lang: str, value: date | datetime | None) -> str:
    """`01/12/2026` in French, `2026-12-01` in English; empty for no date."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return value.strftime("%d/%m/%Y") if lang == "fr" else value.isoformat()


def local(value: datetime, zone: tzinfo | None = None) -> datetime:
    """A stored time (naive UTC, or aware) in `zone` (the machine's local zone by default)."""
    aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value
    return aware.astimezone(zone) if zone is not None else aware.astimezone()


def moment(lang: str, value: datetime | None, zone: tzinfo | None = None) -> str:
    """A stored time in local time with its zone: `01/12/2026 14:05 CET`; empty for no time."""
    if value is None:
        return ""
    when = local(value, zone)
    name = when.tzname() or when.strftime("%z")
    return f"{day(lang, when)} {when:%H:%M} {name}"
