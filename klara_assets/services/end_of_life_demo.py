"""The end-of-life part of the demo fleet: retired devices, sanitizations, partners (an ESS refurbisher, a
WEEELABEX recycler, a refurbisher whose certification has EXPIRED, an eco-organisme), a shipped batch and
closed batches with their certificates. Made through the services; a few hundred devices at most, so a
100,000-asset demo stays fast.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from klara_assets.domain.enums import AssetStatus
from klara_assets.domain.permissions import Permission
from klara_assets.domain.routing import RouteTarget
from klara_assets.persistence.models import Asset
from klara_assets.services import batches, certificates, end_of_life, partners, sanitization
from klara_assets.services.context import ServiceContext

REFURBISHER = "Ateliers du Bocage"
RECYCLER = "Valorys Recyclage DEEE"
EXPIRED = "Ordi'Nord Reconditionnement"
ECO = "ecosystem"
TOOLS = ["Blancco Drive Eraser 7.12", "nwipe 0.34", "Apple Configurator 2.17", "Samsung Knox Wipe 3.1"]
OPERATORS = [("Ömer Yılmaz", "Technicien IT"), ("Agnieszka Nowak", "Responsable IT")]


def _partners(ctx: ServiceContext, today: date) -> None:
    year = timedelta(days=365)
    partners.add_partner(
        ctx, REFURBISHER, "refurbisher", "38012986600014", address="ZA du Bocage, 79140 Le Pin",
        contact="contact@ateliers-bocage.example", social_economy=True,
        certifications=[("ISO 14001", "FR-14001-2211", today + year)],
    )  # fmt: skip
    partners.add_partner(
        ctx, RECYCLER, "recycler", "41234567000019", address="12 rue de l'Industrie, 69200 Vénissieux",
        contact="enlevements@valorys.example",
        certifications=[("WEEELABEX", "WLX-FR-0418", today + year), ("ISO 14001", "FR-14001-0931", today + 2 * year)],
    )  # fmt: skip
    partners.add_partner(
        ctx, EXPIRED, "refurbisher", "52345678800018", address="4 allée des Tilleuls, 59000 Lille",
        certifications=[("R2v3", "R2-2023-0077", today - timedelta(days=90))],
    )  # fmt: skip
    partners.add_partner(ctx, ECO, "eco_organisme", "81234567600017", address="1 rue du Recyclage, 75008 Paris")


def _sanitize(ctx: ServiceContext, rnd: random.Random, tag: str, condition: str, category: str, day: date) -> None:
    method = "destroy" if condition == "broken" else ("purge" if rnd.random() < 0.8 else "clear")
    technique = {"destroy": "shred", "purge": "crypto erase", "clear": "overwrite"}[method]
    if category in ("smartphone", "tablet") and method != "destroy":
        technique = "factory reset"
    name, title = rnd.choice(OPERATORS)
    sanitization.record_sanitization(
        ctx, tag, method=method, technique=technique, tool=rnd.choice(TOOLS), verification="full",
        operator_name=name, operator_title=title, operator_location="Paris, Stock IT",
        operator_phone="+33 1 84 60 00 00", classification="Interne", post_classification="Public",
        data_backed_up="yes" if rnd.random() < 0.7 else "no", backup_location="Google Drive (Klara)",
        vendor_report_id=f"RPT-{rnd.randint(100000, 999999)}", performed_at=day,
    )  # fmt: skip


def _retire_and_route(ctx: ServiceContext, rnd: random.Random, today: date, count: int) -> dict[str, list[str]]:
    """Retire up to `count` in-stock candidates; sanitize and route most of them by the advice."""
    found = [c for c in end_of_life.eol_candidates(today, limit=count * 4) if c.status == AssetStatus.IN_STOCK.value]
    routed: dict[str, list[str]] = {RouteTarget.REFURBISH.value: [], RouteTarget.RECYCLE.value: []}
    for index, candidate in enumerate(found[:count]):
        reason = "Fin de vie : " + (
            "état " + candidate.condition if candidate.condition in ("poor", "broken") else "âge"
        )
        end_of_life.retire_asset(ctx, candidate.tag, reason)
        if index % 10 == 9:
            continue  # left retired, waiting for sanitization
        advice = end_of_life.routing_advice(candidate.tag, today)
        if advice.blockers:
            _sanitize(ctx, rnd, candidate.tag, candidate.condition, candidate.category, today - timedelta(days=20))
            advice = end_of_life.routing_advice(candidate.tag, today)
        end_of_life.route_asset(ctx, candidate.tag, advice.target.value)
        routed[advice.target.value].append(candidate.tag)
    return routed


def demo_extend(ctx: ServiceContext, rnd: random.Random, today: date) -> None:
    ctx.require(Permission.DATABASE_MANAGE)
    _partners(ctx, today)
    routed = _retire_and_route(ctx, rnd, today, 12 + min(300, Asset.select().count() // 300))
    recycle, refurbish = routed["recycle"], routed["refurbish"]
    pickup = today - timedelta(days=14)
    if len(recycle) >= 2:
        closed = batches.create_batch(ctx, RECYCLER, eco_organisme=ECO).result
        chosen = recycle[: len(recycle) * 2 // 3]
        batches.add_to_batch(ctx, str(closed), chosen)
        batches.ship_batch(
            ctx, str(closed), pickup=pickup, carrier="Transports Girard", tracking_ref="BSD-2026-118274",
            waste_code="20 01 35*",
        )  # fmt: skip
        batches.close_batch(ctx, str(closed))
        if Asset.select().where(Asset.tag.in_(chosen) & (Asset.storage_kind != "none")).exists():
            # a batch of monitors only has no medium to certify (some seeds draw exactly that)
            certificates.issue_sanitization_certificate(ctx, batch=str(closed))
    if len(refurbish) >= 4:
        half = len(refurbish) // 2
        done = batches.create_batch(ctx, REFURBISHER).result
        batches.add_to_batch(ctx, str(done), refurbish[:half])
        batches.ship_batch(ctx, str(done), pickup=pickup, carrier="Ateliers du Bocage (navette)")
        batches.close_batch(ctx, str(done))
        shipped = batches.create_batch(ctx, REFURBISHER).result
        batches.add_to_batch(ctx, str(shipped), refurbish[half:])
        batches.ship_batch(ctx, str(shipped), pickup=today - timedelta(days=2), carrier="Ateliers du Bocage (navette)")
