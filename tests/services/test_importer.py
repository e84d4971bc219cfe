"""Importing CSV and XLSX files (our format, Snipe-IT's, French Excel) on SQLite and PostgreSQL: all or none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.places import Place
from klara_assets.persistence import queries
from klara_assets.persistence.database import open_database
from klara_assets.persistence.models import MODELS, Assignment, Event, Location, Person
from klara_assets.services import exporting, importer, inventory
from klara_assets.services.context import ServiceContext
from tests.helpers import snapshot

IMEI = "352099001761481"
SNIPEIT = (
    "Asset Tag,Item Name,Serial,Model,Manufacturer,Category,Location,Purchase Date,Purchase Cost,"
    "Checked Out To: Email,Checked Out To: Full Name,Supplier,Order Number,Warranty,Notes,IMEI\n"
    "000123,Laptop Zoé,SN-A1,Latitude 7440,Dell,Laptops,Paris HQ,2024-03-15,1299.00,"
    "zoe.kovacs@klara.fr,Zoé Kovács,LDLC Pro,PO-77,36,first one,\n"
    "000124,,F2L-77,iPhone 15,Apple,Mobile Phones,Lyon,2025-01-31,969,,,Apple Business,,24,," + IMEI + "\n"
    "000125,,CN0-1,P2723DE,Dell,Monitors,Paris HQ,,389,zoe.kovacs@klara.fr,Zoé Kovács,,,,,\n"
    "000126,,SRV-9,PowerEdge,Dell,Servers,Paris HQ,,,,,,,,,\n"
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def refused(ctx: ServiceContext, path: Path, *words: str, **kwargs: object) -> ValidationFailed:
    before = snapshot()
    with pytest.raises(ValidationFailed) as err:
        importer.import_file(ctx, path, **kwargs)  # type: ignore[arg-type]
    for word in words:
        assert word.lower() in err.value.message.lower(), err.value.message
    assert snapshot() == before
    return err.value


def test_snipeit_file_imports_categories_holders_and_locations(ctx: ServiceContext, tmp_path: Path) -> None:
    report = importer.import_file(ctx, write(tmp_path, "snipe.csv", SNIPEIT))
    assert report.file_format == "snipeit" and report.imported == 4 and report.assigned == 2
    assert [str(w) for w in report.warnings] == ["row 5, Category: unknown category 'Servers': imported as 'other'."]
    laptop = queries.asset_detail("000123")
    assert (laptop.category, laptop.holder_email, laptop.status) == ("laptop", "zoe.kovacs@klara.fr", "assigned")
    assert laptop.location == "Paris HQ" and laptop.price == Decimal("1299.00")
    assert laptop.warranty_end == date(2027, 3, 15) and laptop.notes == "Name: Laptop Zoé\nfirst one"
    phone = queries.asset_detail("000124")
    assert (phone.category, phone.imei, phone.status, phone.location) == ("smartphone", IMEI, "in_stock", "Lyon")
    assert phone.warranty_end == date(2027, 1, 31)
    assert queries.asset_detail("000125").category == "monitor"
    assert queries.asset_detail("000126").category == "other"
    assert Person.get(Person.email == "zoe.kovacs@klara.fr").name == "Zoé Kovács"
    assert Location.select().count() == 2 and Assignment.select().count() == 2
    # The laptop is unencrypted: the encryption policy is not applied to an import, and the log says why.
    checkout = Event.select().where(Event.action == "check_out").first()
    assert "not applied to an import" in checkout.data


def test_french_excel_csv_imports(ctx: ServiceContext, tmp_path: Path) -> None:
    text = (
        "Asset Tag;Item Name;Serial;Model;Manufacturer;Category;Location;Purchase Date;Purchase Cost\r\n"
        "PC-001;;SN-É1;ThinkPad T14;Lenovo;Ordinateur portable;Paris/Étage 2;25/12/2024;1 299,00\r\n"
        'PC-002;;SN-É2;Écran 27";Dell;Écran;Paris/Étage 2;01/02/2023;389,5\r\n'
        "TEL-1;;SN-É3;Galaxy S23;Samsung;Téléphone;Nantes;31/01/2025;899\r\n"
    )
    report = importer.import_file(ctx, write(tmp_path, "export excel.csv", text, "cp1252"))
    assert (report.encoding, report.delimiter, report.imported) == ("cp1252", ";", 3)
    first = queries.asset_detail("PC-001")
    assert (first.category, first.serial, first.purchased_on) == ("laptop", "SN-É1", date(2024, 12, 25))
    assert first.price == Decimal("1299.00") and first.location == "Paris/Étage 2"
    assert queries.asset_detail("PC-002").category == "monitor"
    assert queries.asset_detail("PC-002").price == Decimal("389.50")
    assert queries.asset_detail("TEL-1").category == "smartphone"


def test_utf8_with_bom_and_semicolons(ctx: ServiceContext, tmp_path: Path) -> None:
    text = "\ufefftag;category;manufacturer;model;serial\nKLA-000009;tablette;Apple;iPad Air;Ł-1\n"
    report = importer.import_file(ctx, write(tmp_path, "bom.csv", text))
    assert report.encoding == "utf-8-sig" and report.file_format == "klara"
    assert queries.asset_detail("KLA-000009").serial == "Ł-1"


def test_export_then_import_on_an_empty_database_gives_the_same_assets(
    ctx: ServiceContext, tmp_path: Path, db_url: str
) -> None:
    inventory.add_location(ctx, Place.parse("Paris/Stock IT"))
    inventory.add_person(ctx, "Zoé Kovács", "zoe.kovacs@klara.fr")
    inventory.register_asset(
        ctx,
        category="laptop",
        manufacturer="Dell",
        model='=HYPERLINK("x")',
        serial="SN-1",
        location=Place.parse("Paris/Stock IT"),
        price="1299",
        purchased_on="2024-02-01",
        notes="-fragile, @home",
        encryption_state="encrypted",
        encryption_checked_at="2026-01-02T03:04:05",
    )
    inventory.register_asset(ctx, category="smartphone", manufacturer="Apple", model="iPhone 15", imei=IMEI)
    importer.import_file(
        ctx, write(tmp_path, "held.csv", "tag,category,holder_email\nKLA-777,tablet,zoe.kovacs@klara.fr\n")
    )
    fields = (
        "tag",
        "status",
        "category",
        "manufacturer",
        "model",
        "serial",
        "imei",
        "purchased_on",
        "price",
        "encryption_state",
        "encryption_checked_at",
        "weight_kg",
        "location",
        "holder_email",
        "holder_name",
        "notes",
    )
    before = [[getattr(queries.asset_detail(t), f) for f in fields] for t in ("KLA-000001", "KLA-000002", "KLA-777")]
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"assets{suffix}"
        assert exporting.export(ctx, out) == 3
        fresh = _fresh_context(ctx, tmp_path, suffix)
        report = importer.import_file(fresh, out)
        assert report.file_format == "klara" and report.imported == 3 and not report.warnings
        after = [[getattr(queries.asset_detail(t), f) for f in fields] for t in ("KLA-000001", "KLA-000002", "KLA-777")]
        assert after == before
        fresh.db.close()
        ctx.db.bind(MODELS, bind_refs=False, bind_backrefs=False)  # back to the original database


def _fresh_context(ctx: ServiceContext, tmp_path: Path, suffix: str) -> ServiceContext:
    url = str(tmp_path / f"fresh{suffix}.sqlite3")
    return ServiceContext(db=open_database(url), url=url, actor="tester", clock=ctx.clock)


def test_xlsx_with_dates_and_numbers(ctx: ServiceContext, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Asset Tag", "Model", "Manufacturer", "Category", "Purchase Date", "Purchase Cost", "IMEI"])
    sheet.append(["T-1", "Pixel 8", "Google", "Smartphone", date(2025, 5, 4), 799.5, int(IMEI)])
    path = tmp_path / "fleet.xlsx"
    book.save(path)
    report = importer.import_file(ctx, path)
    assert report.kind == "xlsx" and report.imported == 1
    phone = queries.asset_detail("T-1")
    assert (phone.purchased_on, phone.price, phone.imei) == (date(2025, 5, 4), Decimal("799.50"), IMEI)


def test_three_bad_rows_are_refused_whole_with_three_messages(ctx: ServiceContext, tmp_path: Path) -> None:
    text = (
        "Asset Tag,Model,Category,Purchase Date,IMEI\n"
        "A-1,Latitude,Laptops,2024-01-01,\n"
        "A-2,Latitude,Laptops,31/02/2024,\n"
        "A-3,iPhone,Smartphone,,352099001761482\n"
        "A-4,Latitude,Laptops,2024-01-01,\n"
        "A-1,Latitude,Laptops,2024-01-01,\n"
    )
    error = refused(
        ctx,
        write(tmp_path, "bad.csv", text),
        "3 problem(s), nothing was imported",
        "row 3, Purchase Date",
        "31/02/2024",
        "row 4, IMEI",
        "check digit",
        "row 6, Asset Tag",
        "repeated (row 2)",
    )
    assert len(error.params["problems"]) == 3


def test_duplicate_tag_against_the_database(ctx: ServiceContext, tmp_path: Path) -> None:
    inventory.register_asset(ctx, category="laptop", tag="A-1")
    refused(
        ctx, write(tmp_path, "dup.csv", "tag,category\nA-9,laptop\nA-1,laptop\n"), "row 3, tag", "already used by A-1"
    )


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.csv", b"", ["empty"]),
        ("blank.csv", b"\xef\xbb\xbf  \r\n", ["empty"]),
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\x00", ["not a csv or xlsx"]),
        ("picture.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["not a csv or xlsx"]),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, [".xls", "save it as .xlsx"]),
        ("broken.xlsx", b"PK\x03\x04garbage", ["not a readable xlsx"]),
        ("words.csv", b"colour,size\nred,3\n", ["row 1 (the header) has no column", "colour"]),
        ("wide.csv", b"tag,category\nA-1,laptop,surprise\n", ["row 2, column 3", "3 fields but the header has 2"]),
        ("quote.csv", b'tag,category\n"A-1,laptop\n', ["not valid csv"]),
        ("header_only.csv", b"tag,category\n", ["no data rows"]),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(
    ctx: ServiceContext, tmp_path: Path, name: str, content: bytes, words: list[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    refused(ctx, path, *words)


def test_dry_run_reports_and_writes_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    before = snapshot()
    report = importer.import_file(ctx, write(tmp_path, "snipe.csv", SNIPEIT), dry_run=True)
    assert report.dry_run and report.imported == 4 and report.assigned == 2 and report.created_people == 1
    assert snapshot() == before


def test_progress_is_reported_by_stage(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = "".join(f"T-{i},laptop,SN-{i}\n" for i in range(2500))
    seen: list[tuple[str, int, int]] = []
    importer.import_file(
        ctx, write(tmp_path, "big.csv", "tag,category,serial\n" + rows), progress=lambda *a: seen.append(a)
    )
    stages = [s for s, _, _ in seen]
    assert stages[0] == "reading" and "saving" in stages
    assert seen[-1][0] == "saving" and seen[-1][1] == seen[-1][2] == 2500


def test_final_statuses_are_skipped_and_others_land_in_stock(ctx: ServiceContext, tmp_path: Path) -> None:
    text = "tag,status,category\nA-1,recycled,laptop\nA-2,retired,laptop\nA-3,in_stock,laptop\n"
    report = importer.import_file(ctx, write(tmp_path, "st.csv", text))
    assert report.imported == 2
    assert [w.row for w in report.warnings] == [2, 3]
    assert queries.asset_detail("A-2").status == "in_stock"


def test_preview_reads_the_first_rows_and_the_mapping(tmp_path: Path) -> None:
    preview = importer.preview_file(write(tmp_path, "snipe.csv", SNIPEIT), limit=2)
    assert preview.file_format == "snipeit" and preview.columns["Asset Tag"] == "tag"
    assert [number for number, _ in preview.rows] == [2, 3] and preview.rows[0][1][0] == "000123"
