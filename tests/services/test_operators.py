"""Operator accounts on both engines: roles, login, hashed passwords, the last administrator, who must log in."""

from __future__ import annotations

import logging

import pytest

from klara_assets.domain.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from klara_assets.domain.permissions import Operator, Permission, Role
from klara_assets.domain.places import Place
from klara_assets.persistence.models import Event
from klara_assets.persistence.models import Operator as OperatorRow
from klara_assets.services import inventory, operators
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings
from tests.helpers import snapshot

SECRET = "correct horse battery"


@pytest.fixture
def staffed(ctx: ServiceContext) -> ServiceContext:
    operators.add_operator(ctx, "Boss", "Élise Boss", ["administrator"], SECRET)
    operators.add_operator(ctx, "tom", "Tom Tech", ["technician"], "tom-password")
    return ctx


def test_login_gives_the_account_with_its_roles(staffed: ServiceContext) -> None:
    who = operators.login(staffed, " BOSS ", SECRET)
    assert (who.login, who.name, who.roles) == ("boss", "Élise Boss", frozenset({Role.ADMINISTRATOR}))
    tom = operators.login(staffed.db, "tom", "tom-password")
    assert tom.can(Permission.CUSTODY_CHECKOUT) and not tom.can(Permission.INVENTORY_EDIT)


@pytest.mark.parametrize(("login", "password"), [("boss", "wrong password"), ("nobody", SECRET), ("boss", "")])
def test_failed_login_says_the_same_thing_whatever_was_wrong(
    staffed: ServiceContext, login: str, password: str
) -> None:
    with pytest.raises(PermissionDenied) as err:
        operators.login(staffed, login, password)
    assert err.value.code == "login_failed"
    assert str(err.value) == "Login or password incorrect."


def test_deactivated_operator_cannot_log_in(staffed: ServiceContext) -> None:
    operators.deactivate_operator(staffed, "tom")
    with pytest.raises(PermissionDenied, match="Login or password incorrect"):
        operators.login(staffed, "tom", "tom-password")
    operators.reactivate_operator(staffed, "tom")
    assert operators.login(staffed, "tom", "tom-password").login == "tom"


def test_passwords_are_stored_hashed_and_never_logged(
    staffed: ServiceContext, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    operators.set_password(staffed, "tom", "a brand new secret")
    operators.login(staffed, "tom", "a brand new secret")
    with pytest.raises(PermissionDenied):
        operators.login(staffed, "tom", "a wrong guess 123")
    hashes = [row.password_hash for row in OperatorRow.select()]
    assert all(h.startswith("$argon2id$") for h in hashes)
    everything = repr(snapshot()) + caplog.text
    for secret in (SECRET, "tom-password", "a brand new secret", "a wrong guess 123"):
        assert secret not in everything
    events = [e.data for e in Event.select().where(Event.entity == "operator")]
    assert '"password":"changed"' in events[-1]


def test_refusals_name_the_reason_and_change_nothing(staffed: ServiceContext) -> None:
    cases = [
        (lambda: operators.add_operator(staffed, "tom", "Other Tom", ["auditor"], "long enough"), "already taken"),
        (lambda: operators.add_operator(staffed, "x y", "X", ["auditor"], "long enough"), "Invalid login"),
        (lambda: operators.add_operator(staffed, "ann", "Ann", ["janitor"], "long enough"), "Unknown role 'janitor'"),
        (lambda: operators.add_operator(staffed, "ann", "Ann", [], "long enough"), "at least one role"),
        (lambda: operators.add_operator(staffed, "ann", "Ann", ["auditor"], "short"), "at least 8 characters"),
        (lambda: operators.deactivate_operator(staffed, "boss"), "last active administrator"),
        (lambda: operators.set_roles(staffed, "boss", ["auditor"]), "last active administrator"),
        (lambda: operators.set_roles(staffed, "ghost", ["auditor"]), "No operator has the login 'ghost'"),
    ]
    before = snapshot()
    for call, reason in cases:
        with pytest.raises((ValidationFailed, NotFound)) as err:
            call()
        assert reason in str(err.value)
        assert snapshot() == before


def test_first_account_must_be_an_administrator(ctx: ServiceContext) -> None:
    before = snapshot()
    with pytest.raises(ValidationFailed, match="first operator account must be an administrator"):
        operators.add_operator(ctx, "tom", "Tom", ["technician"], "tom-password")
    assert snapshot() == before


def test_an_administrator_can_go_once_another_exists(staffed: ServiceContext) -> None:
    operators.set_roles(staffed, "tom", ["technician", "administrator"])
    operators.deactivate_operator(staffed, "boss")
    assert [(o.login, o.active, o.roles) for o in operators.list_operators()] == [
        ("boss", False, ("administrator",)),
        ("tom", True, ("administrator", "technician")),
    ]


def test_stale_role_change_is_a_conflict(staffed: ServiceContext) -> None:
    version = next(o.version for o in operators.list_operators() if o.login == "tom")
    operators.set_roles(staffed, "tom", ["auditor"], expected_version=version)
    before = snapshot()
    with pytest.raises(Conflict, match="changed by someone else"):
        operators.set_roles(staffed, "tom", ["technician"], expected_version=version)
    assert snapshot() == before


def test_refusal_names_the_missing_permission_and_the_operator(staffed: ServiceContext) -> None:
    tom = staffed.as_operator(operators.login(staffed, "tom", "tom-password"))
    before = snapshot()
    with pytest.raises(PermissionDenied) as err:
        inventory.add_location(tom, Place.parse("Lyon/Stock"))
    assert "inventory.edit" in str(err.value) and "tom" in str(err.value)
    assert err.value.params == {"permission": "inventory.edit", "operator": "tom"}
    assert snapshot() == before


def test_activity_log_records_the_operator(staffed: ServiceContext) -> None:
    boss = staffed.as_operator(operators.login(staffed, "boss", SECRET))
    inventory.add_location(boss, Place.parse("Lyon/Stock"))
    last = Event.select().order_by(Event.id.desc()).get()
    assert (last.actor, last.entity, last.action) == ("boss", "location", "add")


def test_personal_database_acts_as_the_os_user_with_every_role(ctx: ServiceContext) -> None:
    assert ctx.who == Operator.personal("tester")
    assert ctx.who.permissions == frozenset(Permission)


def test_who_must_log_in(ctx: ServiceContext) -> None:
    shared = ctx.url.startswith("postgresql://")
    assert operators.login_required(ctx.url) is False  # no account yet: nobody to log in as
    operators.add_operator(ctx, "boss", "Boss", ["administrator"], SECRET)
    assert operators.login_required(ctx.url) is shared
    update_settings(ctx, login_required=True)
    assert operators.login_required(ctx.url) is True


def test_login_required_setting_takes_only_a_boolean(ctx: ServiceContext) -> None:
    before = snapshot()
    with pytest.raises(ValidationFailed) as err:
        update_settings(ctx, login_required="yes")
    assert err.value.field == "login_required"
    assert snapshot() == before
