"""What other programs save reaches this one as change announcements: each operation
once, with the rows it changed; this program's own are not news to it; on a server the
announcement comes at once (LISTEN/NOTIFY), on a file at the next look."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from enquirydesk.services import live
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry

pytestmark = pytest.mark.both_engines


def add_elsewhere(db, name: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "enquirydesk", "--db", str(db), "add", "--channel", "chat",
         "--name", name],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip


def test_another_program_s_save_is_news_once_and_ours_is_not(ctx: Context, db_path) -> None:
    news = live.news(ctx)
    try:
        log_enquiry(ctx, NewEnquiry(channel="phone", name="Ours"))
        add_elsewhere(db_path, "Theirs")
        found = news.wait(timeout=0.2) + news.wait(timeout=0.2)
        assert len(found) == 1  # theirs only, once
        (theirs,) = found
        assert set(theirs.changed) >= {"enquiry", "customer"} and not theirs.everything
        assert news.wait(timeout=0.1) == []
    finally:
        news.close()


def test_a_server_announces_a_save_at_once(ctx: Context, db_path) -> None:
    if not ctx.store.on_server:
        pytest.skip("a file is looked at every second; nothing announces a save")
    news = live.news(ctx)
    try:
        news.wait(timeout=0.1)  # listening from now on
        add_elsewhere(db_path, "Theirs")
        started = time.monotonic()
        found = news.wait(timeout=10)
        assert found and time.monotonic() - started < 1.0  # woken, not timed out
    finally:
        news.close()
