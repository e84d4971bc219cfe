"""Operators, roles and the named permissions each role grants (issue 8).

Services ask for a permission (`ctx.require(Permission.CUSTODY_CHECKOUT)`), never for a role, so a role
can grow or shrink here without touching a service. The administrator holds every permission. Pure
Python: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from klara_assets.domain.errors import PermissionDenied, ValidationFailed


class Permission(StrEnum):
    INVENTORY_EDIT = "inventory.edit"  # register and edit devices, people, locations; import
    CUSTODY_CHECKOUT = "custody.checkout"  # check out, check in, repair
    INCIDENTS_REPORT = "incidents.report"  # report a lost, stolen or damaged device
    INCIDENTS_MANAGE = "incidents.manage"  # incident steps, closing, breach register
    ENCRYPTION_RECORD = "encryption.record"  # record a disk-encryption check
    EOL_MANAGE = "eol.manage"  # retire, route, partners, disposal batches
    SANITIZATION_RECORD = "sanitization.record"
    CERTIFICATES_ISSUE = "certificates.issue"  # issue, revoke, supersede certificates
    CERTIFICATES_VERIFY = "certificates.verify"
    AUDITS_RUN = "audits.run"
    REPORTS_READ = "reports.read"
    DATABASE_MANAGE = "database.manage"  # back up, restore, fill an empty database with demo data
    SETTINGS_MANAGE = "settings.manage"
    OPERATORS_MANAGE = "operators.manage"


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    OFFICE_MANAGER = "office_manager"
    TECHNICIAN = "technician"
    SECURITY_OFFICER = "security_officer"
    AUDITOR = "auditor"


P = Permission
_READ = frozenset({P.REPORTS_READ, P.CERTIFICATES_VERIFY})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.OFFICE_MANAGER: _READ
    | {
        P.INVENTORY_EDIT,
        P.CUSTODY_CHECKOUT,
        P.INCIDENTS_REPORT,
        P.EOL_MANAGE,
        P.SANITIZATION_RECORD,
        P.CERTIFICATES_ISSUE,
        P.AUDITS_RUN,
    },
    Role.TECHNICIAN: _READ | {P.CUSTODY_CHECKOUT, P.INCIDENTS_REPORT, P.AUDITS_RUN, P.SANITIZATION_RECORD},
    Role.SECURITY_OFFICER: _READ | {P.INCIDENTS_REPORT, P.INCIDENTS_MANAGE, P.ENCRYPTION_RECORD},
    Role.AUDITOR: _READ,
}


def permissions_of(roles: Iterable[Role | str]) -> frozenset[Permission]:
    granted: frozenset[Permission] = frozenset()
    for role in roles:
        granted |= ROLE_PERMISSIONS[Role(role)]
    return granted


def parse_roles(values: Iterable[str]) -> frozenset[Role]:
    """Role identifiers from a form or the command line; refuses an unknown one and an empty list."""
    roles = set()
    for value in values:
        text = str(value).strip().lower().replace("-", "_")
        if text not in {r.value for r in Role}:
            known = ", ".join(r.value for r in Role)
            raise ValidationFailed(
                f"Unknown role {value!r} (known roles: {known}).", code="unknown_role", field="roles"
            )
        roles.add(Role(text))
    if not roles:
        raise ValidationFailed("An operator needs at least one role.", code="role_required", field="roles")
    return frozenset(roles)


@dataclass(frozen=True)
class Operator:
    """Who is acting: an operator account, or the OS user on a personal database (every role)."""

    login: str
    name: str
    roles: frozenset[Role]
    operator_id: int | None = None  # None: not an account (the OS user on a personal database)

    @classmethod
    def personal(cls, user: str) -> Operator:
        return cls(user, user, frozenset(Role))

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_of(self.roles)

    def can(self, permission: Permission | str) -> bool:
        return Permission(permission) in self.permissions

    def require(self, permission: Permission | str) -> None:
        """Refuse with a message naming the missing permission and the operator."""
        if not self.can(permission):
            raise PermissionDenied(
                f"Operator {self.login} lacks the permission {Permission(permission).value}.",
                field=None,
                permission=Permission(permission).value,
                operator=self.login,
            )
