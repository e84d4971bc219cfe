"""Operator accounts (issue 8): add, change roles, reset a password, deactivate; log in; who must log in.

Passwords are kept only as argon2id hashes (argon2-cffi) and never appear in an event, an error or a log.
The last active administrator can be neither deactivated nor stripped of the role, so a database never
locks everyone out. While no account exists nobody can log in, so the OS user acts with every role and
may create the first account, which must be an administrator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import peewee

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from klara_assets.domain.fields import text
from klara_assets.domain.permissions import Operator, Permission, Role, parse_roles
from klara_assets.persistence.database import is_postgres_url
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.lookups import rows
from klara_assets.persistence.models import Operator as OperatorRow
from klara_assets.persistence.models import OperatorRole
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings

if TYPE_CHECKING:  # argon2 is imported on first use: the window's start-up only asks `login_required`
    from argon2 import PasswordHasher

MIN_PASSWORD = 8
_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._@-]{1,99}$")


@cache
def _hasher() -> PasswordHasher:
    """argon2id with the library's current recommended cost."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified on unknown logins, so they take as long as known ones (made on first use: hashing is slow)."""
    return _hasher().hash("not a password of anyone")


LOGIN_FAILED = "login or password incorrect"


@dataclass(frozen=True)
class OperatorSummary:
    login: str
    name: str
    roles: tuple[str, ...]
    active: bool
    version: int


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed(
            f"A password needs at least {MIN_PASSWORD} characters.",
            code="password_too_short",
            field="password",
            minimum=MIN_PASSWORD,
        )
    return _hasher().hash(password)


def _login_name(value: str) -> str:
    login = str(value).strip().lower()
    if not _LOGIN.match(login):
        raise ValidationFailed(
            f"Invalid login {value!r}: 2 to 100 letters, digits and . _ @ -, starting with a letter or digit.",
            code="invalid_login",
            field="login",
        )
    return login


def _account(login: str) -> OperatorRow:
    row = OperatorRow.get_or_none(OperatorRow.login == str(login).strip().lower())
    if row is None:
        raise NotFound(f"No operator has the login {login!r}.", code="operator_not_found", field="login")
    return row


def _roles_of(operator_id: int) -> frozenset[Role]:
    query = OperatorRole.select(OperatorRole.role).where(OperatorRole.operator == operator_id)
    return frozenset(Role(role) for (role,) in rows(query))


def _active_admins() -> set[int]:
    query = (
        OperatorRole.select(OperatorRole.operator)
        .join(OperatorRow)
        .where((OperatorRole.role == Role.ADMINISTRATOR.value) & (OperatorRow.active == True))  # noqa: E712
    )
    return {operator_id for (operator_id,) in rows(query)}


def _keep_an_admin(operator_id: int) -> None:
    if _active_admins() == {operator_id}:
        raise ValidationFailed(
            "This is the last active administrator: make another operator administrator first.",
            code="last_administrator",
            field="roles",
        )


def _write_roles(operator_id: int, roles: Iterable[Role]) -> None:
    OperatorRole.delete().where(OperatorRole.operator == operator_id).execute()
    OperatorRole.insert_many(
        [(operator_id, r.value) for r in sorted(roles)], [OperatorRole.operator, OperatorRole.role]
    ).execute()


def add_operator(ctx: ServiceContext, login: str, name: str, roles: Iterable[str], password: str) -> Changes:
    """Create an account; the first account of a database must be an administrator."""
    ctx.require(Permission.OPERATORS_MANAGE)
    clean_login, clean_roles = _login_name(login), parse_roles(roles)
    clean_name = text(name, "name", 200) or clean_login
    hashed = hash_password(password)
    with ctx.transaction():
        if not OperatorRow.select().exists() and Role.ADMINISTRATOR not in clean_roles:
            raise ValidationFailed(
                "The first operator account must be an administrator.", code="first_operator_admin", field="roles"
            )
        if OperatorRow.get_or_none(OperatorRow.login == clean_login) is not None:
            raise ValidationFailed(f"The login {clean_login} is already taken.", code="duplicate_login", field="login")
        row = OperatorRow.create(login=clean_login, name=clean_name, password_hash=hashed, created_at=ctx.now())
        _write_roles(row.id, clean_roles)
        after = {"login": clean_login, "name": clean_name, "roles": sorted(clean_roles)}
        ctx.log([NewEvent("operator", row.id, "add", None, after)])
    return Changes.of(ChangeKind.OPERATOR, row.id)


