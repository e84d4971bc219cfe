"""A place is parsed from typed text once, at the boundary; its label is for reading only (issue 15 §5)."""

from __future__ import annotations

import pytest

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.places import Place


@pytest.mark.parametrize(
    ("typed", "place"),
    [
        ("Paris/Stock IT", Place("Paris", "Stock IT")),
        ("  Lyon  ", Place("Lyon")),
        ("Lyon/", Place("Lyon")),
        (" Paris /  Étage 2 / B12 ", Place("Paris", "Étage 2 / B12")),  # the room keeps its own "/"
    ],
)
def test_parse_splits_at_the_first_slash_and_trims(typed: str, place: Place) -> None:
    assert Place.parse(typed) == place


@pytest.mark.parametrize("typed", ["", "   ", "/Stock", " / "])
def test_parse_refuses_text_without_a_site(typed: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        Place.parse(typed)
    assert refused.value.code == "invalid_location" and refused.value.field == "location"
    assert refused.value.message == f"Invalid location {typed!r}: use SITE/ROOM."


def test_a_site_holding_a_slash_is_a_place_its_label_does_not_give_back() -> None:
    place = Place("Lyon/Part-Dieu")  # a Snipe-IT site name
    assert place.label == "Lyon/Part-Dieu"
    assert Place.parse(place.label) != place  # why labels are never parsed back


def test_checked_trims_the_two_fields_and_refuses_an_empty_site() -> None:
    assert Place(" Paris ", "  Salle  12 ").checked() == Place("Paris", "Salle  12")
    with pytest.raises(ValidationFailed) as refused:
        Place("  ", "Stock").checked()
    assert refused.value.code == "invalid_location"
