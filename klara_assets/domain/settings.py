"""Business settings with their defaults (SPEC §2 Setting). Stored in the database, shared by all seats."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

from klara_assets.domain.defaults import DEFAULT_LANGUAGE
from klara_assets.domain.enums import Category, Language
from klara_assets.domain.identifiers import TagScheme, normalize_email, normalize_siret

# Factors as published through Boavizta (ADEME Base Empreinte / NegaOctet): kg CO2e per device,
# default weight in kg, expected lifetime in years.
DEFAULT_WEIGHTS_KG: dict[str, Decimal] = {
    Category.LAPTOP: Decimal("1.65"),
    Category.DESKTOP: Decimal("5.26"),
    Category.MONITOR: Decimal("5.73"),
    Category.SMARTPHONE: Decimal("0.17"),
    Category.TABLET: Decimal("0.73"),
    Category.PERIPHERAL: Decimal("0.30"),
    Category.OTHER: Decimal("1.00"),
}
DEFAULT_LIFETIME_YEARS: dict[str, int] = {
    Category.LAPTOP: 5,
    Category.DESKTOP: 6,
    Category.MONITOR: 8,
    Category.SMARTPHONE: 4,
    Category.TABLET: 5,
    Category.PERIPHERAL: 5,
    Category.OTHER: 5,
}


# The organisation's identity, asked at the first start and shown on every document.
IDENTITY_FIELDS = (
    "organisation_name",
    "legal_name",
    "siret",
    "address",
    "security_officer_name",
    "security_officer_email",
    "security_officer_phone",
    "dpo_name",
    "dpo_email",
)
IDENTITY_REQUIRED = ("legal_name", "siret", "address", "security_officer_email", "dpo_email")


# What a setting accepts, declared beside the field (`metadata["check"]`): the check takes the value
# given and returns the value saved, or raises `ValueError`/`TypeError` (or a `ValidationFailed` naming
# why) for one it refuses. A field without a check takes any text, trimmed.
Check = Callable[[Any], Any]
SMTP_SECURITY = ("starttls", "tls", "none")
_PREFIX = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,9}$")
_HOST = re.compile(r"[A-Za-z0-9.:\[\]_-]{0,253}")


def _refuse(value: Any) -> Any:
    raise ValueError(value)


def text(value: Any) -> str:
    return str(value).strip()


def _optional(normalize: Check) -> Check:
    """Empty stays empty; anything else must pass `normalize`."""
    return lambda value: normalize(value) if str(value).strip() else ""


def _between(low: int, high: int) -> Check:
    def check(value: Any) -> int:
        number = int(value)
        return number if low <= number <= high else _refuse(value)

    return check


def _one_of(choices: tuple[str, ...]) -> Check:
    return lambda value: str(value) if str(value) in choices else _refuse(value)


def _flag(value: Any) -> bool:
    return value if isinstance(value, bool) else _refuse(value)


def _prefix(value: Any) -> str:
    prefix = str(value).strip().upper()
    return prefix if _PREFIX.match(prefix) else _refuse(value)


def _host(value: Any) -> str:
    host = str(value).strip()
    return host if _HOST.fullmatch(host) else _refuse(value)


def _recipients(value: Any) -> tuple[str, ...]:
    """A list, or one text with the addresses separated by commas, semicolons or line breaks."""
    items = re.split(r"[,;\s]+", value) if isinstance(value, str) else list(value)
    return tuple(dict.fromkeys(normalize_email(item) for item in items if str(item).strip()))


def _categories(value: Any) -> tuple[str, ...]:
    return tuple(Category(str(c)).value for c in value)


def _lifetimes(value: Any) -> dict[str, int]:
    return {Category(str(k)).value: int(v) for k, v in dict(value).items() if int(v) > 0}


def _emission_overrides(value: Any) -> Any:
    from klara_assets.domain.environment import validate_overrides  # not at start-up: six dataclasses

    return validate_overrides(value)


def _checks(check: Check) -> dict[str, Check]:
    return {"check": check}


@dataclass(frozen=True)
class Settings:
    organisation_name: str = ""
    legal_name: str = ""
    siret: str = field(default="", metadata=_checks(_optional(normalize_siret)))
    address: str = ""
    logo_path: str = ""
    language: str = field(default=DEFAULT_LANGUAGE, metadata=_checks(_one_of(tuple(lang.value for lang in Language))))
    security_officer_name: str = ""
    security_officer_email: str = field(default="", metadata=_checks(_optional(normalize_email)))
    security_officer_phone: str = ""
    dpo_name: str = ""
    dpo_email: str = field(default="", metadata=_checks(_optional(normalize_email)))
    tag_prefix: str = field(default="KLA-", metadata=_checks(_prefix))
    tag_width: int = field(default=6, metadata=_checks(_between(3, 10)))
    label_layout: str = "L7160"
    if_found_text: str = ""
    encrypted_categories: tuple[str, ...] = field(
        default=(Category.LAPTOP, Category.SMARTPHONE, Category.TABLET), metadata=_checks(_categories)
    )
    encryption_check_max_days: int = field(default=180, metadata=_checks(_between(1, 3650)))
    eol_years: dict[str, int] = field(
        default_factory=lambda: dict(DEFAULT_LIFETIME_YEARS), metadata=_checks(_lifetimes)
    )
    # Overrides of resources/emission_factors.json: {category: {embodied_kgco2e, weight_kg, ...}}.
    emission_factors: dict[str, dict[str, float]] = field(default_factory=dict, metadata=_checks(_emission_overrides))
    backup_keep: int = field(default=7, metadata=_checks(_between(1, 365)))  # automatic daily backups kept
    # a location not audited for this long comes up in the reminders
    audit_interval_months: int = field(default=12, metadata=_checks(_between(1, 120)))
    # a personal SQLite file asks for an operator login (always on PostgreSQL)
    login_required: bool = field(default=False, metadata=_checks(_flag))
    # largest file one attachment may hold (issue 16)
    attachment_max_mb: int = field(default=25, metadata=_checks(_between(1, 200)))
    issuer_name: str = ""  # who issues certificates when nobody is signed in (else the OS user's login)
    # The e-mail digest (issue 17): the server and who receives it; the password is never stored here
    # (system keyring, or KLARA_ASSETS_SMTP_PASSWORD for a scheduled job).
    smtp_host: str = field(default="", metadata=_checks(_host))
    smtp_port: int = field(default=587, metadata=_checks(_between(1, 65535)))
    smtp_security: str = field(default="starttls", metadata=_checks(_one_of(SMTP_SECURITY)))  # starttls | tls | none
    smtp_user: str = ""
    smtp_sender: str = field(default="", metadata=_checks(_optional(normalize_email)))
    # the daily digest; urgent GDPR items also go to the security officer
    smtp_recipients: tuple[str, ...] = field(default=(), metadata=_checks(_recipients))
    smtp_html: bool = field(default=False, metadata=_checks(_flag))  # also send an HTML part beside the plain text

    @property
    def document_name(self) -> str:
        """The one name every document carries: the legal name, else the display name (never both mixed)."""
        return self.legal_name or self.organisation_name

    def identity_missing(self) -> tuple[str, ...]:
        """The identity fields receipts, certificates and reports need that are still empty (first start)."""
        return tuple(name for name in IDENTITY_REQUIRED if not str(getattr(self, name)).strip())

    @property
    def tag_scheme(self) -> TagScheme:
        return TagScheme(self.tag_prefix, self.tag_width)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["encrypted_categories"] = list(self.encrypted_categories)
        data["smtp_recipients"] = list(self.smtp_recipients)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        known = {f.name for f in fields(cls)}
        clean = {k: v for k, v in data.items() if k in known}
        if "encrypted_categories" in clean:
            clean["encrypted_categories"] = tuple(clean["encrypted_categories"])
        if "smtp_recipients" in clean:
            clean["smtp_recipients"] = tuple(clean["smtp_recipients"])
        return replace(cls(), **clean)

    @staticmethod
    def field_names() -> list[str]:
        return [f.name for f in fields(Settings)]

    @staticmethod
    def check_of(name: str) -> Check:
        """What the setting `name` accepts (its field's declared check, else trimmed text)."""
        found = next(f for f in fields(Settings) if f.name == name)
        check: Check = found.metadata.get("check", text)
        return check
