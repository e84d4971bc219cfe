"""Recovery keys and other secrets must never be stored (charter, issue 12 §2): one detector for the escrow
field, notes, incident descriptions and imported cells.

What is refused:
- a BitLocker recovery password: 48 digits in 8 groups of 6, with any separator (dash, space, dot, slash,
  underscore, colon, several of them) or none at all;
- a FileVault personal recovery key: 24 upper-case letters and digits in 6 groups of 4 (dash or space),
  with at least one letter and one digit;
- a long secret: 40 or more base32 characters (A-Z, 2-7, at least 2 digits), the form of TOTP seeds and
  API tokens, or a run of 32 or more hexadecimal characters with letters and digits - except exactly 64
  (a SHA-256, how our own certificates and exports name a document) and exactly 40 (a SHA-1 / git hash).

Kept (tested): serial numbers (12-20 characters), IMEIs (15 digits), SIRETs (14 digits), phone numbers,
dates, SHA-256 hashes of our documents, ordinary sentences of four-letter words, mixed-case prose.
"""

from __future__ import annotations

import re

from klara_assets.domain.errors import ValidationFailed

_SEP = r"[\s\-_.:/,;|]{0,3}"
_BITLOCKER = re.compile(rf"(?<!\d)\d{{6}}(?:{_SEP}\d{{6}}){{7}}(?!\d)")
_FILEVAULT = re.compile(r"(?<![A-Z0-9])[A-Z0-9]{4}(?:[\- ][A-Z0-9]{4}){5}(?![A-Z0-9])")
_BASE32 = re.compile(r"(?<![A-Za-z0-9])[A-Z2-7]{40,}=*(?![A-Za-z0-9])")
_HEX = re.compile(r"(?<![A-Za-z0-9])[0-9A-Fa-f]{32,}(?![A-Za-z0-9])")
_DOCUMENT_HASH_LENGTHS = (40, 64)
_SHORTEST = 29  # the shortest text any pattern above matches: a FileVault key, 6 groups of 4 and 5 separators

WHERE_KEYS_LIVE = "the MDM (Intune, Jamf) or the escrow service"


def secret_kind(value: str) -> str | None:
    """The kind of secret `value` contains (`bitlocker`, `filevault`, `secret`), or None."""
    if len(value) < _SHORTEST:
        return None
    if _BITLOCKER.search(value):
        return "bitlocker"
    for match in _FILEVAULT.finditer(value):
        group = match.group(0)
        if any(c.isdigit() for c in group) and any(c.isalpha() for c in group):
            return "filevault"
    for match in _BASE32.finditer(value):
        if sum(c.isdigit() for c in match.group(0)) >= 2:
            return "secret"
    for match in _HEX.finditer(value):
        run = match.group(0)
        if len(run) in _DOCUMENT_HASH_LENGTHS:
            continue
        if any(c.isdigit() for c in run) and any(c.isalpha() for c in run):
            return "secret"
    return None


_NAMES = {
    "bitlocker": "a BitLocker recovery key",
    "filevault": "a FileVault recovery key",
    "secret": "a secret (recovery key or token)",
}


def refuse_secrets(value: str, field: str) -> str:
    """`value` unchanged, or a refusal naming the field and where the key belongs instead."""
    kind = secret_kind(value)
    if kind is not None:
        raise ValidationFailed(
            f"{field} looks like it holds {_NAMES[kind]}: record where the key is escrowed, never the key itself;"
            f" the key lives in {WHERE_KEYS_LIVE}.",
            code="recovery_key_refused",
            field=field,
            kind=kind,
        )
    return value
