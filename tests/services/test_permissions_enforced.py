"""Every public service that takes a `ServiceContext` refuses an operator without the permission it needs.

The functions are found by introspection of `klara_assets.services`, so a new service without its
`ctx.require(...)` line fails here. Only the read-only ones listed below (documents, reports, checks) and
two internal helpers are exempt, each with its reason. Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest

import klara_assets.services as services_package
from klara_assets.domain.errors import PermissionDenied
from klara_assets.domain.permissions import Operator, Permission, Role
from klara_assets.domain.places import Place
from klara_assets.services import inventory
from klara_assets.services.context import ServiceContext
from tests.helpers import snapshot

EXEMPT = {
    "activity.verify_log": "reads the log",
    "backup_schedule.daily_backup": "the automatic safety copy of a personal SQLite file; writes nothing in it",
    "dashboard.load_dashboard": "read only",
    "compliance.compliance_report": "read only",
    "custody_documents.handover_receipt": "renders a PDF from stored records",
    "custody_documents.return_receipt": "renders a PDF from stored records",
    "exporting.export": "writes a file, changes nothing in the database",
    "incident_documents.breach_register_csv": "read only",
    "incident_documents.breach_register_pdf": "read only",
    "incident_documents.incident_report": "read only",
    "incident_documents.notify_officer_url": "read only",
    "operators.login": "checks a password; the caller has no operator yet",
    "reminders.due_items": "read only",
    "reports.environment_report": "read only",
    "search_index.refresh_search_index": "derived data rebuilt from the records; any seat searching may fold it",
    "status.change_status": "internal: called only inside services that checked their permission",
    "end_of_life_bulk.for_each": "runs service steps that each check their own permission",
    "certificate_data.issuer_name": "read only: who issues a document",
}


def context_services() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"{services_package.__name__}.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters.values())
            if params and "ServiceContext" in str(params[0].annotation):
                found.append((f"{info.name}.{name}", fn))
    return sorted(found, key=lambda item: item[0])


MUTATING = [(name, fn) for name, fn in context_services() if name not in EXEMPT]


def placeholder_arguments(fn: Callable[..., Any]) -> tuple[list[Any], dict[str, Any]]:
    """Values for the required parameters: the permission check comes before any of them is read."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in list(inspect.signature(fn).parameters.values())[1:]:
        if param.default is not inspect.Parameter.empty or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        value: Any = ["KLA-000001"] if "Sequence" in str(param.annotation) else "KLA-000001"
        if param.kind == param.KEYWORD_ONLY:
            kwargs[param.name] = value
        else:
            args.append(value)
    return args, kwargs


def test_the_walk_finds_the_known_services() -> None:
    names = {name for name, _ in MUTATING}
    assert {
        "custody.check_out",
        "inventory.register_asset",
        "operators.add_operator",
        "settings.update_settings",
    } <= names
    assert set(EXEMPT) <= {name for name, _ in context_services()}, "an exempt name no longer exists"


@pytest.mark.parametrize(("name", "fn"), MUTATING, ids=[name for name, _ in MUTATING])
def test_service_refuses_an_operator_without_the_permission(
    ctx: ServiceContext, name: str, fn: Callable[..., Any]
) -> None:
    inventory.add_location(ctx, Place.parse("Paris/Stock IT"))
    inventory.register_asset(ctx, category="monitor", manufacturer="Dell", model="P2422H")
    nobody = ctx.as_operator(Operator("visitor", "Visitor", frozenset()))
    before = snapshot()
    args, kwargs = placeholder_arguments(fn)
    with pytest.raises(PermissionDenied) as err:
        fn(nobody, *args, **kwargs)
    permission = err.value.params["permission"]
    assert permission in {p.value for p in Permission}
    assert f"lacks the permission {permission}" in str(err.value) and "visitor" in str(err.value)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("role", "allowed", "refused"),
    [
        (Role.TECHNICIAN, "custody.check_out", "inventory.add_location"),
        (Role.AUDITOR, None, "custody.check_in"),
        (Role.SECURITY_OFFICER, "incidents.report_incident", "settings.update_settings"),
        (Role.OFFICE_MANAGER, "inventory.add_location", "operators.add_operator"),
    ],
)
def test_roles_grant_what_the_issue_says(role: Role, allowed: str | None, refused: str) -> None:
    who = Operator("someone", "Someone", frozenset({role}))
    permission_of = {name: _first_required(fn) for name, fn in MUTATING}
    if allowed is not None:
        assert who.can(permission_of[allowed])
    assert not who.can(permission_of[refused])


def _first_required(fn: Callable[..., Any]) -> Permission:
    source = inspect.getsource(fn)
    start = source.index("ctx.require(Permission.") + len("ctx.require(Permission.")
    return Permission[source[start : source.index(")", start)]]
