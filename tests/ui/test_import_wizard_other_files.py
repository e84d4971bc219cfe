"""The import wizard reads people (HR, Snipe-IT users), locations and MDM files itself: preview, problems by
row, a dry run's summary, progress, and registering the MDM's devices that the inventory lacks."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from klara_assets.persistence.models import Asset, Location, Person
from klara_assets.services import inventory
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.import_wizard import ImportWizard
from ui.widgets.display import format_date

HR = (
    "Nom;E-mail;Matricule;Service;Site;Date d'entrée;Date de sortie\n"
    "Zoé Kovács;zoe.kovacs@klara.fr;E-001;Finance;Paris;01/09/2020;\n"
    "Luc Martin;luc.martin@klara.fr;E-002;IT;Lyon;15/01/2019;30/11/2026\n"
)
INTUNE = (
    "Device name,Manufacturer,Model,OS,OS version,Last check-in,Primary user email address,Serial number,IMEI,"
    "Encrypted\n"
    "PC-ZOE,Dell Inc.,Latitude 7440,Windows,10.0.22631,2026-11-20 08:15:00,zoe@klara.fr,5CG1234XYZ,,True\n"
    "PC-NEW,HP,EliteBook 840 G10,Windows,10.0.22631,2026-11-25 07:00:00,new@klara.fr,8CC0000NEW,,True\n"
)


def _open(qtbot: Any, ui: UiContext, path: Path, ready: tuple[str, ...] = ("Ready",)) -> ImportWizard:
    wizard = ImportWizard(ui)
    qtbot.addWidget(wizard)
    wizard.show()
    ui.dialogs.open_path = str(path)  # type: ignore[attr-defined]
    qtbot.mouseClick(wizard.choose_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: wizard.task is None and wizard.verdict.text().startswith(ready), timeout=20_000)
    except Exception:
        raise AssertionError(
            wizard.verdict.text() + " | " + wizard.detected.text() + str(wizard.problems.rows)
        ) from None
    return wizard


def _column_reads(wizard: ImportWizard) -> dict[str, str]:
    return {
        wizard.columns.item(r, 0).text(): wizard.columns.item(r, 1).text() for r in range(wizard.columns.rowCount())
    }


def test_an_hr_file_is_previewed_dry_run_then_imported(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    inventory.add_person(ui.services, "L. Martin", "luc.martin@klara.fr")
    inventory.register_asset(ui.services, category="laptop", tag="PC-7", serial="SN-7")
    from klara_assets.services import custody

    custody.check_out(ui.services, ["PC-7"], "luc.martin@klara.fr", override_reason="test")
    path = tmp_path / "rh.csv"
    path.write_bytes(HR.encode("cp1252"))
    before = snapshot()
    wizard = _open(qtbot, ui, path)
    assert "list of people (HR)" in wizard.detected.text() and "cp1252" in wizard.detected.text()
    assert _column_reads(wizard)["Date d'entrée"] == "Start date"
    assert wizard.verdict.text() == (
        "Ready (nothing written yet): 1 people to add, 1 to update, 0 unchanged; 2 locations to add. "
        "1 person(s) leaving still hold devices: listed below."
    )
    day = format_date(date(2026, 11, 30))
    assert wizard.details.item(0).text() == f"Luc Martin <luc.martin@klara.fr> leaves on {day}: collect PC-7"
    assert "Date de sortie read as day/month/year" in wizard.dates_found.text()
    assert snapshot() == before
    with qtbot.waitSignal(wizard.completed, timeout=20_000) as done:
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert (done.args[0].created, done.args[0].updated) == (1, 1)
    assert Person.get(Person.email == "zoe.kovacs@klara.fr").started_on == date(2020, 9, 1)
    assert Location.select().count() == 2
    assert ui.dialogs.shown[-1][:2] == ("info", "Import done")  # type: ignore[attr-defined]


def test_an_hr_file_with_a_bad_row_lists_it_and_writes_nothing(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    path = tmp_path / "rh.csv"
    path.write_bytes((HR + "Sans Mail;;E-003;IT;Lyon;01/01/2020;\n").encode("cp1252"))
    before = snapshot()
    wizard = _open(qtbot, ui, path, ("1 problem",))
    assert [(p.row, p.field) for p in wizard.problems.rows] == [(4, "E-mail")]
    assert not wizard.import_button.isEnabled() and snapshot() == before


def test_an_intune_file_lists_changes_and_registers_the_missing_devices(
    qtbot: Any, ui: UiContext, tmp_path: Path
) -> None:
    inventory.register_asset(ui.services, category="laptop", tag="PC-1", serial="5CG1234XYZ")
    path = tmp_path / "DevicesWithInventory.csv"
    path.write_text(INTUNE, encoding="utf-8")
    before = snapshot()
    wizard = _open(qtbot, ui, path)
    assert "Intune export (all devices)" in wizard.detected.text() and wizard.register.isVisible()
    assert wizard.verdict.text() == (
        "Ready (nothing written yet): 2 devices in the file, 1 found in the inventory, 1 to change. "
        "1 device(s) of the file not in the inventory."
    )
    lines = [wizard.details.item(i).text() for i in range(wizard.details.count())]
    assert lines[0].startswith("PC-1 — Encryption: Unknown → Encrypted")  # the states as the app names them
    assert lines[-1] == "Not in the inventory: 8CC0000NEW"
    wizard.register.setChecked(True)
    qtbot.waitUntil(lambda: wizard.task is None and "to register" in wizard.verdict.text(), timeout=20_000)
    assert "1 device(s) to register." in wizard.verdict.text() and snapshot() == before
    seen: list[int] = []
    wizard.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(wizard.completed, timeout=20_000) as done:
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].changed == 2 and len(done.args[0].registered) == 1
    new = Asset.get(Asset.serial == "8CC0000NEW")
    assert (new.manufacturer, new.encryption_state, new.recovery_key_escrow) == ("HP", "encrypted", "Intune")
    assert seen and max(seen) >= 1
