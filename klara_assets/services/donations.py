"""Gifts to staff (issue 16 §5): a retired device, Cleared or Purged, given to an employee. Its cost price and
depreciation are shown and recorded, the yearly cap per employee (CGI art. 81, 31° bis) is checked with the
figures, the device leaves the fleet through the lifecycle (`DONATE_TO_EMPLOYEE` -> refurbished: a second
life) and the employee gets an attestation de don (FR/EN). Donations count as reuse in the environmental
report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from peewee import fn

from klara_assets.documents.donation_certificate import DonationCertificateData, render_donation_certificate
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.donation import check_cap, valuation
from klara_assets.domain.enums import Language
from klara_assets.domain.errors import NotFound
from klara_assets.domain.fields import choice
from klara_assets.domain.identifiers import document_number
from klara_assets.domain.lifecycle import Action
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import lookups, sequences
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.persistence.models import Asset, Donation, Person
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings
from klara_assets.services.status import change_status, facts_for


@dataclass(frozen=True)
class DonationResult:
    number: str
    tag: str
    person: str
    cost_price: Decimal
    depreciation: Decimal
    net_book_value: Decimal
    given_this_year: Decimal
    pdf: bytes


def given_in(person_id: int, year: int) -> Decimal:
    """The cost price of what `person_id` was given in `year`."""
    total = (
        Donation.select(fn.COALESCE(fn.SUM(Donation.cost_price), 0))
        .where(
            (Donation.person == person_id)
            & (Donation.donated_on >= date(year, 1, 1))
            & (Donation.donated_on <= date(year, 12, 31))
        )
        .scalar()
    )
    return Decimal(str(total or 0)).quantize(Decimal("0.01"))


def donate(ctx: ServiceContext, tag: str, email: str, *, lang: str | None = None) -> Changes:
    """Give `tag` to the person with `email`; the result is a `DonationResult` with the attestation PDF."""
    ctx.require(Permission.EOL_MANAGE)
    settings = load_settings()
    language = choice(Language, lang or settings.language, "lang")
    with ctx.transaction():
        asset = lookups.asset_by_tag(tag)
        person = lookups.person_by_email(email)
        today = ctx.today()
        value = valuation(asset.tag, asset.price, asset.purchased_on, today)
        already = given_in(person.id, today.year)
        check_cap(asset.tag, person.name, today.year, already, value.cost_price)
        facts = facts_for(asset, settings, person_active=bool(person.active), donation_within_cap=True)
        number = document_number("DON", today.year, sequences.take(f"donation:{today.year}"), 3)
        change_status(ctx, asset, Action.DONATE_TO_EMPLOYEE, facts, values={"holder": None}, note={"donation": number})
        Donation.create(
            number=number,
            asset=asset.id,
            person=person.id,
            donated_on=today,
            cost_price=value.cost_price,
            depreciation=value.depreciation,
            net_book_value=value.net_book_value,
            created_at=ctx.now(),
            created_by=ctx.actor,
        )
        facts_logged = {
            "number": number,
            "tag": asset.tag,
            "person": person.email,
            "cost_price": value.cost_price,
            "depreciation": value.depreciation,
            "net_book_value": value.net_book_value,
            "given_this_year": already + value.cost_price,
        }
        ctx.log([NewEvent("asset", asset.id, "donate", None, facts_logged)])
        data = DonationCertificateData(
            lang=language,
            number=number,
            donated_on=today,
            donor=settings.document_name,
            donor_siret=settings.siret,
            donor_address=settings.address,
            employee=person.name,
            employee_no=person.employee_no,
            tag=asset.tag,
            device=" ".join(x for x in (asset.manufacturer, asset.model) if x) or asset.category,
            serial=asset.serial or "",
            purchased_on=asset.purchased_on,
            cost_price=value.cost_price,
            depreciation=value.depreciation,
            net_book_value=value.net_book_value,
            given_this_year=already + value.cost_price,
        )
        pdf = render_donation_certificate(data)
    result = DonationResult(
        number,
        asset.tag,
        person.name,
        value.cost_price,
        value.depreciation,
        value.net_book_value,
        already + value.cost_price,
        pdf,
    )
    return Changes({ChangeKind.ASSET: frozenset({asset.id}), ChangeKind.PERSON: frozenset({person.id})}, result=result)


def donation_of(tag: str) -> Donation:
    asset = lookups.asset_by_tag(tag)
    found = Donation.get_or_none(Donation.asset == asset.id)
    if found is None:
        raise NotFound(f"{asset.tag} was not given to anyone.", code="donation_not_found")
    return found


def donated_person(donation: Donation) -> Person:
    return Person.get_by_id(donation.person)


def donated_asset(donation: Donation) -> Asset:
    return Asset.get_by_id(donation.asset)


@dataclass(frozen=True)
class DonationPreview:
    tag: str
    cost_price: Decimal
    depreciation: Decimal
    net_book_value: Decimal
    given_this_year: Decimal | None  # to the person asked about, before this gift


def preview(today: date, tag: str, email: str | None = None) -> DonationPreview:
    """The figures a donation of `tag` would record on `today` (and, for `email`, what they were given this
    year)."""
    asset = lookups.asset_by_tag(tag)
    value = valuation(asset.tag, asset.price, asset.purchased_on, today)
    given = given_in(lookups.person_by_email(email).id, today.year) if email else None
    return DonationPreview(asset.tag, value.cost_price, value.depreciation, value.net_book_value, given)
