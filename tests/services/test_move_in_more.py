"""Issue 13, what the first pass left out: a person's start date, location addresses, Snipe-IT location
check-outs, and registering the MDM's devices that the inventory lacks (service and command line)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.places import Place
from klara_assets.persistence import queries
from klara_assets.persistence.models import Asset, Event, Location, Person
from klara_assets.persistence.people_queries import people_rows
from klara_assets.services import importer, inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.import_formats.dispatch import import_any
from tests.helpers import assert_refused, run_cli, snapshot


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- start date ----------------------------------------------------------------------------------


def test_start_date_is_kept_by_the_form_services_and_shown_in_the_people_rows(ctx: ServiceContext) -> None:
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr", started_on="2021-09-01")
    zoe = Person.get(Person.email == "zoe@klara.fr")
    assert zoe.started_on == date(2021, 9, 1)
    add_event = Event.select().where((Event.entity == "person") & (Event.action == "add")).get()
    assert json.loads(add_event.data)["after"]["started_on"] == "2021-09-01"
    inventory.edit_person(ctx, "zoe@klara.fr", started_on="15/03/2022")
    assert Person.get(Person.email == "zoe@klara.fr").started_on == date(2022, 3, 15)
    (row,) = people_rows(sort="started")
    assert row.started_on == date(2022, 3, 15)
    inventory.edit_person(ctx, "zoe@klara.fr", started_on=None)
    assert Person.get(Person.email == "zoe@klara.fr").started_on is None


def test_a_start_date_after_leaving_or_before_1900_is_refused_and_nothing_changes(ctx: ServiceContext) -> None:
    inventory.add_person(ctx, "Luc Martin", "luc@klara.fr")
    inventory.deactivate_person(ctx, "luc@klara.fr", "2026-01-31")
    assert_refused(ValidationFailed, "after the leaving date", inventory.edit_person, ctx, "luc@klara.fr",
                   started_on="2026-02-01")  # fmt: skip
    assert_refused(ValidationFailed, "before 1900", inventory.add_person, ctx, "Old", "old@klara.fr",
                   started_on="1850-01-01")  # fmt: skip
    assert_refused(ValidationFailed, "invalid date", inventory.add_person, ctx, "X", "x@klara.fr",
                   started_on="31/02/2020")  # fmt: skip


def test_cli_person_add_takes_a_start_date(ctx: ServiceContext, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run_cli(
        capsys, "--db", ctx.url, "person", "add", "Inès Roy", "--email", "ines@klara.fr", "--started-on", "2020-05-04"
    )
    assert code == 0, err
    assert Person.get(Person.email == "ines@klara.fr").started_on == date(2020, 5, 4)


def test_hr_start_after_leaving_refuses_the_file_whole(ctx: ServiceContext, tmp_path: Path) -> None:
    text = "Name,Email,Start Date,Leaving date\nA B,ab@klara.fr,2024-05-01,2024-04-30\nC D,cd@klara.fr,2020-01-01,\n"
    assert_refused(ValidationFailed, "row 2, Start Date: the start date 2024-05-01 is after", import_any, ctx,
                   write(tmp_path, "hr.csv", text), "people")  # fmt: skip


def test_hr_xlsx_start_dates_are_read_as_dates(ctx: ServiceContext, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email", "Department", "Start Date"])
    sheet.append(["Zoé Kovács", "zoe@klara.fr", "Finance", date(2019, 11, 4)])
    path = tmp_path / "hr.xlsx"
    book.save(path)
    report = import_any(ctx, path, "people")
    assert report.created == 1 and report.ignored_columns == ()
    assert Person.get(Person.email == "zoe@klara.fr").started_on == date(2019, 11, 4)


# --- Snipe-IT locations: addresses; assets checked out to a location --------------------------------


def test_known_location_gets_its_address_with_an_event(ctx: ServiceContext, tmp_path: Path) -> None:
    inventory.add_location(ctx, Place.parse("Lyon"))
    text = "Name,Address,City,Zip,Country\nLyon,12 rue Garibaldi,Lyon,69003,FR\nLyon,autre,Lyon,,FR\n"
    report = import_any(ctx, write(tmp_path, "locations.csv", text), "snipeit")
    assert (report.created, report.existing, report.addresses) == (0, 1, 1)
    assert Location.get(Location.site == "Lyon").address == "12 rue Garibaldi, 69003 Lyon, FR"
    event = Event.select().where((Event.entity == "location") & (Event.action == "edit")).get()
    assert json.loads(event.data) == {
        "before": {"address": ""},
        "after": {"address": "12 rue Garibaldi, 69003 Lyon, FR"},
    }
    again = import_any(ctx, write(tmp_path, "locations.csv", text), "snipeit")
    assert again.addresses == 0


def test_an_address_holding_a_control_character_refuses_the_file(ctx: ServiceContext, tmp_path: Path) -> None:
    text = "Name,Address,City\nLyon,12 rue\x1b[31m,Lyon\n"
    assert_refused(ValidationFailed, "row 2, address", import_any, ctx, write(tmp_path, "l.csv", text), "snipeit")


SNIPE_CHECKOUTS = (
    "Asset Tag,Item Name,Serial,Model,Manufacturer,Category,Status,Checkout Type,Checked Out To,"
    "Checked Out To: Email,Location\n"
    "ICC-1,Salle A screen,SN-1,P2422H,Dell,Monitors,Deployed,location,Paris/Salle A,,Paris\n"
    "ICC-2,Zoé laptop,SN-2,Latitude 7440,Dell,Laptops,Deployed,user,Zoé Kovács,zoe@klara.fr,Paris\n"
    "ICC-3,Dock,SN-3,WD19,Dell,Accessories,Deployed,asset,ICC-2,,Paris\n"
)


def test_snipeit_location_checkout_places_the_device_there_in_stock(ctx: ServiceContext, tmp_path: Path) -> None:
    report = importer.import_file(ctx, write(tmp_path, "assets.csv", SNIPE_CHECKOUTS))
    assert report.file_format == "snipeit" and report.imported == 3 and report.assigned == 1
    assert "Checkout Type" in report.columns and "Checkout Type" not in report.ignored_columns
    screen = queries.asset_detail("ICC-1")
    assert (screen.status, screen.location, screen.holder_email) == ("in_stock", "Paris/Salle A", None)
    laptop = queries.asset_detail("ICC-2")
    assert (laptop.status, laptop.holder_email) == ("assigned", "zoe@klara.fr")
    dock = queries.asset_detail("ICC-3")
    assert (dock.status, dock.location) == ("in_stock", "Paris")
    texts = [str(w) for w in report.warnings]
    assert any("row 2" in t and "checked out to the location 'Paris/Salle A'" in t for t in texts)
    assert any("row 4" in t and "checked out to another asset (ICC-2)" in t for t in texts)
    assert Person.select().where(Person.name == "Paris/Salle A").count() == 0


def test_snipeit_sample_layout_checked_out_to_a_location(ctx: ServiceContext, tmp_path: Path) -> None:
    """The current sample's columns: `Checkout Type` Location and `Checked Out To: Location`."""
    from tests.services.test_import_formats import SNIPE_ASSETS

    row = (
        '"Quitzon",Ecran,ICC-7,Monitors,Krajcik LLC,Dell,Lindgren-Marquardt,55,P2422H,,M1,,11/14/22,199.00,'
        'Location,"","","","",Lyon/Salle B\n'
    )
    report = importer.import_file(ctx, write(tmp_path, "assets-sample.csv", SNIPE_ASSETS + row))
    assert report.imported == 3 and report.assigned == 1
    screen = queries.asset_detail("ICC-7")
    assert (screen.status, screen.location) == ("in_stock", "Lyon/Salle B")
    assert any("row 4, Checked Out To: Location: checked out to the location 'Lyon/Salle B'" in str(w)
               for w in report.warnings)  # fmt: skip


