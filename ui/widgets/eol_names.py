"""Display names of the end-of-life vocabularies (partner kinds, batch kinds and states, outcomes,
certificate kinds, sanitization fields) in the user's language; stored identifiers stay stable."""

from __future__ import annotations

from ui.tr_noop import QT_TRANSLATE_NOOP
from ui.widgets.display import translated_name

NAMES = {
    "refurbisher": QT_TRANSLATE_NOOP("eol", "Refurbisher"),
    "recycler": QT_TRANSLATE_NOOP("eol", "Recycler"),
    "donee": QT_TRANSLATE_NOOP("eol", "Donee"),
    "eco_organisme": QT_TRANSLATE_NOOP("eol", "Eco-organisme"),
    "refurbishment": QT_TRANSLATE_NOOP("eol", "Refurbishment"),
    "recycling": QT_TRANSLATE_NOOP("eol", "Recycling"),
    "sanitization": QT_TRANSLATE_NOOP("eol", "Data sanitization"),
    "open": QT_TRANSLATE_NOOP("eol", "Open"),
    "shipped": QT_TRANSLATE_NOOP("eol", "Shipped"),
    "closed": QT_TRANSLATE_NOOP("eol", "Closed"),
    "reused": QT_TRANSLATE_NOOP("eol", "Reused"),
    "refurbished": QT_TRANSLATE_NOOP("eol", "Refurbished"),
    "recycled": QT_TRANSLATE_NOOP("eol", "Recycled"),
    "destroyed": QT_TRANSLATE_NOOP("eol", "Destroyed"),
    "clear": QT_TRANSLATE_NOOP("eol", "Clear"),
    "purge": QT_TRANSLATE_NOOP("eol", "Purge"),
    "destroy": QT_TRANSLATE_NOOP("eol", "Destroy"),
    "full": QT_TRANSLATE_NOOP("eol", "Full verification"),
    "sampling": QT_TRANSLATE_NOOP("eol", "Sampling"),
    "other": QT_TRANSLATE_NOOP("eol", "Other"),
    "pass": QT_TRANSLATE_NOOP("eol", "Passed"),
    "fail": QT_TRANSLATE_NOOP("eol", "Failed"),
    "yes": QT_TRANSLATE_NOOP("eol", "Yes"),
    "no": QT_TRANSLATE_NOOP("eol", "No"),
    "unknown": QT_TRANSLATE_NOOP("eol", "Unknown"),
    "internal_reuse": QT_TRANSLATE_NOOP("eol", "Internal reuse"),
    "external_reuse": QT_TRANSLATE_NOOP("eol", "External reuse"),
    "recycling_facility": QT_TRANSLATE_NOOP("eol", "Recycling facility"),
    "manufacturer": QT_TRANSLATE_NOOP("eol", "Manufacturer"),
    "refurbish": QT_TRANSLATE_NOOP("eol", "Refurbish"),
    "recycle": QT_TRANSLATE_NOOP("eol", "Recycle"),
    "overwrite": QT_TRANSLATE_NOOP("eol", "Overwrite"),
    "block erase": QT_TRANSLATE_NOOP("eol", "Block erase"),
    "crypto erase": QT_TRANSLATE_NOOP("eol", "Cryptographic erase"),
    "factory reset": QT_TRANSLATE_NOOP("eol", "Factory reset"),
    "degauss": QT_TRANSLATE_NOOP("eol", "Degauss"),
    "shred": QT_TRANSLATE_NOOP("eol", "Shred"),
    "disintegrate": QT_TRANSLATE_NOOP("eol", "Disintegrate"),
}


def eol_name(value: str) -> str:
    return translated_name("eol", NAMES, value)


partner_kind_name = batch_kind_name = batch_status_name = outcome_name = certificate_kind_name = eol_name
