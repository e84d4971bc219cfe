"""Pure vocabulary of imported files: category names in French and English, headers, neutralised cells."""

from __future__ import annotations

from datetime import date

import pytest

from klara_assets.domain.columns import FileFormat, map_category, match_header, neutralise_cell, restore_cell
from klara_assets.services.importer_rows import add_months


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Laptops", "laptop"),
        ("Notebook", "laptop"),
        ("Ordinateur portable", "laptop"),
        ("  ORDINATEURS PORTABLES ", "laptop"),
        ("Mobile Phones", "smartphone"),
        ("Smartphone", "smartphone"),
        ("Téléphone", "smartphone"),
        ("Desktops", "desktop"),
        ("Ordinateur fixe", "desktop"),
        ("Tablets", "tablet"),
        ("Tablette", "tablet"),
        ("Monitors", "monitor"),
        ("Écran", "monitor"),
        ("Écrans", "monitor"),
        ("Keyboards", "peripheral"),
        ("Mice", "peripheral"),
        ("Headsets", "peripheral"),
        ("Docks", "peripheral"),
        ("Périphérique", "peripheral"),
        ("laptop", "laptop"),
        ("other", "other"),
    ],
)
def test_category_names_map(name: str, category: str) -> None:
    assert map_category(name) == category


def test_unknown_category_is_none() -> None:
    assert map_category("Servers") is None


def test_header_detection() -> None:
    fmt, mapping = match_header(
        ["Asset Tag", "Serial Number", "Checked Out To: Email", "Email", "Colour"], FileFormat.AUTO
    )
    assert fmt == FileFormat.SNIPEIT and mapping == {0: "tag", 1: "serial", 2: "holder_email"}
    fmt, mapping = match_header(["\ufefftag", "Category", "notes"], FileFormat.AUTO)
    assert fmt == FileFormat.KLARA and mapping == {0: "tag", 1: "category", 2: "notes"}
    assert match_header(["colour"], FileFormat.AUTO)[1] == {}


@pytest.mark.parametrize("text", ["=1+1", "+33 6", "-fragile", "@home", "\tx", "\rx", "plain", "'quoted"])
def test_neutralised_cells_come_back(text: str) -> None:
    cell = neutralise_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore_cell(cell) == text


def test_warranty_months() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 3, 15), 36) == date(2027, 3, 15)
