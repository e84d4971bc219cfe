"""Record a sanitization: every NIST SP 800-88 Rev.1 Appendix G field, grouped as on the certificate
(person performing, media, sanitization, destination). Empty media type, source and organisation are
filled by the service from the device, its last holder and the settings (the placeholders say so)."""

from __future__ import annotations

import getpass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from klara_assets.domain.enums import Destination, PersonalData, SanitizationMethod, SanitizationResult, Verification
from klara_assets.services import end_of_life_bulk, erasure_reports
from klara_assets.services.sanitization import record_sanitization
from ui.context import UiContext
from ui.dialogs.form import FormDialog
from ui.widgets.eol_names import eol_name

TECHNIQUES = ("overwrite", "block erase", "crypto erase", "factory reset", "degauss", "shred", "disintegrate")


def technique_value(box: QComboBox) -> str:
    """The technique's identifier when a listed one is chosen, else what was typed."""
    index = box.findText(box.currentText())
    return str(box.itemData(index)) if index >= 0 and box.itemData(index) else box.currentText()


def _combo(values: list[str], current: str | None = None, empty: bool = False) -> QComboBox:
    box = QComboBox()
    if empty:
        box.addItem("—", "")
    for value in values:
        box.addItem(eol_name(value), value)
    if current is not None:
        box.setCurrentIndex(box.findData(current))
    return box


