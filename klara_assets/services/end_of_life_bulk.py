"""One end-of-life step for several devices at once, all or nothing (issue 14 §6: fewer steps).

`for_each(ctx, tags, step)` runs `step(ctx, tag)` (retire, record a sanitization, route...) for each tag
in one transaction: a refusal for any device rolls back every device, and its message starts with the
device's tag so the user knows which one. The result is the merged `Changes`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from klara_assets.domain.changes import Changes
from klara_assets.domain.errors import KlaraError, ValidationFailed
from klara_assets.services.context import ServiceContext


def for_each(ctx: ServiceContext, tags: Sequence[str], step: Callable[[ServiceContext, str], Changes]) -> Changes:
    if not tags:
        raise ValidationFailed("Choose at least one device.", code="no_device_chosen", field="tags")
    changes = Changes({})
    with ctx.transaction():
        for tag in tags:
            try:
                changes = changes.merge(step(ctx, tag))
            except KlaraError as exc:
                if len(tags) > 1:
                    exc.message = f"{tag}: {exc.message}"
                    exc.args = (exc.message,)
                raise
    return changes
