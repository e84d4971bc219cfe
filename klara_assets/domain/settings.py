"""Business settings with their defaults (SPEC §2 Setting). Stored in the database, shared by all seats."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

from klara_assets.domain.enums import Category
from klara_assets.domain.identifiers import TagScheme

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


@dataclass(frozen=True)
class Settings:
    organisation_name: str = ""
    legal_name: str = ""
    siret: str = ""
    address: str = ""
    logo_path: str = ""
    language: str = "fr"
    security_officer_name: str = ""
    security_officer_email: str = ""
    security_officer_phone: str = ""
    dpo_name: str = ""
    dpo_email: str = ""
    tag_prefix: str = "KLA-"
    tag_width: int = 6
    label_layout: str = "L7160"
    if_found_text: str = ""
    encrypted_categories: tuple[str, ...] = (Category.LAPTOP, Category.SMARTPHONE, Category.TABLET)
    encryption_check_max_days: int = 180
    eol_years: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_LIFETIME_YEARS))
    # Overrides of resources/emission_factors.json: {category: {embodied_kgco2e, weight_kg, ...}}.
    emission_factors: dict[str, dict[str, float]] = field(default_factory=dict)
    backup_keep: int = 7  # automatic daily backups kept
    audit_interval_months: int = 12  # a location not audited for this long comes up in the reminders
    login_required: bool = False  # a personal SQLite file asks for an operator login (always on PostgreSQL)
    attachment_max_mb: int = 25  # largest file one attachment may hold (issue 16)
    issuer_name: str = ""  # who issues certificates when nobody is signed in (else the OS user's login)
    # The e-mail digest (issue 17): the server and who receives it; the password is never stored here
    # (system keyring, or KLARA_ASSETS_SMTP_PASSWORD for a scheduled job).
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"  # starttls | tls | none
    smtp_user: str = ""
    smtp_sender: str = ""
    smtp_recipients: tuple[str, ...] = ()  # the daily digest; urgent GDPR items also go to the security officer
    smtp_html: bool = False  # also send an HTML part beside the plain text

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
