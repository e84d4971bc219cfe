"""Routing advice and disposal rules: pure domain functions, no database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from klara_assets.domain.disposal import (
    avoided_kg,
    certification,
    certification_problem,
    normalize_waste_code,
    parse_certification,
    split_tool,
)
from klara_assets.domain.enums import BatchKind, BatchOutcome, CertificationScheme, Condition
from klara_assets.domain.enums import SanitizationMethod as M
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.routing import DeviceFacts, RouteTarget, advise, needs_reason


def facts(age: float | None = 2.0, condition: Condition = Condition.GOOD, methods: set[M] | None = None) -> DeviceFacts:
    return DeviceFacts("laptop", age, 5, condition, True, frozenset({M.PURGE} if methods is None else methods))


def codes(advice: object) -> set[str]:
    return {r.code for r in advice.reasons}  # type: ignore[attr-defined]


def test_young_device_in_good_condition_is_advised_to_refurbishment_with_reasons() -> None:
    advice = advise(facts())
    assert advice.target == RouteTarget.REFURBISH
    assert codes(advice) == {"within_lifetime", "condition_good", "sanitized_reusable"}
    assert "5-year lifetime of a laptop" in advice.reasons[0].text


@pytest.mark.parametrize(
    ("case", "expected_code"),
    [
        (facts(methods={M.DESTROY}), "media_destroyed"),
        (facts(condition=Condition.BROKEN), "condition_broken"),
        (facts(age=8.0), "far_past_lifetime"),
        (facts(age=6.0, condition=Condition.POOR), "condition_poor"),
    ],
)
def test_decisive_reasons_advise_recycling(case: DeviceFacts, expected_code: str) -> None:
    advice = advise(case)
    assert advice.target == RouteTarget.RECYCLE
    assert expected_code in codes(advice)


def test_past_lifetime_but_fair_still_gets_a_second_life() -> None:
    advice = advise(facts(age=6.0, condition=Condition.FAIR))
    assert advice.target == RouteTarget.REFURBISH
    assert "past_lifetime" in codes(advice)


def test_missing_sanitization_is_a_blocker_and_unknown_age_is_said() -> None:
    advice = advise(facts(age=None, methods=set()))
    assert not advice.routable
    assert [b.code for b in advice.blockers] == ["sanitization_missing"]
    assert "age_unknown" in codes(advice)


def test_going_against_the_advice_needs_a_reason() -> None:
    advice = advise(facts())
    assert needs_reason(advice, RouteTarget.RECYCLE, None)
    assert needs_reason(advice, RouteTarget.RECYCLE, "  ")
    assert not needs_reason(advice, RouteTarget.RECYCLE, "screen cracked")
    assert not needs_reason(advice, RouteTarget.REFURBISH, None)


PICKUP = date(2026, 11, 20)


def test_recycling_needs_a_recycling_scheme_valid_on_the_pickup_date() -> None:
    weee = certification("weeelabex", "WLX-1", "2026-11-20")
    iso = certification("ISO14001", "ISO-1", "2030-01-01")
    assert certification_problem("Valorys", BatchKind.RECYCLING, [weee], False, PICKUP) is None
    problem = certification_problem("Valorys", BatchKind.RECYCLING, [iso], False, PICKUP)
    assert (
        problem == "Valorys holds no R2v3, e-Stewards or WEEELABEX certification valid on the pickup date 2026-11-20."
    )


def test_expired_certification_is_named_with_its_date() -> None:
    old = certification("R2v3", "R2-77", "2026-08-28")
    problem = certification_problem("Ordi'Nord", BatchKind.REFURBISHMENT, [old], False, PICKUP)
    assert problem is not None
    assert "Ordi'Nord" in problem and "expired on 2026-08-28" in problem and "2026-11-20" in problem


def test_refurbishment_accepts_any_certification_or_the_social_economy_flag() -> None:
    iso = certification("ISO 27001", "X", "2027-01-01")
    assert certification_problem("A", BatchKind.REFURBISHMENT, [iso], False, PICKUP) is None
    assert certification_problem("A", BatchKind.REFURBISHMENT, [], True, PICKUP) is None
    assert certification_problem("A", BatchKind.RECYCLING, [], True, PICKUP) is not None


def test_certification_text_parsing() -> None:
    parsed = parse_certification("naid aaa:NA:2024:0091:2027-03-31")
    assert parsed.scheme == CertificationScheme.NAID_AAA
    assert parsed.number == "NA:2024:0091"
    assert parsed.valid_until == date(2027, 3, 31)
    for bad, words in [("R2v3-2027", "SCHEME:NUMBER"), ("ISO 9001:X:2027-01-01", "Unknown certification scheme")]:
        with pytest.raises(ValidationFailed) as err:
            parse_certification(bad)
        assert words in err.value.message


def test_waste_codes_and_tools() -> None:
    assert normalize_waste_code("160214") == "16 02 14"
    assert normalize_waste_code("20 01 35*") == "20 01 35*"
    with pytest.raises(ValidationFailed, match="six-digit European code"):
        normalize_waste_code("16-02")
    assert split_tool("Blancco Drive Eraser 7.12") == ("Blancco Drive Eraser", "7.12")
    assert split_tool("shredder") == ("shredder", "")


def test_reuse_avoids_a_share_of_embodied_emissions_recycling_none() -> None:
    assert avoided_kg(BatchOutcome.REFURBISHED, Decimal(181), Decimal("0.8")) == Decimal("144.8")
    assert avoided_kg(BatchOutcome.RECYCLED, Decimal(181), Decimal("0.8")) == 0
