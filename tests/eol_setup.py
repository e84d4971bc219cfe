"""Shared set-up for end-of-life tests: an organisation, devices, partners, and a device walked to a
given point of its end of life through the real services."""

from __future__ import annotations

from datetime import date
from typing import Any

from klara_assets.domain.places import Place
from klara_assets.services import batches, end_of_life, inventory, partners, sanitization
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import update_settings

HOLDER_SIRET = "73282932000074"
RECYCLER_SIRET = "41234567000019"
REFURBISHER_SIRET = "38012986600014"
ECO_SIRET = "81234567600017"
RECYCLER = "Valorys Recyclage"
REFURBISHER = "Ateliers du Bocage"


def organisation(ctx: ServiceContext) -> None:
    update_settings(
        ctx,
        organisation_name="Klara",
        legal_name="Klara SAS",
        siret=HOLDER_SIRET,
        address="12 rue de la Paix, 75002 Paris",
    )
    inventory.add_location(ctx, Place.parse("Paris/Stock IT"))
    inventory.add_person(ctx, "Zoé Kovács", "zoe.kovacs@klara.fr", "Engineering")


def device(ctx: ServiceContext, **extra: Any) -> str:
    values = {
        "category": "laptop",
        "manufacturer": "Dell",
        "model": "Latitude 7440",
        "storage_kind": "ssd",
        "storage_gb": 512,
        "purchased_on": "2024-02-01",
        "location": Place.parse("Paris/Stock IT"),
        **extra,
    }
    return str(inventory.register_asset(ctx, **values).result[0])  # type: ignore[index]


def sanitize(ctx: ServiceContext, tag: str, method: str = "purge", result: str = "pass", **extra: Any) -> None:
    sanitization.record_sanitization(
        ctx,
        tag,
        method=method,
        technique={"purge": "crypto erase", "clear": "overwrite", "destroy": "shred"}[method],
        tool="Blancco Drive Eraser 7.12",
        verification="full",
        operator_name="Ömer Yılmaz",
        result=result,
        **extra,
    )


def routed(ctx: ServiceContext, target: str, method: str = "purge", **extra: Any) -> str:
    """A device retired, sanitized and routed to `target` (with a reason, whatever the advice)."""
    tag = device(ctx, **extra)
    end_of_life.retire_asset(ctx, tag, "end of life")
    sanitize(ctx, tag, method)
    end_of_life.route_asset(ctx, tag, target, "test set-up")
    return tag


def recycler(ctx: ServiceContext, valid_until: date = date(2027, 6, 30)) -> None:
    partners.add_partner(
        ctx,
        RECYCLER,
        "recycler",
        RECYCLER_SIRET,
        address="12 rue de l'Industrie, 69200 Vénissieux",
        certifications=[("WEEELABEX", "WLX-FR-0418", valid_until)],
    )


def refurbisher(ctx: ServiceContext, social_economy: bool = True, certifications: Any = ()) -> None:
    partners.add_partner(
        ctx,
        REFURBISHER,
        "refurbisher",
        REFURBISHER_SIRET,
        address="ZA du Bocage, 79140 Le Pin",
        social_economy=social_economy,
        certifications=certifications,
    )


def shipped_batch(ctx: ServiceContext, partner: str, tags: list[str], pickup: str = "2026-11-20") -> str:
    number = str(batches.create_batch(ctx, partner).result)
    batches.add_to_batch(ctx, number, tags)
    batches.ship_batch(ctx, number, pickup=pickup, carrier="Transports Müller", tracking_ref="BSD-2026-0001")
    return number
