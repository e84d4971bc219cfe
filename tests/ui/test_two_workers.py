"""Two workers (issue 15 §6): the database worker answers a search while the rendering pool is busy with a
slow render; a label preview is drawn on the pool, from rows the database worker read."""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

import zxingcpp
from pypdf import PdfReader

from klara_assets.persistence import asset_search
from klara_assets.services import inventory
from ui.context import UiContext
from ui.dialogs.labels_dialog import LabelsDialog


def _fleet(ui: UiContext) -> None:
    for serial in ("S1", "S2", "S3"):
        inventory.register_asset(ui.services, category="monitor", model="P2723", serial=serial)


def test_a_search_is_answered_while_a_slow_render_runs(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    release, started = threading.Event(), threading.Event()
    rendered: list[str] = []

    def slow_render() -> str:
        started.set()
        release.wait(30)  # a heavy sheet: it ends only when the test says so
        return threading.current_thread().name

    ui.render(slow_render, rendered.append)
    assert started.wait(10)
    answers: list[list[int]] = []
    ui.run(lambda: asset_search.ordered_ids(asset_search.AssetQuery(text="S2")), answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
    assert len(answers[0]) == 1 and not rendered  # answered, the render still running
    release.set()
    qtbot.waitUntil(lambda: bool(rendered), timeout=10_000)
    assert rendered[0].startswith("klara-render")


def test_a_label_preview_is_rendered_on_the_pool(qtbot: Any, ui: UiContext, monkeypatch: Any) -> None:
    _fleet(ui)
    from klara_assets.services import labels

    threads: list[str] = []
    real = labels.sheet_pdf

    def watched(sheet: Any) -> bytes:
        threads.append(threading.current_thread().name)
        return real(sheet)

    monkeypatch.setattr(labels, "sheet_pdf", watched)  # the real renderer, only watched for its thread
    dialog = LabelsDialog(ui, ["KLA-000001", "KLA-000002"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    assert threads and all(name.startswith("klara-render") for name in threads)
    assert "KLA-000002" in PdfReader(io.BytesIO(dialog.pdf or b"")).pages[0].extract_text()


def test_an_image_is_decoded_on_the_pool_and_its_code_looked_up(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    from tests.services.test_scanning import _png
    from ui.pages.scan_page import ScanPage

    _fleet(ui)
    page = ScanPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    image = tmp_path / "photo.png"
    image.write_bytes(_png("KLA-000002", zxingcpp.BarcodeFormat.QRCode))
    ui.dialogs.open_path = str(image)  # type: ignore[attr-defined]
    page.open_image()
    qtbot.waitUntil(lambda: page.card.heading.text() == "KLA-000002", timeout=10_000)
    ui.dialogs.open_path = str(tmp_path / "gone.png")  # type: ignore[attr-defined]
    page.open_image()  # a file removed meanwhile: said, nothing shown changes
    qtbot.waitUntil(lambda: bool(ui.dialogs.shown), timeout=10_000)  # type: ignore[attr-defined]
    assert "gone.png" in ui.dialogs.shown[-1][2] and page.card.heading.text() == "KLA-000002"  # type: ignore[attr-defined]


def test_a_dialog_closed_before_its_answer_came_drops_it(qtbot: Any, ui: UiContext) -> None:
    import shiboken6

    from ui.dialogs.batch_dialogs import NewBatchDialog
    from ui.dialogs.form import open_dialog

    release = threading.Event()
    ui.run(lambda: release.wait(30))  # the worker busy: the dialog's own load waits behind it
    dialog = open_dialog(NewBatchDialog(ui))
    dialog.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)  # closed and deleted
    release.set()
    done: list[bool] = []
    ui.run(lambda: True, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)  # the dialog's answer came before: no exception raised


def test_a_file_that_is_not_an_image_is_named_and_nothing_shown(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    from ui.pages.scan_page import ScanPage

    page = ScanPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    fake = tmp_path / "invoice.png"
    fake.write_text("not an image, only text named .png\n", encoding="utf-8")
    ui.dialogs.open_path = str(fake)  # type: ignore[attr-defined]
    page.open_image()
    qtbot.waitUntil(lambda: bool(ui.dialogs.shown), timeout=10_000)  # type: ignore[attr-defined]
    kind, _title, text = ui.dialogs.shown[-1]  # type: ignore[attr-defined]
    assert kind == "error" and "invoice.png" in text and page.card.card is None
