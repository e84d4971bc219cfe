"""Open the end-of-life dialogs for one device (shared by the end-of-life page and the assets page's
actions): retire, unretire, record a sanitization, route, issue its sanitization certificate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from klara_assets.services import certificates, end_of_life, end_of_life_bulk
from ui.context import UiContext
from ui.dialogs.certificate_preview import CertificatePreview
from ui.dialogs.donation_dialog import DonationDialog
from ui.dialogs.eol_base import open_dialog
from ui.dialogs.reason_dialog import ReasonDialog
from ui.dialogs.route_dialog import RouteDialog
from ui.dialogs.sanitization_dialog import SanitizationDialog
from ui.widgets.save_document import save_document


def tags_of(tag: str | list[str]) -> list[str]:
    return [tag] if isinstance(tag, str) else list(tag)


def retire(ui: UiContext, tag: str | list[str], parent: QWidget | None) -> QDialog:
    """Retire one device, or several with one reason (all or nothing)."""
    ctx, tags = ui.services, tags_of(tag)
    if len(tags) == 1:
        title = QCoreApplication.translate("eol_dialogs", "Retire %1").replace("%1", tags[0])
    else:
        title = QCoreApplication.translate("eol_dialogs", "Retire %n device(s)", "", len(tags))
    text = QCoreApplication.translate("eol_dialogs", "The device leaves service; it can be routed once sanitized.")
    if len(tags) > 1:
        text = ", ".join(tags[:8]) + (" …" if len(tags) > 8 else "") + "\n" + text
    return open_dialog(
        ReasonDialog(
            ui,
            title,
            text,
            QCoreApplication.translate("eol_dialogs", "&Retire"),
            lambda reason: end_of_life_bulk.for_each(ctx, tags, lambda c, t: end_of_life.retire_asset(c, t, reason)),
            parent,
        )
    )


def unretire(ui: UiContext, tag: str, parent: QWidget | None) -> QDialog:
    ctx = ui.services
    return open_dialog(
        ReasonDialog(
            ui,
            QCoreApplication.translate("eol_dialogs", "Unretire %1").replace("%1", tag),
            QCoreApplication.translate("eol_dialogs", "The device goes back to stock."),
            QCoreApplication.translate("eol_dialogs", "&Unretire"),
            lambda reason: end_of_life.unretire_asset(ctx, tag, reason),
            parent,
        )
    )


def sanitize(ui: UiContext, tag: str | list[str], parent: QWidget | None) -> QDialog:
    return open_dialog(SanitizationDialog(ui, tag, parent))


def donate(ui: UiContext, tag: str, parent: QWidget | None) -> QDialog:
    """Give the device to an employee, then offer to save the attestation de don."""

    def save(result: Any) -> None:
        pdf = result.pdf
        save_document(
            ui,
            QCoreApplication.translate("eol_dialogs", "Save the certificate of donation"),
            lambda: pdf,
            f"{result.number}.pdf",
        )

    return open_dialog(DonationDialog(ui, tag, parent), save)


def route(ui: UiContext, tag: str | list[str], parent: QWidget | None) -> QDialog:
    return open_dialog(RouteDialog(ui, tag, parent))


def sanitization_certificate(ui: UiContext, tag: str, parent: QWidget | None, shown: list[Any]) -> None:
    """Issue the device's certificate on the worker, then preview it (appended to `shown` for tests)."""
    ctx, lang = ui.services, ui.language

    def preview(changes: Any) -> None:
        issued = changes.result
        shown.append(open_dialog(CertificatePreview(ui, issued.number, issued.pdf, parent)))

    ui.run(lambda: certificates.issue_sanitization_certificate(ctx, tag=tag, lang=lang), preview)
