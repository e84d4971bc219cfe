"""The demo generator: a realistic fleet for a 60-person French SaaS company, made through the services.

Deterministic for a seed. `--assets 100000` feeds the benchmarks; people grow with the fleet so that the
holder column stays plausible. Later use cases (custody, incidents, end of life) extend it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.permissions import Permission
from klara_assets.domain.places import Place
from klara_assets.persistence import queries
from klara_assets.services import inventory
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings

DEFAULT_ASSETS = 220

SITES = {
    "Paris": ["Open space A", "Open space B", "Direction", "Stock IT", "Salle serveur"],
    "Lyon": ["Bureau", "Stock"],
    "Nantes": ["Bureau"],
}
STOCK_ROOMS = {"Paris/Stock IT", "Lyon/Stock"}
FIRST = [
    "Camille",
    "Léa",
    "Manon",
    "Chloé",
    "Inès",
    "Jade",
    "Louise",
    "Zoé",
    "Sarah",
    "Emma",
    "Hugo",
    "Lucas",
    "Nathan",
    "Louis",
    "Gabriel",
    "Arthur",
    "Jules",
    "Raphaël",
    "Adam",
    "Théo",
    "Noé",
    "Paul",
    "Maël",
    "Éloïse",
    "Océane",
    "Yasmine",
    "Mehdi",
    "Karim",
    "Agnieszka",
    "Łukasz",
    "Zoltán",
    "Ömer",
    "Björn",
    "Anaïs",
    "Timothée",
    "Bérénice",
    "François",
    "Hélène",
    "Clément",
    "Maëlys",
]
LAST = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Nowak",
    "Kovács",
    "Yılmaz",
    "Nguyen",
    "Benali",
    "Haddad",
    "Lemaire",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
]
DEPARTMENTS = [
    "Engineering",
    "Engineering",
    "Engineering",
    "Product",
    "Sales",
    "Customer Success",
    "Marketing",
    "Finance",
    "People",
    "IT",
]

# category, manufacturer, model, price EUR, storage kind, storage GB, OS, serial prefix, TAC (phones)
MODELS: list[tuple[str, str, str, int, str, int | None, str, str, str]] = [
    ("laptop", "Apple", 'MacBook Pro 14" M3', 2299, "ssd", 512, "macOS 15", "C02", ""),
    ("laptop", "Apple", 'MacBook Air 13" M2', 1299, "ssd", 256, "macOS 15", "FVF", ""),
    ("laptop", "Dell", "Latitude 7440", 1649, "ssd", 512, "Windows 11 Pro", "DL", ""),
    ("laptop", "Lenovo", "ThinkPad T14 Gen 4", 1399, "ssd", 512, "Windows 11 Pro", "PF", ""),
    ("laptop", "HP", "EliteBook 840 G10", 1499, "ssd", 512, "Windows 11 Pro", "5CG", ""),
    ("desktop", "Dell", "OptiPlex 7010 SFF", 899, "ssd", 512, "Windows 11 Pro", "DO", ""),
    ("desktop", "Apple", "Mac mini M2", 799, "ssd", 256, "macOS 15", "H7W", ""),
    ("smartphone", "Apple", "iPhone 15", 969, "flash", 128, "iOS 18", "F2L", "35328115"),
    ("smartphone", "Apple", "iPhone 13", 749, "flash", 128, "iOS 18", "DX3", "35391911"),
    ("smartphone", "Samsung", "Galaxy S23", 899, "flash", 256, "Android 14", "R5C", "35024831"),
    ("smartphone", "Google", "Pixel 8", 799, "flash", 128, "Android 15", "3A1", "35684413"),
    ("tablet", "Apple", 'iPad Air 11" M2', 719, "flash", 128, "iPadOS 18", "DMP", ""),
    ("tablet", "Samsung", "Galaxy Tab S9", 899, "flash", 128, "Android 14", "R52", ""),
    ("monitor", "Dell", 'P2723DE 27"', 389, "none", None, "", "CN0", ""),
    ("monitor", "LG", "27UP850-W", 449, "none", None, "", "LG", ""),
    ("monitor", "Samsung", 'ViewFinity S8 27"', 399, "none", None, "", "HN", ""),
    ("peripheral", "Logitech", "MX Keys S", 119, "none", None, "", "LGK", ""),
    ("peripheral", "Jabra", "Evolve2 65", 229, "none", None, "", "JB", ""),
    ("peripheral", "Dell", "WD19S dock", 229, "none", None, "", "DWD", ""),
]
CATEGORY_SHARE = {
    "laptop": 0.30,
    "desktop": 0.04,
    "smartphone": 0.20,
    "tablet": 0.05,
    "monitor": 0.30,
    "peripheral": 0.11,
}
SUPPLIERS = ["Inmac Wstore", "LDLC Pro", "Apple Business", "Bechtle", "Econocom"]


@dataclass(frozen=True)
class DemoSummary:
    assets: int
    people: int
    locations: int


def luhn_complete(digits14: str) -> str:
    total = 0
    for index, char in enumerate(reversed(digits14)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return digits14 + str((10 - total % 10) % 10)


def _base36(number: int, width: int) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    out = ""
    while number:
        number, rest = divmod(number, len(alphabet))
        out = alphabet[rest] + out
    return out.rjust(width, "0")


def _people(rnd: random.Random, count: int) -> list[tuple[str, str, str]]:
    seen: set[str] = set()
    people: list[tuple[str, str, str]] = []
    while len(people) < count:
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        email = f"{first}.{last}".lower()
        for a, b in (
            ("é", "e"),
            ("è", "e"),
            ("ë", "e"),
            ("ï", "i"),
            ("ö", "o"),
            ("ó", "o"),
            ("á", "a"),
            ("ł", "l"),
            ("ı", "i"),
            ("ç", "c"),
            ("ö", "o"),
            ("ë", "e"),
        ):
            email = email.replace(a, b)
        email = "".join(c for c in email if c.isascii())
        suffix = "" if email not in seen else str(len(people))
        seen.add(email + suffix)
        people.append((f"{first} {last}", f"{email}{suffix}@exemple.fr", rnd.choice(DEPARTMENTS)))
    return people


def _asset_row(rnd: random.Random, index: int, today: date, rooms: list[Place]) -> dict[str, Any]:
    category = rnd.choices(list(CATEGORY_SHARE), weights=list(CATEGORY_SHARE.values()))[0]
    model = rnd.choice([m for m in MODELS if m[0] == category])
    _, manufacturer, name, price, storage, gb, os_name, serial_prefix, tac = model
    purchased = today - timedelta(days=rnd.randint(20, 6 * 365))
    age_years = (today - purchased).days / 365
    row: dict[str, Any] = {
        "category": category,
        "manufacturer": manufacturer,
        "model": name,
        "serial": f"{serial_prefix}{_base36(index, 7)}{rnd.choice('ABCDEFGHJKLMNPQRSTVWXYZ')}",
        "purchased_on": purchased,
        "price": Decimal(price) - Decimal(rnd.choice([0, 0, 50, 100])),
        "supplier": rnd.choice(SUPPLIERS),
        "order_no": f"PO-{purchased.year}-{rnd.randint(100, 999)}",
        "warranty_end": purchased + timedelta(days=365 * (3 if category in ("laptop", "desktop", "monitor") else 2)),
        "os": os_name,
        "storage_kind": storage,
        "storage_gb": gb,
        "condition": rnd.choices(
            ["good", "fair", "poor", "broken"],
            weights=[70, 20 + age_years * 3, 4 + age_years * 2, 1 + age_years],
        )[0],
        "location": rnd.choice(rooms),
    }
    if tac:
        row["imei"] = luhn_complete(f"{tac}{index:06d}"[-14:])
    if storage != "none":
        encrypted = rnd.random() < 0.9
        row["encryption_state"] = "encrypted" if encrypted else rnd.choice(["none", "partial", "unknown"])
        if encrypted:
            method = (
                "FileVault"
                if manufacturer == "Apple" and category in ("laptop", "desktop")
                else ("BitLocker" if category in ("laptop", "desktop") else "Device encryption")
            )
            row["encryption_method"] = method
            row["recovery_key_escrow"] = "Jamf Pro" if manufacturer == "Apple" else "Microsoft Intune"
            row["encryption_checked_at"] = datetime.combine(
                today - timedelta(days=rnd.randint(1, 240)), datetime.min.time()
            )
    return row


def generate(ctx: ServiceContext, assets: int = DEFAULT_ASSETS, seed: int = 2026, progress: Any = None) -> DemoSummary:
    """Fill an empty database; refuses one that already holds assets or people."""
    ctx.require(Permission.DATABASE_MANAGE)
    if assets < 1 or assets > 1_000_000:
        raise ValidationFailed(
            "The demo fleet takes between 1 and 1,000,000 assets.", code="invalid_count", field="assets"
        )
    if not queries.is_empty():
        raise ValidationFailed(
            "The database is not empty: the demo data only goes into an empty database.",
            code="database_not_empty",
        )
    with ctx.transaction():
        return _fill(ctx, assets, random.Random(seed), progress)


DEMO_ORGANISATION = "Démo — Exemple"
DEMO_LEGAL_NAME = "Démo — Exemple SAS"


def _fill(ctx: ServiceContext, assets: int, rnd: random.Random, progress: Any) -> DemoSummary:
    today = ctx.now().date()
    update_settings(
        ctx,
        # clearly a demo on every document (issue 14): no real company's name
        organisation_name=DEMO_ORGANISATION,
        legal_name=DEMO_LEGAL_NAME,
        siret="73282932000074",
        address="12 rue de l’Exemple, 75002 Paris",
        security_officer_name="Sophie Marchand",
        security_officer_email="securite@exemple.fr",
        security_officer_phone="+33 1 84 60 00 00",
        dpo_name="Julien Caron",
        dpo_email="dpo@exemple.fr",
        if_found_text="Si vous trouvez cet appareil : +33 1 84 60 00 00",
    )
    rooms = [Place(site, room) for site, site_rooms in SITES.items() for room in site_rooms]
    for room in rooms:
        inventory.add_location(ctx, room)
    people = _people(rnd, 60 + assets // 50)
    for name, email, department in people:
        site = rnd.choices(list(SITES), weights=[7, 2, 1])[0]
        inventory.add_person(ctx, name, email, department, location=Place(site, SITES[site][0]))
    usable_rooms = [r for r in rooms if r.room != "Salle serveur"]
    chunk = 10_000
    for start in range(0, assets, chunk):
        rows = [_asset_row(rnd, i, today, usable_rooms) for i in range(start + 1, min(start + chunk, assets) + 1)]
        inventory.register_assets(ctx, rows)
        if progress:
            progress(min(start + chunk, assets), assets)
    # Each area adds its step below (custody, incidents, end of life...), one line each, in this order.
    # The areas' steps are imported here: they pull in the document renderers, which start-up never needs.
    from klara_assets.services import audit_demo, custody_demo, end_of_life_demo

    custody_demo.demo_extend(ctx, rnd, today)
    end_of_life_demo.demo_extend(ctx, rnd, today)
    audit_demo.demo_extend(ctx, rnd)
    return DemoSummary(assets=assets, people=len(people), locations=len(rooms))
