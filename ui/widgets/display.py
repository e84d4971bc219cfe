"""How stored values read on screen: category and status names in the user's language, dates in local form.

The identifiers stay stable in the database and exports; only their display names are translated here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ui.tr_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from decimal import Decimal  # not imported before it is needed (issue 18)

CATEGORY_NAMES = {
    "laptop": QT_TRANSLATE_NOOP("display", "Laptop"),
    "desktop": QT_TRANSLATE_NOOP("display", "Desktop"),
    "smartphone": QT_TRANSLATE_NOOP("display", "Smartphone"),
    "tablet": QT_TRANSLATE_NOOP("display", "Tablet"),
    "monitor": QT_TRANSLATE_NOOP("display", "Monitor"),
    "peripheral": QT_TRANSLATE_NOOP("display", "Peripheral"),
    "other": QT_TRANSLATE_NOOP("display", "Other"),
}
STATUS_NAMES = {
    "in_stock": QT_TRANSLATE_NOOP("display", "In stock"),
    "assigned": QT_TRANSLATE_NOOP("display", "Assigned"),
    "in_repair": QT_TRANSLATE_NOOP("display", "In repair"),
    "lost": QT_TRANSLATE_NOOP("display", "Lost"),
    "stolen": QT_TRANSLATE_NOOP("display", "Stolen"),
    "written_off": QT_TRANSLATE_NOOP("display", "Written off"),
    "retired": QT_TRANSLATE_NOOP("display", "Retired"),
    "to_refurbish": QT_TRANSLATE_NOOP("display", "To refurbish"),
    "to_recycle": QT_TRANSLATE_NOOP("display", "To recycle"),
    "refurbished": QT_TRANSLATE_NOOP("display", "Refurbished"),
    "recycled": QT_TRANSLATE_NOOP("display", "Recycled"),
}


def translated_name(context: str, names: dict[str, str], value: str | None) -> str:
    """The display name of a stored identifier in the user's language; an unknown one shows as it is."""
    if not value:
        return ""
    return QCoreApplication.translate(context, names[value]) if value in names else value


def category_name(value: str) -> str:
    return translated_name("display", CATEGORY_NAMES, value)


def status_name(value: str) -> str:
    return translated_name("display", STATUS_NAMES, value)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date form with a four-digit year (11/26/2026, 26/11/2026, 26.11.2026).

    The C locale (a `C.UTF-8` machine) has no real short form ("26 11 2026"): it reads "26 Nov 2026".
    """
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "d MMM yyyy"
    form = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return form if "yyyy" in form else form.replace("yy", "yyyy")


def time_format(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return "HH:mm" if locale.language() == QLocale.Language.C else locale.timeFormat(QLocale.FormatType.ShortFormat)


def format_date(value: date | datetime | None) -> str:
    """A date in the user's short local form; a stored (naive UTC) time is first moved to local time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.replace(tzinfo=UTC).astimezone().date()
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), date_format(locale))


def format_datetime(value: datetime | None) -> str:
    """A stored (naive UTC) time in the user's local time and short local form, to the minute."""
    if value is None:
        return ""
    local = value.replace(tzinfo=UTC).astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    locale = QLocale()
    return locale.toString(moment, f"{date_format(locale)} {time_format(locale)}")


def format_number(value: float | int | Decimal | None, places: int = 2) -> str:
    """A number in the user's local form (`1 234,50` in French, `1,234.50` in English); empty for none."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "f", places)
