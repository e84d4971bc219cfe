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


def test_compiled_files_match_their_sources(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(i18n.I18N.rglob("*.ts")):
        out = tmp_path / "check.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out)], check=True)
        assert ts.with_suffix(".qm").read_bytes() == out.read_bytes(), f"run `python -m ui.i18n release` ({ts.name})"


def test_french_and_qt_own_dialogs_are_translated(qapp: Any) -> None:
    translators = i18n.install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        i18n.remove_translators(qapp, translators)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
