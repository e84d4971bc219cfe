"""Organisation settings: read with defaults, update with validation (each field's declared check) and an
event."""

from __future__ import annotations

import json
from typing import Any

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.permissions import Permission
from klara_assets.domain.settings import Settings
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.lookups import rows
from klara_assets.persistence.models import Setting
from klara_assets.services.context import ServiceContext


def load_settings() -> Settings:
    stored = {key: json.loads(value) for key, value in rows(Setting.select(Setting.key, Setting.value))}
    return Settings.from_json(stored)


def _validate(name: str, value: Any) -> Any:
    """The check declared on the setting's field (`domain/settings.py`)."""
    return Settings.check_of(name)(value)


def _validate_named(name: str, value: Any) -> Any:
    """A refusal names the setting itself (`dpo_email`, not `email`), so a form shows it next to its field."""
    try:
        return _validate(name, value)
    except ValidationFailed as exc:
        raise ValidationFailed(exc.message, code=exc.code, field=name, **exc.params) from None
    except (TypeError, ValueError):
        return _bad(name, value)


def validated(name: str, value: Any) -> Any:
    """One setting's value as it would be saved, or the refusal naming it (a test before saving)."""
    return _validate_named(name, value)


def _bad(name: str, value: Any) -> Any:
    raise ValidationFailed(f"Invalid value {value!r} for setting {name}.", code="invalid_setting", field=name)


def update_settings(ctx: ServiceContext, **values: Any) -> Changes:
    ctx.require(Permission.SETTINGS_MANAGE)
    unknown = set(values) - set(Settings.field_names())
    if unknown:
        raise ValidationFailed(
            f"Unknown setting {sorted(unknown)[0]!r}.", code="unknown_setting", field=sorted(unknown)[0]
        )
    clean = {name: _validate_named(name, value) for name, value in values.items()}
    with ctx.transaction():
        before = load_settings().to_json()
        after = Settings.from_json({**before, **clean}).to_json()
        changed = {k: after[k] for k in clean if before[k] != after[k]}
        for key, value in changed.items():
            Setting.insert(key=key, value=json.dumps(value)).on_conflict(
                conflict_target=[Setting.key], update={Setting.value: json.dumps(value)}
            ).execute()
        if changed:
            ctx.log([NewEvent("setting", None, "update", {k: before[k] for k in changed}, changed)])
    return Changes.of(ChangeKind.SETTING)
