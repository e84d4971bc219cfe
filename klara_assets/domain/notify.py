"""The e-mail to the security officer about an incident, as a `mailto:` URL (RFC 6068).

The window opens it with the user's mail client; nothing is sent by the program itself. Subject and
body are percent-encoded (UTF-8, spaces as %20, line breaks as %0D%0A) so any client reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

_LABELS = {
    "en": {
        "subject": "[{kind}] Incident {number}: {tag} {model}",
        "intro": "An incident was reported on a company device.",
        "number": "Incident",
        "kind": "Kind",
        "device": "Device",
        "serial": "Serial number",
        "imei": "IMEI",
        "holder": "Holder",
        "encryption": "Encryption at the time",
        "personal_data": "Personal data on the device",
        "discovered": "Discovered (UTC)",
        "occurred": "Occurred (UTC)",
        "place": "Place",
        "circumstances": "Circumstances",
        "assessment": "GDPR triage",
        "reporter": "Reported by",
        "none": "none",
    },
    "fr": {
        "subject": "[{kind}] Incident {number} : {tag} {model}",
        "intro": "Un incident a été déclaré sur un appareil de l'entreprise.",
        "number": "Incident",
        "kind": "Nature",
        "device": "Appareil",
        "serial": "Numéro de série",
        "imei": "IMEI",
        "holder": "Détenteur",
        "encryption": "Chiffrement au moment des faits",
        "personal_data": "Données personnelles sur l'appareil",
        "discovered": "Constaté (UTC)",
        "occurred": "Survenu (UTC)",
        "place": "Lieu",
        "circumstances": "Circonstances",
        "assessment": "Analyse RGPD",
        "reporter": "Déclaré par",
        "none": "aucun",
    },
}


@dataclass(frozen=True)
class IncidentMail:
    """What the security officer needs to act: filled from the incident as recorded."""

    to: str
    number: str
    kind: str
    tag: str
    model: str
    serial: str
    imei: str
    holder: str
    encryption: str
    personal_data: str
    discovered: str
    occurred: str
    place: str
    circumstances: str
    assessment: str
    reporter: str


def mail_text(mail: IncidentMail, lang: str = "fr") -> tuple[str, str]:
    """The subject and the plain-text body."""
    t = _LABELS.get(lang, _LABELS["en"])
    subject = t["subject"].format(kind=mail.kind.upper(), number=mail.number, tag=mail.tag, model=mail.model)
    lines = [
        t["intro"],
        "",
        f"{t['number']}: {mail.number}",
        f"{t['kind']}: {mail.kind}",
        f"{t['device']}: {mail.tag} {mail.model}".rstrip(),
        f"{t['serial']}: {mail.serial or t['none']}",
        f"{t['imei']}: {mail.imei or t['none']}",
        f"{t['holder']}: {mail.holder or t['none']}",
        f"{t['encryption']}: {mail.encryption}",
        f"{t['personal_data']}: {mail.personal_data}",
        f"{t['discovered']}: {mail.discovered}",
        f"{t['occurred']}: {mail.occurred or '?'}",
        f"{t['place']}: {mail.place or '?'}",
        f"{t['assessment']}: {mail.assessment}",
        f"{t['reporter']}: {mail.reporter}",
        "",
        f"{t['circumstances']}:",
        mail.circumstances or "?",
    ]
    return subject, "\r\n".join(lines)


def mailto_url(mail: IncidentMail, lang: str = "fr") -> str:
    """`mailto:officer@example.org?subject=...&body=...`, every character outside RFC 3986's unreserved set encoded."""
    subject, body = mail_text(mail, lang)
    to = quote(mail.to, safe="@")
    return f"mailto:{to}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
