"""Helpers for the service tests: log an enquiry in one line, count every table's rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import models


@pytest.fixture
def log(ctx: Context) -> Callable[..., int]:
    """`log(name=..., phone=...)` logs a phone enquiry (unless told otherwise); returns its id."""

    def log_one(**fields: Any) -> int:
        fields.setdefault("channel", "phone")
        return log_enquiry(ctx, NewEnquiry(**fields)).created_id("enquiry")

    return log_one


@pytest.fixture
def row_counts(store) -> Callable[[], dict[str, int]]:
    """The number of rows in every table, to prove that a refused change wrote nothing."""

    def counts() -> dict[str, int]:
        return {model._meta.table_name: model.select().count() for model in models.ALL_MODELS}

    return counts
