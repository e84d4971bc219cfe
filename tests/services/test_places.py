"""Services take a place as a (site, room) value (issue 15 §5): an unknown one is refused and changes nothing;
a site whose name holds a "/" is looked up as it is; a label handed over instead of a place is a bug."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from klara_assets.domain.errors import NotFound, ValidationFailed
from klara_assets.domain.places import Place
from klara_assets.persistence import audit_queries, queries
from klara_assets.services import audits, importer, inventory
from klara_assets.services.bulk_edit import edit_assets_bulk
from klara_assets.services.context import ServiceContext
from tests.helpers import snapshot

SITE_WITH_SLASH = Place("Lyon/Part-Dieu")
UNKNOWN = Place("Lyon", "Part-Dieu")  # what reading the label "Lyon/Part-Dieu" back would give


@pytest.fixture
def placed(ctx: ServiceContext) -> ServiceContext:
    inventory.add_location(ctx, SITE_WITH_SLASH)
    inventory.add_location(ctx, Place("Paris", "Stock IT"))
    inventory.register_asset(ctx, category="laptop", model="Latitude", location=SITE_WITH_SLASH)
    inventory.add_person(ctx, "Zoé Kovács", "zoe.kovacs@klara.fr", location=SITE_WITH_SLASH)
    return ctx


USES: dict[str, Callable[[ServiceContext, Place], Any]] = {
    "register_asset": lambda ctx, p: inventory.register_asset(ctx, category="laptop", model="X", location=p),
    "edit_asset": lambda ctx, p: inventory.edit_asset(ctx, "KLA-000001", location=p),
    "bulk_edit": lambda ctx, p: edit_assets_bulk(ctx, ["KLA-000001"], location=p),
    "add_person": lambda ctx, p: inventory.add_person(ctx, "Luc", "luc@klara.fr", location=p),
    "edit_person": lambda ctx, p: inventory.edit_person(ctx, "zoe.kovacs@klara.fr", location=p),
    "open_audit": lambda ctx, p: audits.open_audit(ctx, p),
    "rename_location": lambda ctx, p: inventory.rename_location(ctx, p, Place("Nantes")),
}


@pytest.mark.parametrize("use", USES.values(), ids=USES.keys())
def test_an_unknown_place_is_refused_and_nothing_changes(
    placed: ServiceContext, use: Callable[[ServiceContext, Place], Any]
) -> None:
    before = snapshot()
    with pytest.raises(NotFound) as refused:
        use(placed, UNKNOWN)
    assert (refused.value.code, refused.value.field) == ("unknown_location", "location")
    assert refused.value.message == "Unknown location 'Lyon/Part-Dieu': add it first (klara-assets location add)."
    assert snapshot() == before


def test_a_site_holding_a_slash_is_found_as_it_is(placed: ServiceContext) -> None:
    detail = queries.asset_detail("KLA-000001")
    assert (detail.place, detail.location) == (SITE_WITH_SLASH, "Lyon/Part-Dieu")
    view = audit_queries.audit_view(int(str(audits.open_audit(placed, SITE_WITH_SLASH).result)))
    assert (view.location, view.expected) == ("Lyon/Part-Dieu", 1)


def test_a_label_given_instead_of_a_place_is_a_programming_error(placed: ServiceContext) -> None:
    before = snapshot()
    with pytest.raises(TypeError, match=r"Place\.parse"):
        inventory.edit_asset(placed, "KLA-000001", location="Paris/Stock IT")
    assert snapshot() == before


def test_edit_asset_clears_the_location_with_none_and_keeps_it_when_absent(placed: ServiceContext) -> None:
    inventory.edit_asset(placed, "KLA-000001", model="Latitude 7450")
    assert queries.asset_detail("KLA-000001").place == SITE_WITH_SLASH
    inventory.edit_asset(placed, "KLA-000001", location=None)
    assert queries.asset_detail("KLA-000001").place is None


def test_an_import_parses_each_location_cell_once_and_refuses_a_site_too_long(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    good = tmp_path / "good.csv"
    rows = "".join(f"laptop,Dell,Latitude,SN-{i}, Paris /  Étage 2 / B12 \n" for i in range(3))
    good.write_text("category,manufacturer,model,serial,location\n" + rows, encoding="utf-8")
    report = importer.import_file(ctx, good)
    assert (report.imported, report.created_locations) == (3, 1)
    assert {queries.asset_detail(f"KLA-00000{i}").place for i in (1, 2, 3)} == {Place("Paris", "Étage 2 / B12")}
    bad = tmp_path / "bad.csv"
    bad.write_text(f"category,manufacturer,model,location\nlaptop,Dell,X,{'S' * 101}/Stock\n", encoding="utf-8")
    before = snapshot()
    with pytest.raises(ValidationFailed) as refused:
        importer.import_file(ctx, bad)
    assert "row 2, location: site is too long (at most 100 characters)." in refused.value.message  # file line 2
    assert snapshot() == before
