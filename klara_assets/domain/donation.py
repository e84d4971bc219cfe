"""Gifts of IT equipment to staff (issue 16 §5): CGI art. 81, 31° bis exempts equipment given to employees
up to €2,000 of cost price per employee and per year. Depreciation is straight-line over three years (the
usual life of IT equipment in French accounts), by whole months. Pure Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from klara_assets.domain.errors import InvalidTransition, ValidationFailed

YEARLY_CAP = Decimal("2000.00")
DEPRECIATION_MONTHS = 36
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Valuation:
    cost_price: Decimal
    depreciation: Decimal
    net_book_value: Decimal

    @property
    def fully_depreciated(self) -> bool:
        return self.net_book_value == 0


def months_between(start: date, end: date) -> int:
    return max(0, (end.year - start.year) * 12 + end.month - start.month - (1 if end.day < start.day else 0))


def valuation(tag: str, price: Decimal | None, purchased_on: date | None, on: date) -> Valuation:
    if price is None or price <= 0:
        raise ValidationFailed(
            f"{tag} has no cost price: record its purchase price first (the yearly cap is counted on it).",
            code="cost_price_required",
            field="price",
        )
    if purchased_on is None:
        raise ValidationFailed(
            f"{tag} has no purchase date: record it first (its depreciation depends on it).",
            code="purchase_date_required",
            field="purchased_on",
        )
    months = min(DEPRECIATION_MONTHS, months_between(purchased_on, on))
    depreciation = (price * months / DEPRECIATION_MONTHS).quantize(CENT, rounding=ROUND_HALF_UP)
    return Valuation(price.quantize(CENT), depreciation, (price - depreciation).quantize(CENT))


def euros(amount: Decimal) -> str:
    return f"€{amount:,.2f}"


def check_cap(tag: str, person: str, year: int, already: Decimal, cost_price: Decimal) -> None:
    """Refuse a gift that would bring the person's gifts of `year` above the cap, with the figures."""
    total = already + cost_price
    if total > YEARLY_CAP:
        raise InvalidTransition(
            f"Cannot give {tag} to {person}: its cost price {euros(cost_price)} added to the {euros(already)} "
            f"already given in {year} makes {euros(total)}, above the yearly cap of {euros(YEARLY_CAP)} per "
            f"employee (CGI art. 81, 31° bis); {euros(max(Decimal(0), YEARLY_CAP - already))} remain for {year}.",
            code="donation_cap_exceeded",
            field="price",
            cost_price=f"{cost_price:.2f}",
            already=f"{already:.2f}",
            total=f"{total:.2f}",
            cap=f"{YEARLY_CAP:.2f}",
        )
