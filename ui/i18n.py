"""Translations: French and English ship as `.ts` files compiled to one `.qm` per language under `resources/i18n/`.

One `.ts` per source file (`resources/i18n/fr/ui.pages.assets_page.ts`), so engineers working on
different pages never edit the same file. They are compiled together into one file per language
(`resources/i18n/klara_fr.qm`): the window loads one file at start-up, and each `tr()` looks in one
translator rather than one per module. English is the source language; its `.ts` holds only the plural
forms (`%n`). Qt's own dialogs are translated from PySide6's `qtbase_*.qm`.

    python -m ui.i18n update          # extract strings (pyside6-lupdate) into every .ts
    python -m ui.i18n apply fr F.json # fill translations: {"source": "traduction", "%n device(s)": ["…", "…"]}
    python -m ui.i18n release         # compile each language's .ts files into its one .qm
    python -m ui.i18n check           # list unfinished translations; exit 1 if any
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from klara_assets.paths import resource_path

if TYPE_CHECKING:  # the .ts tools only: the window's start-up does not load an XML parser
    import xml.etree.ElementTree as ET

LANGUAGES = ("fr", "en")
UI = Path(__file__).resolve().parent
ROOT = UI.parent
I18N = ROOT / "resources" / "i18n"


def compiled_name(language: str) -> str:
    """The one compiled file of `language`, in `resources/i18n/` (beside the folder of its `.ts` files)."""
    return f"klara_{language}.qm"


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def qt_translation_folders() -> list[str]:
    """Where Qt's own `qtbase_*.qm` may be: Qt's path, PySide6's folder, a frozen bundle's copy."""
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    folders.append(str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"))
    if bundle := getattr(sys, "_MEIPASS", None):
        folders.append(str(Path(bundle) / "PySide6" / "Qt" / "translations"))
    return folders


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and our translators for `language`; returns them (keep a reference)."""
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{language}", folder) for folder in qt_translation_folders()):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", compiled_name(language)))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def use_locale(language: str) -> None:
    """Numbers, money, dates and the calendar follow the chosen language, whatever the system's locale."""
    QLocale.setDefault(
        QLocale(
            QLocale.Language.French if language == "fr" else QLocale.Language.English,
            QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom,
        )
    )


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def _sources() -> list[Path]:
    import re

    marker = re.compile(r"(?<!\w)(tr|translate|QT_TRANSLATE_NOOP)\(")  # not `str(`
    candidates = (p for p in UI.rglob("*.py") if p.name not in ("__init__.py", "i18n.py"))
    return sorted(p for p in candidates if marker.search(p.read_text("utf-8")))


def _ts_path(language: str, source: Path) -> Path:
    dotted = ".".join(source.relative_to(ROOT).with_suffix("").parts)
    return I18N / language / f"{dotted}.ts"


def update() -> None:
    import subprocess  # the developer's commands only: the window starts without it (issue 18)

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    for language in LANGUAGES:
        (I18N / language).mkdir(parents=True, exist_ok=True)
        for source in _sources():
            extra = ["-pluralonly"] if language == "en" else []
            subprocess.run(
                [
                    str(lupdate),
                    str(source),
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    "-no-obsolete",
                    "-locations",
                    "none",
                    *extra,
                    "-ts",
                    str(_ts_path(language, source)),
                ],
                check=True,
                capture_output=True,
            )


def apply(language: str, mapping_file: str) -> int:
    """Fill unfinished translations of `language` from a JSON mapping; returns how many were filled."""
    import json  # a maintainer's command: not at the window's start-up
    import xml.etree.ElementTree as ET

    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    filled = 0
    for ts in sorted((I18N / language).glob("*.ts")):
        tree = ET.parse(ts)
        changed = False
        for message in tree.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source not in mapping or translation is None or translation.get("type") != "unfinished":
                continue  # only fill what is missing: never overwrite a finished translation
            value = mapping[source]
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                for form in value if isinstance(value, list) else [value, value]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            changed = True
            filled += 1
        if changed:
            _write_like_lupdate(ts, tree.getroot())
    return filled


def _write_like_lupdate(ts: Path, root: ET.Element) -> None:
    """Write in lupdate's own layout, so `update` after `apply` changes no file needlessly."""
    import xml.etree.ElementTree as ET

    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode").replace("'", "&apos;")
    body = "\n".join(line.removeprefix("    ") for line in text.splitlines())  # lupdate does not indent <context>
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def release_command(language: str, qm: Path) -> list[str]:
    """lrelease compiling every `.ts` of `language` into `qm` (sorted, so the same sources give the same bytes)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    sources = [str(ts) for ts in sorted((I18N / language).glob("*.ts"))]
    return [str(lrelease), "-silent", *sources, "-qm", str(qm)]


def release() -> None:
    import subprocess

    for language in LANGUAGES:
        subprocess.run(release_command(language, I18N / compiled_name(language)), check=True)


def unfinished() -> list[str]:
    """`file: source` for every message without a finished translation."""
    import xml.etree.ElementTree as ET

    problems = []
    for ts in sorted(I18N.rglob("*.ts")):
        for message in ET.parse(ts).iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{ts.relative_to(I18N)}: {message.findtext('source')}")
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "apply":
        print(f"{apply(argv[1], argv[2])} translations filled")
    elif command == "release":
        release()
    elif command == "check":
        missing = unfinished()
        print("\n".join(missing) or "All translations finished.")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
