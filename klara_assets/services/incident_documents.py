"""Incident documents as values: the incident report PDF, the breach register (CSV, PDF), and the
`mailto:` link that prepares the e-mail to the security officer. Reads only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from klara_assets.documents import formatting
from klara_assets.documents.breach_register import BreachRegister, RegisterLine, render_breach_register
from klara_assets.documents.csv_table import csv_bytes
from klara_assets.documents.incident_report import IncidentReport, Step, render_incident_report, when
from klara_assets.documents.wording import label
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.enums import IncidentStep
from klara_assets.domain.notify import IncidentMail, mail_text, mailto_url
from klara_assets.domain.permissions import Permission
from klara_assets.persistence import incident_queries
from klara_assets.persistence.incident_queries import IncidentRow
from klara_assets.services import incidents
from klara_assets.services.context import ServiceContext
from klara_assets.services.custody_documents import document_language, officer_of, organisation_of
from klara_assets.services.settings import load_settings


def _holder(row: IncidentRow) -> str:
    return f"{row.holder_name} <{row.holder_email}>" if row.holder_name else ""


def _imeis(row: IncidentRow) -> str:
    return " / ".join(i for i in (row.imei, row.imei2) if i)


def incident_report(ctx: ServiceContext, number: str, lang: str | None = None) -> bytes:
    settings = load_settings()
    lang = document_language(lang, settings)
    row = incident_queries.incident(number)
    assessment = row.triage(ctx.now())
    report = IncidentReport(
        lang=lang,
        organisation=organisation_of(settings),
        officer=officer_of(settings),
        number=row.number,
        kind=row.kind,
        status=row.status,
        outcome=row.outcome,
        occurred_at=row.occurred_at,
        discovered_at=row.discovered_at,
        closed_at=row.closed_at,
        reporter=row.reporter,
        place=row.place,
        description=row.description,
        police_ref=row.police_ref,
        holder=_holder(row),
        tag=row.tag,
        category=row.category,
        make_model=f"{row.manufacturer} {row.model}".strip(),
        serial=row.serial or "",
        imeis=_imeis(row),
        purchased_on=row.purchased_on,
        price=formatting.money(lang, row.price) if row.price is not None else "",
        encryption_at_time=row.encryption_at_time,
        personal_data=row.personal_data,
        assessment=assessment.assessment.value,
        assessment_reason=label(lang, f"reason_{assessment.reason_code}"),
        deadline=assessment.deadline,
        steps=tuple(Step(s.step, s.at, s.reference, s.note) for s in row.steps),
    )
    return render_incident_report(report)


def _line(row: IncidentRow, now: datetime) -> RegisterLine:
    t = row.triage(now)
    return RegisterLine(
        number=row.number,
        discovered_at=row.discovered_at,
        kind=row.kind,
        device=f"{row.tag} {row.manufacturer} {row.model}".strip(),
        holder=row.holder_name or "",
        encryption_at_time=row.encryption_at_time,
        personal_data=row.personal_data,
        assessment=t.assessment.value,
        deadline=t.deadline,
        cnil_notified_at=row.step_at(IncidentStep.CNIL_NOTIFIED),
        status=row.status,
        outcome=row.outcome,
    )


def breach_register_pdf(ctx: ServiceContext, lang: str | None = None) -> bytes:
    settings = load_settings()
    now = ctx.now()
    lines = tuple(_line(row, now) for row in incident_queries.incidents())
    name = settings.document_name
    return render_breach_register(BreachRegister(document_language(lang, settings), name, now, lines))


REGISTER_HEADER = [
    "number",
    "discovered_at",
    "occurred_at",
    "kind",
    "tag",
    "device",
    "serial",
    "imei",
    "holder",
    "encryption_at_time",
    "personal_data",
    "assessment",
    "likely_notifiable",
    "deadline",
    "cnil_notified_at",
    "police_ref",
    "status",
    "outcome",
    "closed_at",
    "place",
    "description",
]


def breach_register_csv(ctx: ServiceContext) -> bytes:
    now = ctx.now()
    rows = []
    for row in incident_queries.incidents():
        t = row.triage(now)
        device = f"{row.manufacturer} {row.model}".strip()
        facts = [row.number, row.discovered_at, row.occurred_at, row.kind, row.tag, device, row.serial, _imeis(row)]
        facts += [_holder(row), row.encryption_at_time, row.personal_data]
        assessment = [t.assessment.value, t.notifiable, t.deadline, row.step_at(IncidentStep.CNIL_NOTIFIED)]
        rows.append(
            [*facts, *assessment, row.police_ref, row.status, row.outcome, row.closed_at, row.place, row.description]
        )
    return csv_bytes(REGISTER_HEADER, rows)


@dataclass(frozen=True)
class OfficerMail:
    """The e-mail to the security officer: its `mailto:` link, and its parts to copy by hand."""

    url: str
    to: str
    subject: str
    body: str


def notify_officer(ctx: ServiceContext, number: str, lang: str | None = None) -> Changes:
    """Prepare the e-mail to the security officer and record the timeline step "security officer notified"
    (once: a second e-mail adds no step). `result` is an `OfficerMail`."""
    ctx.require(Permission.INCIDENTS_MANAGE)
    settings = load_settings()
    lang = document_language(lang, settings)
    mail = _officer_mail(ctx, number, lang, settings)
    row = incident_queries.incident(number)
    changes = Changes({ChangeKind.INCIDENT: frozenset({row.id})})
    if row.step_at(IncidentStep.SECURITY_OFFICER_NOTIFIED) is None:
        changes = incidents.add_step(ctx, row.number, IncidentStep.SECURITY_OFFICER_NOTIFIED.value, note="e-mail")
    subject, body = mail_text(mail, lang)
    return Changes(changes.touched, OfficerMail(mailto_url(mail, lang), mail.to, subject, body))


def notify_officer_url(ctx: ServiceContext, number: str, lang: str | None = None) -> str:
    """The `mailto:` link to the security officer, subject and body filled in from the incident."""
    settings = load_settings()
    lang = document_language(lang, settings)
    return mailto_url(_officer_mail(ctx, number, lang, settings), lang)


def _officer_mail(ctx: ServiceContext, number: str, lang: str, settings: Any) -> IncidentMail:
    """The mail's fields from the incident."""
    row = incident_queries.incident(number)
    t = row.triage(ctx.now())
    assessment = label(lang, t.assessment.value)
    if t.deadline:
        assessment += f" ({when(t.deadline, lang)})"
    mail = IncidentMail(
        to=settings.security_officer_email,
        number=row.number,
        kind=label(lang, row.kind),
        tag=row.tag,
        model=f"{row.manufacturer} {row.model}".strip(),
        serial=row.serial or "",
        imei=_imeis(row),
        holder=_holder(row),
        encryption=label(lang, row.encryption_at_time),
        personal_data=label(lang, row.personal_data),
        discovered=when(row.discovered_at, lang),
        occurred=when(row.occurred_at, lang),
        place=row.place,
        circumstances=row.description,
        assessment=assessment,
        reporter=row.reporter,
    )
    return mail
