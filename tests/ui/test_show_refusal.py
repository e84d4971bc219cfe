"""`ui.errors.show_refusal`, the one rule every dialog follows for a refused call (issue 15 item 3)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from klara_assets.domain.errors import ValidationFailed
from ui.errors import describe, show_refusal
from ui.widgets.field_errors import FieldErrors


@pytest.fixture
def fields(qtbot: Any) -> Iterator[FieldErrors]:
    errors = FieldErrors()
    holder = QWidget()
    qtbot.addWidget(holder)
    errors.wrap(QLineEdit(), "serial").setParent(holder)
    yield errors  # the form (holder) lives as long as the test
    holder.close()


def test_a_refusal_naming_a_field_goes_under_it_and_nowhere_else(fields: FieldErrors) -> None:
    said: list[str] = []
    boxed: list[BaseException] = []
    exc = ValidationFailed("Serial CI-001 is already used.", code="duplicate_serial", field="serial")
    show_refusal(exc, fields=fields, say=said.append, otherwise=boxed.append)
    assert fields.visible_messages() == {"serial": describe(exc)}
    assert said == [] and boxed == []


def test_a_refusal_no_field_claims_goes_to_the_message_line_else_to_the_box(fields: FieldErrors) -> None:
    said: list[str] = []
    boxed: list[BaseException] = []
    exc = ValidationFailed("The location Paris/Stock already exists.", code="duplicate_location", field="location")
    show_refusal(exc, fields=fields, say=said.append, otherwise=boxed.append)
    assert said == ["This location already exists."] and boxed == []
    show_refusal(exc, fields=fields, otherwise=boxed.append)
    assert boxed == [exc] and fields.visible_messages() == {}


def test_an_unexpected_error_is_never_shown_as_a_refusal() -> None:
    said: list[str] = []
    boxed: list[BaseException] = []
    error = OSError("disk full")
    show_refusal(error, say=said.append, otherwise=boxed.append)
    assert boxed == [error] and said == []  # UiContext.show_error: the user's words, or the crash report
    with pytest.raises(OSError, match="disk full"):
        show_refusal(error, say=said.append)  # no box to show it in: the crash handler
    assert said == []