class SanitizationDialog(FormDialog):
    def __init__(self, ui: UiContext, tag: str | list[str], parent: QWidget | None = None):
        self.tags = [tag] if isinstance(tag, str) else list(tag)
        if len(self.tags) == 1:
            title = self.tr("Record a sanitization of %1").replace("%1", self.tags[0])
        else:  # the same procedure for several devices (each gets its own record)
            title = self.tr("Record a sanitization of %n device(s)", "", len(self.tags))
        super().__init__(ui, title, self.tr("&Record"), parent)
        self.tag = self.tags[0]
        self.setMinimumWidth(900)
        self.lines: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}
        self.form.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self._group(self.tr("Person performing"), self._person()), 1)
        top.addWidget(self._group(self.tr("Media"), self._media()), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._group(self.tr("Sanitization"), self._sanitization()), 1)
        bottom.addWidget(self._group(self.tr("Destination"), self._destination()), 1)
        self.column.insertLayout(0, top)
        self.column.insertLayout(1, bottom)
        self.lines["operator_name"].setFocus()

    def _group(self, title: str, form: QFormLayout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(form)
        return box

    def _line(self, form: QFormLayout, label: str, name: str, value: str = "", hint: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setPlaceholderText(hint)
        self.lines[name] = edit
        form.addRow(label, self.errors.wrap(edit, name))
        return edit

    def _choice(self, form: QFormLayout, label: str, name: str, box: QComboBox) -> None:
        self.combos[name] = box
        form.addRow(label, self.errors.wrap(box, name))

    def _person(self) -> QFormLayout:
        form = QFormLayout()
        who = self.ui.services.who
        self._line(form, self.tr("&Name"), "operator_name", who.name if who.operator_id else getpass.getuser())
        self._line(form, self.tr("Title"), "operator_title", hint=self.tr("e.g. IT technician"))
        self._line(form, self.tr("Organisation"), "operator_organisation", hint=self.tr("ours, from the settings"))
        self._line(form, self.tr("Location"), "operator_location")
        self._line(form, self.tr("Phone"), "operator_phone")
        return form

    def _media(self) -> QFormLayout:
        form = QFormLayout()
        self._line(form, self.tr("Media type"), "media_type", hint=self.tr("from the device (e.g. SSD 512 GB)"))
        self._line(form, self.tr("Source"), "source", hint=self.tr("the last holder"))
        self._line(form, self.tr("Classification"), "classification", self.tr("Internal"))
        self._choice(form, self.tr("Data backed up"), "data_backed_up", _combo(list(PersonalData), "unknown"))
        self._line(form, self.tr("Backup location"), "backup_location")
        return form

    def _sanitization(self) -> QFormLayout:
        form = QFormLayout()
        self._choice(form, self.tr("&Method"), "method", _combo(list(SanitizationMethod), "purge"))
        technique = QComboBox()
        technique.setEditable(True)
        for name in TECHNIQUES:  # shown in the user's language, stored as the identifier
            technique.addItem(eol_name(name), name)
        technique.setCurrentIndex(TECHNIQUES.index("crypto erase"))
        self._choice(form, self.tr("&Technique"), "technique", technique)
        self._line(form, self.tr("T&ool and version"), "tool", hint=self.tr("e.g. Blancco Drive Eraser 7.12"))
        self._choice(form, self.tr("&Verification"), "verification", _combo(list(Verification), "full"))
        self._choice(form, self.tr("Result"), "result", _combo(list(SanitizationResult), "pass"))
        self._line(form, self.tr("Classification after"), "post_classification", self.tr("Unclassified"))
        self._line(form, self.tr("Vendor report"), "vendor_report_id", hint=self.tr("the tool's report number"))
        self.report_path: str | None = None
        self.report_label = QLabel(self.tr("No report file"))
        self.report_label.setWordWrap(True)
        pick = QPushButton(self.tr("Tool &report file…"))
        pick.clicked.connect(self.pick_report)
        if len(self.tags) > 1:  # one tool report belongs to one drive
            pick.setEnabled(False)
            self.report_label.setText(self.tr("A tool report is attached device by device"))
        row = QHBoxLayout()
        row.addWidget(pick)
        row.addWidget(self.report_label, 1)
        form.addRow(self.tr("Report"), row)
        return form

    def pick_report(self) -> None:
        """Attach the tool's report; an nwipe / ShredOS report (PDF or log) fills in the fields it gives."""
        path = self.ui.dialogs.open_file(
            self.tr("The erasure tool's report"), self.tr("Reports (*.pdf *.log *.txt);;All files (*)")
        )
        if not path:
            return
        self.report_path = path
        self.report_label.setText(Path(path).name)
        tag = self.tag
        self.ui.run(lambda: erasure_reports.preview_report(tag, Path(path).read_bytes()), self._prefill, self.refuse)

    def _prefill(self, found: tuple[Any, list[str]]) -> None:
        parsed, warnings = found
        if parsed is None:
            self.report_label.setText(
                self.tr("%1: attached and cited, not read (fill in the fields)").replace(
                    "%1", Path(self.report_path or "").name
                )
            )
            return
        for name, value in (
            ("method", parsed.nist_method),
            ("verification", parsed.verification),
            ("result", parsed.result),
        ):
            box = self.combos[name]
            box.setCurrentIndex(max(0, box.findData(value)))
        box = self.combos["technique"]
        box.setCurrentIndex(TECHNIQUES.index("overwrite"))
        if parsed.method:
            box.setCurrentText(f"{eol_name('overwrite')} ({parsed.method})")
        self.lines["tool"].setText("nwipe")
        self.report_label.setText(
            self.tr("%1: nwipe report read (serial %2, %3)")
            .replace("%1", Path(self.report_path or "").name)
            .replace("%2", parsed.serial)
            .replace("%3", parsed.status)
        )
        if warnings:
            self.say(
                self.tr("Check the report: its drive serial %1 differs from the device's.").replace("%1", parsed.serial)
            )

    def _destination(self) -> QFormLayout:
        form = QFormLayout()
        self._choice(form, self.tr("&Destination"), "destination", _combo(list(Destination), empty=True))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4 + 12)  # grows with the group
        form.addRow(self.tr("Notes"), self.errors.wrap(self.notes, "notes"))
        return form

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.lines.items()}
        values.update({name: box.currentData() for name, box in self.combos.items() if name != "technique"})
        values["technique"] = technique_value(self.combos["technique"])
        values["destination"] = values["destination"] or None
        values["notes"] = self.notes.toPlainText()
        return values

    def send(self) -> None:
        values, report = self.values(), self.report_path
        if len(self.tags) > 1:
            self.request(end_of_life_bulk.for_each, self.tags, partial(_sanitize, values=values))
        elif report:
            self.request(_record_with_report, self.tag, report, values)
        else:
            self.request(record_sanitization, self.tag, **values)


def _sanitize(ctx: Any, tag: str, values: dict[str, Any]) -> Any:
    return record_sanitization(ctx, tag, **values)


def _record_with_report(ctx: Any, tag: str, report: str, values: dict[str, Any]) -> Any:
    """On the worker: the report file is read there, never on the GUI thread."""
    values = dict(values)
    operator = values.pop("operator_name")
    path = Path(report)
    return erasure_reports.record_with_report(ctx, tag, path.name, path.read_bytes(), operator_name=operator, **values)
