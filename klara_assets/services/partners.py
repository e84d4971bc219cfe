"""Partners (SPEC §2): refurbishers, recyclers, donees and eco-organismes, with a checked SIRET and their
certifications (scheme, number, valid until). Whether a certification suffices for a batch is decided at
closing, on the pickup date (`domain.disposal.certification_problem`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.disposal import Certification, certification, parse_certification
from klara_assets.domain.enums import CertificationScheme, PartnerKind
from klara_assets.domain.errors import Conflict, NotFound, ValidationFailed
from klara_assets.domain.fields import choice, text
from klara_assets.domain.identifiers import normalize_siret
from klara_assets.domain.permissions import Permission
from klara_assets.domain.waste import normalize_treatment_code
from klara_assets.persistence import lookups
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Partner, PartnerCertification
from klara_assets.services.context import ServiceContext

CertInput = Certification | str | tuple[str, str, Any]


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    kind: str
    siret: str
    address: str
    contact: str
    social_economy: bool
    version: int
    certifications: tuple[Certification, ...]


def _cert(value: CertInput) -> Certification:
    if isinstance(value, Certification):
        return value
    if isinstance(value, str):
        return parse_certification(value)
    return certification(*value)


def partner_by_name(name: str) -> Partner:
    partner = Partner.get_or_none(Partner.name == name.strip())
    if partner is None:
        raise NotFound(f"No partner is named {name.strip()!r}.", code="partner_not_found", field="partner")
    return partner


def _fields(values: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for name, value in values.items():
        if name == "kind":
            clean[name] = choice(PartnerKind, value, "kind")
        elif name == "siret":
            clean[name] = normalize_siret(str(value or ""))
        elif name == "social_economy":
            clean[name] = bool(value)
        elif name in ("address", "contact"):
            clean[name] = text(value, name, 1000 if name == "address" else 200)
        elif name in REGISTER_FIELDS:
            clean[name] = _register_field(name, value)
        elif name == "name":
            clean[name] = text(value, "name")
            if not clean[name]:
                raise ValidationFailed("The partner's name is required.", code="name_required", field="name")
        else:
            raise ValidationFailed(f"Unknown partner field {name!r}.", code="unknown_field", field=name)
    return clean


# Fields of the outgoing-waste register (issue 16): the treatment installation, its planned treatment code and,
# for a carrier, its récépissé (déclaration de transport de déchets).
REGISTER_FIELDS = ("treatment_name", "treatment_siret", "treatment_address", "treatment_code", "recepisse")


def _register_field(name: str, value: Any) -> str:
    if name == "treatment_siret":
        return normalize_siret(str(value)) if str(value or "").strip() else ""
    if name == "treatment_code":
        return normalize_treatment_code(value)
    return text(value, name, 1000 if name == "treatment_address" else (100 if name == "recepisse" else 200))


def _store_certs(partner_id: int, certs: Sequence[Certification]) -> None:
    for c in certs:
        PartnerCertification.create(
            partner=partner_id, scheme=c.scheme.value, number=c.number, valid_until=c.valid_until
        )


def _cert_json(certs: Sequence[Certification]) -> list[str]:
    return [f"{c.scheme.value}:{c.number}:{c.valid_until.isoformat()}" for c in certs]


def add_partner(
    ctx: ServiceContext,
    name: str,
    kind: str,
    siret: str,
    *,
    address: str = "",
    contact: str = "",
    social_economy: bool = False,
    certifications: Sequence[CertInput] = (),
    **register: Any,
) -> Changes:
    """A new partner (`register`: treatment_name, treatment_siret, treatment_address, treatment_code,
    recepisse for the outgoing-waste register); the SIRET is checked (Luhn) and certifications are parsed
    before anything is saved.
    An expired certification may be recorded (history); it just does not count at closing."""
    ctx.require(Permission.EOL_MANAGE)
    values = _fields(
        {
            "name": name,
            "kind": kind,
            "siret": siret,
            "address": address,
            "contact": contact,
            "social_economy": social_economy,
            **register,
        }
    )
    certs = [_cert(c) for c in certifications]
    with ctx.transaction():
        if Partner.get_or_none(Partner.name == values["name"]):
            raise ValidationFailed(
                f"A partner named {values['name']!r} already exists.", code="duplicate_partner", field="name"
            )
        partner = Partner.create(**values)
        _store_certs(partner.id, certs)
        ctx.log([NewEvent("partner", partner.id, "add", None, {**values, "certifications": _cert_json(certs)})])
    return Changes.of(ChangeKind.PARTNER, partner.id)


def edit_partner(ctx: ServiceContext, name: str, expected_version: int | None = None, **values: Any) -> Changes:
    """Change name, kind, SIRET, address, contact or the social-economy flag (optimistic locking)."""
    ctx.require(Permission.EOL_MANAGE)
    clean = _fields(values)
    with ctx.transaction():
        partner = partner_by_name(name)
        before = {k: getattr(partner, k) for k in clean}
        changed = {k: v for k, v in clean.items() if before[k] != v}
        version = partner.version if expected_version is None else expected_version
        updated = (
            Partner.update(**changed, version=Partner.version + 1)
            .where((Partner.id == partner.id) & (Partner.version == version))
            .execute()
        )
        if updated != 1:
            raise Conflict(
                f"The partner {partner.name} was changed by someone else; reload it and try again.",
                code="stale_version",
            )
        ctx.log([NewEvent("partner", partner.id, "edit", {k: before[k] for k in changed}, changed)])
    return Changes.of(ChangeKind.PARTNER, partner.id)


def add_certification(ctx: ServiceContext, partner_name: str, cert: CertInput) -> Changes:
    ctx.require(Permission.EOL_MANAGE)
    clean = _cert(cert)
    with ctx.transaction():
        partner = partner_by_name(partner_name)
        _store_certs(partner.id, [clean])
        ctx.log([NewEvent("partner", partner.id, "add_certification", None, {"certification": _cert_json([clean])[0]})])
    return Changes.of(ChangeKind.PARTNER, partner.id)


def remove_certification(ctx: ServiceContext, partner_name: str, scheme: str, number: str) -> Changes:
    ctx.require(Permission.EOL_MANAGE)
    with ctx.transaction():
        partner = partner_by_name(partner_name)
        deleted = (
            PartnerCertification.delete()
            .where(
                (PartnerCertification.partner == partner.id)
                & (PartnerCertification.scheme == CertificationScheme(scheme).value)
                & (PartnerCertification.number == number)
            )
            .execute()
        )
        if not deleted:
            raise NotFound(
                f"{partner.name} has no {scheme} certification numbered {number!r}.", code="certification_not_found"
            )
        ctx.log(
            [NewEvent("partner", partner.id, "remove_certification", {"certification": f"{scheme}:{number}"}, None)]
        )
    return Changes.of(ChangeKind.PARTNER, partner.id)


def certifications_of(partner_id: int) -> tuple[Certification, ...]:
    query = (
        PartnerCertification.select(
            PartnerCertification.scheme, PartnerCertification.number, PartnerCertification.valid_until
        )
        .where(PartnerCertification.partner == partner_id)
        .order_by(PartnerCertification.valid_until.desc(), PartnerCertification.id)
    )
    return tuple(Certification(CertificationScheme(s), n, v) for s, n, v in lookups.rows(query))


def list_partners(kind: str | None = None) -> list[PartnerRow]:
    """Every partner (of one kind if given), by name, with its certifications."""
    query = Partner.select().order_by(Partner.name)
    if kind:
        query = query.where(Partner.kind == choice(PartnerKind, kind, "kind"))
    return [partner_row(p) for p in query]


def partner_row(partner: Partner) -> PartnerRow:
    return PartnerRow(
        partner.id,
        partner.name,
        partner.kind,
        partner.siret,
        partner.address,
        partner.contact,
        bool(partner.social_economy),
        partner.version,
        certifications_of(partner.id),
    )


def partner_detail(name: str) -> PartnerRow:
    return partner_row(partner_by_name(name))
