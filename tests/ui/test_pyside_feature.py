"""PySide6's per-module check, made cheap at start-up (issue 18): the same answers as PySide6's own."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)
import pytest

from ui import pyside_feature


def feature() -> types.ModuleType:
    module = sys.modules["shibokensupport.feature"]
    assert isinstance(module, types.ModuleType)
    return module


def test_the_check_is_replaced_and_installing_twice_keeps_one_wrapper() -> None:
    assert pyside_feature.install()
    check = feature()._mod_uses_pyside
    assert getattr(check, pyside_feature.MARK)
    assert pyside_feature.install() and feature()._mod_uses_pyside is check


def test_the_answers_are_pyside6s_own(tmp_path: Path) -> None:
    uses = tmp_path / "uses_qt.py"
    uses.write_text("from PySide6.QtCore import QObject  # été\n", encoding="utf-8")
    plain = tmp_path / "plain.py"
    plain.write_text("import json\n", encoding="utf-8")
    modules = []
    for path in (uses, plain):
        module = types.ModuleType(path.stem)
        module.__file__ = str(path)
        modules.append(module)
    check = feature()._mod_uses_pyside
    assert [check(m) for m in modules] == [True, False]
    assert check(sys) is False  # built-in: PySide6's own path (no source)
    assert check(json) is False
    assert check(pyside_feature) is True  # its docstring names PySide6


def test_the_standard_library_and_the_core_are_answered_without_opening_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from klara_assets.domain import places

    opened: list[str] = []
    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", lambda path, *a, **k: opened.append(str(path)) or real_open(path, *a, **k))
    check = feature()._mod_uses_pyside
    assert check(json) is False and check(places) is False
    assert opened == []
    installed = types.ModuleType("installed")  # a package installed inside the standard library's folder
    installed.__file__ = pyside_feature.STDLIB + "site-packages/installed.py"
    assert check(installed) is False and opened == [installed.__file__]  # read (and gone): PySide6's own check
    assert check(pyside_feature) is True and opened[-1] == pyside_feature.__file__


def test_a_vanished_file_falls_back_to_pyside6s_check(tmp_path: Path) -> None:
    module = types.ModuleType("gone")
    module.__file__ = str(tmp_path / "gone.py")
    assert feature()._mod_uses_pyside(module) is False


def test_nothing_happens_without_pyside6s_function(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert pyside_feature.install() is False
