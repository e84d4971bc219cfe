"""A combo box of places: each item reads as the place's label and holds the `Place` itself.

Forms preselect a place by comparing values and send the chosen value back, so a label is never parsed
back into a site and a room (a site may hold a "/"; a room may hold one too). The first item, when given,
stands for no place and holds None.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from klara_assets.domain.places import Place


def fill_places(combo: QComboBox, places: list[Place], none_text: str | None = None) -> None:
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for place in places:
        combo.addItem(place.label, place)


def index_of(combo: QComboBox, value: object) -> int:
    """The item holding `value` (`findData` compares Python values by identity, never equal places)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def select_place(combo: QComboBox, place: Place | None) -> None:
    """Choose `place` (or the first item when it is not listed or None)."""
    combo.setCurrentIndex(max(index_of(combo, place), 0))


def chosen_place(combo: QComboBox) -> Place | None:
    data = combo.currentData()
    return data if isinstance(data, Place) else None
