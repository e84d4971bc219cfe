"""The wording of certificates and pickup manifests, in French and English (our own words, after Klara's
charter: a second life first, then certified recycling; and NIST SP 800-88 Rev.1 Appendix G for the
sanitization fields)."""

from __future__ import annotations

from klara_assets.documents import formatting

TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "recycling_title": "Attestation de prise en charge et de recyclage DEEE",
        "refurbishment_title": "Attestation de réemploi",
        "sanitization_title": "Certificat d'effacement des données",
        "manifest_title": "Bordereau d'enlèvement",
        "number": "N° d'attestation",
        "issued_on": "Date d'émission",
        "issued_by": "Émise par",
        "batch": "Lot",
        "supersedes": "Remplace",
        "holder": "Détenteur des équipements",
        "partner": "Prestataire",
        "eco_organisme": "Éco-organisme",
        "legal_name": "Raison sociale",
        "siret": "SIRET",
        "address": "Adresse",
        "certifications": "Certifications",
        "valid_until": "valide jusqu'au",
        "social_economy": "Structure de l'économie sociale et solidaire (ESS)",
        "pickup": "Enlèvement",
        "pickup_date": "Date d'enlèvement",
        "carrier": "Transporteur",
        "tracking_ref": "Bordereau de suivi (BSD / Trackdéchets)",
        "waste_code": "Code déchet",
        "devices": "Équipements",
        "col_tag": "N° d'inventaire",
        "col_category": "Catégorie",
        "col_make": "Marque",
        "col_model": "Modèle",
        "col_serial": "N° de série / IMEI",
        "col_weight": "kg",
        "col_sanitization": "Effacement",
        "col_outcome": "Devenir",
        "totals": "Totaux",
        "total_devices": "Nombre d'équipements",
        "total_weight": "Poids total",
        "total_avoided": "CO2e évité par le réemploi",
        "factors_note": "Facteurs : ADEME Base Empreinte / NegaOctet (via Boavizta), part évitée {share} % de "
        "l'empreinte de fabrication d'un appareil neuf.",
        "recycling_statement": "Le prestataire atteste avoir pris en charge les équipements ci-dessous, "
        "dont les données avaient été effacées, et les avoir traités dans une filière de recyclage des "
        "déchets d'équipements électriques et électroniques conforme à la réglementation.",
        "refurbishment_statement": "Le prestataire atteste avoir pris en charge les équipements ci-dessous, "
        "dont les données avaient été effacées, pour leur donner une seconde vie par le reconditionnement "
        "ou le réemploi, conformément à l'engagement de Klara de prolonger la durée de vie de son matériel.",
        "sanitization_statement": "Les supports ci-dessous ont été effacés selon la méthode indiquée "
        "(NIST SP 800-88 Rév. 1) et le résultat vérifié.",
        "signature_holder": "Pour le détenteur : nom, date, signature",
        "signature_partner": "Pour le prestataire : nom, date, signature et cachet",
        "signature_carrier": "Pour le transporteur : nom, date, signature",
        "signature_operator": "Effacement réalisé par : signature, date",
        "signature_validator": "Validé par (nom, fonction, date, signature)",
        "verify": "Vérification : le QR code porte le numéro et l'empreinte du contenu. "
        "Commande : klara-assets certificate verify FICHIER.pdf",
        "page": "page",
        "person": "Personne ayant réalisé l'effacement",
        "name": "Nom",
        "title": "Fonction",
        "organisation": "Organisation",
        "location": "Lieu",
        "phone": "Téléphone",
        "media": "Support",
        "make": "Marque",
        "model": "Modèle",
        "serial": "N° de série",
        "property_number": "N° d'inventaire",
        "media_type": "Type de support",
        "source": "Provenance (dernier détenteur)",
        "classification": "Classification",
        "data_backed_up": "Données sauvegardées",
        "backup_location": "Lieu de sauvegarde",
        "sanitization": "Effacement",
        "method_type": "Type de méthode",
        "technique": "Technique",
        "tool": "Outil et version",
        "verification": "Méthode de vérification",
        "result": "Résultat",
        "post_classification": "Classification après effacement",
        "performed_at": "Date",
        "vendor_report_id": "Rapport de l'outil",
        "notes": "Remarques",
        "destination": "Destination",
        "validation": "Validation",
        "manifest_statement": "Équipements remis au transporteur pour le prestataire ci-dessus. "
        "À signer à l'enlèvement et à la réception.",
        "signature_receiver": "Pour le destinataire : nom, date, signature",
    },
    "en": {
        "recycling_title": "WEEE take-back and recycling certificate",
        "refurbishment_title": "Certificate of reuse",
        "sanitization_title": "Certificate of data sanitization",
        "manifest_title": "Pickup manifest",
        "number": "Certificate no.",
        "issued_on": "Issued on",
        "issued_by": "Issued by",
        "batch": "Batch",
        "supersedes": "Supersedes",
        "holder": "Owner of the equipment",
        "partner": "Service provider",
        "eco_organisme": "Producer responsibility organisation",
        "legal_name": "Legal name",
        "siret": "SIRET",
        "address": "Address",
        "certifications": "Certifications",
        "valid_until": "valid until",
        "social_economy": "Social and solidarity economy organisation (ESS)",
        "pickup": "Pickup",
        "pickup_date": "Pickup date",
        "carrier": "Carrier",
        "tracking_ref": "Waste tracking reference (BSD / Trackdéchets)",
        "waste_code": "Waste code",
        "devices": "Equipment",
        "col_tag": "Asset tag",
        "col_category": "Category",
        "col_make": "Make",
        "col_model": "Model",
        "col_serial": "Serial / IMEI",
        "col_weight": "kg",
        "col_sanitization": "Sanitization",
        "col_outcome": "Outcome",
        "totals": "Totals",
        "total_devices": "Devices",
        "total_weight": "Total weight",
        "total_avoided": "CO2e avoided by reuse",
        "factors_note": "Factors: ADEME Base Empreinte / NegaOctet (through Boavizta); reuse spares {share} % of "
        "a new device's manufacturing footprint.",
        "recycling_statement": "The service provider certifies that it took charge of the equipment listed "
        "below, whose data had been sanitized, and treated it through a compliant recycling channel for "
        "waste electrical and electronic equipment.",
        "refurbishment_statement": "The service provider certifies that it took charge of the equipment "
        "listed below, whose data had been sanitized, to give it a second life through refurbishment or "
        "reuse, in line with Klara's commitment to extend the life of its equipment.",
        "sanitization_statement": "The media below were sanitized with the stated method (NIST SP 800-88 "
        "Rev. 1) and the result was verified.",
        "signature_holder": "For the owner: name, date, signature",
        "signature_partner": "For the service provider: name, date, signature and stamp",
        "signature_carrier": "For the carrier: name, date, signature",
        "signature_operator": "Sanitized by: signature, date",
        "signature_validator": "Validated by (name, title, date, signature)",
        "verify": "Verification: the QR code carries the number and the digest of the content. "
        "Command: klara-assets certificate verify FILE.pdf",
        "page": "page",
        "person": "Person performing sanitization",
        "name": "Name",
        "title": "Title",
        "organisation": "Organisation",
        "location": "Location",
        "phone": "Phone",
        "media": "Media information",
        "make": "Make / manufacturer",
        "model": "Model",
        "serial": "Serial number",
        "property_number": "Property number (asset tag)",
        "media_type": "Media type",
        "source": "Source (last holder)",
        "classification": "Classification",
        "data_backed_up": "Data backed up",
        "backup_location": "Backup location",
        "sanitization": "Sanitization details",
        "method_type": "Method type",
        "technique": "Method used (technique)",
        "tool": "Tool used (and version)",
        "verification": "Verification method",
        "result": "Result",
        "post_classification": "Post-sanitization classification",
        "performed_at": "Date",
        "vendor_report_id": "Tool report id",
        "notes": "Notes",
        "destination": "Media destination",
        "validation": "Validation",
        "manifest_statement": "Equipment handed to the carrier for the service provider above. "
        "To be signed at pickup and at receipt.",
        "signature_receiver": "For the receiver: name, date, signature",
    },
}

