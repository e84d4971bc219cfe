"""Organisation settings: read with defaults, update with validation and an event."""

from __future__ import annotations

import json
import re
from typing import Any

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import Category, Language
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.identifiers import normalize_email, normalize_siret
from klara_assets.domain.permissions import Permission
from klara_assets.domain.settings import Settings
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.lookups import rows
from klara_assets.persistence.models import Setting
from klara_assets.services.context import ServiceContext

_PREFIX = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,9}$")


def load_settings() -> Settings:
    stored = {key: json.loads(value) for key, value in rows(Setting.select(Setting.key, Setting.value))}
    return Settings.from_json(stored)


def _validate(name: str, value: Any) -> Any:
    if name == "siret":
        return normalize_siret(value) if str(value).strip() else ""
    if name in ("security_officer_email", "dpo_email"):
        return normalize_email(value) if str(value).strip() else ""
    if name == "language":
        return Language(str(value)).value if str(value) in {lang.value for lang in Language} else _bad(name, value)
    if name == "tag_prefix":
        prefix = str(value).strip().upper()
        return prefix if _PREFIX.match(prefix) else _bad(name, value)
    if name in ("tag_width", "encryption_check_max_days"):
        number = int(value)
        low, high = (3, 10) if name == "tag_width" else (1, 3650)
        return number if low <= number <= high else _bad(name, value)
    if name == "encrypted_categories":
        return tuple(Category(str(c)).value for c in value)
    if name == "emission_factors":
        from klara_assets.domain.environment import validate_overrides  # not at start-up: six dataclasses

        return validate_overrides(value)
    if name == "audit_interval_months":
        return int(value) if 1 <= int(value) <= 120 else _bad(name, value)
    if name == "backup_keep":
        return int(value) if 1 <= int(value) <= 365 else _bad(name, value)
    if name == "attachment_max_mb":
        return int(value) if 1 <= int(value) <= 200 else _bad(name, value)
    if name == "login_required":
        return value if isinstance(value, bool) else _bad(name, value)
    if name in _SMTP:
        return _SMTP[name](value)
    if name == "eol_years":
        return {Category(str(k)).value: int(v) for k, v in dict(value).items() if int(v) > 0}
    return str(value).strip()


def _smtp_port(value: Any) -> int:
    port = int(value)
    return port if 1 <= port <= 65535 else _bad("smtp_port", value)


def _smtp_security(value: Any) -> str:
    return str(value) if str(value) in SMTP_SECURITY else _bad("smtp_security", value)


def _smtp_host(value: Any) -> str:
    host = str(value).strip()
    return host if re.fullmatch(r"[A-Za-z0-9.:\[\]_-]{0,253}", host) else _bad("smtp_host", value)


def _smtp_recipients(value: Any) -> tuple[str, ...]:
    """A list, or one text with the addresses separated by commas, semicolons or line breaks."""
    items = re.split(r"[,;\s]+", value) if isinstance(value, str) else list(value)
    return tuple(dict.fromkeys(normalize_email(item) for item in items if str(item).strip()))


def _smtp_flag(value: Any) -> bool:
    return value if isinstance(value, bool) else _bad("smtp_html", value)


SMTP_SECURITY = ("starttls", "tls", "none")
_SMTP: dict[str, Any] = {
    "smtp_host": _smtp_host,
    "smtp_port": _smtp_port,
    "smtp_security": _smtp_security,
    "smtp_user": lambda value: str(value).strip(),
    "smtp_sender": lambda value: normalize_email(value) if str(value).strip() else "",
    "smtp_recipients": _smtp_recipients,
    "smtp_html": _smtp_flag,
}


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
