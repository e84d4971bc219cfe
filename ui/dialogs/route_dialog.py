"""Route a retired device: the advice (refurbish or recycle) with its reasons, the choice (the advised way
is preselected; the other way needs a reason) and the refusals (no sanitization yet, Destroy-sanitized
media to refurbishment) shown plainly."""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QWidget

from klara_assets.domain.routing import Reason, RoutingAdvice
from klara_assets.services import end_of_life_bulk
from klara_assets.services.end_of_life import route_asset, routing_advice
from ui.context import UiContext
from ui.dialogs.form import FormDialog
from ui.errors import QT_TRANSLATE_NOOP

REASONS = {
    "age_unknown": QT_TRANSLATE_NOOP("route", "Purchase date unknown: its age cannot be weighed."),
    "within_lifetime": QT_TRANSLATE_NOOP("route", "%1 years old, within its %2-year lifetime."),
    "past_lifetime": QT_TRANSLATE_NOOP("route", "%1 years old, past its %2-year lifetime."),
    "far_past_lifetime": QT_TRANSLATE_NOOP("route", "%1 years old, far past its %2-year lifetime."),
    "condition_good": QT_TRANSLATE_NOOP("route", "In good condition: fit for a second life."),
    "condition_fair": QT_TRANSLATE_NOOP("route", "In fair condition: fit for a second life after light repairs."),
    "condition_poor": QT_TRANSLATE_NOOP("route", "In poor condition: needs repairs before any reuse."),
    "condition_broken": QT_TRANSLATE_NOOP("route", "Broken: not worth repairing for reuse."),
    "no_storage": QT_TRANSLATE_NOOP("route", "No storage: no data to erase."),
    "sanitized_reusable": QT_TRANSLATE_NOOP("route", "Sanitized by Clear or Purge: the device can be reused."),
    "media_destroyed": QT_TRANSLATE_NOOP("route", "Media destroyed during sanitization: refurbishment is impossible."),
    "sanitization_missing": QT_TRANSLATE_NOOP(
        "route", "No passed sanitization yet: record the device's sanitization before routing it."
    ),
}


def reason_text(reason: Reason) -> str:
    """The reason in the user's language (its figures taken from the English text)."""
    template = REASONS.get(reason.code)
    if template is None:
        return reason.text
    text = QCoreApplication.translate("route", template)
    for position, figure in enumerate(re.findall(r"\d+(?:\.\d+)?", reason.text)[:2], start=1):
        text = text.replace(f"%{position}", _local(figure))
    return text


def _local(figure: str) -> str:
    """`4.7` as the user's locale writes it (`4,7` in French)."""
    if "." not in figure:
        return figure
    return QLocale().toString(float(figure), "f", len(figure.split(".")[1]))


class RouteDialog(FormDialog):
    def __init__(self, ui: UiContext, tag: str | list[str], parent: QWidget | None = None):
        self.tags = [tag] if isinstance(tag, str) else list(tag)
        tag = self.tags[0]
        if len(self.tags) == 1:
            title = self.tr("Route %1").replace("%1", tag)
        else:
            title = self.tr("Route %n device(s)", "", len(self.tags))
        super().__init__(ui, title, self.tr("&Route"), parent)
        self.tag = tag
        self.setMinimumWidth(560)
        self.advice: RoutingAdvice | None = None
        self.summary = QLabel(self.tr("Weighing the device…"))
        self.summary.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.refurbish = QRadioButton(self.tr("Re&furbish (second life)"))
        self.recycle = QRadioButton(self.tr("Re&cycle"))
        self.way = QButtonGroup(self)
        for button in (self.refurbish, self.recycle):
            self.way.addButton(button)
        ways = QHBoxLayout()
        ways.addWidget(self.refurbish)
        ways.addWidget(self.recycle)
        ways.addStretch(1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("required only to go against the advice"))
        self.form.addRow(self.summary)
        self.form.addRow(self.reasons)
        self.form.addRow(self.tr("Way"), self.errors.wrap(_box(ways), "target"))
        self.form.addRow(self.tr("&Reason"), self.errors.wrap(self.reason, "reason"))
        self.ok.setEnabled(False)
        ui.run(lambda: routing_advice(tag, ui.services.now().date()), self._show, self.refuse)

    def _show(self, advice: RoutingAdvice) -> None:
        self.advice = advice
        advised = (
            self.tr("The advice is to refurbish.")
            if advice.target == "refurbish"
            else self.tr("The advice is to recycle.")
        )
        if len(self.tags) > 1:
            advised = (
                self.tr("%1 (for %2; each device is checked against its own advice)")
                .replace("%1", advised)
                .replace("%2", self.tag)
            )
        self.summary.setText(f"<b>{advised}</b>")
        self.reasons.setText("\n".join(f"• {reason_text(r)}" for r in advice.reasons))
        (self.refurbish if advice.target == "refurbish" else self.recycle).setChecked(True)
        if advice.blockers:
            self.say("\n".join(reason_text(r) for r in advice.blockers))
        self.ok.setEnabled(True)
        self.adjustSize()  # the advice arrived after the dialog was laid out

    def target(self) -> str:
        return "refurbish" if self.refurbish.isChecked() else "recycle"

    def send(self) -> None:
        target, reason = self.target(), self.reason.text() or None
        if len(self.tags) > 1:
            self.request(end_of_life_bulk.for_each, self.tags, partial(_route, target=target, reason=reason))
        else:
            self.request(route_asset, self.tag, target, reason)


def _box(layout: QHBoxLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget


def _route(ctx: Any, tag: str, target: str, reason: str | None) -> Any:
    return route_asset(ctx, tag, target, reason)
