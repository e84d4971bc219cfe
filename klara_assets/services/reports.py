"""The environmental report as a use case: gather the year's figures, render them as PDF or CSV.

Factors come from `resources/emission_factors.json` with the organisation's overrides from settings
(`emission_factors`). Reading only: nothing is written to the database.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from klara_assets.documents.environment_report import EnvironmentDocument, render_environment_report
from klara_assets.domain.environment import EnvironmentReport, Factors, compute, parse_factors
from klara_assets.domain.errors import ValidationFailed
from klara_assets.paths import resource_path
from klara_assets.persistence import report_queries
from klara_assets.services.context import ServiceContext
from klara_assets.services.output_files import check_output, write_output
from klara_assets.services.settings import load_settings
from klara_assets.services.tabular import write_table


@cache
def shipped_factors() -> dict[str, Any]:
    """The factors file as shipped (categories, method, sources)."""
    return dict(json.loads(resource_path("emission_factors.json").read_text(encoding="utf-8")))


def load_factors() -> Factors:
    """Shipped factors with the organisation's overrides applied (inside a read of the settings)."""
    return parse_factors(shipped_factors(), load_settings().emission_factors)


def environment_report(ctx: ServiceContext, year: int | None = None) -> EnvironmentReport:
    """The report for `year` (default: the current year); figures as of 31 December or today."""
    today = ctx.now().date()
    year = year or today.year
    if year < 1990 or year > today.year:
        raise ValidationFailed(
            f"No environmental report for {year}: choose a year between 1990 and {today.year}.",
            code="invalid_year",
            field="year",
        )
    as_of = min(date(year, 12, 31), today)
    with ctx.transaction():
        settings = load_settings()
        factors = parse_factors(shipped_factors(), settings.emission_factors)
        fleet = report_queries.active_fleet(as_of)
        items = report_queries.end_of_life_items(year)
    return compute(year, as_of, settings.organisation_name, fleet, items, factors)


def default_language() -> str:
    return load_settings().language


CSV_HEADER = (
    "year",
    "category",
    "active_devices",
    "embodied_kgco2e",
    "average_age_years",
    "lifetime_years",
    "end_of_life",
    "reused",
    "recycled",
    "avoided_kgco2e",
    "weee_kg",
)


def csv_rows(report: EnvironmentReport) -> list[list[Any]]:
    """One row per category, then a `total` row; the same figures as the PDF."""
    data = report.to_json()
    rows = [[report.year, *(line[key] for key in CSV_HEADER[1:])] for line in data["categories"]]
    rows.append(
        [
            report.year,
            "total",
            data["active_devices"],
            data["fleet_embodied_kgco2e"],
            data["average_age_years"],
            data["average_lifetime_years"],
            data["end_of_life_devices"],
            data["devices_reused"],
            data["devices_recycled"],
            data["avoided_kgco2e"],
            data["weee_kg"],
        ]
    )
    return rows


def write_environment_report(report: EnvironmentReport, path: str | Path, lang: str = "fr") -> Path:
    """Write the report as PDF or CSV, chosen by the file name."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".pdf":
        check_output(target)
        write_output(target, render_environment_report(EnvironmentDocument(report, lang)))
    elif suffix == ".csv":
        write_table(target, CSV_HEADER, csv_rows(report))
    else:
        raise ValidationFailed(
            f"Cannot write the report to {target.name}: the file name must end in .pdf or .csv.",
            code="bad_extension",
            field="out",
        )
    return target


def summary_lines(report: EnvironmentReport) -> list[str]:
    """A plain-text summary for the terminal."""
    data = report.to_json()
    age = data["average_age_years"]
    lifetime = data["average_lifetime_years"]
    return [
        f"Environmental report {report.year} (as of {report.as_of.isoformat()})",
        f"  active fleet: {report.active_devices} devices, {data['fleet_embodied_kgco2e']} kg CO2e embodied",
        f"  average age: {'-' if age is None else age} years "
        f"(expected lifetime {'-' if lifetime is None else lifetime})",
        f"  end of life: {report.end_of_life_devices} devices, {report.devices_reused} given a second life "
        f"(reuse rate {data['reuse_rate'] * 100:.1f} %)",
        f"  CO2e avoided by reuse: {data['avoided_kgco2e']} kg; WEEE sent to recycling: {data['weee_kg']} kg",
    ]
