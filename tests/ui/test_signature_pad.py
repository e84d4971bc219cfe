"""Signatures on screen (issue 17 §2): a signature drawn with mouse events in the check-out dialog is
stored as strokes with the signer's name and role, and drawn into the kept receipt PDF: rendered with
pypdfium2, the signature area holds ink (an unsigned receipt has none there)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from klara_assets.persistence import receipt_queries
from klara_assets.persistence.models import ReceiptSignature
from klara_assets.services import custody, inventory
from tests.documents.label_checks import render_pages
from ui.context import UiContext
from ui.dialogs.checkin_dialog import CheckinDialog
from ui.dialogs.checkout_dialog import CheckoutDialog
from ui.widgets.signature_pad import SignaturePad


def draw(qtbot: Any, pad: SignaturePad, points: list[tuple[float, float]]) -> None:
    w, h = pad.width(), pad.height()
    at = [QPoint(int(x * w), int(y * h)) for x, y in points]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=at[0])
    for point in at[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=at[-1])


def ink_pixels(pdf: bytes) -> int:
    """Blue ink pixels (the signature colour) over every page rendered at 60 dpi (pypdfium2)."""
    count = 0
    for image in render_pages(pdf, 60, gray=False):
        data = image.convert("RGB").tobytes()
        for red, green, blue in zip(data[0::3], data[1::3], data[2::3], strict=True):
            if blue > red + 40 and blue > green + 40:
                count += 1
    return count


WAVE = [(0.1, 0.6), (0.2, 0.25), (0.3, 0.7), (0.45, 0.2), (0.6, 0.75), (0.75, 0.3), (0.9, 0.6)]


def test_signature_drawn_with_the_mouse_is_in_the_receipt(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    ctx = ui.services
    inventory.add_person(ctx, "Zoé Lefèvre", "zoe@example.fr")
    for serial in ("SN-1", "SN-2"):
        inventory.register_asset(ctx, category="monitor", manufacturer="Dell", model="P2422H", serial=serial)
    dialog = CheckoutDialog(ui, ["KLA-000001"], person="Zoé Lefèvre <zoe@example.fr>")
    qtbot.addWidget(dialog)
    dialog.save_receipt.setChecked(False)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.signing.holder_name.text() == "Zoé Lefèvre"
    draw(qtbot, dialog.signing.holder_pad, WAVE)
    draw(qtbot, dialog.signing.it_pad, WAVE[:4])
    draw(qtbot, dialog.signing.it_pad, WAVE[3:])
    assert len(dialog.signing.holder_pad.strokes()[0]) >= len(WAVE)  # the release point too
    dialog.signing.it_name.setText("Marc Dupuis")
    with qtbot.waitSignal(dialog.completed, timeout=10_000) as done:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    kept = receipt_queries.receipt_by_number(done.args[0].receipt_no)
    rows = {s.role: s for s in ReceiptSignature.select()}
    assert kept.signed and rows["holder"].signer_name == "Zoé Lefèvre" and rows["it"].signer_name == "Marc Dupuis"
    assert ink_pixels(bytes(kept.pdf)) > 40
    # an unsigned receipt ("print to sign"): no ink in its signature boxes
    custody.check_out(ctx, ["KLA-000002"], "zoe@example.fr")
    unsigned = receipt_queries.receipts()[0]
    assert not unsigned.signed
    assert ink_pixels(bytes(receipt_queries.receipt_by_number(unsigned.number).pdf)) == 0


def test_a_nameless_signature_is_refused_inline_and_nothing_is_saved(qtbot: Any, ui: UiContext) -> None:
    ctx = ui.services
    inventory.add_person(ctx, "Zoé Lefèvre", "zoe@example.fr")
    inventory.register_asset(ctx, category="monitor", manufacturer="Dell", model="P2422H", serial="SN-1")
    custody.check_out(ctx, ["KLA-000001"], "zoe@example.fr")
    dialog = CheckinDialog(ui, "KLA-000001")
    qtbot.addWidget(dialog)
    dialog.save_receipt.setChecked(False)
    dialog.show()
    qtbot.waitExposed(dialog)
    draw(qtbot, dialog.signing.holder_pad, WAVE)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(dialog.errors.visible_messages()), timeout=5000)
    assert "name" in dialog.errors.visible_messages()["signature"].lower()
    assert len(receipt_queries.receipts()) == 1  # only the handover
    dialog.signing.holder_name.setText("Zoé Lefèvre")
    with qtbot.waitSignal(dialog.completed, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    back = receipt_queries.receipts()[0]
    assert back.kind == "return" and back.signed
