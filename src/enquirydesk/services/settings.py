"""Changing shop settings: validated against their declaration, change-logged, undoable.

When the opening hours change, every stored business response time is recomputed
in the same transaction, so reports always follow the hours the shop has now.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.hours import OpeningHours, response_times
from enquirydesk.services.context import Changes, Context
from enquirydesk.store import bulk, queries
from enquirydesk.store.models import Setting


def update(ctx: Context, values: Mapping[str, Any]) -> Changes:
    """Set several settings at once; an unknown key or a bad value changes nothing."""
    checked: dict[str, Any] = {}
    for key, value in values.items():
        setting = declared.BY_KEY.get(key)
        if setting is None:
            raise ValidationError(
                "setting", "setting.unknown", f"There is no setting called {key!r}."
            )
        checked[key] = setting.check(value)
    current = ctx.settings
    changed = {
        k: v for k, v in checked.items() if current.values.get(k, declared.BY_KEY[k].default) != v
    }
    if not changed:
        return Changes(operation_id=None, summary="No settings changed")
    names = ", ".join(declared.BY_KEY[k].title for k in changed)
    with ctx.write("settings", f"Settings changed: {names}") as tx:
        for key, value in changed.items():
            text = json.dumps(value, sort_keys=True, ensure_ascii=False)
            setting_id = queries.setting_id(key)
            if setting_id is None:
                tx.insert(Setting, key=key, value=text)
            else:
                tx.update(Setting, setting_id, value=text)
        if declared.HOURS.key in changed:
            recompute_business_times(OpeningHours.from_spec(changed[declared.HOURS.key]))
    ctx.forget_cache()
    return Changes.of(tx)


def recompute_business_times(hours: OpeningHours) -> int:
    """Recompute every answered enquiry's business response time (derived data, not logged)."""
    pending: list[tuple[int, int]] = []
    count = 0
    for enquiry_id, received, first in queries.answered_times():
        pending.append((response_times(received, first, hours)[1], enquiry_id))
        if len(pending) >= 5000:
            bulk.set_business_seconds(pending)
            count += len(pending)
            pending.clear()
    bulk.set_business_seconds(pending)
    return count + len(pending)
