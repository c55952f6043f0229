"""The context every use case runs in: the open store, who is acting, and the clock."""

from __future__ import annotations

import contextlib
import getpass
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.formats import Formats
from enquirydesk.domain.settings import ShopSettings
from enquirydesk.i18n import QT_TRANSLATE_NOOP, translate
from enquirydesk.store import queries
from enquirydesk.store.changelog import Tx
from enquirydesk.store.database import Store
from enquirydesk.store.models import CatalogItem

#: What an unknown catalogue key typed by a user is refused with, by the field it was for.
_UNKNOWN_KEY = {
    "channel": QT_TRANSLATE_NOOP("CatalogKeys", "Unknown channel {key}; use one of: {keys}."),
    "source": QT_TRANSLATE_NOOP("CatalogKeys", "Unknown source {key}; use one of: {keys}."),
    "decision factor": QT_TRANSLATE_NOOP(
        "CatalogKeys", "Unknown decision factor {key}; use one of: {keys}."
    ),
    "lost reason": QT_TRANSLATE_NOOP(
        "CatalogKeys", "Unknown lost reason {key}; use one of: {keys}."
    ),
}

#: Progress of long work: (done, total) → False to cancel.
Progress = Callable[[int, int], bool | None]


class Cancelled(Exception):
    """The user cancelled; the transaction was rolled back and nothing was written."""


@dataclass(frozen=True)
class Actor:
    """Who makes a change: a staff member, or a named program user without one."""

    name: str
    staff_id: int | None = None


def user_name() -> str:
    """The operating-system user running the program, or "" when there is none."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment (e.g. a service account)
        return ""


def system_clock() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class Changes:
    """What one operation changed (Anki's OpChanges): table name → row ids."""

    operation_id: int | None
    summary: str
    changed: Mapping[str, frozenset[int]] = field(default_factory=dict)
    created: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    #: A bulk load (demo data, an import): too many rows to name, everything may differ.
    everything: bool = False

    @classmethod
    def of(cls, tx: Tx) -> Changes:
        return cls(
            operation_id=tx.operation_id,
            summary=tx.summary,
            changed={k: frozenset(v) for k, v in tx.changed.items()},
            created={k: tuple(v) for k, v in tx.created.items()},
        )

    def touches(self, *entities: str) -> bool:
        return self.everything or any(self.changed.get(e) for e in entities)

    def created_id(self, entity: str) -> int:
        return self.created[entity][0]


class Context:
    """Passed to every use case. Caches the shop settings until a settings change."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        clock: Callable[[], datetime] = system_clock,
    ) -> None:
        self.store = store
        self.actor = actor
        self._clock = clock
        self._settings: ShopSettings | None = None
        self._catalogs: dict[type[CatalogItem], dict[str, int]] = {}

    def now(self) -> datetime:
        return self._clock().replace(microsecond=0)

    @property
    def settings(self) -> ShopSettings:
        if self._settings is None:
            self._settings = ShopSettings(queries.settings_values())
        return self._settings

    @property
    def formats(self) -> Formats:
        """How money, numbers, dates and phone numbers read for this shop, in the
        language the program speaks now."""
        return self.settings.formats()

    def catalog_ids(self, model: type[CatalogItem]) -> dict[str, int]:
        """key → id of a catalogue (channels, sources, factors, reasons), cached."""
        if model not in self._catalogs:
            self._catalogs[model] = queries.catalog_ids(model)
        return self._catalogs[model]

    def catalog_id(self, model: type[CatalogItem], key: str | None, field: str) -> int | None:
        """The id for a key typed by a user, or a clear error naming the known keys."""
        if key is None or not key.strip():
            return None
        ids = self.catalog_ids(model)
        found = ids.get(key.strip().lower())
        if found is None:
            # Each field a use case asks about has its own sentence above (any other
            # would be a new use case's: it reads in English until given one).
            message = _UNKNOWN_KEY.get(field)
            text = (
                translate("CatalogKeys", message)
                if message
                else f"Unknown {field} {{key}}; use one of: {{keys}}."
            )
            raise ValidationError(
                field,
                f"{field}.unknown",
                text.format(key=repr(key.strip()), keys=", ".join(ids)),
            )
        return found

    def forget_cache(self) -> None:
        """Drop cached settings and catalogues (after they change)."""
        self._settings = None
        self._catalogs.clear()

    def with_actor(self, actor: Actor) -> Context:
        other = Context(self.store, actor, self._clock)
        other._settings = self._settings
        other._catalogs = self._catalogs
        return other

    @contextlib.contextmanager
    def write(self, action: str, summary: str = "") -> Iterator[Tx]:
        with self.store.write(
            actor=self.actor.name,
            staff_id=self.actor.staff_id,
            action=action,
            summary=summary,
            at=self.now(),
        ) as tx:
            yield tx
