"""GDPR triage (pure domain): the encryption × personal-data matrix, deadlines to the minute, urgency,
and the security officer's mailto: link."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from klara_assets.domain.enums import EncryptionState, IncidentKind, PersonalData
from klara_assets.domain.notify import IncidentMail, mailto_url
from klara_assets.domain.triage import Assessment, format_time_left, triage

DISCOVERED = datetime(2026, 11, 24, 8, 15)
NOW = datetime(2026, 11, 25, 9, 45)
E, P = EncryptionState, PersonalData


@pytest.mark.parametrize("kind", [IncidentKind.LOST, IncidentKind.STOLEN])
@pytest.mark.parametrize(
    ("encryption", "personal", "expected"),
    [
        (E.ENCRYPTED, P.YES, Assessment.LOW_RISK),
        (E.ENCRYPTED, P.NO, Assessment.NO_PERSONAL_DATA),
        (E.ENCRYPTED, P.UNKNOWN, Assessment.LOW_RISK),
        (E.NONE, P.YES, Assessment.LIKELY_NOTIFIABLE),
        (E.NONE, P.NO, Assessment.NO_PERSONAL_DATA),
        (E.NONE, P.UNKNOWN, Assessment.LIKELY_NOTIFIABLE),
        (E.PARTIAL, P.YES, Assessment.LIKELY_NOTIFIABLE),
        (E.PARTIAL, P.NO, Assessment.NO_PERSONAL_DATA),
        (E.PARTIAL, P.UNKNOWN, Assessment.LIKELY_NOTIFIABLE),
        (E.UNKNOWN, P.YES, Assessment.LIKELY_NOTIFIABLE),
        (E.UNKNOWN, P.NO, Assessment.NO_PERSONAL_DATA),
        (E.UNKNOWN, P.UNKNOWN, Assessment.LIKELY_NOTIFIABLE),
    ],
)
def test_triage_matrix_for_lost_and_stolen(
    kind: IncidentKind, encryption: EncryptionState, personal: PersonalData, expected: Assessment
) -> None:
    result = triage(kind, encryption, personal, DISCOVERED, NOW)
    assert result.assessment == expected
    if expected == Assessment.LIKELY_NOTIFIABLE:
        assert result.notifiable
        assert result.deadline == datetime(2026, 11, 27, 8, 15)
        assert result.time_left == timedelta(hours=46, minutes=30)
        assert not result.urgent
    else:
        assert not result.notifiable
        assert result.deadline is None and result.time_left is None and not result.urgent
    assert result.is_breach


def test_deadline_is_urgent_under_24_hours_to_the_minute() -> None:
    at_24h = DISCOVERED + timedelta(hours=48)
    assert not triage(IncidentKind.LOST, E.NONE, P.YES, DISCOVERED, at_24h).urgent
    one_minute_later = at_24h + timedelta(minutes=1)
    late = triage(IncidentKind.LOST, E.NONE, P.YES, DISCOVERED, one_minute_later)
    assert late.urgent and late.time_left == timedelta(hours=23, minutes=59)
    assert format_time_left(late.time_left) == "23 h 59 min"


def test_overdue_deadline_is_reported() -> None:
    result = triage(IncidentKind.STOLEN, E.NONE, P.UNKNOWN, DISCOVERED, DISCOVERED + timedelta(hours=75, minutes=5))
    assert result.overdue and result.urgent
    assert format_time_left(result.time_left or timedelta()) == "overdue by 3 h 05 min"


def test_settled_incident_keeps_its_deadline_but_no_clock() -> None:
    result = triage(IncidentKind.LOST, E.NONE, P.YES, DISCOVERED, NOW, settled=True)
    assert result.notifiable and result.deadline == DISCOVERED + timedelta(hours=72)
    assert result.time_left is None and not result.urgent


def test_damaged_is_not_a_breach_and_compromised_ignores_disk_encryption() -> None:
    assert triage(IncidentKind.DAMAGED, E.NONE, P.YES, DISCOVERED, NOW).assessment == Assessment.NOT_A_BREACH
    compromised = triage(IncidentKind.COMPROMISED, E.ENCRYPTED, P.UNKNOWN, DISCOVERED, NOW)
    assert compromised.notifiable and compromised.reason_code == "compromised"


def test_mailto_is_percent_encoded_and_carries_the_facts() -> None:
    mail = IncidentMail(
        to="securite@klara.fr",
        number="INC-2026-0007",
        kind="stolen",
        tag="KLA-000042",
        model="Dell Latitude 7440",
        serial="DL-9&9",
        imei="352099001761481",
        holder="Łukasz Yılmaz <lukasz@klara.fr>",
        encryption="none",
        personal_data="unknown",
        discovered="24/11/2026 08:15",
        occurred="",
        place="Gare de Lyon",
        circumstances="Bag stolen? Line 2 = here",
        assessment="likely notifiable",
        reporter="tester",
    )
    url = mailto_url(mail, "en")
    assert url.startswith("mailto:securite@klara.fr?subject=")
    assert " " not in url and "\n" not in url and "Ł" not in url
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert query["subject"] == ["[STOLEN] Incident INC-2026-0007: KLA-000042 Dell Latitude 7440"]
    body = query["body"][0]
    for fact in ("DL-9&9", "352099001761481", "Łukasz Yılmaz", "Encryption at the time: none", "Line 2 = here"):
        assert fact in body
    assert "%0D%0A" in url and unquote(url).count("\r\n") >= 10


def test_a_partly_encrypted_device_is_said_to_be_partly_encrypted() -> None:
    result = triage(IncidentKind.STOLEN, E.PARTIAL, P.YES, DISCOVERED, NOW)
    assert result.notifiable and result.reason_code == "partly_encrypted"
    assert "partly encrypted" in result.reason
    assert triage(IncidentKind.STOLEN, E.NONE, P.YES, DISCOVERED, NOW).reason_code == "not_encrypted"


def test_a_notified_incident_carries_when_the_cnil_was_told() -> None:
    told = DISCOVERED + timedelta(hours=20)
    result = triage(IncidentKind.LOST, E.NONE, P.YES, DISCOVERED, NOW, settled=True, notified_at=told)
    assert result.notified_at == told and result.time_left is None and not result.urgent
    assert triage(IncidentKind.LOST, E.NONE, P.YES, DISCOVERED, NOW, settled=True).notified_at is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_reason_code_has_its_words_in_the_incident_report(lang: str) -> None:
    from klara_assets.documents.wording import label

    cases = [
        (IncidentKind.DAMAGED, E.NONE, P.YES),
        (IncidentKind.LOST, E.NONE, P.NO),
        (IncidentKind.COMPROMISED, E.ENCRYPTED, P.YES),
        (IncidentKind.LOST, E.ENCRYPTED, P.YES),
        (IncidentKind.LOST, E.PARTIAL, P.YES),
        (IncidentKind.LOST, E.UNKNOWN, P.YES),
    ]
    for kind, state, personal in cases:
        code = triage(kind, state, personal, DISCOVERED, NOW).reason_code
        assert label(lang, f"reason_{code}") != f"reason_{code}"
