"""The lifecycle says why a status refuses an action: the window's disabled items show it (issue 14 §1)."""

from __future__ import annotations

import pytest

from klara_assets.domain.enums import AssetStatus as S
from klara_assets.domain.errors import InvalidTransition
from klara_assets.domain.lifecycle import RECORDS, Action, Facts, Reason, Record, refusal, sources_of, transition


@pytest.mark.parametrize(
    ("status", "action", "reason"),
    [
        (S.ASSIGNED, Action.RETIRE, Reason.CHECK_IN_FIRST),
        (S.ASSIGNED, Action.CHECK_OUT, Reason.CHECK_IN_FIRST),  # held by someone: back to stock first
        (S.ASSIGNED, Action.REPAIRED, Reason.WRONG_STATUS),
        (S.ASSIGNED, Record.SANITIZATION, Reason.CHECK_IN_FIRST),
        (S.LOST, Action.CHECK_OUT, Reason.RECOVER_FIRST),
        (S.STOLEN, Action.RETIRE, Reason.RECOVER_FIRST),
        (S.IN_STOCK, Action.ROUTE_TO_RECYCLING, Reason.RETIRE_FIRST),
        (S.RETIRED, Action.CHECK_OUT, Reason.UNRETIRE_FIRST),
        (S.RETIRED, Action.CLOSE_RECYCLED, Reason.ROUTE_FIRST),
        (S.RECYCLED, Record.ENCRYPTION_CHECK, Reason.FINAL_STATUS),
        (S.WRITTEN_OFF, Action.CHECK_OUT, Reason.FINAL_STATUS),
    ],
)
def test_refusal_names_what_to_do_first(status: S, action: Action | Record, reason: Reason) -> None:
    found = refusal(status, action)
    assert found is not None and found.reason == reason and found.status == status


def test_refusal_is_none_exactly_where_the_table_allows() -> None:
    for action in [*Action, *Record]:
        for status in S:
            assert (refusal(status, action) is None) == (status in sources_of(action))


def test_records_follow_their_table() -> None:
    assert S.ASSIGNED not in RECORDS[Record.SANITIZATION] and S.RETIRED in RECORDS[Record.SANITIZATION]
    assert S.LOST in RECORDS[Record.ENCRYPTION_CHECK] and S.RECYCLED not in RECORDS[Record.ENCRYPTION_CHECK]


def test_transition_message_is_unchanged_by_the_reasons() -> None:
    with pytest.raises(InvalidTransition) as refused:
        transition(S.ASSIGNED, Action.RETIRE, Facts(reason="old"))
    assert refused.value.message == "Cannot retire: the device is assigned: check it in first."
    with pytest.raises(InvalidTransition) as refused:
        transition(S.LOST, Action.CHECK_OUT, Facts())
    assert refused.value.message == "Cannot check out: the device is lost."
