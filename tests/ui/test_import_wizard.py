"""The import wizard: preview and problems before anything is written, import with progress, Stop rolls back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from klara_assets.persistence import queries
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.import_wizard import ImportWizard, overall
from ui.models.import_preview_table import FilePreviewModel, ProblemsModel

SNIPEIT = (
    "Asset Tag,Item Name,Serial,Model,Manufacturer,Category,Location,Purchase Date,Purchase Cost,"
    "Checked Out To: Email,Checked Out To: Full Name\n"
    "000123,Laptop Zoé,SN-A1,Latitude 7440,Dell,Laptops,Paris HQ,2024-03-15,1299.00,zoe.kovacs@klara.fr,Zoé Kovács\n"
    "000124,,F2L-77,iPhone 15,Apple,Mobile Phones,Lyon,2025-01-31,969,,\n"
    "000125,,CN0-1,P2723DE,Dell,Monitors,Paris HQ,,389,zoe.kovacs@klara.fr,Zoé Kovács\n"
)
BAD = (
    "tag;category;manufacturer;model;serial;purchased_on;price\n"
    "T-1;laptop;Dell;XPS;S-1;31/02/2024;1 299,00\n"
    "T-2;laptop;Dell;XPS;S-2;2024-01-10;abc\n"
    "T-3;laptop;Dell;XPS;S-3;2024-01-10;100\n"
    "T-3;laptop;Dell;XPS;S-4;2024-01-10;100\n"
)


def _wizard(qtbot: Any, ui: UiContext, path: Path) -> ImportWizard:
    wizard = ImportWizard(ui)
    qtbot.addWidget(wizard)
    wizard.show()
    ui.dialogs.open_path = str(path)  # type: ignore[attr-defined]
    qtbot.mouseClick(wizard.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: wizard.task is None and wizard.verdict.text().startswith(("Ready", "3 problem")), timeout=20_000
    )
    return wizard


def test_three_bad_rows_are_listed_and_nothing_is_written(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    before = snapshot()
    wizard = _wizard(qtbot, ui, path)
    rows = [(p.row, p.field) for p in wizard.problems.rows]
    assert rows == [(2, "purchased_on"), (3, "price"), (5, "tag")]
    assert "3 problem(s)" in wizard.verdict.text()
    assert not wizard.import_button.isEnabled()
    assert wizard.preview.rowCount() == 4 and wizard.preview.headerData(0, Qt.Orientation.Vertical) == "2"
    assert snapshot() == before


def test_a_snipeit_file_imports_with_progress(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    path = tmp_path / "snipe.csv"
    path.write_text(SNIPEIT, encoding="utf-8")
    wizard = _wizard(qtbot, ui, path)
    assert "Snipe-IT" in wizard.detected.text() and "CSV" in wizard.detected.text()
    assert wizard.preview.headerData(0, Qt.Orientation.Horizontal) == "Asset Tag\n→ tag"
    assert wizard.verdict.text() == "Ready: 3 device(s) to import."
    assert queries.is_empty()
    seen: list[int] = []
    wizard.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(wizard.completed, timeout=20_000) as done:
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].imported == 3 and done.args[0].assigned == 2
    assert seen and max(seen) == 1000
    assert queries.asset_detail("000123").status == "assigned"
    assert ui.dialogs.shown[-1][:2] == ("info", "Import done")  # type: ignore[attr-defined]


def test_a_file_without_known_columns_is_refused_with_the_reason(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("colour,size\nred,3\n", encoding="utf-8")
    wizard = ImportWizard(ui)
    qtbot.addWidget(wizard)
    wizard.set_file(str(path))
    qtbot.waitUntil(lambda: wizard.problems.rowCount() == 1, timeout=10_000)
    assert "no column this program knows" in wizard.problems.rows[0].message
    assert not wizard.import_button.isEnabled()


def test_stop_during_the_check_leaves_nothing(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    lines = ["tag,category,manufacturer,model,serial"] + [f"T-{i},laptop,Dell,XPS,S-{i}" for i in range(20_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    before = snapshot()
    wizard = ImportWizard(ui)
    qtbot.addWidget(wizard)
    wizard.set_file(str(path))
    qtbot.waitUntil(lambda: wizard.task is not None, timeout=10_000)
    wizard.reject()  # Esc while checking
    assert wizard.verdict.text() == "Stopped: nothing was imported."
    qtbot.waitUntil(lambda: not ui.runner.busy, timeout=20_000)
    assert snapshot() == before


@pytest.mark.parametrize(
    "stage,done,total,expected", [("reading", 50, 100, 250), ("saving", 1, 1, 950), ("holders", 0, 0, 1000)]
)
def test_progress_spans_the_three_stages(stage: str, done: int, total: int, expected: int) -> None:
    assert overall(stage, done, total) == expected


def test_models_pass_the_model_tester(qtmodeltester: Any) -> None:
    from klara_assets.services.inventory import Problem

    preview = FilePreviewModel()
    preview.set_preview(("tag", "colour"), {"tag": "tag"}, [(2, ("T-1", "red")), (3, ("T-2",))])
    qtmodeltester.check(preview)
    problems = ProblemsModel()
    problems.set_rows([Problem(2, "price", "not a number")])
    qtmodeltester.check(problems)


GLPI = "Nom;Numéro de série;Type;Commentaires\nPC-GLPI-1;SN-77;Ordinateur portable;vu\nPC-GLPI-2;SN-78;Écran;\n"


def test_columns_are_mapped_by_hand_and_the_mapping_is_remembered(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    path = tmp_path / "glpi.csv"
    path.write_text(GLPI, encoding="utf-8")
    wizard = ImportWizard(ui)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(str(path))
    qtbot.waitUntil(lambda: wizard.task is None and wizard.problems.rowCount() == 1, timeout=10_000)
    assert "no column this program knows" in wizard.problems.rows[0].message
    assert wizard.columns.rowCount() == 4 and wizard.columns.item(1, 0).text() == "Numéro de série"
    assert "4 column(s) ignored: Nom, Numéro de série, Type, Commentaires." in wizard.detected.text()
    for row, field in ((0, "tag"), (1, "serial"), (2, "category")):
        box = wizard.columns.cellWidget(row, 1)
        box.setCurrentIndex(box.findData(field))  # what the user picks in the list
        qtbot.waitUntil(lambda: wizard.task is None and not ui.runner.busy, timeout=10_000)
    qtbot.waitUntil(lambda: wizard.verdict.text().startswith("Ready"), timeout=10_000)
    assert wizard.verdict.text() == "Ready: 2 device(s) to import."
    assert "1 column(s) ignored: Commentaires." in wizard.detected.text()
    assert "Encoding: utf-8." in wizard.detected.text()
    with qtbot.waitSignal(wizard.completed, timeout=20_000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    pc = queries.asset_detail("PC-GLPI-1")
    assert (pc.serial, pc.category) == ("SN-77", "laptop")
    assert queries.asset_detail("PC-GLPI-2").category == "monitor"
    # A second file with the same header is read with the same mapping, without asking again.
    again = tmp_path / "glpi2.csv"
    again.write_text(GLPI.replace("PC-GLPI", "PC-B").replace("SN-7", "SN-9"), encoding="utf-8")
    second = _wizard(qtbot, ui, again)
    assert second.verdict.text() == "Ready: 2 device(s) to import."
    assert second.columns.cellWidget(1, 1).currentData() == "serial"


def test_the_date_switch_changes_how_ambiguous_dates_are_read(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    path = tmp_path / "amb.csv"
    path.write_text("tag,category,purchased_on\nA-1,laptop,01/02/2023\n", encoding="utf-8")
    wizard = _wizard(qtbot, ui, path)
    assert "purchased_on read as day/month/year (assumed" in wizard.dates_found.text()
    wizard.dates.setCurrentIndex(wizard.dates.findData("mdy"))
    qtbot.waitUntil(lambda: wizard.dates_found.text() == "purchased_on read as month/day/year", timeout=10_000)
    qtbot.waitUntil(lambda: wizard.task is None and wizard.verdict.text().startswith("Ready"), timeout=10_000)
    with qtbot.waitSignal(wizard.completed, timeout=20_000):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    from datetime import date

    assert queries.asset_detail("A-1").purchased_on == date(2023, 1, 2)