def _bump(row: OperatorRow, expected_version: int | None, **values: object) -> None:
    version = row.version if expected_version is None else expected_version
    updated = (
        OperatorRow.update(**values, version=OperatorRow.version + 1)
        .where((OperatorRow.id == row.id) & (OperatorRow.version == version))
        .execute()
    )
    if updated != 1:
        raise Conflict(f"Operator {row.login} was changed by someone else; reload and try again.", code="stale_version")


def set_roles(ctx: ServiceContext, login: str, roles: Iterable[str], expected_version: int | None = None) -> Changes:
    ctx.require(Permission.OPERATORS_MANAGE)
    clean = parse_roles(roles)
    with ctx.transaction():
        row = _account(login)
        before = _roles_of(row.id)
        if Role.ADMINISTRATOR in before and Role.ADMINISTRATOR not in clean and row.active:
            _keep_an_admin(row.id)
        _bump(row, expected_version)
        _write_roles(row.id, clean)
        ctx.log([NewEvent("operator", row.id, "set_roles", {"roles": sorted(before)}, {"roles": sorted(clean)})])
    return Changes.of(ChangeKind.OPERATOR, row.id)


def set_password(ctx: ServiceContext, login: str, password: str) -> Changes:
    """Reset an operator's password; the event says that it changed, never what it is."""
    ctx.require(Permission.OPERATORS_MANAGE)
    hashed = hash_password(password)
    with ctx.transaction():
        row = _account(login)
        _bump(row, None, password_hash=hashed)
        ctx.log([NewEvent("operator", row.id, "set_password", None, {"password": "changed"})])
    return Changes.of(ChangeKind.OPERATOR, row.id)


def deactivate_operator(ctx: ServiceContext, login: str, expected_version: int | None = None) -> Changes:
    ctx.require(Permission.OPERATORS_MANAGE)
    with ctx.transaction():
        row = _account(login)
        if not row.active:
            raise ValidationFailed(
                f"Operator {row.login} is already inactive.", code="operator_inactive", field="login"
            )
        _keep_an_admin(row.id)
        _bump(row, expected_version, active=False)
        ctx.log([NewEvent("operator", row.id, "deactivate", {"active": True}, {"active": False})])
    return Changes.of(ChangeKind.OPERATOR, row.id)


def reactivate_operator(ctx: ServiceContext, login: str) -> Changes:
    ctx.require(Permission.OPERATORS_MANAGE)
    with ctx.transaction():
        row = _account(login)
        if row.active:
            raise ValidationFailed(f"Operator {row.login} is already active.", code="operator_active", field="login")
        _bump(row, None, active=True)
        ctx.log([NewEvent("operator", row.id, "reactivate", {"active": False}, {"active": True})])
    return Changes.of(ChangeKind.OPERATOR, row.id)


def login(ctx_or_db: ServiceContext | peewee.Database, login_name: str, password: str) -> Operator:
    """The account for this login and password, or one refusal that does not tell which was wrong.

    An unknown login verifies a dummy hash, so a failure takes the same time whatever the cause.
    """
    db = ctx_or_db.db if isinstance(ctx_or_db, ServiceContext) else ctx_or_db
    with db.atomic():  # the account and its roles read together
        row = OperatorRow.get_or_none(OperatorRow.login == str(login_name).strip().lower())
        stored = row.password_hash if row is not None and row.active else _dummy_hash()
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            ok = _hasher().verify(stored, password) and stored is not _dummy_hash()
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok or row is None:
            raise PermissionDenied(LOGIN_FAILED.capitalize() + ".", code="login_failed", field="password")
        return Operator(row.login, row.name, _roles_of(row.id), row.id)


def has_accounts() -> bool:
    return bool(OperatorRow.select().where(OperatorRow.active == True).exists())  # noqa: E712


def login_required(url: str) -> bool:
    """Shared PostgreSQL always asks for a login, a personal file when its setting says so; never while
    no active account exists (there would be nobody to log in as)."""
    return has_accounts() and (is_postgres_url(url) or load_settings().login_required)


def list_operators() -> list[OperatorSummary]:
    query = OperatorRow.select(
        OperatorRow.id, OperatorRow.login, OperatorRow.name, OperatorRow.active, OperatorRow.version
    ).order_by(OperatorRow.login)
    roles: dict[int, list[str]] = {}
    for operator_id, role in rows(OperatorRole.select(OperatorRole.operator, OperatorRole.role)):
        roles.setdefault(operator_id, []).append(role)
    return [
        OperatorSummary(login, name, tuple(sorted(roles.get(op_id, []))), bool(active), version)
        for op_id, login, name, active, version in rows(query)
    ]
