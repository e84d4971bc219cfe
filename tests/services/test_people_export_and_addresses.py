"""Issue 13, leftovers: the people export carries the start date (and reads back), and a location's address
is in the location rows the window shows (both engines)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from klara_assets.domain.places import Place
from klara_assets.persistence import people_queries
from klara_assets.persistence.models import Person
from klara_assets.services import exporting, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.import_formats.dispatch import import_any


def test_the_people_export_has_the_start_date_and_reads_back(ctx: ServiceContext, tmp_path: Path) -> None:
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr", started_on="2021-09-01")
    inventory.add_person(ctx, "Luc Martin", "luc@klara.fr")
    out = tmp_path / "people.csv"
    assert exporting.export(ctx, out, "people") == 2
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[-2:] == ["left_on", "started_on"]  # added last: the columns before it are unchanged
    assert {r["email"]: r["started_on"] for r in rows} == {"zoe@klara.fr": "2021-09-01", "luc@klara.fr": ""}
    Person.update(started_on=None).execute()
    import_any(ctx, out, "people")
    assert Person.get(Person.email == "zoe@klara.fr").started_on == date(2021, 9, 1)
    assert Person.get(Person.email == "luc@klara.fr").started_on is None


def test_location_rows_carry_the_address_on_one_line(ctx: ServiceContext, tmp_path: Path) -> None:
    inventory.add_location(ctx, Place.parse("Paris/Stock IT"))
    text = "Name,Address,Address 2,City,Zip,Country\nLyon,12 rue Garibaldi,Bâtiment B,Lyon,69003,FR\n"
    path = tmp_path / "locations.csv"
    path.write_text(text, encoding="utf-8")
    import_any(ctx, path, "snipeit")
    rows = {r.name: r.address for r in people_queries.location_rows()}
    assert rows == {"Lyon": "12 rue Garibaldi, Bâtiment B, 69003 Lyon, FR", "Paris/Stock IT": ""}