VALUES: dict[str, dict[str, str]] = {
    "fr": {
        "laptop": "Portable",
        "desktop": "Poste fixe",
        "smartphone": "Smartphone",
        "tablet": "Tablette",
        "monitor": "Écran",
        "peripheral": "Périphérique",
        "other": "Autre",
        "clear": "Clear",
        "purge": "Purge",
        "destroy": "Destroy",
        "reused": "Réemployé",
        "refurbished": "Reconditionné",
        "recycled": "Recyclé",
        "destroyed": "Détruit",
        "pass": "Réussi",
        "fail": "Échec",
        "full": "Complète",
        "sampling": "Par échantillonnage",
        "internal_reuse": "Réemploi interne",
        "external_reuse": "Réemploi externe",
        "recycling_facility": "Centre de recyclage",
        "manufacturer": "Fabricant",
        "yes": "Oui",
        "no": "Non",
        "unknown": "Inconnu",
        "none": "Aucun",
        "recycling": "recyclage",
        "refurbishment": "réemploi",
        "overwrite": "Écrasement",
        "block erase": "Effacement par blocs",
        "crypto erase": "Effacement cryptographique",
        "factory reset": "Réinitialisation d'usine",
        "degauss": "Démagnétisation",
        "shred": "Broyage",
        "disintegrate": "Désintégration",
    },
    "en": {
        "laptop": "Laptop",
        "desktop": "Desktop",
        "smartphone": "Smartphone",
        "tablet": "Tablet",
        "monitor": "Monitor",
        "peripheral": "Peripheral",
        "other": "Other",
        "clear": "Clear",
        "purge": "Purge",
        "destroy": "Destroy",
        "reused": "Reused",
        "refurbished": "Refurbished",
        "recycled": "Recycled",
        "destroyed": "Destroyed",
        "pass": "Pass",
        "fail": "Fail",
        "full": "Full",
        "sampling": "Sampling",
        "internal_reuse": "Internal reuse",
        "external_reuse": "External reuse",
        "recycling_facility": "Recycling facility",
        "manufacturer": "Manufacturer",
        "yes": "Yes",
        "no": "No",
        "unknown": "Unknown",
        "none": "None",
        "recycling": "recycling",
        "refurbishment": "refurbishment",
        "overwrite": "Overwrite",
        "block erase": "Block erase",
        "crypto erase": "Cryptographic erase",
        "factory reset": "Factory reset",
        "degauss": "Degauss",
        "shred": "Shred",
        "disintegrate": "Disintegrate",
    },
}


def words(lang: str) -> dict[str, str]:
    return TEXT.get(lang, TEXT["en"])


def value(lang: str, raw: str | None) -> str:
    """A stored identifier in the document's language (unknown identifiers are shown as they are)."""
    if not raw:
        return ""
    return VALUES.get(lang, VALUES["en"]).get(raw, raw)


def date_text(lang: str, day: object) -> str:
    """25/12/2026 in French, 2026-12-25 in English; empty for no date."""
    if day is None:
        return ""
    iso = day.isoformat()[:10] if hasattr(day, "isoformat") else str(day)
    if lang == "fr" and len(iso) == 10:
        return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"
    return iso


def number_text(lang: str, amount: object, places: int) -> str:
    """`1 234,50` in French, `1,234.50` in English (a thin space groups French thousands)."""
    return formatting.number(lang, amount, places)  # type: ignore[arg-type]
