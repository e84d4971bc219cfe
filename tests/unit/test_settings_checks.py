"""Each setting's check is declared on its field (`domain/settings.py`); the service applies it."""

from __future__ import annotations

from typing import Any

import pytest

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.settings import Settings
from klara_assets.services.settings import validated


@pytest.mark.parametrize(
    ("name", "given", "saved"),
    [
        ("tag_prefix", " ab-", "AB-"),
        ("tag_width", "8", 8),
        ("language", "en", "en"),
        ("siret", "", ""),
        ("dpo_email", "  ", ""),
        ("smtp_recipients", "a@klara.fr; b@klara.fr,a@klara.fr", ("a@klara.fr", "b@klara.fr")),
        ("eol_years", {"laptop": "4", "tablet": 0}, {"laptop": 4}),
        ("encrypted_categories", ["laptop"], ("laptop",)),
        ("organisation_name", "  Klara  ", "Klara"),
        ("login_required", True, True),
    ],
)
def test_accepted_values_are_saved_normalised(name: str, given: Any, saved: Any) -> None:
    assert validated(name, given) == saved


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("tag_prefix", "ab cd"),
        ("tag_width", 2),
        ("tag_width", "six"),
        ("encryption_check_max_days", 0),
        ("audit_interval_months", 121),
        ("backup_keep", 366),
        ("attachment_max_mb", 201),
        ("language", "de"),
        ("login_required", "yes"),
        ("smtp_port", 70000),
        ("smtp_security", "ssl"),
        ("smtp_host", "mail server"),
        ("smtp_html", 1),
        ("encrypted_categories", ["toaster"]),
        ("dpo_email", "not an address"),
    ],
)
def test_refused_values_name_the_setting(name: str, given: Any) -> None:
    with pytest.raises(ValidationFailed) as err:
        validated(name, given)
    assert err.value.field == name


def test_every_checked_field_declares_a_callable() -> None:
    checked = [name for name in Settings.field_names() if Settings.check_of(name).__name__ != "text"]
    assert len(checked) == 20 and all(callable(Settings.check_of(name)) for name in checked)
