"""The demo fleet's audits: a closed audit of the smallest office with a few devices missing, one out of
place and one unknown code, and an audit of another office still in progress. Uses the audit use cases.

Scans go one by one through the use case (a few ms each), so on a very large demo fleet, where every room
holds thousands of devices, the step is left out rather than slow the generator down.
"""

from __future__ import annotations

import random

from klara_assets.domain.permissions import Permission
from klara_assets.persistence.audit_queries import audit_view, devices_per_location
from klara_assets.services import audits
from klara_assets.services.context import ServiceContext

MAX_SCANS = 600
SKIPPED_ROOMS = ("Salle serveur",)


def demo_extend(ctx: ServiceContext, rnd: random.Random) -> None:
    ctx.require(Permission.DATABASE_MANAGE)
    rooms = [(n, place) for n, place in devices_per_location() if place.room not in SKIPPED_ROOMS]
    if len(rooms) < 2 or rooms[0][0] + rooms[1][0] // 2 > MAX_SCANS:
        return
    closed = int(str(audits.open_audit(ctx, rooms[0][1]).result))
    expected = [line.tag for line in audit_view(closed).of("missing") if line.tag]
    missing = set(rnd.sample(expected, min(3, len(expected) // 10)))
    for tag in expected:
        if tag not in missing:
            audits.record_scan(ctx, closed, tag)
    ongoing = int(str(audits.open_audit(ctx, rooms[1][1]).result))
    elsewhere = [line.tag for line in audit_view(ongoing).of("missing") if line.tag]
    if elsewhere:
        audits.record_scan(ctx, closed, elsewhere[0])  # a device of the other office found here
    for tag in elsewhere[1 : len(elsewhere) // 2]:
        audits.record_scan(ctx, ongoing, tag)
    audits.record_scan(ctx, closed, "DELL-BOX-88412")  # a code on a cardboard box: no asset matches
    audits.close_audit(ctx, closed)
