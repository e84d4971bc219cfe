"""Change kinds are a `ChangeKind`; a string naming one becomes it, an unknown name is refused (issue 15 §4)."""

from __future__ import annotations

import json

import pytest

from klara_assets.domain.changes import ChangeKind, Changes, known_kinds


def test_a_kind_read_as_a_string_is_the_same_change() -> None:
    typed = Changes.of(ChangeKind.ASSET, 3)
    assert Changes.of("asset", 3) == typed  # type: ignore[arg-type]  # a name read from a notice
    assert all(type(kind) is ChangeKind for kind in Changes({"person": frozenset({1})}).touched)  # type: ignore[dict-item]
    assert typed.concerns(ChangeKind.ASSET) and not typed.concerns(ChangeKind.PERSON)


def test_merge_joins_the_ids_of_a_kind() -> None:
    merged = Changes.of(ChangeKind.ASSET, 1).merge(Changes.of(ChangeKind.ASSET, 2).merge(Changes.of(ChangeKind.TAG)))
    assert merged.touched == {ChangeKind.ASSET: frozenset({1, 2}), ChangeKind.TAG: frozenset()}
    assert merged.concerns_any([ChangeKind.PERSON, ChangeKind.TAG])
    assert not merged.concerns_any([ChangeKind.PERSON, ChangeKind.BATCH])


def test_an_unknown_kind_is_a_programming_error_and_a_notice_drops_it() -> None:
    with pytest.raises(ValueError, match="assett"):
        Changes.of("assett", 1)  # type: ignore[arg-type]
    assert known_kinds({"asset": frozenset({1}), "hologram": frozenset({2})}) == {ChangeKind.ASSET: frozenset({1})}


def test_the_kinds_travel_as_their_names() -> None:
    assert json.dumps({kind: [] for kind in Changes.of(ChangeKind.PERSON).touched}) == '{"person": []}'
