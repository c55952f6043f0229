"""Three PCs on one shop's server at once: three processes, each on its own connection,
log enquiries, undo some of their own and merge customers, for 30 seconds (less with
ENQUIRYDESK_STRESS_S). Afterwards every acknowledged change is there exactly once: each
enquiry a worker was told was saved exists once (gone only when the worker undid it, and
then its undo was acknowledged), no id twice, every merge's loser merged, and no worker
ever met an error (a deadlock or a serialization failure would be one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import closing

import pytest

from support import plain_connection

SECONDS = float(os.environ.get("ENQUIRYDESK_STRESS_S", "30"))

WORKER = """
import json, sys, time
from enquirydesk.services import customers_merge, history
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store.database import Store

address, name, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
store = Store.open(address)
ctx = Context(store, Actor(name))
end = time.monotonic() + seconds
n = 0
while time.monotonic() < end:
    n += 1
    changes = log_enquiry(ctx, NewEnquiry(channel="chat", name=f"{name} {n}",
                                          phone=f"+38641{name[-1]}{n:05d}"))
    enquiry, customer = changes.created_id("enquiry"), changes.created_id("customer")
    print(json.dumps(["logged", enquiry, customer]), flush=True)
    if n % 5 == 0:
        history.undo(ctx, changes.operation_id)
        print(json.dumps(["undone", enquiry]), flush=True)
    elif n % 7 == 0:
        other = log_enquiry(ctx, NewEnquiry(channel="phone", name=f"{name} {n} again",
                                            phone=f"+38651{name[-1]}{n:05d}"))
        print(json.dumps(["logged", other.created_id("enquiry"), other.created_id("customer")]),
              flush=True)
        customers_merge.merge(ctx, customer, other.created_id("customer"))
        print(json.dumps(["merged", other.created_id("customer"), customer]), flush=True)
store.close()
"""


def test_three_pcs_logging_undoing_and_merging_at_once_lose_and_double_nothing(
    server_database: str,
) -> None:
    from enquirydesk.store.database import Store

    Store.open(server_database).close()  # made once, before the three start
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, server_database, f"PC{n}", str(SECONDS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
        )
        for n in range(3)
    ]
    logged: dict[int, int] = {}
    undone: set[int] = set()
    merged: dict[int, int] = {}
    for worker in workers:
        out, err = worker.communicate(timeout=SECONDS + 120)
        assert worker.returncode == 0, err
        assert "deadlock" not in err.lower() and "serializ" not in err.lower(), err
        for line in out.splitlines():
            kind, *values = json.loads(line)
            if kind == "logged":
                assert values[0] not in logged, "an id acknowledged twice"
                logged[values[0]] = values[1]
            elif kind == "undone":
                undone.add(values[0])
            else:
                merged[values[0]] = values[1]
    assert len(logged) > 30, "the workers hardly ran"
    assert undone and merged
    with closing(plain_connection(server_database)) as connection:
        rows = connection.execute("SELECT id, customer_id, deleted_at FROM enquiry").fetchall()
        losers = dict(
            connection.execute(
                "SELECT id, merged_into_id FROM customer WHERE merged_into_id IS NOT NULL"
            ).fetchall()
        )
    ids = [row[0] for row in rows]
    assert len(ids) == len(set(ids))
    live = {row[0] for row in rows if row[2] is None}
    assert live == set(logged) - undone  # every acknowledged enquiry, none undone, no other
    assert all(losers.get(loser) == keeper for loser, keeper in merged.items())


pytestmark = pytest.mark.slow