def test_snipeit_checkout_location_column_alone(ctx: ServiceContext, tmp_path: Path) -> None:
    text = "Asset Tag,Model,Manufacturer,Category,Checkout Location\nICC-9,P2422H,Dell,Monitors,Lyon/Accueil\n"
    report = importer.import_file(ctx, write(tmp_path, "a.csv", text), "snipeit")
    assert report.ignored_columns == ()
    assert queries.asset_detail("ICC-9").location == "Lyon/Accueil"


# --- MDM devices the inventory lacks ---------------------------------------------------------------

INTUNE = (
    "Device name,Manufacturer,Model,OS,OS version,Last check-in,Primary user email address,Serial number,IMEI,"
    "Encrypted\n"
    "PC-ZOE,Dell Inc.,Latitude 7440,Windows,10.0.22631,2026-11-20 08:15:00,zoe@klara.fr,5CG1234XYZ,,True\n"
    "PC-NEW,HP,EliteBook 840 G10,Windows,10.0.22631,2026-11-25 07:00:00,new@klara.fr,8CC0000NEW,,True\n"
    "TEL-NEW,Apple,iPhone 15,iOS/iPadOS,17.6.1,2026-11-25 07:00:00,new@klara.fr,F2LXNEW1,352099001761499,Yes\n"
    "GHOST,,,Windows,10.0.22631,2026-11-25 07:00:00,,,,False\n"
)


