"""French and English wording of the custody and incident documents (receipts, incident report, breach
register), and the words for stored identifiers (`laptop`, `encrypted`, `lost`...). Written from the
customer's IT charter in our own words.
"""

from __future__ import annotations

_EN = {
    "title_handover": "Equipment handover receipt",
    "title_return": "Equipment return receipt",
    "number_handover": "Receipt no.",
    "number_return": "Return of the devices handed over under receipt no.",
    "organisation": "Organisation",
    "holder": "Holder",
    "department": "Department · employee no.",
    "date_handover": "Handed over on",
    "date_return": "Returned on",
    "due_back": "To be returned by",
    "no_due": "no set date (for as long as the holder's duties require it)",
    "officer": "Security officer",
    "officer_unset": "the security officer (contact not set yet)",
    "devices": "Devices",
    "col_tag": "Tag",
    "col_device": "Device",
    "col_serial": "Serial no.",
    "col_imei": "IMEI",
    "col_encryption": "Encryption",
    "col_condition": "Condition",
    "override": "{tags}: handed over by exception to the encryption policy, on a manager's decision: "
    "“{reason}”. The device must be encrypted as soon as possible.",
    "duties_intro": "The holder's duties (IT charter)",
    "duty_lock": "Lock your session, or close it, whenever you step away from the device, even for a moment.",
    "duty_encrypt": "Keep the device encrypted and up to date: install security updates promptly and never "
    "switch off disk encryption.",
    "duty_credentials": "Never lend your passwords, badges or other credentials and never use someone else's; "
    "change them at once if you suspect they have leaked.",
    "duty_theft": "Protect the device against theft (cable lock, locked drawer) and never leave it unattended "
    "in a car or a public place.",
    "duty_report": "Report any loss, theft or suspected compromise of the device at once to the security "
    "officer: {officer}.",
    "duty_return": "Give the device and its accessories back when asked to, and when you leave the company.",
    "ack_handover": "The holder acknowledges receiving the devices listed above in the condition stated, and "
    "undertakes to respect the duties above.",
    "ack_return": "The organisation acknowledges receiving back the devices listed above, in the condition "
    "stated. Any data left on them will be erased before the devices are used again.",
    "sign_holder": "The holder — name, date and signature",
    "sign_org": "For {org} — name, date and signature",
    "remark": "Remark at return",
    "signed_by": "Signed on screen by {name}, {at}",
}

_FR = {
    "title_handover": "Bon de remise de matériel",
    "title_return": "Bon de restitution de matériel",
    "number_handover": "Bon n°",
    "number_return": "Restitution des appareils remis par le bon n°",
    "organisation": "Organisation",
    "holder": "Détenteur",
    "department": "Service · matricule",
    "date_handover": "Remis le",
    "date_return": "Restitué le",
    "due_back": "À restituer le",
    "no_due": "pas de date fixée (tant que les missions du détenteur l'exigent)",
    "officer": "Responsable de la sécurité",
    "officer_unset": "le responsable de la sécurité (coordonnées à renseigner)",
    "devices": "Appareils",
    "col_tag": "Étiquette",
    "col_device": "Appareil",
    "col_serial": "N° de série",
    "col_imei": "IMEI",
    "col_encryption": "Chiffrement",
    "col_condition": "État",
    "override": "{tags} : remis par dérogation à la politique de chiffrement, sur décision d'un "
    "responsable : « {reason} ». L'appareil doit être chiffré dès que possible.",
    "duties_intro": "Les engagements du détenteur (charte informatique)",
    "duty_lock": "Verrouillez votre session, ou fermez-la, dès que vous vous éloignez de l'appareil, même un instant.",
    "duty_encrypt": "Gardez l'appareil chiffré et à jour : installez sans tarder les correctifs de sécurité et "
    "ne désactivez jamais le chiffrement du disque.",
    "duty_credentials": "Ne prêtez jamais vos mots de passe, badges ou autres moyens d'authentification et "
    "n'utilisez pas ceux d'un tiers ; changez-les sans attendre si vous soupçonnez une divulgation.",
    "duty_theft": "Protégez l'appareil contre le vol (câble antivol, tiroir fermé à clé) et ne le laissez "
    "jamais sans surveillance dans un véhicule ou un lieu public.",
    "duty_report": "Signalez sans délai toute perte, tout vol ou toute compromission, même seulement "
    "soupçonnée, au responsable de la sécurité : {officer}.",
    "duty_return": "Rendez l'appareil et ses accessoires à la demande, et lors de votre départ de l'entreprise.",
    "ack_handover": "Le détenteur reconnaît avoir reçu les appareils ci-dessus dans l'état indiqué et "
    "s'engage à respecter les engagements ci-dessus.",
    "ack_return": "L'organisation reconnaît avoir reçu en retour les appareils ci-dessus, dans l'état "
    "indiqué. Les données qui y resteraient seront effacées avant toute réutilisation.",
    "sign_holder": "Le détenteur — nom, date et signature",
    "sign_org": "Pour {org} — nom, date et signature",
    "remark": "Remarque à la restitution",
    "signed_by": "Signé à l'écran par {name}, le {at}",
}

