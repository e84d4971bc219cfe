"""Attached files in the window (issue 16): listed on the batch's detail, the partner page and the device
on its way out; a file is attached through the file picker and opened with the system viewer."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from klara_assets.services import attachments
from tests import eol_setup as S
from ui.context import UiContext
from ui.pages.batches_page import BatchesPage
from ui.pages.partners_page import PartnersPage

PDF = b"%PDF-1.4\n% bordereau\n%%EOF\n"


def _shown(qtbot: Any, page: Any) -> Any:
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def test_batch_detail_lists_attaches_and_opens(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    ctx = ui.services
    S.organisation(ctx)
    S.recycler(ctx)
    tag = S.routed(ctx, "recycle")
    number = S.shipped_batch(ctx, S.RECYCLER, [tag])
    attachments.add_attachment(ctx, "batch", number, "bsd.pdf", PDF)
    page = _shown(qtbot, BatchesPage(ui))
    with qtbot.waitSignal(page.attachments.loaded, timeout=5000):
        page.table.selectRow(0)
    panel = page.attachments
    assert panel.reference == number and [r.file_name for r in panel.rows] == ["bsd.pdf"]
    source = tmp_path / "certificat-retour.pdf"
    source.write_bytes(PDF + b"signed")
    ui.dialogs.open_path = str(source)  # type: ignore[assignment]
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.attach()
    assert [r.file_name for r in panel.rows] == ["bsd.pdf", "certificat-retour.pdf"]
    assert panel.title.text() == "Attached files (2)"
    panel.list.setCurrentItem(panel.list.topLevelItem(1))
    panel.open_selected()
    qtbot.waitUntil(lambda: any(kind == "open" for kind, _t, _p in ui.dialogs.shown), timeout=5000)  # type: ignore[attr-defined]
    opened = next(path for kind, _t, path in ui.dialogs.shown if kind == "open")  # type: ignore[attr-defined]
    assert Path(opened).name == "certificat-retour.pdf"
    assert hashlib.sha256(Path(opened).read_bytes()).hexdigest() == hashlib.sha256(PDF + b"signed").hexdigest()
    page.grab().save(str(tmp_path / "batches.png"))


def test_partner_page_lists_its_documents(qtbot: Any, ui: UiContext) -> None:
    S.recycler(ui.services)
    attachments.add_attachment(ui.services, "partner", S.RECYCLER, "weeelabex.pdf", PDF)
    page = _shown(qtbot, PartnersPage(ui))
    with qtbot.waitSignal(page.attachments.loaded, timeout=5000):
        page.table.selectRow(0)
    assert [r.file_name for r in page.attachments.rows] == ["weeelabex.pdf"]


def test_waste_register_tab_shows_lines_and_totals(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    from tests.services.test_waste_register import _closed_recycling

    _closed_recycling(ui.services)
    page = _shown(qtbot, BatchesPage(ui))
    view = page.register_view
    view.year.setCurrentIndex(view.year.findData(2026))
    with qtbot.waitSignal(view.loaded, timeout=5000):
        page.tabs.setCurrentIndex(1)
    assert view.table.rowCount() == 2 and view.table.item(1, 3).text() == "16 02 14"
    assert "total 0.011 t" in view.totals.text()
    ui.dialogs.save_path = str(tmp_path / "registre.csv")  # type: ignore[attr-defined]
    ui.dialogs.confirm_answer = False  # type: ignore[attr-defined]
    view.export("csv")
    qtbot.waitUntil(
        lambda: (tmp_path / "registre.csv").exists() and (tmp_path / "registre.csv").stat().st_size > 0, timeout=5000
    )
    assert (tmp_path / "registre.csv").read_bytes().decode("utf-8-sig").startswith("Motif,Identifiant unique")
    page.grab().save(str(tmp_path / "register.png"))


def test_give_to_an_employee_from_the_end_of_life_page(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    from klara_assets.persistence.models import Asset
    from klara_assets.services import end_of_life
    from ui.dialogs.donation_dialog import DonationDialog
    from ui.pages.end_of_life_page import EndOfLifePage

    ctx = ui.services
    S.organisation(ctx)
    tag = S.device(ctx, price="2400", purchased_on="2022-01-10")
    end_of_life.retire_asset(ctx, tag, "old")
    S.sanitize(ctx, tag, "clear")
    page = _shown(qtbot, EndOfLifePage(ui))
    assert page.select_tag(tag) and page.buttons["donate"].isEnabled()
    page.donate()
    dialog = page.dialog
    assert isinstance(dialog, DonationDialog)
    cost = QLocale().toCurrencyString(2400.0, "€")  # the window's locale, not Python's "2,400.00 €"
    qtbot.waitUntil(lambda: cost in dialog.figures.text(), timeout=5000)
    qtbot.keyClicks(dialog.email, "zoe.kovacs@klara.fr")
    dialog.grab().save(str(tmp_path / "donation.png"))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert "2,000" in dialog.message.text() and "€2,400.00" in dialog.message.text()
    assert Asset.get(Asset.tag == tag).status == "retired"
    # Within the cap: given, and the attestation saved where the user chose.
    small = S.device(ctx, price="900", purchased_on="2022-01-10")
    end_of_life.retire_asset(ctx, small, "old")
    S.sanitize(ctx, small, "purge")
    ui.dialogs.save_path = str(tmp_path / "don.pdf")  # type: ignore[attr-defined]
    ui.dialogs.confirm_answer = False  # type: ignore[attr-defined]
    page.reload()
    qtbot.waitUntil(lambda: page.select_tag(small), timeout=5000)
    page.donate()
    second = page.dialog
    qtbot.waitUntil(lambda: "900.00" in second.figures.text(), timeout=5000)
    qtbot.keyClicks(second.email, "zoe.kovacs@klara.fr")
    second.submit()
    qtbot.waitUntil(lambda: (tmp_path / "don.pdf").exists() and (tmp_path / "don.pdf").stat().st_size > 0, timeout=5000)
    assert (tmp_path / "don.pdf").read_bytes().startswith(b"%PDF") and Asset.get(
        Asset.tag == small
    ).status == "refurbished"


def test_sanitization_form_reads_an_nwipe_report_and_attaches_it(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    from klara_assets.persistence.models import Sanitization
    from klara_assets.services import end_of_life
    from tests.services.test_erasure_reports import nwipe_pdf
    from ui.dialogs.sanitization_dialog import SanitizationDialog

    ctx = ui.services
    S.organisation(ctx)
    tag = S.device(ctx, serial="NOT-THE-SAME")
    end_of_life.retire_asset(ctx, tag, "old")
    report = tmp_path / "nwipe_report.pdf"
    report.write_bytes(nwipe_pdf())
    dialog = SanitizationDialog(ui, tag)
    qtbot.addWidget(dialog)
    ui.dialogs.open_path = str(report)  # type: ignore[attr-defined]
    dialog.pick_report()
    qtbot.waitUntil(lambda: "nwipe report read" in dialog.report_label.text(), timeout=5000)
    assert dialog.combos["method"].currentData() == "clear" and dialog.lines["tool"].text() == "nwipe"
    assert "S4EVNX0R123456" in dialog.message.text() and not dialog.message.isHidden()
    dialog.resize(1366, 600)
    dialog.grab().save(str(tmp_path / "sanitization.png"))
    with qtbot.waitSignal(dialog.completed, timeout=5000):
        dialog.submit()
    record = Sanitization.get()
    assert record.tool == "nwipe" and "nwipe_report.pdf SHA-256" in record.vendor_report_id
    assert [a.file_name for a in attachments.attachments_of("sanitization", record.id)] == ["nwipe_report.pdf"]
