"""Writes that record themselves: the change log and undo.

Every change a user makes goes through a `Tx`: it writes the row and, in the same
transaction, a `Change` with the values before and after. Undo replays an
operation's changes backwards as a new operation (so the undo is logged and can
itself be undone), after checking nothing has changed those rows since. Forgetting a
customer and purging deleted enquiries are final, and so is every older change to a
purged enquiry: undo refuses them in one sentence.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from peewee import BooleanField, DateTimeField, IntegrityError

from enquirydesk.domain.errors import ConflictError, NotFoundError
from enquirydesk.i18n import translate
from enquirydesk.store import purge as purging
from enquirydesk.store import search_index
from enquirydesk.store.models import BY_ENTITY, BaseModel, Change, Enquiry, Operation
from enquirydesk.store.privacy import FINAL_ACTIONS

# Columns the program sets for itself outside the change log (``notified_at``: a reminder
# was shown). A later change of one never makes an undo refuse as "changed again".
BOOKKEEPING = frozenset({"notified_at"})


def _changed_since(current: dict[str, Any] | None, logged: dict[str, Any] | None) -> bool:
    """Whether a row differs from what the operation left (bookkeeping aside)."""
    if current is None:
        return True
    return any(current.get(k) != v for k, v in (logged or {}).items() if k not in BOOKKEEPING)


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value


def _decode(model: type[BaseModel], name: str, value: Any) -> Any:
    field = model._meta.fields[name]
    if value is not None and isinstance(field, DateTimeField):
        return datetime.fromisoformat(value)
    if value is not None and isinstance(field, BooleanField):
        return bool(value)
    return value


def _field_name(model: type[BaseModel], name: str) -> str:
    """Accept ``customer`` or ``customer_id`` for a foreign key; the log uses field names."""
    fields = model._meta.fields
    if name in fields:
        return name
    for field in fields.values():
        if field.column_name == name:
            return field.name
    raise KeyError(f"{model.__name__} has no field {name}")


def snapshot(model: type[BaseModel], row_id: int) -> dict[str, Any] | None:
    """A row as JSON-ready values keyed by field name (foreign keys as ids)."""
    rows = list(model.select().where(model._meta.primary_key == row_id).dicts())
    if not rows:
        return None
    return {key: _encode(value) for key, value in rows[0].items()}


class Tx:
    """One operation's writes. Obtain from `Store.write`; use only inside that block."""

    def __init__(self, operation_id: int) -> None:
        self.operation_id = operation_id
        self.summary = ""
        self.changed: dict[str, set[int]] = defaultdict(set)
        self.created: dict[str, list[int]] = defaultdict(list)

    def _log(
        self,
        model: type[BaseModel],
        row_id: int,
        kind: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        entity = model._meta.table_name
        Change.insert(
            operation=self.operation_id,
            entity=entity,
            entity_id=row_id,
            kind=kind,
            before=None if before is None else json.dumps(before, ensure_ascii=False),
            after=None if after is None else json.dumps(after, ensure_ascii=False),
        ).execute()
        self.changed[entity].add(row_id)
        if kind == "create":
            self.created[entity].append(row_id)

    def insert(self, model: type[BaseModel], **values: Any) -> int:
        row_id = int(model.insert(**values).execute())
        self._log(model, row_id, "create", None, snapshot(model, row_id))
        return row_id

    def update(self, model: type[BaseModel], row_id: int, **values: Any) -> bool:
        """Set the given fields; log only those whose value really changes. False if none did."""
        before = snapshot(model, row_id)
        if before is None:
            raise NotFoundError(
                #: {kind} is the program's own English name of a record: Enquiry, Customer…
                translate("ChangeLog", "{kind} {number} does not exist.").format(
                    kind=model.__name__, number=row_id
                )
            )
        names = {_field_name(model, key): value for key, value in values.items()}
        changed = {
            name: value
            for name, value in names.items()
            if _encode(getattr(value, "id", value)) != before[name]
        }
        if not changed:
            return False
        model.update({model._meta.fields[n]: v for n, v in changed.items()}).where(
            model._meta.primary_key == row_id
        ).execute()
        after = snapshot(model, row_id)
        assert after is not None
        self._log(
            model,
            row_id,
            "update",
            {n: before[n] for n in changed},
            {n: after[n] for n in changed},
        )
        return True

    def delete(self, model: type[BaseModel], row_id: int) -> None:
        """Remove a row for good (links and rows being undone); users' deletes are soft."""
        before = snapshot(model, row_id)
        if before is None:
            return
        model.delete().where(model._meta.primary_key == row_id).execute()
        self._log(model, row_id, "delete", before, None)

    def reinsert(self, model: type[BaseModel], values: dict[str, Any]) -> int:
        decoded = {name: _decode(model, name, value) for name, value in values.items()}
        row_id = int(model.insert(**decoded).execute())
        if model is Enquiry:  # back under its old id: into the words search again
            search_index.take_in(model._meta.database, row_id)
        self._log(model, row_id, "create", None, snapshot(model, row_id))
        return row_id


def undo_changes(tx: Tx, operation_id: int) -> None:
    """Replay the changes of `operation_id` backwards inside `tx`, refusing on conflicts."""
    operation = Operation.get_or_none(Operation.id == operation_id)
    if operation is None:
        raise NotFoundError(
            translate("ChangeLog", "There is no change number {number} to undo.").format(
                number=operation_id
            )
        )
    if operation.action in FINAL_ACTIONS:
        raise ConflictError(
            translate(
                "ChangeLog", "“{change}” cannot be undone: forgetting a customer is final."
            ).format(change=operation.summary)
        )
    if operation.action == purging.ACTION:
        raise ConflictError(
            translate(
                "ChangeLog", "“{change}” cannot be undone: purging deleted enquiries is final."
            ).format(change=operation.summary)
        )
    if operation.undone_by_id is not None:
        #: {change} is the change's description in the history, such as "Enquiry 12 edited".
        raise ConflictError(
            translate("ChangeLog", "“{change}” was undone already.").format(
                change=operation.summary
            )
        )
    changes = list(
        Change.select().where(Change.operation == operation_id).order_by(Change.id.desc()).tuples()
    )
    if purging.touches_purged((c[2], c[3], c[5], c[6]) for c in changes):
        raise ConflictError(
            translate(
                "ChangeLog", "“{change}” cannot be undone: the enquiry it changed was purged."
            ).format(change=operation.summary)
        )
    stale = translate(
        "ChangeLog", "“{change}” cannot be undone: it was changed again afterwards."
    ).format(change=operation.summary)
    for _, _, entity, entity_id, kind, before_json, after_json in changes:
        model = BY_ENTITY[entity]
        before = json.loads(before_json) if before_json else None
        after = json.loads(after_json) if after_json else None
        current = snapshot(model, entity_id)
        if kind == "create":
            if _changed_since(current, after):
                raise ConflictError(stale)
            try:
                tx.delete(model, entity_id)
            except IntegrityError:
                raise ConflictError(
                    translate(
                        "ChangeLog", "“{change}” cannot be undone: later changes depend on it."
                    ).format(change=operation.summary)
                ) from None
        elif kind == "update":
            if _changed_since(current, after):
                raise ConflictError(stale)
            assert before is not None
            tx.update(model, entity_id, **{k: _decode(model, k, v) for k, v in before.items()})
        else:  # delete
            if current is not None:
                raise ConflictError(stale)
            assert before is not None
            tx.reinsert(model, before)
    Operation.update(undone_by=tx.operation_id).where(Operation.id == operation_id).execute()
