"""The annual environmental report (PDF): key figures, one line per category, the method and the sources
of every factor. French or English; a pure function of its data (same report, same bytes).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from klara_assets.documents import formatting
from klara_assets.documents.environment_text import FACTOR_SOURCE_FR, SOURCES_FR, TEXT
from klara_assets.documents.fonts import CONDENSED_BOLD
from klara_assets.documents.layout import RULE, SHADE, key_value_table, render, styles
from klara_assets.documents.wording import cell
from klara_assets.domain.environment import EnvironmentReport

WIDTH = 174 * mm


@dataclass(frozen=True)
class EnvironmentDocument:
    report: EnvironmentReport
    lang: str = "fr"


def number(value: Decimal | float | int | None, lang: str, places: int = 1) -> str:
    """`1 234,5` in French (narrow no-break space), `1,234.5` in English; `—` for no value."""
    return formatting.number(lang, value, places)


def _key_figures(report: EnvironmentReport, lang: str) -> list[tuple[str, str]]:
    t = TEXT[lang]
    rate = number(report.reuse_rate * 100, lang)
    return [
        (t["active"], t["devices"].format(n=report.active_devices)),
        (t["embodied"], f"{number(report.fleet_embodied_kgco2e, lang)} kg CO2e"),
        (
            t["age"],
            t["age_value"].format(
                age=number(report.average_age_years, lang), life=number(report.average_lifetime_years, lang)
            ),
        ),
        (t["eol"], t["devices"].format(n=report.end_of_life_devices)),
        (t["reused"], t["reused_value"].format(n=report.devices_reused, rate=rate)),
        (t["avoided"], f"{number(report.avoided_kgco2e, lang)} kg CO2e"),
        (t["weee"], f"{number(report.weee_kg, lang)} kg"),
    ]


def _head() -> ParagraphStyle:
    """Column heads in the condensed bold face, so narrow numeric columns keep whole words."""
    return ParagraphStyle("head", parent=styles()["cell_bold"], fontName=CONDENSED_BOLD, fontSize=7.5, leading=9)


def _grid(data: list[list[Flowable | str]], widths: list[float], total_row: bool) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def _categories(report: EnvironmentReport, lang: str) -> Table:
    s, t = styles(), TEXT[lang]
    head = [Paragraph(h, _head()) for h in t["columns"]]
    rows: list[list[Flowable | str]] = [list(head)]
    for line in report.lines:
        cells = [
            cell(lang, line.category),
            str(line.active_devices),
            number(line.embodied_kgco2e, lang),
            number(line.average_age_years, lang),
            str(line.lifetime_years),
            str(line.end_of_life),
            str(line.reused),
            str(line.recycled),
            number(line.avoided_kgco2e, lang),
            number(line.weee_kg, lang),
        ]
        rows.append([Paragraph(escape(c), s["cell"]) for c in cells])
    total = [
        t["total"],
        str(report.active_devices),
        number(report.fleet_embodied_kgco2e, lang),
        number(report.average_age_years, lang),
        number(report.average_lifetime_years, lang),
        str(report.end_of_life_devices),
        str(report.devices_reused),
        str(report.devices_recycled),
        number(report.avoided_kgco2e, lang),
        number(report.weee_kg, lang),
    ]
    rows.append([Paragraph(escape(c), s["cell_bold"]) for c in total])
    widths = [w * mm for w in (27, 13, 19, 16, 16, 15, 18, 18, 18, 14)]
    return _grid(rows, widths, total_row=True)


def factor_source(lang: str, source: str) -> str:
    """A factor's source in the document's language: the shipped wording is English (emission_factors.json)."""
    if lang != "fr":
        return source
    prefix = "set by the organisation ("
    if source.startswith(prefix) and "); shipped: " in source:
        keys, shipped = source[len(prefix) :].split("); shipped: ", 1)
        return FACTOR_SOURCE_FR["set"].format(keys=keys, shipped=factor_source(lang, shipped))
    if source.startswith("ADEME Base Empreinte / NegaOctet, as published through Boavizta"):
        return FACTOR_SOURCE_FR["published"]
    if source.startswith("No published") or source == "no published factor":
        return FACTOR_SOURCE_FR["unpublished"]
    return source


def _factors(report: EnvironmentReport, lang: str) -> Table:
    s, t = styles(), TEXT[lang]
    rows: list[list[Flowable | str]] = [[Paragraph(h, _head()) for h in t["factor_columns"]]]
    for category, factor in report.factors.categories.items():
        cells = [
            cell(lang, category),
            number(factor.embodied_kgco2e, lang),
            number(factor.weight_kg, lang, 2),
            str(factor.lifetime_years),
            f"{number(factor.reuse_avoided_share * 100, lang, 0)} %",
        ]
        row: list[Flowable | str] = [Paragraph(escape(c), s["cell"]) for c in cells]
        row.append(Paragraph(escape(factor_source(lang, factor.source)), s["small"]))
        rows.append(row)
    return _grid(rows, [w * mm for w in (26, 16, 15, 17, 15, 85)], total_row=False)


def _story(doc: EnvironmentDocument) -> list[Flowable]:
    report, lang = doc.report, doc.lang
    s, t = styles(), TEXT[lang]
    subtitle = t["subtitle"].format(org=report.organisation or "—", date=formatting.day(lang, report.as_of))
    story: list[Flowable] = [
        Paragraph(escape(t["title"].format(year=report.year)), s["title"]),
        Paragraph(escape(subtitle), s["small"]),
        Spacer(1, 4 * mm),
        Paragraph(t["key_figures"], s["h2"]),
        key_value_table(_key_figures(report, lang), WIDTH, label_share=0.5),
        Paragraph(t["by_category"], s["h2"]),
        _categories(report, lang),
        Paragraph(t["method"], s["h2"]),
    ]
    spaced = ParagraphStyle("spaced", parent=s["body"], spaceAfter=3)
    story += [Paragraph(escape(p), spaced) for p in t["method_text"]]
    story += [Paragraph(t["factors"], s["h2"]), _factors(report, lang), Paragraph(t["sources"], s["h2"])]
    sources = [SOURCES_FR.get(x, x) if lang == "fr" else x for x in report.factors.sources]
    story += [Paragraph(escape(f"• {source}"), s["body"]) for source in sources]
    return story


def render_environment_report(doc: EnvironmentDocument) -> bytes:
    t = TEXT[doc.lang]
    title = t["title"].format(year=doc.report.year)
    return render(
        _story(doc),
        title=title,
        header=f"{doc.report.organisation or 'Klara Assets'} — {title}",
        footer=lambda page: t["page"].format(page=page),
    )
