"""The environmental report's arithmetic (SPEC §7): pure functions over counts, dates and factors.

For a year Y, with `as_of` = 31 December Y (or today during Y):
- the active fleet is every device in stock, assigned or in repair, bought on or before `as_of`; its
  embodied emissions are the sum of each category's factor;
- its average age (devices with a purchase date) is set against the category's expected lifetime;
- end-of-life devices are the items of disposal batches closed during Y; a `reused` or `refurbished`
  outcome is a second life, `recycled` or `destroyed` is WEEE sent to treatment;
- the reuse rate is second-life devices over end-of-life devices;
- CO2e avoided by reuse is, per second-life device, its category's embodied emissions times the share a
  reused device spares (a refurbished device replaces most, not all, of a new purchase);
- kg of WEEE is the weight of the recycled items (the item's, else the device's, else the default).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from klara_assets.domain.enums import BatchOutcome, Category
from klara_assets.domain.errors import ValidationFailed

FACTOR_KEYS = ("embodied_kgco2e", "weight_kg", "lifetime_years", "reuse_avoided_share")
SECOND_LIFE = frozenset({BatchOutcome.REUSED.value, BatchOutcome.REFURBISHED.value})
TREATED = frozenset({BatchOutcome.RECYCLED.value, BatchOutcome.DESTROYED.value})
_DAYS_PER_YEAR = Decimal("365.25")


@dataclass(frozen=True)
class Factor:
    embodied_kgco2e: Decimal
    weight_kg: Decimal
    lifetime_years: int
    reuse_avoided_share: Decimal
    source: str
    overridden: bool = False


@dataclass(frozen=True)
class Factors:
    categories: Mapping[str, Factor]
    method: str = ""
    sources: tuple[str, ...] = ()

    def of(self, category: str) -> Factor:
        return self.categories.get(category) or self.categories[Category.OTHER.value]


def _number(value: Any, key: str, category: str) -> Decimal:
    try:
        result = Decimal(str(value))
    except ArithmeticError:
        result = Decimal(-1)
    high = Decimal(1) if key == "reuse_avoided_share" else Decimal(100_000)
    if not result.is_finite() or result < 0 or result > high or (key == "lifetime_years" and result < 1):
        raise ValidationFailed(
            f"Invalid emission factor {key} for {category}: {value!r}.", code="invalid_factor", field=key
        )
    return result


def validate_overrides(value: Any) -> dict[str, dict[str, float | int]]:
    """Settings overrides `{category: {key: number}}`, checked; the shape stored as JSON."""
    clean: dict[str, dict[str, float | int]] = {}
    for category, numbers in dict(value or {}).items():
        if category not in {c.value for c in Category}:
            raise ValidationFailed(f"Unknown category {category!r} in emission factors.", code="invalid_factor")
        entry: dict[str, float | int] = {}
        for key, raw in dict(numbers).items():
            if key not in FACTOR_KEYS:
                raise ValidationFailed(f"Unknown emission factor {key!r}.", code="invalid_factor", field=key)
            number = _number(raw, key, category)
            entry[key] = int(number) if key == "lifetime_years" else float(number)
        if entry:
            clean[category] = entry
    return clean


def parse_factors(data: Mapping[str, Any], overrides: Mapping[str, Mapping[str, Any]]) -> Factors:
    """The shipped factors file with the organisation's overrides applied (marked as such)."""
    categories: dict[str, Factor] = {}
    shipped = dict(data.get("categories", {}))
    for category in Category:
        base = dict(shipped.get(category.value, {}))
        mine = dict(overrides.get(category.value, {}))
        numbers = {
            key: _number(mine.get(key, base.get(key, 0 if key != "lifetime_years" else 5)), key, category)
            for key in FACTOR_KEYS
        }
        source = str(base.get("source", "no published factor"))
        if mine:
            source = f"set by the organisation ({', '.join(sorted(mine))}); shipped: {source}"
        categories[category.value] = Factor(
            numbers["embodied_kgco2e"],
            numbers["weight_kg"],
            int(numbers["lifetime_years"]),
            numbers["reuse_avoided_share"],
            source,
            bool(mine),
        )
    return Factors(categories, str(data.get("method", "")), tuple(str(s) for s in data.get("sources", [])))


@dataclass(frozen=True)
class FleetGroup:
    """Active devices of one category bought on one day (`purchased_on` None: unknown)."""

    category: str
    purchased_on: date | None
    count: int


@dataclass(frozen=True)
class EndOfLifeItem:
    """One item of a disposal batch closed in the year."""

    category: str
    outcome: str
    weight_kg: Decimal | None


@dataclass(frozen=True)
class CategoryLine:
    category: str
    active_devices: int
    embodied_kgco2e: Decimal
    average_age_years: Decimal | None
    lifetime_years: int
    end_of_life: int
    reused: int
    recycled: int
    avoided_kgco2e: Decimal
    weee_kg: Decimal


