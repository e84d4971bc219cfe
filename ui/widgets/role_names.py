"""Translated names of the operator roles and permissions (the identifiers stay English and stable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from klara_assets.domain.permissions import Role
from ui.errors import QT_TRANSLATE_NOOP

ROLE_NAMES = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("roles", "Administrator"),
    Role.OFFICE_MANAGER: QT_TRANSLATE_NOOP("roles", "Office manager"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("roles", "Technician"),
    Role.SECURITY_OFFICER: QT_TRANSLATE_NOOP("roles", "Security officer"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("roles", "Auditor"),
}
ROLE_HINTS = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("roles", "Everything, including operators and settings"),
    Role.OFFICE_MANAGER: QT_TRANSLATE_NOOP("roles", "Inventory, custody, end of life, certificates"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("roles", "Scan station: look up, check in and out, audits, sanitization"),
    Role.SECURITY_OFFICER: QT_TRANSLATE_NOOP("roles", "Incidents, encryption, breach register"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("roles", "Read only, verify certificates"),
}


def role_name(role: str) -> str:
    return QCoreApplication.translate("roles", ROLE_NAMES.get(Role(role), role))


def role_hint(role: str) -> str:
    return QCoreApplication.translate("roles", ROLE_HINTS.get(Role(role), ""))
