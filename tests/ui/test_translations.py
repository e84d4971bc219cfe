"""French and English ship complete: every visible string is extracted, translated and compiled."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from ui import i18n


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


@pytest.mark.parametrize("source", i18n._sources(), ids=lambda p: p.name)
def test_every_string_is_extracted_and_translated_in_french(source: Path, tmp_path: Path) -> None:
    committed = i18n._ts_path("fr", source)
    assert committed.exists(), f"run `python -m ui.i18n update` for {source.name}"
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), str(source), "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert _messages(fresh) == _messages(committed), "strings changed: run `python -m ui.i18n update`"
    unfinished = [p for p in i18n.unfinished() if p.startswith(f"fr/{committed.name}")]
    assert unfinished == []


def test_each_language_ships_one_compiled_file_matching_its_sources(tmp_path: Path) -> None:
    for language in i18n.LANGUAGES:
        out = tmp_path / f"check_{language}.qm"
        subprocess.run(i18n.release_command(language, out), check=True)
        committed = i18n.I18N / i18n.compiled_name(language)
        assert committed.read_bytes() == out.read_bytes(), f"run `python -m ui.i18n release` ({committed.name})"
    assert sorted(i18n.I18N.rglob("*.qm")) == [i18n.I18N / i18n.compiled_name(lang) for lang in sorted(i18n.LANGUAGES)]


def test_one_translator_of_ours_per_language(qapp: Any) -> None:
    for language in i18n.LANGUAGES:
        translators = i18n.install_translators(qapp, language)
        try:
            ours = [t for t in translators if Path(t.filePath()).name == i18n.compiled_name(language)]
            assert len(ours) == 1 and len(translators) <= 2  # ours, and Qt's own qtbase_*.qm when found
        finally:
            i18n.remove_translators(qapp, translators)


def test_french_and_qt_own_dialogs_are_translated(qapp: Any) -> None:
    translators = i18n.install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        i18n.remove_translators(qapp, translators)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
