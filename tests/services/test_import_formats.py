"""Files other programs wrote: nothing lost silently, encodings, date orders, Snipe-IT, MDM and HR files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from klara_assets.domain.errors import ValidationFailed
from klara_assets.persistence import queries
from klara_assets.services import importer
from klara_assets.services.context import ServiceContext
from tests.helpers import assert_refused, run_cli, snapshot


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- §1 never lose data silently ------------------------------------------------------------------


def test_misspelled_headers_are_listed_as_ignored_in_the_report_cli_and_json(
    ctx: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "tag,category,purchase_date,cost,holder,warranty\nA-1,laptop,2024-01-01,999,zoe@klara.fr,24\n"
    path = write(tmp_path, "typos.csv", text)
    preview = importer.preview_file(path)
    assert preview.ignored_columns == ("purchase_date", "cost", "holder", "warranty")
    report = importer.import_file(ctx, path, dry_run=True)
    assert report.ignored_columns == ("purchase_date", "cost", "holder", "warranty")
    code, out, _ = run_cli(capsys, "--db", ctx.url, "import", str(path), "--dry-run")
    assert code == 0 and "Ignored columns (not read): purchase_date, cost, holder, warranty." in out
    code, out, _ = run_cli(capsys, "--db", ctx.url, "import", str(path), "--json")
    assert json.loads(out)["ignored_columns"] == ["purchase_date", "cost", "holder", "warranty"]


SNIPE_ASSETS = (
    "Company,Name,Asset Tag,Category,Supplier,Manufacturer,Location,Order Number,Model,Model Notes,Model Number,"
    "Asset Notes,Purchase Date,Purchase Cost,Checkout Type,Checked Out To: Username,Checked Out To: First Name,"
    "Checked Out To: Last Name,Checked Out To: Email,Checked Out To: Location\n"
    'Abshire and Sons,Backhoe,ICC-2065556,Ornamental Railings,"Kunde, Doyle and Kozey",Berge Inc,'
    '"Wilkinson, Waters and Kerluke",3271901481,Nial,,1786VM80X07,at nulla,1/23/23,2266.13,,"","","","",""\n'
    '"Quitzon, Oberbrunner and Dibbert",Latitude,WBH-2841795,Laptops,Krajcik LLC,Dell,Lindgren-Marquardt,'
    "5504512275,Chase,ante ipsum,9351IS25A51,aliquam,11/14/22,1292.94,User,gmccrackem2a,Gage,McCrackem,"
    'gmccrackem2a@bing.com,""\n'
)


def test_format_forced_against_the_file_is_refused_naming_the_detected_format(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    ours = write(tmp_path, "ours.csv", "tag,category,purchased_on,price\nA-1,laptop,2024-01-01,999\n")
    error = assert_refused(ValidationFailed, "Klara Assets", importer.import_file, ctx, ours, "snipeit")
    assert error.code == "wrong_format"
    theirs = write(tmp_path, "snipe.csv", SNIPE_ASSETS)
    error = assert_refused(ValidationFailed, "Snipe-IT", importer.import_file, ctx, theirs, "klara")
    assert error.code == "wrong_format"


def test_xlsx_formula_without_value_long_serials_and_mangled_serials(ctx: ServiceContext, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["tag", "category", "serial", "price"])
    sheet.append(["A-1", "laptop", 424242, 100])
    sheet.append(["A-2", "laptop", "6.37702E+15", 100])
    sheet.append(["A-3", "laptop", 12345678901234567890, 100])  # stored as a double, as Excel does
    path = tmp_path / "fleet.xlsx"
    book.save(path)
    _patch_xlsx(path, b"<v>424242</v>", b"<v>12345678901234567890</v>")  # a number cell with all its digits
    report = importer.import_file(ctx, path)
    assert report.imported == 3
    assert queries.asset_detail("A-1").serial == "12345678901234567890"
    messages = [(w.row, w.field, w.message) for w in report.warnings]
    assert messages[0] == (3, "serial", "the serial looks converted to a number by a spreadsheet (6.37702E+15).")
    assert [m[0] for m in messages] == [3, 4]
    book = Workbook()
    sheet = book.active
    sheet.append(["tag", "category", "price"])
    sheet.append(["B-1", "laptop", "=SUM(1,2)"])  # openpyxl writes the formula without a cached value
    formula = tmp_path / "formula.xlsx"
    book.save(formula)
    error = assert_refused(ValidationFailed, "row 2, price", importer.import_file, ctx, formula)
    assert "formula (=SUM(1,2)) without a calculated value" in error.message


def _patch_xlsx(path: Path, old: bytes, new: bytes) -> None:
    import zipfile

    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    name = "xl/worksheets/sheet1.xml"
    assert old in parts[name]
    parts[name] = parts[name].replace(old, new)
    with zipfile.ZipFile(path, "w") as out:
        for part, data in parts.items():
            out.writestr(part, data)


def test_a_row_shorter_than_the_header_is_a_problem(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write(tmp_path, "short.csv", "tag,category,serial,price\nA-1,laptop,S-1,10\nA-2,laptop\n")
    assert_refused(
        ValidationFailed, "row 3, column 3: the row has 2 fields but the header has 4", importer.import_file, ctx, path
    )


# --- §2 encodings and dates -----------------------------------------------------------------------

FRENCH = (
    "tag;category;model;location;notes\r"
    "PC-1;laptop;Écran été;Paris/Étage 2;déjà vu, à côté\r"
    "PC-2;laptop;Zoé;Lyon;naïve façon\r"
)


@pytest.mark.parametrize(
    ("encoding", "text", "reported"),
    [
        ("mac_roman", FRENCH, "mac-roman"),
        ("utf-16", FRENCH.replace("\r", "\r\n"), "utf-16"),
        ("utf-16-le", FRENCH.replace("\r", "\n"), "utf-16-le"),
        ("latin_1", FRENCH.replace("\r", "\n"), "cp1252"),
        ("cp1252", FRENCH.replace("\r", "\r\n"), "cp1252"),
        ("utf-8-sig", FRENCH, "utf-8-sig"),
    ],
)
def test_encodings_and_line_endings(
    ctx: ServiceContext, tmp_path: Path, encoding: str, text: str, reported: str
) -> None:
    path = write(tmp_path, "fr.csv", text, encoding)
    assert importer.preview_file(path).encoding == reported
    report = importer.import_file(ctx, path)
    assert (report.encoding, report.imported) == (reported, 2)
    first = queries.asset_detail("PC-1")
    assert (first.model, first.location, first.notes) == ("Écran été", "Paris/Étage 2", "déjà vu, à côté")
    assert queries.asset_detail("PC-2").notes == "naïve façon"


def test_us_dates_are_detected_month_first_and_french_day_first(ctx: ServiceContext, tmp_path: Path) -> None:
    us = write(tmp_path, "us.csv", "tag,category,purchased_on\nA-1,laptop,12/24/15\nA-2,laptop,01/02/2023\n")
    report = importer.import_file(ctx, us)
    assert report.dates == {"purchased_on": "mdy"} and not report.dates_assumed
    assert queries.asset_detail("A-1").purchased_on == date(2015, 12, 24)
    assert queries.asset_detail("A-2").purchased_on == date(2023, 1, 2)
    fr = write(tmp_path, "fr.csv", "tag;category;purchased_on\nB-1;laptop;25/12/1985\nB-2;laptop;01/02/2023\n")
    report = importer.import_file(ctx, fr)
    assert report.dates == {"purchased_on": "dmy"}
    assert queries.asset_detail("B-1").purchased_on == date(1985, 12, 25)
    assert queries.asset_detail("B-2").purchased_on == date(2023, 2, 1)


def test_ambiguous_dates_follow_the_source_or_the_option_and_say_so(
    ctx: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = write(tmp_path, "amb.csv", "tag,category,purchased_on\nA-1,laptop,01/02/2023\n")
    report = importer.import_file(ctx, ours, dry_run=True)
    assert report.dates == {"purchased_on": "dmy"} and report.dates_assumed == ("purchased_on",)
    assert "every date is ambiguous" in str(report.warnings[0]) and "day/month/year" in str(report.warnings[0])
    snipe = write(tmp_path, "snipe.csv", "Asset Tag,Category,Purchase Date\nS-1,Laptops,01/02/2023\n")
    report = importer.import_file(ctx, snipe)
    assert report.dates == {"Purchase Date": "mdy"} and queries.asset_detail("S-1").purchased_on == date(2023, 1, 2)
    code, out, _ = run_cli(capsys, "--db", ctx.url, "import", str(ours), "--dates", "mdy")
    assert code == 0 and "Dates in 'purchased_on' read as mdy." in out
    assert queries.asset_detail("A-1").purchased_on == date(2023, 1, 2)


def test_a_date_that_contradicts_its_column_is_refused_not_read_the_other_way(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = write(tmp_path, "mix.csv", "tag,category,purchased_on\nA-1,laptop,12/24/15\nA-2,laptop,25/12/2015\n")
    before = snapshot()
    with pytest.raises(ValidationFailed) as err:
        importer.import_file(ctx, path, dates="mdy")
    assert "row 3, purchased_on" in err.value.message and "month/day/year" in err.value.message
    assert snapshot() == before


# --- Snipe-IT users and locations, HR lists ------------------------------------------------------

SNIPE_USERS = (
    "First Name,Last Name,email,User name,Location,Phone Num,Job Title For User,Employee Number,Company,VIP,"
    "Start Date,End Date\n"
    "Blanche,O'Collopy,bocollopy0@livejournal.com,bocollopy0,Hinapalanan,63-(199)661-2186,Clinical Specialist,"
    "7080919053,Morar-Ward,yes,3/14/22,\n"
    "Jessie,Primo,jprimo1@newsvine.com,jprimo1,Korenovsk,7-(885)578-0266,Paralegal,6284292031,Jast-Stiedemann,yes,"
    "1/2/21,10/31/26\n"
)


def test_snipeit_users_become_people_active_or_left(
    ctx: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from klara_assets.persistence.models import Person
    from klara_assets.services import inventory

    inventory.register_asset(ctx, category="laptop", tag="PC-9")
    inventory.add_person(ctx, "J. Primo", "jprimo1@newsvine.com")
    importer.import_file(
        ctx, write(tmp_path, "held.csv", "tag,category,holder_email\nPC-8,laptop,jprimo1@newsvine.com\n")
    )
    path = write(tmp_path, "MOCK_USERS.csv", SNIPE_USERS)
    code, out, err = run_cli(capsys, "--db", ctx.url, "import", str(path), "--format", "snipeit")
    assert code == 0, err
    blanche = Person.get(Person.email == "bocollopy0@livejournal.com")
    assert (blanche.name, blanche.employee_no, blanche.active, blanche.left_on, blanche.started_on) == (
        "Blanche O'Collopy",
        "7080919053",
        True,
        None,
        date(2022, 3, 14),
    )
    assert blanche.location.site == "Hinapalanan"
    jessie = Person.get(Person.email == "jprimo1@newsvine.com")
    assert (jessie.name, jessie.active, jessie.left_on, jessie.started_on) == (
        "Jessie Primo",
        False,
        date(2026, 10, 31),
        date(2021, 1, 2),
    )
    assert "1 people were added, 1 updated" in out
    assert "Devices to collect: Jessie Primo <jprimo1@newsvine.com> leaves on 2026-10-31: PC-8" in out
    assert "Ignored columns (not read): User name, Phone Num, Job Title For User, Company, VIP." in out


def test_hr_list_updates_people_by_email_and_refuses_a_bad_row_whole(ctx: ServiceContext, tmp_path: Path) -> None:
    from klara_assets.persistence.models import Person
    from klara_assets.services.import_formats.dispatch import import_any

    text = (
        "Nom;E-mail;Matricule;Service;Site;Date d'entrée;Date de sortie\n"
        "Zoé Kovács;zoe.kovacs@klara.fr;E-001;Finance;Paris;01/09/2020;\n"
        "Luc Martin;luc.martin@klara.fr;E-002;IT;Lyon;15/01/2019;31/12/2026\n"
    )
    report = import_any(ctx, write(tmp_path, "rh.csv", text, "cp1252"), "people")
    assert (report.created, report.updated) == (2, 0)
    assert report.dates == {"Date d'entrée": "dmy", "Date de sortie": "dmy"}
    assert report.ignored_columns == ()
    luc = Person.get(Person.email == "luc.martin@klara.fr")
    assert (luc.employee_no, luc.department, luc.active, luc.left_on, luc.started_on) == (
        "E-002",
        "IT",
        True,
        date(2026, 12, 31),
        date(2019, 1, 15),
    )
    again = import_any(ctx, write(tmp_path, "rh2.csv", text.replace("Finance", "Achats"), "cp1252"), "people")
    assert (again.created, again.updated, again.unchanged) == (0, 1, 1)
    assert Person.get(Person.email == "zoe.kovacs@klara.fr").department == "Achats"
    bad = text + "Sans Mail;;E-003;IT;Lyon;01/01/2020;\n"
    assert_refused(ValidationFailed, "row 4, E-mail", import_any, ctx, write(tmp_path, "rh3.csv", bad), "people")


def test_snipeit_locations_become_sites(ctx: ServiceContext, tmp_path: Path) -> None:
    from klara_assets.persistence.models import Location
    from klara_assets.services.import_formats.dispatch import import_any

    text = (
        "name,address,address2,city,state,country,zip,manager,manager username,currency\n"
        "Peace River,8 Brentwood Court,,Birendranagar,AB,CA,T8S,Danika Mostyn,dmostyn0,CAD\n"
        "Airdrie,14 Summer Ridge Court,306 Buhler Parkway,Poniatowa,AB,CA,T4B,Clementina Van Halen,cvan1,CAD\n"
        "Airdrie,8 Lien Drive,,Reims,AB,CA,,Kerry Aherne,kaherneg,CAD\n"
    )
    report = import_any(ctx, write(tmp_path, "locations-sample.csv", text), "snipeit")
    assert (report.created, report.existing) == (2, 0)
    assert sorted(Location.select(Location.site, Location.address).tuples()) == [
        ("Airdrie", "14 Summer Ridge Court, 306 Buhler Parkway, T4B Poniatowa, AB, CA"),
        ("Peace River", "8 Brentwood Court, T8S Birendranagar, AB, CA"),
    ]
    assert report.ignored_columns == ("manager", "manager username", "currency")
    with pytest.raises(ValidationFailed, match="Snipe-IT \\(locations\\)"):
        importer.import_file(ctx, write(tmp_path, "again.csv", text))


# --- MDM encryption -------------------------------------------------------------------------------


def _fleet(ctx: ServiceContext) -> None:
    from klara_assets.services import inventory

    inventory.register_asset(ctx, category="laptop", tag="PC-1", serial="5CG1234XYZ")
    inventory.register_asset(ctx, category="laptop", tag="PC-2", serial="5CG9999AAA")
    inventory.register_asset(ctx, category="laptop", tag="MAC-1", serial="C02XK0ABJGH5")
    inventory.register_asset(ctx, category="smartphone", tag="TEL-1", imei="352099001761481")


INTUNE = (
    "Device name,Managed by,Ownership,Compliance,OS,OS version,Last check-in,Primary user UPN,"
    "Primary user email address,Serial number,IMEI,Encrypted\n"
    "PC-ZOE,Intune,Corporate,Compliant,Windows,10.0.22631.4460,2026-11-20 08:15:00,zoe@klara.fr,zoe@klara.fr,"
    "5CG1234XYZ,,True\n"
    "PC-LUC,Intune,Corporate,Not compliant,Windows,10.0.22631.4460,2026-11-19 17:02:11,luc@klara.fr,luc@klara.fr,"
    "5CG9999AAA,,False\n"
    "TEL-ZOE,Intune,Corporate,Compliant,iOS/iPadOS,17.6.1,2026-11-25 07:00:00,zoe@klara.fr,zoe@klara.fr,"
    "F2LX1,352099001761481,Yes\n"
    "PC-NEW,Intune,Corporate,Compliant,Windows,10.0.22631.4460,2026-11-25 07:00:00,new@klara.fr,new@klara.fr,"
    "8CC0000NEW,,True\n"
)


def test_intune_export_updates_encryption_with_one_event_per_device(
    ctx: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import datetime

    from klara_assets.persistence.models import Event

    _fleet(ctx)
    path = write(tmp_path, "DevicesWithInventory.csv", INTUNE)
    before = snapshot()
    code, out, _ = run_cli(capsys, "--db", ctx.url, "import", str(path), "--format", "intune", "--dry-run")
    assert code == 0 and "4 devices, 3 matched, would change 3." in out and snapshot() == before
    assert "PC-1: encryption_state unknown -> encrypted" in out
    assert (
        "Not in the inventory (1; --register-missing registers those with a serial number or IMEI): 8CC0000NEW" in out
    )
    assert "Laptops absent from the file (1): MAC-1" in out
    events = Event.select().count()
    code, out, _ = run_cli(capsys, "--db", ctx.url, "import", str(path), "--format", "intune", "--json")
    report = json.loads(out)
    assert report["changed"] == 3 and "Managed by" in report["ignored_columns"]
    pc = queries.asset_detail("PC-1")
    assert (pc.encryption_state, pc.encryption_method, pc.recovery_key_escrow) == ("encrypted", "BitLocker", "Intune")
    assert pc.encryption_checked_at == datetime(2026, 11, 20, 8, 15)
    assert queries.asset_detail("PC-2").encryption_state == "none"
    assert queries.asset_detail("TEL-1").encryption_method == "iOS data protection"
    assert Event.select().count() == events + 3
    code, out, _ = run_cli(capsys, "--db", ctx.url, "import", str(path), "--format", "intune")
    assert "changed 0" in out


def test_jamf_inventory_and_recovery_key_column_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    from klara_assets.services.import_formats.dispatch import import_any

    _fleet(ctx)
    jamf = (
        "Computer Name,Serial Number,Email Address,Operating System Version,FileVault 2 Status,Last Inventory Update\n"
        "MBP-Zoe,C02XK0ABJGH5,zoe@klara.fr,14.6.1,Boot Partitions Encrypted,2026-11-24 10:00:00\n"
        "MBP-Old,C02OLD00000,old@klara.fr,12.7,No Partitions Encrypted,2026-10-01 10:00:00\n"
    )
    report = import_any(ctx, write(tmp_path, "jamf.csv", jamf), "jamf")
    mac = queries.asset_detail("MAC-1")
    assert (mac.encryption_state, mac.encryption_method, mac.recovery_key_escrow) == (
        "encrypted",
        "FileVault",
        "Jamf Pro",
    )
    assert report.not_in_inventory == ("C02OLD00000",)
    keyed = jamf.replace("Last Inventory Update\n", "Last Inventory Update,Key\n").replace(
        "10:00:00\n", "10:00:00,A1B2-C3D4-E5F6-G7H8-J9K0-L1M2\n"
    )
    error = assert_refused(
        ValidationFailed, "holds recovery keys", import_any, ctx, write(tmp_path, "k.csv", keyed), "jamf"
    )
    assert "A1B2" not in error.message
    with pytest.raises(ValidationFailed, match="Jamf Pro"):
        import_any(ctx, write(tmp_path, "j.csv", jamf), "intune")


# --- Snipe-IT assets ------------------------------------------------------------------------------

MOCK_ASSETS = (  # Snipe-IT's older sample layout, saved by Excel for Mac: CR line endings, Mac Roman
    "Full Name,Email,Username,item Name,Category,Model name,Manufacturer,Model Number,Serial Number,Asset Tag,"
    "Location,Notes,Purchase Date,Purchase Cost,Company,Status,Warranty Months,Supplier\r"
    "Bonnie Nelson,bnelson0@cdbaby.com,bnelson0,eget nunc donec quis,quam,massa id,Linkbridge,6.37702E+15,"
    "27aa8378-b0f4-4289-84a4-405da95c6147,970882174-8,Daping,Curabitur in libero,4/5/16,133289.59,Alpha,"
    "Undeployable,14,Blogspan\r"
    "Mildred Gibson,mgibson2@wiley.com,mgibson2,morbi quis tortor id,Laptops,convallis tortor risus,Lajo,X1,"
    "2837ab20-8f0d-4935-8a52-226392f2b1b0,710141467-2,Shekou,Etiam justo,8/9/15,233.57,Konklab,Lost,,\r"
    "Anthony Wheeler,awheeler5@cocolog-nifty.com,awheeler5,dictumst maecenas ut,Laptops,accumsan felis,Layo,"
    "X2,4751495c-cee0-4961-b788-94a545b5643e,998233705-X,Dante Delgado,,4/16/16,261.79,,Archived,15,Ntag\r"
    "Betty Powell,bpowell4@tuttocitta.it,bpowell4,ipsum praesent,Laptops,et ultrices,Kazu,X3,"
    "f9b473c6-c810-42f2-8335-27ce468889a8,118753405-6,Dresi Wetan,,12/24/15,324.8,,Ready to Deploy,24,\r"
    ",,,odio elementum,Monitors,ante vel ipsum,Oyope,X4,9a863968-180e-451d-a723-dc85e2d5d8ff,742114860-4,"
    "Panay,Caf\u00e9 cr\u00e8me,3/20/16,881.4,,Out for Repair,30,Tagcat\r"
    ",,,non ligula,Laptops,fusce posuere,Youtags,X5,c8680b36-a13c-427f-a6a1-1b9b351eb129,552327520-4,"
    "Sorinomo,,11/25/15,112.11,,Broken - Not Fixable,,\r"
)


def test_snipeit_older_export_with_statuses_warranty_and_mac_roman(ctx: ServiceContext, tmp_path: Path) -> None:
    from klara_assets.persistence.models import Assignment, Incident

    path = write(tmp_path, "MOCK_ASSETS.csv", MOCK_ASSETS, "mac_roman")
    report = importer.import_file(ctx, path)
    assert (report.file_format, report.encoding, report.imported) == ("snipeit", "mac-roman", 6)
    assert report.dates == {"Purchase Date": "mdy"} and report.ignored_columns == ("Company",)
    warnings = [str(w) for w in report.warnings]
    assert "row 2, Category: unknown category 'quam': imported as 'other'." in warnings
    assert (
        "row 2, Model Number: the model number looks converted to a number by a spreadsheet (6.37702E+15)." in warnings
    )
    assert any("row 2, Status: status 'Undeployable': registered in stock" in w for w in warnings)
    undeployable = queries.asset_detail("970882174-8")
    assert (undeployable.status, undeployable.holder_email, undeployable.category) == ("in_stock", None, "other")
    assert undeployable.purchased_on == date(2016, 4, 5) and undeployable.warranty_end == date(2017, 6, 5)
    assert undeployable.serial == "27aa8378-b0f4-4289-84a4-405da95c6147" and undeployable.supplier == "Blogspan"
    lost = queries.asset_detail("710141467-2")
    assert lost.status == "lost" and lost.holder_email is None
    incident = Incident.get()
    assert (incident.kind, incident.asset.tag) == ("lost", "710141467-2") and "imported" in incident.description
    archived = queries.asset_detail("998233705-X")
    assert (archived.status, archived.condition) == ("retired", "good")
    ready = queries.asset_detail("118753405-6")
    assert (ready.status, ready.holder_email, ready.purchased_on) == (
        "assigned",
        "bpowell4@tuttocitta.it",
        date(2015, 12, 24),
    )
    repair = queries.asset_detail("742114860-4")
    assert (repair.status, repair.category) == ("in_repair", "monitor")
    assert repair.notes == "Model number: X4\nName: odio elementum\nCafé crème"
    broken = queries.asset_detail("552327520-4")
    assert (broken.status, broken.condition) == ("retired", "broken")
    assert Assignment.select().count() == 2  # Betty's, and the lost device's (closed by the incident)


def test_snipeit_current_sample_layout(ctx: ServiceContext, tmp_path: Path) -> None:
    report = importer.import_file(ctx, write(tmp_path, "assets-sample.csv", SNIPE_ASSETS))
    assert report.imported == 2 and report.assigned == 1 and report.dates == {"Purchase Date": "mdy"}
    backhoe = queries.asset_detail("ICC-2065556")
    assert (backhoe.category, backhoe.purchased_on, backhoe.order_no) == ("other", date(2023, 1, 23), "3271901481")
    laptop = queries.asset_detail("WBH-2841795")
    assert (laptop.holder_email, laptop.holder_name) == ("gmccrackem2a@bing.com", "Gage McCrackem")
    assert set(report.ignored_columns) == {"Company", "Model Notes"}


# --- any other tool: a mapping by hand ------------------------------------------------------------

GLPI = (
    "Nom;Numéro de série;Type;Fabricant;Modèle;Commentaires\nPC-GLPI-1;SN-77;Ordinateur portable;HP;EliteBook 840;vu\n"
)


def test_cli_map_reads_columns_another_tool_named(
    ctx: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "glpi.csv", GLPI, "cp1252")
    code, _, err = run_cli(capsys, "--db", ctx.url, "import", str(path))
    assert code == 1 and "no column this program knows" in err
    maps = ["Nom=tag", "Numéro de série=serial", "Type=category", "Fabricant=manufacturer", "Modèle=model"]
    args = [a for m in maps for a in ("--map", m)]
    code, out, err = run_cli(capsys, "--db", ctx.url, "import", str(path), *args, "--map", "Commentaires=ignore")
    assert code == 0, err
    assert "imported 1 assets" in out and "Ignored columns (not read): Commentaires." in out
    pc = queries.asset_detail("PC-GLPI-1")
    assert (pc.serial, pc.category, pc.manufacturer, pc.model, pc.notes) == (
        "SN-77",
        "laptop",
        "HP",
        "EliteBook 840",
        "",
    )
    before = snapshot()
    code, _, err = run_cli(capsys, "--db", ctx.url, "import", str(path), "--map", "Colour=serial")
    assert code == 1 and "no column 'Colour'" in err and snapshot() == before
    code, _, err = run_cli(capsys, "--db", ctx.url, "import", str(path), "--map", "Nom=colour")
    assert code == 1 and "'colour' is not a field" in err and snapshot() == before
    code, _, err = run_cli(capsys, "--db", ctx.url, "import", str(tmp_path / "absent.csv"))
    assert code == 3


def test_intune_encryption_report_matches_device_names_to_tags(ctx: ServiceContext, tmp_path: Path) -> None:
    from klara_assets.services.import_formats.dispatch import import_any

    _fleet(ctx)
    report_csv = (
        "Device name,Device type,OS version,TPM version,Encryption readiness,Encryption status,User Principal Name\n"
        "PC-1,Windows,10.0.22631,2.0,Ready,Encrypted,zoe@klara.fr\n"
        "PC-2,Windows,10.0.22631,2.0,Not ready,Not encrypted,luc@klara.fr\n"
        "PC-404,Windows,10.0.22631,2.0,Ready,Encrypted,ghost@klara.fr\n"
    )
    report = import_any(ctx, write(tmp_path, "EncryptionReport.csv", report_csv), dry_run=True)
    assert (report.file_format, report.matched, report.changed) == ("intune_encryption", 2, 2)
    assert report.not_in_inventory == ("PC-404",) and report.missing_from_file == ("MAC-1",)
    assert "Encryption readiness" in report.ignored_columns
    assert queries.asset_detail("PC-1").encryption_state == "unknown"  # dry run
    import_any(ctx, write(tmp_path, "EncryptionReport2.csv", report_csv), "intune")
    pc = queries.asset_detail("PC-1")
    assert (pc.encryption_state, pc.encryption_method, pc.recovery_key_escrow) == ("encrypted", "BitLocker", "Intune")
    assert queries.asset_detail("PC-2").encryption_state == "none"
