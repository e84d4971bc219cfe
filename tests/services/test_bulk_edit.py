"""Bulk edit of location / category on both engines: all or none, one event per changed asset."""

from __future__ import annotations

import pytest

from klara_assets.domain.errors import InvalidTransition, KlaraError, NotFound, ValidationFailed
from klara_assets.domain.places import Place
from klara_assets.persistence import queries
from klara_assets.persistence.models import Asset, Event
from klara_assets.services import inventory
from klara_assets.services.bulk_edit import edit_assets_bulk
from klara_assets.services.context import ServiceContext
from tests.helpers import snapshot


@pytest.fixture
def three(ctx: ServiceContext) -> ServiceContext:
    inventory.add_location(ctx, Place.parse("Paris/Stock IT"))
    inventory.add_location(ctx, Place.parse("Lyon/Bureau"))
    rows = [{"category": "laptop", "model": f"Model {i}", "location": Place.parse("Paris/Stock IT")} for i in range(3)]
    inventory.register_assets(ctx, rows)
    return ctx


def test_bulk_edit_moves_and_recategorises_every_selected_asset(three: ServiceContext) -> None:
    changes = edit_assets_bulk(
        three, ["kla-000001", "KLA-000003"], location=Place.parse("Lyon/Bureau"), category="desktop"
    )
    assert changes.concerns("asset") and changes.result == 2
    moved = [queries.asset_detail(t) for t in ("KLA-000001", "KLA-000003")]
    assert {(d.location, d.category, d.version) for d in moved} == {("Lyon/Bureau", "desktop", 2)}
    untouched = queries.asset_detail("KLA-000002")
    assert (untouched.location, untouched.category, untouched.version) == ("Paris/Stock IT", "laptop", 1)
    edits = list(Event.select().where(Event.action == "edit").order_by(Event.id))
    assert len(edits) == 2 and '"category":"desktop"' in edits[0].data


def test_bulk_edit_of_the_category_only_keeps_locations(three: ServiceContext) -> None:
    edit_assets_bulk(three, ["KLA-000002"], category="tablet")
    detail = queries.asset_detail("KLA-000002")
    assert (detail.category, detail.location) == ("tablet", "Paris/Stock IT")


@pytest.mark.parametrize(
    ("tags", "values", "error", "code", "words"),
    [
        (
            ["KLA-000001", "KLA-000404"],
            {"location": Place.parse("Lyon/Bureau")},
            NotFound,
            "asset_not_found",
            "KLA-000404",
        ),
        (["KLA-000001"], {"location": Place.parse("Nantes/Bureau")}, NotFound, "unknown_location", "Nantes/Bureau"),
        (["KLA-000001"], {"category": "toaster"}, ValidationFailed, "invalid_choice", "toaster"),
        (["KLA-000001"], {}, ValidationFailed, "nothing_to_change", "location or a category"),
        ([], {"category": "desktop"}, ValidationFailed, "nothing_selected", "at least one"),
        (["KLA-000001"], {"status": "lost"}, ValidationFailed, "unknown_field", "status"),
    ],
)
def test_bulk_edit_refusals_change_nothing(
    three: ServiceContext,
    tags: list[str],
    values: dict[str, str],
    error: type[KlaraError],
    code: str,
    words: str,
) -> None:
    before = snapshot()
    with pytest.raises(error) as refused:
        edit_assets_bulk(three, tags, **values)
    assert refused.value.code == code and words in refused.value.message
    assert snapshot() == before


def test_bulk_edit_refuses_all_when_one_asset_is_final(three: ServiceContext) -> None:
    with three.db.atomic():
        Asset.update(status="recycled").where(Asset.tag == "KLA-000002").execute()
    before = snapshot()
    with pytest.raises(InvalidTransition) as refused:
        edit_assets_bulk(three, ["KLA-000001", "KLA-000002", "KLA-000003"], location=Place.parse("Lyon/Bureau"))
    assert refused.value.code == "asset_read_only" and "KLA-000002" in refused.value.message
    assert snapshot() == before