@dataclass(frozen=True)
class EnvironmentReport:
    year: int
    as_of: date
    organisation: str
    active_devices: int
    fleet_embodied_kgco2e: Decimal
    average_age_years: Decimal | None
    average_lifetime_years: Decimal | None
    end_of_life_devices: int
    devices_reused: int
    devices_recycled: int
    reuse_rate: Decimal
    avoided_kgco2e: Decimal
    weee_kg: Decimal
    lines: tuple[CategoryLine, ...]
    factors: Factors = field(repr=False)

    def to_json(self) -> dict[str, Any]:
        """The figures for `--json` and the window: numbers as JSON numbers (kg to 0.1, rates to 0.0001)."""
        data: dict[str, Any] = {
            "year": self.year,
            "as_of": self.as_of.isoformat(),
            "active_devices": self.active_devices,
            "fleet_embodied_kgco2e": _kg(self.fleet_embodied_kgco2e),
            "average_age_years": _years(self.average_age_years),
            "average_lifetime_years": _years(self.average_lifetime_years),
            "end_of_life_devices": self.end_of_life_devices,
            "devices_reused": self.devices_reused,
            "devices_recycled": self.devices_recycled,
            "reuse_rate": float(self.reuse_rate.quantize(Decimal("0.0001"))),
            "avoided_kgco2e": _kg(self.avoided_kgco2e),
            "weee_kg": _kg(self.weee_kg),
        }
        data["categories"] = [
            {
                "category": line.category,
                "active_devices": line.active_devices,
                "embodied_kgco2e": _kg(line.embodied_kgco2e),
                "average_age_years": _years(line.average_age_years),
                "lifetime_years": line.lifetime_years,
                "end_of_life": line.end_of_life,
                "reused": line.reused,
                "recycled": line.recycled,
                "avoided_kgco2e": _kg(line.avoided_kgco2e),
                "weee_kg": _kg(line.weee_kg),
            }
            for line in self.lines
        ]
        return data


def _kg(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.1")))


def _years(value: Decimal | None) -> float | None:
    return None if value is None else float(value.quantize(Decimal("0.01")))


def age_years(purchased_on: date, as_of: date) -> Decimal:
    return Decimal((as_of - purchased_on).days) / _DAYS_PER_YEAR


def _average(pairs: list[tuple[Decimal, int]]) -> Decimal | None:
    weight = sum(count for _, count in pairs)
    return None if weight == 0 else sum((value * count for value, count in pairs), Decimal(0)) / weight


def _category_line(
    category: str, factor: Factor, groups: list[FleetGroup], items: list[EndOfLifeItem], as_of: date
) -> CategoryLine:
    active = sum(g.count for g in groups)
    ages = [(age_years(g.purchased_on, as_of), g.count) for g in groups if g.purchased_on is not None]
    reused = [i for i in items if i.outcome in SECOND_LIFE]
    treated = [i for i in items if i.outcome in TREATED]
    return CategoryLine(
        category=category,
        active_devices=active,
        embodied_kgco2e=factor.embodied_kgco2e * active,
        average_age_years=_average(ages),
        lifetime_years=factor.lifetime_years,
        end_of_life=len(items),
        reused=len(reused),
        recycled=len(treated),
        avoided_kgco2e=factor.embodied_kgco2e * factor.reuse_avoided_share * len(reused),
        weee_kg=sum((i.weight_kg if i.weight_kg is not None else factor.weight_kg for i in treated), Decimal(0)),
    )


def compute(
    year: int,
    as_of: date,
    organisation: str,
    fleet: Iterable[FleetGroup],
    end_of_life: Iterable[EndOfLifeItem],
    factors: Factors,
) -> EnvironmentReport:
    """The report for `year` from the active fleet's groups and the year's end-of-life items."""
    groups, items = list(fleet), list(end_of_life)
    lines = tuple(
        _category_line(
            c.value,
            factors.of(c.value),
            [g for g in groups if g.category == c],
            [i for i in items if i.category == c],
            as_of,
        )
        for c in Category
    )
    eol = sum(line.end_of_life for line in lines)
    reused = sum(line.reused for line in lines)
    dated = [(line.average_age_years, line) for line in lines if line.average_age_years is not None]
    dated_counts = {
        line.category: sum(g.count for g in groups if g.category == line.category and g.purchased_on) for line in lines
    }
    return EnvironmentReport(
        year=year,
        as_of=as_of,
        organisation=organisation,
        active_devices=sum(line.active_devices for line in lines),
        fleet_embodied_kgco2e=sum((line.embodied_kgco2e for line in lines), Decimal(0)),
        average_age_years=_average([(age, dated_counts[line.category]) for age, line in dated]),
        average_lifetime_years=_average(
            [(Decimal(line.lifetime_years), dated_counts[line.category]) for _, line in dated]
        ),
        end_of_life_devices=eol,
        devices_reused=reused,
        devices_recycled=sum(line.recycled for line in lines),
        reuse_rate=Decimal(0) if eol == 0 else Decimal(reused) / Decimal(eol),
        avoided_kgco2e=sum((line.avoided_kgco2e for line in lines), Decimal(0)),
        weee_kg=sum((line.weee_kg for line in lines), Decimal(0)),
        lines=lines,
        factors=factors,
    )
