"""People and locations on a real database (SQLite and PostgreSQL): the screens' queries, edits, renames,
departures with devices to collect, and the first start (welcome dialog's services).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from klara_assets.domain.enums import AssetStatus
from klara_assets.domain.errors import Conflict, KlaraError, NotFound, ValidationFailed
from klara_assets.domain.places import Place
from klara_assets.persistence import people_queries, queries
from klara_assets.persistence.models import Asset, Event
from klara_assets.services import first_start, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.importer import ImportReport
from klara_assets.services.settings import load_settings, update_settings
from tests.helpers import snapshot


@pytest.fixture
def office(ctx: ServiceContext) -> ServiceContext:
    inventory.add_location(ctx, Place.parse("Paris/Open space A"))
    inventory.add_location(ctx, Place.parse("Paris/Stock IT"))
    inventory.add_location(ctx, Place.parse("Lyon"))
    inventory.add_person(
        ctx, "Zoé Kovács", "zoe.kovacs@klara.fr", "Engineering", location=Place.parse("Paris/Open space A")
    )
    inventory.add_person(ctx, "Łukasz Nowak", "lukasz.nowak@klara.fr", "Sales", employee_no="E-042")
    inventory.add_person(ctx, "Ömer Yılmaz", "omer.yilmaz@klara.fr", "Finance", location=Place.parse("Lyon"))
    for serial in ("SN-1", "SN-2", "SN-3"):
        inventory.register_asset(
            ctx, category="laptop", model="Latitude", serial=serial, location=Place.parse("Paris/Stock IT")
        )
    _hand(ctx, "KLA-000001", "zoe.kovacs@klara.fr")
    _hand(ctx, "KLA-000002", "zoe.kovacs@klara.fr")
    _hand(ctx, "KLA-000003", "omer.yilmaz@klara.fr")
    return ctx


def _hand(ctx: ServiceContext, tag: str, email: str) -> None:
    """Set a holder directly: the custody service (another area) is not what these tests are about."""
    person = inventory.lookups.person_by_email(email)
    Asset.update(holder=person.id, status=AssetStatus.ASSIGNED.value).where(Asset.tag == tag).execute()


def test_people_rows_count_devices_and_search(office: ServiceContext) -> None:
    rows = people_queries.people_rows()  # accented names sort by the engine's collation: compare as a set
    assert {(r.name, r.devices, r.location) for r in rows} == {
        ("Zoé Kovács", 2, "Paris/Open space A"),
        ("Łukasz Nowak", 0, None),
        ("Ömer Yılmaz", 1, "Lyon"),
    }
    assert [r.email for r in people_queries.people_rows("SALES")] == ["lukasz.nowak@klara.fr"]
    assert [r.email for r in people_queries.people_rows("e-042")] == ["lukasz.nowak@klara.fr"]
    most = people_queries.people_rows(sort="devices", descending=True)
    assert [(r.name, r.devices) for r in most] == [("Zoé Kovács", 2), ("Ömer Yılmaz", 1), ("Łukasz Nowak", 0)]


def test_departure_lists_devices_and_marks_to_collect(office: ServiceContext) -> None:
    changes = inventory.deactivate_person(office, "zoe.kovacs@klara.fr", "2026-11-20")
    assert changes.result == ["KLA-000001", "KLA-000002"]
    (gone,) = people_queries.people_rows(state="left")
    assert (gone.active, gone.left_on, gone.to_collect) == (False, date(2026, 11, 20), True)
    assert [r.email for r in people_queries.people_rows(state="to_collect")] == ["zoe.kovacs@klara.fr"]
    assert len(people_queries.people_rows(state="active")) == 2
    held = people_queries.person_held_devices(gone.id)
    assert [d.tag for d in held] == ["KLA-000001", "KLA-000002"]


def test_edit_person_changes_fields_and_logs(office: ServiceContext) -> None:
    inventory.edit_person(office, "lukasz.nowak@klara.fr", name="Łukasz Nowak-Kovács", location=Place.parse("Lyon"))
    row = people_queries.people_rows("Nowak")[0]
    assert (row.name, row.location, row.version) == ("Łukasz Nowak-Kovács", "Lyon", 2)
    event = Event.select().where(Event.entity == "person").order_by(Event.id.desc()).get()
    assert event.action == "edit" and "Nowak-Kov" in event.data


@pytest.mark.parametrize(
    ("values", "code", "field"),
    [
        ({"email": "zoe.kovacs@klara.fr"}, "duplicate_email", "email"),
        ({"email": "not an address"}, "invalid_email", "email"),
        ({"name": "   "}, "name_required", "name"),
        ({"location": Place.parse("Nowhere/Room")}, "unknown_location", "location"),
        ({"salary": "1"}, "unknown_field", "salary"),
    ],
)
def test_edit_person_refusals_change_nothing(office: ServiceContext, values: dict, code: str, field: str) -> None:
    before = snapshot()
    with pytest.raises(NotFound if code == "unknown_location" else ValidationFailed) as caught:  # exit 3
        inventory.edit_person(office, "lukasz.nowak@klara.fr", **values)
    assert (caught.value.code, caught.value.field) == (code, field)
    assert snapshot() == before


def test_edit_person_from_a_stale_copy_is_a_conflict(office: ServiceContext) -> None:
    inventory.edit_person(office, "lukasz.nowak@klara.fr", department="Marketing")
    before = snapshot()
    with pytest.raises(Conflict, match="changed by someone else"):
        inventory.edit_person(office, "lukasz.nowak@klara.fr", expected_version=1, department="Product")
    assert snapshot() == before


def test_location_rows_count_devices_and_people(office: ServiceContext) -> None:
    rows = {r.name: (r.devices, r.people) for r in people_queries.location_rows()}
    assert rows == {"Lyon": (0, 1), "Paris/Open space A": (0, 1), "Paris/Stock IT": (3, 0)}
    stock = next(r for r in people_queries.location_rows() if r.room == "Stock IT")
    devices = people_queries.location_devices(stock.id)
    assert [(d.tag, d.holder) for d in devices][:2] == [("KLA-000001", "Zoé Kovács"), ("KLA-000002", "Zoé Kovács")]
    assert [d.tag for d in people_queries.location_devices(stock.id, limit=2)] == ["KLA-000001", "KLA-000002"]


def test_rename_location_keeps_what_is_placed_there(office: ServiceContext) -> None:
    inventory.rename_location(office, Place.parse("Paris/Stock IT"), Place.parse("Paris/Réserve IT"))
    assert queries.asset_detail("KLA-000001").location == "Paris/Réserve IT"
    assert Place("Paris", "Stock IT") not in queries.location_places()
    event = Event.select().where(Event.entity == "location").order_by(Event.id.desc()).get()
    assert event.action == "rename"


@pytest.mark.parametrize(
    ("old", "new", "error", "reason"),
    [
        (Place("Paris", "Stock IT"), Place("paris", "open space a"), ValidationFailed, "already exists"),
        (Place("Paris", "Stock IT"), Place("  ", "Room"), ValidationFailed, "SITE/ROOM"),  # the dialog's two fields
        (Place("Paris", "Nope"), Place("Paris", "Other"), NotFound, "Unknown location"),  # exit 3 (issue 11)
    ],
)
def test_rename_location_refusals_change_nothing(
    office: ServiceContext, old: Place, new: Place, error: type[KlaraError], reason: str
) -> None:
    before = snapshot()
    with pytest.raises(error, match=reason):
        inventory.rename_location(office, old, new)
    assert snapshot() == before


def test_settings_refusal_names_the_setting_field(ctx: ServiceContext) -> None:
    before = snapshot()
    with pytest.raises(ValidationFailed) as caught:
        update_settings(ctx, organisation_name="Acme", dpo_email="dpo at acme")
    assert (caught.value.code, caught.value.field) == ("invalid_email", "dpo_email")
    with pytest.raises(ValidationFailed) as caught:
        update_settings(ctx, tag_width="wide")
    assert (caught.value.code, caught.value.field) == ("invalid_setting", "tag_width")
    assert snapshot() == before


def test_start_empty_names_the_organisation_only(ctx: ServiceContext) -> None:
    changes = first_start.start_empty(ctx, "  Acme Conseil ")
    assert changes.concerns("setting") and load_settings().organisation_name == "Acme Conseil"
    assert queries.is_empty()


def test_start_empty_without_a_name_is_refused(ctx: ServiceContext) -> None:
    before = snapshot()
    with pytest.raises(ValidationFailed, match="name is required") as caught:
        first_start.start_empty(ctx, "  ")
    assert caught.value.field == "organisation_name"
    assert snapshot() == before


def test_start_with_demo_keeps_the_typed_name_and_reports_progress(ctx: ServiceContext) -> None:
    seen: list[tuple[int, int]] = []
    changes = first_start.start_with_demo(ctx, "Acme Conseil", lambda d, t: seen.append((d, t)), assets=40)
    assert seen[-1] == (40, 40)
    assert changes.concerns("asset") and changes.concerns("person")
    assert load_settings().organisation_name == "Acme Conseil"
    assert queries.counts()["assets"] == 40


def test_start_with_demo_or_import_refuses_a_database_in_use(office: ServiceContext, tmp_path: Path) -> None:
    sheet = tmp_path / "parc.csv"
    sheet.write_text("category,model\nlaptop,Latitude\n", encoding="utf-8")
    before = snapshot()
    with pytest.raises(ValidationFailed, match="no longer empty"):
        first_start.start_with_demo(office, "Acme")
    with pytest.raises(ValidationFailed, match="no longer empty"):
        first_start.start_with_import(office, "Acme", sheet)
    assert snapshot() == before


def test_start_with_import_reports_progress_and_keeps_the_name(ctx: ServiceContext, tmp_path: Path) -> None:
    sheet = tmp_path / "parc.csv"
    sheet.write_text("category,model,serial\nlaptop,Latitude,SN-1\nmonitor,P2723DE,SN-2\n", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    changes = first_start.start_with_import(ctx, " Acme ", sheet, lambda d, t: seen.append((d, t)))
    assert isinstance(changes.result, ImportReport) and changes.result.imported == 2
    assert changes.concerns("asset") and changes.concerns("setting")
    assert seen and load_settings().organisation_name == "Acme"


def test_unknown_person_is_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFound):
        inventory.edit_person(ctx, "ghost@klara.fr", name="Ghost")