WORDS: dict[str, dict[str, str]] = {"en": _EN, "fr": _FR}

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "laptop": "laptop",
        "desktop": "desktop",
        "smartphone": "smartphone",
        "tablet": "tablet",
        "monitor": "monitor",
        "peripheral": "peripheral",
        "other": "other",
        "unknown": "unknown",
        "none": "none",
        "partial": "partial",
        "encrypted": "encrypted",
        "good": "good",
        "fair": "fair",
        "poor": "poor",
        "broken": "broken",
        "lost": "lost",
        "stolen": "stolen",
        "damaged": "damaged",
        "compromised": "compromised",
        "yes": "yes",
        "no": "no",
        "open": "open",
        "closed": "closed",
        "recovered": "recovered",
        "written_off": "written off",
        "repaired": "repaired",
        "security_officer_notified": "Security officer notified",
        "credentials_revoked": "Credentials revoked",
        "remote_lock": "Remote lock",
        "remote_wipe": "Remote wipe",
        "police_report": "Police report filed",
        "cnil_notified": "CNIL notified",
        "likely_notifiable": "likely notifiable breach",
        "low_risk": "breach, low risk",
        "no_personal_data": "no personal data",
        "not_a_breach": "not a breach",
        "reason_damaged": "a damaged device that stayed in our hands exposes no data",
        "reason_no_personal_data": "the device holds no personal data",
        "reason_compromised": "a compromised device exposes its data whatever its disk encryption",
        "reason_encrypted": "the device was encrypted: its data is unintelligible to whoever holds it",
        "reason_not_encrypted": "the device was not encrypted and may hold personal data",
        "reason_partly_encrypted": "the device was only partly encrypted: its unencrypted part may hold personal data",
    },
    "fr": {
        "laptop": "ordinateur portable",
        "desktop": "ordinateur fixe",
        "smartphone": "smartphone",
        "tablet": "tablette",
        "monitor": "écran",
        "peripheral": "périphérique",
        "other": "autre",
        "unknown": "inconnu",
        "none": "aucun",
        "partial": "partiel",
        "encrypted": "chiffré",
        "good": "bon",
        "fair": "correct",
        "poor": "usé",
        "broken": "hors service",
        "lost": "perte",
        "stolen": "vol",
        "damaged": "dommage",
        "compromised": "compromission",
        "yes": "oui",
        "no": "non",
        "open": "ouvert",
        "closed": "clos",
        "recovered": "retrouvé",
        "written_off": "passé en perte",
        "repaired": "réparé",
        "security_officer_notified": "Responsable sécurité prévenu",
        "credentials_revoked": "Accès révoqués",
        "remote_lock": "Verrouillage à distance",
        "remote_wipe": "Effacement à distance",
        "police_report": "Plainte déposée",
        "cnil_notified": "CNIL notifiée",
        "likely_notifiable": "violation probablement à notifier",
        "low_risk": "violation, risque faible",
        "no_personal_data": "pas de données personnelles",
        "not_a_breach": "pas une violation",
        "reason_damaged": "un appareil endommagé resté entre nos mains n'expose aucune donnée",
        "reason_no_personal_data": "l'appareil ne contient pas de données personnelles",
        "reason_compromised": "un appareil compromis expose ses données, chiffrement du disque ou non",
        "reason_encrypted": "l'appareil était chiffré : ses données sont inintelligibles pour qui le détient",
        "reason_not_encrypted": "l'appareil n'était pas chiffré et peut contenir des données personnelles",
        "reason_partly_encrypted": (
            "l'appareil n'était que partiellement chiffré : sa partie non chiffrée peut contenir "
            "des données personnelles"
        ),
    },
}


def label(lang: str, value: str | None) -> str:
    """The word for a stored identifier in `lang`; unknown identifiers are shown as they are."""
    if value is None:
        return "—"
    return _LABELS.get(lang, _LABELS["en"]).get(value, value)


def cell(lang: str, value: str | None) -> str:
    """`label` as a table cell shows it: capitalised ("Vol", "Partiel"), never a bare lowercase code."""
    text = label(lang, value)
    return text[:1].upper() + text[1:]