def test_register_missing_registers_then_updates_them_with_events(ctx: ServiceContext, tmp_path: Path) -> None:
    from klara_assets.services.import_formats.detection import Source
    from klara_assets.services.import_formats.mdm import import_encryption

    inventory.register_asset(ctx, category="laptop", tag="PC-1", serial="5CG1234XYZ")
    path = write(tmp_path, "DevicesWithInventory.csv", INTUNE)
    plain = import_encryption(ctx, path, Source.INTUNE, dry_run=True)
    assert plain.not_in_inventory == ("8CC0000NEW", "F2LXNEW1", "GHOST") and plain.registered == ()
    before = snapshot()
    dry = import_encryption(ctx, path, Source.INTUNE, dry_run=True, register_missing=True)
    assert len(dry.registered) == 2 and dry.not_in_inventory == ("GHOST",) and snapshot() == before
    report = import_encryption(ctx, path, Source.INTUNE, register_missing=True)
    assert report.changed == 3 and report.not_in_inventory == ("GHOST",)
    pc = Asset.get(Asset.serial == "8CC0000NEW")
    assert (pc.category, pc.manufacturer, pc.model, pc.os) == (
        "laptop",
        "HP",
        "EliteBook 840 G10",
        "Windows 10.0.22631",
    )
    assert (pc.encryption_state, pc.encryption_method, pc.recovery_key_escrow) == ("encrypted", "BitLocker", "Intune")
    assert "device name PC-NEW" in pc.notes
    phone = Asset.get(Asset.imei == "352099001761499")
    assert (phone.category, phone.manufacturer, phone.encryption_method) == (
        "smartphone",
        "Apple",
        "iOS data protection",
    )
    actions = [a for (a,) in Event.select(Event.action).where(Event.entity_id == pc.id).tuples()]
    assert actions == ["register", "encryption_check"]
    assert report.registered == (pc.tag, phone.tag)


def test_register_missing_on_the_command_line_and_refused_for_other_files(
    ctx: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "intune.csv", INTUNE)
    code, out, err = run_cli(capsys, "--db", ctx.url, "import", str(path), "--register-missing", "--dry-run")
    assert code == 0, err
    assert "Devices of the file would be registered (3; category guessed from the system, check it)" in out
    code, out, err = run_cli(capsys, "--db", ctx.url, "import", str(path), "--register-missing", "--json")
    assert code == 0 and len(json.loads(out)["registered"]) == 3
    assert Asset.select().count() == 3
    own = write(tmp_path, "own.csv", "tag,category,manufacturer,model\nA-1,laptop,Dell,X\n")
    before = snapshot()
    code, _out, err = run_cli(capsys, "--db", ctx.url, "import", str(own), "--register-missing")
    assert code == 1 and "--register-missing is for an MDM file" in err and snapshot() == before


def test_serials_match_whatever_their_spelling(ctx: ServiceContext, tmp_path: Path) -> None:
    inventory.register_asset(ctx, category="laptop", tag="PC-1", serial="8cc 0000-new")
    report = import_any(ctx, write(tmp_path, "intune.csv", INTUNE), "intune", register_missing=True)
    assert Asset.get(Asset.tag == "PC-1").encryption_state == "encrypted"
    assert len(report.registered) == 2  # PC-ZOE and TEL-NEW, not PC-NEW


def test_register_missing_with_a_bad_imei_refuses_everything_naming_the_row(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = write(tmp_path, "intune.csv", INTUNE.replace("352099001761499", "352099001761490"))
    assert_refused(ValidationFailed, "row 4, IMEI", import_any, ctx, path, "intune", register_missing=True)
