"""Issue 12 §2-§3 on SQLite and PostgreSQL: identities unique after normalisation, no-op edits, recovery keys in
incidents and imports, refusals that change nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import peewee
import pytest

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.places import Place
from klara_assets.persistence.models import Asset, Event, Incident
from klara_assets.services import importer, incidents, inventory
from klara_assets.services.context import ServiceContext
from tests.helpers import assert_refused

IMEI = "352099001761481"
IMEI_2 = "353281150000015"
KEY = "123456 234567 345678 456789 567890 678901 789012 890123"


def laptop(ctx: ServiceContext, **extra: object) -> str:
    values = {"category": "laptop", "manufacturer": "Apple", "model": "MacBook Air", **extra}
    return str(inventory.register_asset(ctx, **values).result[0])  # type: ignore[index]


@pytest.mark.parametrize("other", ["FVF 0000001E", "fvf-0000001e", "FVF0000001E", " fvf0000001e "])
def test_serial_is_unique_after_normalisation(ctx: ServiceContext, other: str) -> None:
    tag = laptop(ctx, serial="fvf0000001e")
    err = assert_refused(ValidationFailed, f"already used by {tag}", laptop, ctx, serial=other)
    assert err.field == "serial"


def test_serial_normalised_on_edit_and_in_one_batch(ctx: ServiceContext) -> None:
    tag = laptop(ctx, serial="FVF0000001E")
    other = laptop(ctx, serial="C02XK0ABJGH5")
    assert_refused(ValidationFailed, "already used", inventory.edit_asset, ctx, other, serial="fvf 0000001e")
    rows = [{"category": "laptop", "manufacturer": "A", "model": "B", "serial": s} for s in ("AB-1", "ab 1")]
    assert_refused(ValidationFailed, "repeated", inventory.register_assets, ctx, rows)
    inventory.edit_asset(ctx, tag, serial="FVF-0000001E")  # its own serial, written differently: fine
    assert Asset.get(Asset.tag == tag).serial == "FVF-0000001E"


def test_database_enforces_the_serial_key(ctx: ServiceContext) -> None:
    laptop(ctx, serial="FVF0000001E")
    other = laptop(ctx, serial="X1")
    with pytest.raises(peewee.IntegrityError), ctx.db.atomic():
        Asset.update(serial="fvf0000001e", serial_key="FVF0000001E").where(Asset.tag == other).execute()


def test_imei2_equal_to_imei_is_refused(ctx: ServiceContext) -> None:
    phone = {"category": "smartphone", "manufacturer": "Apple", "model": "iPhone 15"}
    err = assert_refused(ValidationFailed, "same", inventory.register_asset, ctx, **phone, imei=IMEI, imei2=IMEI)
    assert err.field == "imei2"
    (tag,) = inventory.register_asset(ctx, **phone, imei=IMEI).result  # type: ignore[misc]
    assert_refused(ValidationFailed, "same as imei", inventory.edit_asset, ctx, tag, imei2=IMEI)
    inventory.edit_asset(ctx, tag, imei2=IMEI_2)


def test_location_and_email_are_unique_whatever_the_case(ctx: ServiceContext) -> None:
    inventory.add_location(ctx, Place.parse("Paris/Stock IT"))
    assert_refused(ValidationFailed, "already exists", inventory.add_location, ctx, Place("paris", "stock it"))
    inventory.add_location(ctx, Place.parse("Lyon/Stock"))
    assert_refused(
        ValidationFailed,
        "already exists",
        inventory.rename_location,
        ctx,
        Place("Lyon", "Stock"),
        Place("PARIS", "Stock IT"),
    )
    inventory.add_person(ctx, "Zoé Kovács", "zoe.kovacs@klara.fr")
    assert_refused(ValidationFailed, "already used", inventory.add_person, ctx, "Zoé K", "Zoe.Kovacs@Klara.FR")


def test_edit_without_change_saves_nothing(ctx: ServiceContext) -> None:
    tag = laptop(ctx, serial="SN-1", price="1299.00")
    events = Event.select().count()
    inventory.edit_asset(ctx, tag)
    inventory.edit_asset(ctx, tag, 1, serial="SN-1", price="1 299,00", model=" MacBook Air ")
    asset = Asset.get(Asset.tag == tag)
    assert asset.version == 1 and Event.select().count() == events
    inventory.edit_asset(ctx, tag, 1, price="1,299.50")
    assert Asset.get(Asset.tag == tag).price == Decimal("1299.50") and Asset.get(Asset.tag == tag).version == 2


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"price": "1,299"}, "price", "ambiguous"),
        ({"price": "1e20"}, "price", "out of range"),
        ({"weight_kg": "0"}, "weight_kg", "positive"),
        ({"weight_kg": "250"}, "weight_kg", "out of range"),
        ({"purchased_on": "1975-06-01"}, "purchased_on", "before 1980"),
        ({"storage_gb": "2000000"}, "storage_gb", "out of range"),
        ({"manufacturer": " "}, "manufacturer", "required"),
        ({"serial": "SN\x1b]0;pwned\x07"}, "serial", "ESC"),
        ({"notes": f"BitLocker {KEY}"}, "notes", "escrow service"),
        ({"recovery_key_escrow": KEY.replace(" ", "")}, "recovery_key_escrow", "never the key itself"),
    ],
)
def test_edit_refusals_name_the_field_and_change_nothing(
    ctx: ServiceContext, values: dict[str, str], field: str, words: str
) -> None:
    tag = laptop(ctx)
    err = assert_refused(ValidationFailed, words, inventory.edit_asset, ctx, tag, **values)
    assert err.field == field


def test_incident_description_refuses_a_recovery_key_and_old_years(ctx: ServiceContext) -> None:
    tag = laptop(ctx)
    err = assert_refused(
        ValidationFailed, "BitLocker", incidents.report_incident, ctx, tag, "lost", description=f"key was {KEY}"
    )
    assert err.field == "description" and "MDM" in err.message
    err = assert_refused(
        ValidationFailed, "1980", incidents.report_incident, ctx, tag, "lost", occurred_at="1970-01-01"
    )
    assert err.field == "occurred_at"
    incidents.report_incident(ctx, tag, "damaged", occurred_at="2026-11-25T18:40+02:00", description="dropped")
    assert Incident.get().occurred_at.hour == 16  # converted to UTC, not stripped


HEADER = "category,manufacturer,model,serial,price,notes\n"


def _import_refused(ctx: ServiceContext, tmp_path: Path, row: str, *words: str) -> None:
    path = tmp_path / "in.csv"
    path.write_text(HEADER + row + "\n", encoding="utf-8")
    assert_refused(ValidationFailed, words[0], importer.import_file, ctx, path)
    with pytest.raises(ValidationFailed) as err:
        importer.import_file(ctx, path)
    for word in words:
        assert word.lower() in err.value.message.lower(), err.value.message


def test_import_refuses_keys_ambiguous_prices_and_normalised_duplicates(ctx: ServiceContext, tmp_path: Path) -> None:
    _import_refused(ctx, tmp_path, f'laptop,Dell,Latitude,SN-9,100,"{KEY}"', "row 2", "BitLocker")
    _import_refused(ctx, tmp_path, 'laptop,Dell,Latitude,SN-9,"1,299",', "row 2", "ambiguous")
    _import_refused(ctx, tmp_path, "laptop,Dell,Latitude,SN\x1b[2J,100,", "row 2", "ESC")
    laptop(ctx, serial="SN-9")
    _import_refused(ctx, tmp_path, "laptop,Dell,Latitude,sn 9,100,", "row 2", "already used")
    path = tmp_path / "ok.csv"
    path.write_text(HEADER + 'laptop,Dell,Latitude,SN-10,"1 299,00",\n', encoding="utf-8")
    importer.import_file(ctx, path)
    imported = Asset.get(Asset.serial == "SN-10")
    assert imported.price == Decimal("1299.00") and imported.storage_kind == "unknown"
