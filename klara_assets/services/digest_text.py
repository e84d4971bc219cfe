"""The words of the e-mail digest (issue 17 §1), in French and English: one line per reminder, built from
its kind and parameters (never from its English `detail`), dates in the language's own form
(26/11/2026, 26 Nov 2026), and the message itself (plain text, optionally an HTML part too).

No I/O: `mail.py` sends what `digest_message` and `test_message` build.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from klara_assets.services.reminders import Reminder

URGENT_LI = '<li style="color:#b91c1c">'
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Klara Assets: {count} item(s) to do on {day}, {urgent} urgent",
        "subject_security": "Klara Assets: {count} urgent incident item(s) on {day}",
        "intro": "What needs attention today ({day}), urgent first.",
        "intro_security": "Incidents whose GDPR notification deadline is near or passed ({day}).",
        "urgent": "Urgent",
        "soon": "Soon",
        "due": "due {day}",
        "footer": "Sent by Klara Assets ({organisation}). Snoozed items are left out until their day.",
        "test_subject": "Klara Assets: test message",
        "test_body": "This test message shows that Klara Assets can send the daily digest through {host}.",
        "return_overdue": "{tag} held by {name}: overdue since {date}",
        "return_due": "{tag} held by {name}: due back on {date}",
        "left": "{name} left on {date} and still holds {count} device(s)",
        "gdpr_passed": "{number} ({tag}): the 72-hour deadline to notify the CNIL passed at {deadline}",
        "gdpr": "{number} ({tag}): notify the CNIL before {deadline}",
        "certification_expired": "{partner}: the {scheme} certification expired on {date} while {batches} batch(es) "
        "are open",
        "certification": "{partner}: the {scheme} certification is valid until {date}",
        "warranty": "{tag} {model}: the warranty ends on {date}",
        "encryption": "{tag}: encryption last checked on {date} (the policy asks every {days} days)",
        "audit_never": "{location}: never audited",
        "audit": "{location}: last audited on {date} (every {months} months)",
        "batch": "{number} ({partner}): open since {date}, not shipped yet",
        "repair": "{tag} {model}: in repair since {date}",
    },
    "fr": {
        "subject": "Klara Assets : {count} élément(s) à traiter le {day}, dont {urgent} urgent(s)",
        "subject_security": "Klara Assets : {count} incident(s) urgent(s) le {day}",
        "intro": "Ce qui demande votre attention aujourd’hui ({day}), les urgences d’abord.",
        "intro_security": "Incidents dont le délai de notification RGPD approche ou est dépassé ({day}).",
        "urgent": "Urgent",
        "soon": "Bientôt",
        "due": "échéance le {day}",
        "footer": "Envoyé par Klara Assets ({organisation}). Les éléments reportés reviennent à leur date.",
        "test_subject": "Klara Assets : message d’essai",
        "test_body": "Ce message d’essai montre que Klara Assets peut envoyer le récapitulatif quotidien par {host}.",
        "return_overdue": "{tag} détenu par {name} : en retard depuis le {date}",
        "return_due": "{tag} détenu par {name} : à rendre le {date}",
        "left": "{name} est parti(e) le {date} et détient encore {count} appareil(s)",
        "gdpr_passed": "{number} ({tag}) : le délai de 72 heures pour notifier la CNIL est dépassé depuis le "
        "{deadline}",
        "gdpr": "{number} ({tag}) : notifier la CNIL avant le {deadline}",
        "certification_expired": "{partner} : la certification {scheme} a expiré le {date} alors que {batches} "
        "lot(s) sont ouverts",
        "certification": "{partner} : la certification {scheme} est valable jusqu’au {date}",
        "warranty": "{tag} {model} : la garantie se termine le {date}",
        "encryption": "{tag} : chiffrement vérifié le {date} pour la dernière fois (la politique demande tous les "
        "{days} jours)",
        "audit_never": "{location} : jamais inventorié",
        "audit": "{location} : dernier inventaire le {date} (tous les {months} mois)",
        "batch": "{number} ({partner}) : ouvert depuis le {date}, pas encore expédié",
        "repair": "{tag} {model} : en réparation depuis le {date}",
    },
}


NBSP = "\u00a0"
# French typography: a non-breaking space before « : ; ? ! » (written as plain spaces above, for reading).
TEXTS["fr"] = {key: re.sub(r" ([:;?!])", NBSP + r"\1", text) for key, text in TEXTS["fr"].items()}


def texts(lang: str) -> dict[str, str]:
    return TEXTS.get(lang, TEXTS["en"])


def date_text(lang: str, day: date) -> str:
    """26/11/2026 in French, 26 Nov 2026 in English: never ISO, never a two-digit year."""
    if lang == "fr":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def deadline_text(lang: str, stamp: str) -> str:
    """The GDPR deadline (`YYYY-MM-DD HH:MM`, UTC) as 26/11/2026 14:30 UTC (French: « à 14 h 30 UTC »)."""
    moment = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    if lang == "fr":
        return f"{date_text(lang, moment.date())} à {moment:%H} h {moment:%M} UTC"
    return f"{date_text(lang, moment.date())} {moment:%H:%M} UTC"


def _key(item: Reminder) -> str:
    p = item.params
    if item.kind == "return":
        return "return_overdue" if item.urgent else "return_due"
    if item.kind == "gdpr":
        return "gdpr_passed" if p.get("passed") else "gdpr"
    if item.kind == "certification":
        return "certification_expired" if item.urgent else "certification"
    if item.kind == "audit" and not p.get("date"):
        return "audit_never"
    return item.kind


def describe(item: Reminder, lang: str) -> str:
    """The reminder as one line in `lang`; an unknown kind falls back to its English detail."""
    template = texts(lang).get(_key(item))
    if template is None:
        return item.detail
    values = dict(item.params)
    if values.get("date"):
        values["date"] = date_text(lang, date.fromisoformat(values["date"]))
    if values.get("deadline"):
        values["deadline"] = deadline_text(lang, values["deadline"])
    try:
        return template.format(**values)
    except KeyError:
        return item.detail


def _line(item: Reminder, lang: str) -> str:
    t = texts(lang)
    flag = t["urgent"] if item.urgent else t["soon"]
    return f"{flag} · {describe(item, lang)} ({t['due'].format(day=date_text(lang, item.due_on))})"


def digest_message(
    items: list[Reminder],
    lang: str,
    today: date,
    now: datetime,
    *,
    sender: str,
    to: list[str],
    organisation: str = "",
    security: bool = False,
    with_html: bool = False,
) -> EmailMessage:
    """The daily digest (or, with `security`, the urgent incident items for the security officer)."""
    t = texts(lang)
    day = date_text(lang, today)
    urgent = sum(1 for i in items if i.urgent)
    subject = t["subject_security" if security else "subject"].format(count=len(items), urgent=urgent, day=day)
    intro = t["intro_security" if security else "intro"].format(day=day)
    lines = [_line(item, lang) for item in items]
    footer = t["footer"].format(organisation=organisation or "Klara Assets")
    message = _envelope(subject, sender, to, now)
    message.set_content("\n".join([intro, "", *(f"- {line}" for line in lines), "", "-- ", footer]) + "\n")
    if with_html:
        rows = "".join(
            (URGENT_LI if item.urgent else "<li>") + html.escape(line) + "</li>"
            for item, line in zip(items, lines, strict=True)
        )
        body = f'<p>{html.escape(intro)}</p><ul>{rows}</ul><p style="color:#666">{html.escape(footer)}</p>'
        message.add_alternative(f'<!DOCTYPE html><html lang="{lang}"><body>{body}</body></html>\n', subtype="html")
    return message


def test_message(lang: str, now: datetime, *, sender: str, to: list[str], host: str) -> EmailMessage:
    t = texts(lang)
    message = _envelope(t["test_subject"], sender, to, now)
    message.set_content(t["test_body"].format(host=host) + "\n")
    return message


def _envelope(subject: str, sender: str, to: list[str], now: datetime) -> EmailMessage:
    """The headers; `now` is the service clock's naive UTC time."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = ", ".join(to)
    message["Date"] = formatdate(now.replace(tzinfo=UTC).timestamp())
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1] if "@" in sender else None)
    return message
