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
from enquirydesk.domain.settings import ShopSettings
from enquirydesk.i18n import translate
from enquirydesk.services.context import Cancelled, Changes, Context, Progress
from enquirydesk.store import bulk, queries
from enquirydesk.store.changelog import Tx
from enquirydesk.store.models import Setting


def checked_values(ctx: Context, values: Mapping[str, Any]) -> dict[str, Any]:
    """The settings among `values` that differ from what is stored, each checked against
    its declaration; an unknown key or a bad value raises before anything is written."""
    checked: dict[str, Any] = {}
    for key, value in values.items():
        setting = declared.BY_KEY.get(key)
        if setting is None:
            raise ValidationError(
                "setting",
                "setting.unknown",
                translate("Settings", "There is no setting called {key}.").format(key=repr(key)),
            )
        checked[key] = setting.check(value)
    current = ctx.settings
    return {
        k: v for k, v in checked.items() if current.values.get(k, declared.BY_KEY[k].default) != v
    }


def write_values(
    ctx: Context, tx: Tx, changed: Mapping[str, Any], progress: Progress | None = None
) -> None:
    """Inside an operation: store `changed`; when the opening hours come out otherwise
    (the hours, the closed days, public holidays, the country whose holidays they are),
    every stored business response time is recomputed in the same transaction."""
    before = ctx.settings
    for key, value in changed.items():
        text = json.dumps(value, sort_keys=True, ensure_ascii=False)
        setting_id = queries.setting_id(key)
        if setting_id is None:
            tx.insert(Setting, key=key, value=text)
        else:
            tx.update(Setting, setting_id, value=text)
    after = ShopSettings({**before.values, **changed})
    if after.hours != before.hours:
        recompute_business_times(after.hours, progress)


def title(key: str) -> str:
    """A setting's title in the user's language."""
    return declared.BY_KEY[key].label


def changed_summary(titles: list[str]) -> str:
    """The change log's words for settings saved: "Settings changed: Shop name, Currency"."""
    if not titles:
        return translate("Settings", "No settings changed")
    return translate("Settings", "Settings changed: {names}").format(names=", ".join(titles))


def update(ctx: Context, values: Mapping[str, Any], progress: Progress | None = None) -> Changes:
    """Set several settings at once; an unknown key or a bad value changes nothing."""
    changed = checked_values(ctx, values)
    if not changed:
        return Changes(operation_id=None, summary=changed_summary([]))
    with ctx.write("settings", changed_summary([title(k) for k in changed])) as tx:
        write_values(ctx, tx, changed, progress)
    ctx.forget_cache()
    return Changes.of(tx)


def recompute_business_times(hours: OpeningHours, progress: Progress | None = None) -> int:
    """Recompute every answered enquiry's business response time (derived data, not logged).
    `progress(done, total)` hears of each batch; answering False cancels (the whole
    operation is rolled back)."""
    pending: list[tuple[int, int]] = []
    count = 0
    total = queries.count_answered() if progress is not None else 0
    for enquiry_id, received, first in queries.answered_times():
        pending.append((response_times(received, first, hours)[1], enquiry_id))
        if len(pending) >= 5000:
            bulk.set_business_seconds(pending)
            count += len(pending)
            pending.clear()
            if progress is not None and progress(count, total) is False:
                raise Cancelled(
                    translate("Settings", "Cancelled; the settings were left as they were.")
                )
    bulk.set_business_seconds(pending)
    return count + len(pending)
