"""One language on screen and in documents (issue 14 §2): no service code, enum value or event kind reaches
the window untranslated, the locale follows the chosen language, documents format numbers and times locally."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from klara_assets.documents import formatting
from klara_assets.domain import enums
from klara_assets.domain.errors import InvalidTransition, ValidationFailed
from klara_assets.domain.lifecycle import Action
from ui import i18n
from ui.errors import DETAILS, MESSAGES, describe
from ui.widgets import asset_vocabulary, display, eol_names, incident_vocabulary

CORE = Path(__file__).resolve().parents[2] / "klara_assets"


def _service_codes() -> set[str]:
    codes: set[str] = set()
    for source in CORE.rglob("*.py"):
        text = source.read_text("utf-8")
        codes |= set(re.findall(r'\bcode="([a-z0-9_]+)"', text))
        codes |= set(re.findall(r'^\s+code = "([a-z0-9_]+)"', text, re.M))
    # codes built at run time: duplicate_{column} and {field}_required
    codes |= {"duplicate_tag", "duplicate_serial", "duplicate_imei", "duplicate_imei2"}
    codes |= {"tool_required", "technique_required", "operator_name_required"}
    return codes


def _history_kinds() -> set[str]:
    kinds = {action.value for action in Action}
    for source in CORE.rglob("*.py"):
        text = source.read_text("utf-8")
        kinds |= set(re.findall(r'NewEvent\("asset", [^,]+, "([a-z_]+)"', text))
        kinds |= set(re.findall(r'NewEvent\(kind\.value, [^,]+, "([a-z_]+)"', text))  # attachments of a device
    return kinds


# Every vocabulary shown in the window, with the names that translate it.
ENUM_NAMES: list[tuple[type[StrEnum], str, dict[str, str]]] = [
    (enums.AssetStatus, "display", display.STATUS_NAMES),
    (enums.Category, "display", display.CATEGORY_NAMES),
    (enums.StorageKind, "vocabulary", asset_vocabulary.STORAGE_NAMES),
    (enums.EncryptionState, "vocabulary", asset_vocabulary.ENCRYPTION_NAMES),
    (enums.Condition, "vocabulary", asset_vocabulary.CONDITION_NAMES),
    (enums.IncidentKind, "incident_vocabulary", incident_vocabulary.KIND_NAMES),
    (enums.IncidentStatus, "incident_vocabulary", incident_vocabulary.STATUS_NAMES),
    (enums.IncidentOutcome, "incident_vocabulary", incident_vocabulary.OUTCOME_NAMES),
    (enums.IncidentStep, "incident_vocabulary", incident_vocabulary.STEP_NAMES),
    (enums.PersonalData, "incident_vocabulary", incident_vocabulary.PERSONAL_DATA_NAMES),
    (enums.SanitizationMethod, "eol", eol_names.NAMES),
    (enums.SanitizationResult, "eol", eol_names.NAMES),
    (enums.Verification, "eol", eol_names.NAMES),
    (enums.Destination, "eol", eol_names.NAMES),
    (enums.PartnerKind, "eol", eol_names.NAMES),
    (enums.BatchKind, "eol", eol_names.NAMES),
    (enums.BatchStatus, "eol", eol_names.NAMES),
    (enums.BatchOutcome, "eol", eol_names.NAMES),
    (enums.CertificateKind, "eol", eol_names.NAMES),
]


SAME_IN_FRENCH = {"Smartphone", "SSD", "eMMC", "Purge", "Clear"}  # NIST 800-88's terms stay as they are


@pytest.fixture(params=["fr", "en"])
def language(request: Any, qapp: Any) -> Any:
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)


def test_every_service_error_code_has_a_sentence(language: str) -> None:
    missing = sorted(code for code in _service_codes() if code not in MESSAGES)
    assert not missing, f"codes without an entry in ui/errors.py MESSAGES: {missing}"
    if language == "fr":
        untranslated = [c for c, t in {**MESSAGES, **DETAILS}.items() if QCoreApplication.translate("errors", t) == t]
        assert not untranslated, untranslated


def test_every_enum_value_and_history_event_has_a_label(language: str) -> None:
    for enum, context, names in ENUM_NAMES:
        for member in enum:
            assert member.value in names, f"{enum.__name__}.{member.name} has no display name"
            shown = QCoreApplication.translate(context, names[member.value])
            assert shown and shown != member.value
            if language == "fr":
                assert shown != names[member.value] or shown in SAME_IN_FRENCH, (enum, member)
    for kind in _history_kinds():
        assert kind in asset_vocabulary.ACTION_NAMES, f"event {kind!r} has no history label"
        shown = asset_vocabulary.action_name(kind)
        assert shown != kind and (language == "en" or shown != asset_vocabulary.ACTION_NAMES[kind]), kind


def test_refusals_in_french_carry_no_english(language: str) -> None:
    imei = ValidationFailed("imei: 12345 is not a valid IMEI (Luhn check failed).", code="invalid_imei", field="imei")
    batch = InvalidTransition(
        "Cannot record a sanitization for KLA-1: the device is in_stock.",
        code="status_forbids",
        tag="KLA-1",
        status="to_recycle",
    )
    for exc in (imei, batch):
        text = describe(exc)
        if language == "fr":
            assert "Cannot" not in text and "Luhn" not in text and "in_stock" not in text and "to_recycle" not in text
        elif exc is batch:
            assert exc.message in text  # the English window keeps the service's details
    assert "KLA-1" in describe(batch) and "IMEI" in describe(imei)
    if language == "fr":
        assert "À recycler" in describe(batch), describe(batch)


def test_register_keeps_the_imei_code(ctx: Any) -> None:
    from klara_assets.services import inventory

    with pytest.raises(ValidationFailed) as refused:
        inventory.register_asset(ctx, category="smartphone", model="iPhone", imei="123456789012345")
    assert refused.value.code == "invalid_imei"


def test_the_locale_follows_the_language(qapp: Any) -> None:
    try:
        i18n.use_locale("fr")
        assert QLocale().toCurrencyString(749.0, "€") == "749,00\u00a0€"
        assert QLocale().monthName(12) == "décembre"
        assert QLocale().toString(QDate(2026, 12, 1), QLocale.FormatType.ShortFormat) == "01/12/2026"
        i18n.use_locale("en")
        assert QLocale().toCurrencyString(749.0, "€") == "€749.00"
    finally:
        QLocale.setDefault(QLocale.c())


def test_document_formatting_rules() -> None:
    assert formatting.money("fr", Decimal("1299")) == "1\u202f299,00\u00a0€"
    assert formatting.money("en", Decimal("2400")) == "€2,400.00"
    assert formatting.weight("fr", 1.65) == "1,65\u00a0kg" and formatting.weight("en", 1.65) == "1.65\u00a0kg"
    assert formatting.day("fr", date(2026, 12, 1)) == "01/12/2026" and formatting.day("en", date(2026, 12, 1)) == (
        "2026-12-01"
    )
    paris = ZoneInfo("Europe/Paris")
    assert formatting.moment("fr", datetime(2026, 12, 1, 13, 5), paris) == "01/12/2026 14:05 CET"
    assert formatting.moment("en", datetime(2026, 7, 1, 13, 5), paris) == "2026-07-01 15:05 CEST"
    assert formatting.number("fr", None) == "—" and formatting.moment("fr", None) == ""


def test_the_imei_refusal_reads_in_french_next_to_the_field(qtbot: Any, qapp: Any, ui: Any) -> None:
    from PySide6.QtCore import Qt

    from klara_assets.persistence import queries
    from tests.helpers import snapshot
    from ui.dialogs.asset_form import AssetForm

    translators = i18n.install_translators(qapp, "fr")
    try:
        before = snapshot()
        dialog = AssetForm(ui, None, queries.location_places())
        qtbot.addWidget(dialog)
        dialog.show()
        for name, text in (("model", "Pixel 8"), ("imei", "352099001761482")):  # wrong check digit
            dialog.inputs[name].editor.setFocus()
            qtbot.keyClicks(dialog.inputs[name].editor, text)
        qtbot.keyClick(dialog.inputs["model"].editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "imei" in dialog.errors.visible_messages(), timeout=10_000)
        message = dialog.errors.visible_messages()["imei"]
        assert message == "Cet IMEI n’est pas valide : un IMEI compte 15 chiffres et une clé de contrôle correcte.", (
            message
        )
        assert snapshot() == before
    finally:
        i18n.remove_translators(qapp, translators)


def test_qt_own_file_dialog_is_french(qapp: Any, tmp_path: Path, monkeypatch: Any) -> None:
    import sys

    folders = i18n.qt_translation_folders()
    assert any((Path(folder) / "qtbase_fr.qm").is_file() for folder in folders)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # a frozen bundle's own copy is looked at
    assert str(tmp_path / "PySide6" / "Qt" / "translations") in i18n.qt_translation_folders()
    translators = i18n.install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Voir dans\u00a0:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Fichiers de type\u00a0:"
        assert QCoreApplication.translate("save_document", "Open") == "Ouvrir"  # a verb, not "Ouvert"
    finally:
        i18n.remove_translators(qapp, translators)


def test_import_problems_read_in_french(qapp: Any) -> None:
    from klara_assets.services.inventory import Problem
    from ui.models.import_preview_table import ProblemsModel

    problem = Problem(3, "IMEI", "imei '123' is not a valid IMEI (Luhn check failed).", "invalid_imei")
    translators = i18n.install_translators(qapp, "fr")
    try:
        model = ProblemsModel()
        model.set_rows([problem])
        assert model.index(0, 2).data().startswith("Cet IMEI n’est pas valide")
    finally:
        i18n.remove_translators(qapp, translators)
    model = ProblemsModel()
    model.set_rows([problem])
    assert model.index(0, 2).data() == problem.message
