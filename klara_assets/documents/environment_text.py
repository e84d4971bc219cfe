"""French and English wording of the environmental report, written from the customer's environmental
charter in our own words (inform transparently; give IT equipment a second life before recycling).
"""

from __future__ import annotations

from typing import Any

TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Environmental report {year}",
        "subtitle": "{org} · IT equipment · figures as of {date}",
        "key_figures": "Key figures",
        "active": "Active fleet (in stock, assigned or in repair)",
        "devices": "{n} devices",
        "embodied": "Embodied emissions of the active fleet",
        "age": "Average age · expected lifetime",
        "age_value": "{age} years · {life} years",
        "eol": "End-of-life devices (disposal batches closed in the year)",
        "reused": "Given a second life (reused or refurbished)",
        "reused_value": "{n} devices · reuse rate {rate} %",
        "avoided": "Emissions avoided by reuse",
        "weee": "Electrical waste (WEEE) sent to recycling",
        "by_category": "By category",
        "columns": [
            "Category",
            "Active",
            "kg CO2e embodied",
            "Average age (years)",
            "Lifetime (years)",
            "End of life",
            "Second life",
            "Recycled",
            "kg CO2e avoided",
            "kg WEEE",
        ],
        "total": "Total",
        "method": "Method",
        "method_text": [
            "Embodied emissions are those of making, transporting and disposing of a device, outside its use. "
            "For the active fleet they are the number of devices of each category times the category's factor.",
            "The average age runs from the purchase date to the end of the year (or today during the year); "
            "devices without a purchase date are left out of it. It is set against the expected lifetime of "
            "each category, weighted by the number of devices.",
            "A device is given a second life when it leaves in a disposal batch closed during the year with the "
            "outcome reused or refurbished. The reuse rate divides those devices by every device that left in "
            "the year's closed batches.",
            "Each device given a second life avoids the making of most of a new one: its category's embodied "
            "emissions times the reuse share in the table below (refurbishing itself has a footprint). "
            "Waste sent to recycling is the weight of the devices recycled or destroyed: the weight recorded "
            "for the batch item, else the device's, else the category default.",
            "Embodied emissions and weights are the published figures named in the table; expected lifetimes are "
            "the end-of-life ages of the settings, and the reuse share (80 %) is our assumption, of the order "
            "that ADEME's 2022 study of refurbished devices reports.",
            "These are estimates from average factors per category, not a measurement of each device. A figure "
            "set by the organisation in the settings replaces the published one and says so in the table.",
        ],
        "factors": "Factors used",
        "factor_columns": ["Category", "kg CO2e", "Weight (kg)", "Lifetime (years)", "Reuse share", "Source"],
        "sources": "Sources",
        "page": "Klara Assets · environmental report · page {page}",
    },
    "fr": {
        "title": "Rapport environnemental {year}",
        "subtitle": "{org} · équipements informatiques · chiffres au {date}",
        "key_figures": "Chiffres clés",
        "active": "Parc actif (en stock, attribué ou en réparation)",
        "devices": "{n} appareils",
        "embodied": "Émissions grises du parc actif",
        "age": "Âge moyen · durée de vie attendue",
        "age_value": "{age} ans · {life} ans",
        "eol": "Appareils en fin de vie (lots clos dans l'année)",
        "reused": "Seconde vie (réemploi ou reconditionnement)",
        "reused_value": "{n} appareils · taux de réemploi {rate} %",
        "avoided": "Émissions évitées par le réemploi",
        "weee": "Déchets d'équipements (DEEE) envoyés au recyclage",
        "by_category": "Par catégorie",
        "columns": [
            "Catégorie",
            "Actifs",
            "kg CO2e gris",
            "Âge moyen (ans)",
            "Durée de vie (ans)",
            "Fin de vie",
            "Seconde vie",
            "Recyclés",
            "kg CO2e évités",
            "kg DEEE",
        ],
        "total": "Total",
        "method": "Méthode",
        "method_text": [
            "Les émissions grises sont celles de la fabrication, du transport et de la fin de vie d'un appareil, "
            "hors utilisation. Pour le parc actif, c'est le nombre d'appareils de chaque catégorie multiplié "
            "par le facteur de la catégorie.",
            "L'âge moyen court de la date d'achat à la fin de l'année (ou à aujourd'hui pendant l'année) ; "
            "les appareils sans date d'achat n'y entrent pas. Il est comparé à la durée de vie attendue de "
            "chaque catégorie, pondérée par le nombre d'appareils.",
            "Un appareil reçoit une seconde vie quand il part dans un lot clos pendant l'année avec l'issue "
            "réemploi ou reconditionnement. Le taux de réemploi rapporte ces appareils à tous ceux partis dans "
            "les lots clos de l'année.",
            "Chaque appareil réemployé évite la fabrication de l'essentiel d'un appareil neuf : les émissions "
            "grises de sa catégorie multipliées par la part évitée du tableau ci-dessous (le reconditionnement "
            "a lui-même une empreinte). Les déchets envoyés au recyclage sont le poids des appareils recyclés "
            "ou détruits : le poids noté pour l'article du lot, sinon celui de l'appareil, sinon celui par défaut.",
            "Les émissions grises et les poids sont les chiffres publiés cités dans le tableau ; les durées de vie "
            "attendues sont les âges de fin de vie des réglages, et la part évitée (80 %) est notre hypothèse, de "
            "l'ordre de ce que rapporte l'étude ADEME de 2022 sur les appareils reconditionnés.",
            "Ce sont des estimations à partir de facteurs moyens par catégorie, pas une mesure de chaque "
            "appareil. Un facteur fixé par l'organisation dans les réglages remplace le facteur publié et le "
            "tableau l'indique.",
        ],
        "factors": "Facteurs utilisés",
        "factor_columns": ["Catégorie", "kg CO2e", "Poids (kg)", "Durée de vie (ans)", "Part évitée", "Source"],
        "sources": "Sources",
        "page": "Klara Assets · rapport environnemental · page {page}",
    },
}


# The shipped factors' sources (resources/emission_factors.json is English) in French; a source someone
# typed in the settings is shown as typed.
SOURCES_FR: dict[str, str] = {
    "ADEME, Base Empreinte (base-empreinte.ademe.fr): the French public database of carbon footprint factors, "
    "including IT equipment.": "ADEME, Base Empreinte (base-empreinte.ademe.fr) : la base publique française des "
    "facteurs d'empreinte carbone, équipements informatiques compris.",
    "NegaOctet: life-cycle assessment database of digital equipment and services, supported by ADEME.": "NegaOctet "
    ": base d'analyses de cycle de vie des équipements et services numériques, soutenue par l'ADEME.",
    "Boavizta (boavizta.org): open data and tools on the environmental footprint of IT equipment, which "
    "republishes the figures above per device.": "Boavizta (boavizta.org) : données et outils ouverts sur "
    "l'empreinte environnementale des équipements informatiques, qui republie les chiffres ci-dessus par "
    "appareil.",
    "ADEME (2022), study of the environmental impact of refurbished digital devices compared with new ones: "
    "basis of the reuse share.": "ADEME (2022), étude de l'impact environnemental des équipements numériques "
    "reconditionnés comparés aux neufs : base de la part évitée par le réemploi.",
}
FACTOR_SOURCE_FR = {
    "published": "ADEME Base Empreinte / NegaOctet, publiés par Boavizta",
    "unpublished": "Aucun facteur publié : 0 kg CO2e tant qu'il n'est pas saisi dans les paramètres ; "
    "poids : hypothèse de Klara Assets",
    "set": "fixé par l'organisation ({keys}) ; valeur fournie : {shipped}",
}
