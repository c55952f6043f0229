"""Schema versions: create a new file at the latest version, or climb the ladder.

A new database is made from the current models in one step. An existing file is
upgraded by the ordered steps in `STEPS`, one transaction each, after a verified
backup. Tests upgrade a file made with schema version 1 and compare the result
with a freshly created one, so the two paths cannot drift apart.

Steps use `playhouse.migrate` operations (portable to PostgreSQL) or plain SQL,
never the current models, whose shape belongs to the latest version only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from peewee import Database, SqliteDatabase

from enquirydesk.domain import catalog
from enquirydesk.store import customer_index, models, postgres, search_index
from enquirydesk.store.sqlite import APP_NAME

if TYPE_CHECKING:  # loaded when a file is upgraded, not at every start
    from playhouse.migrate import SchemaMigrator

LATEST = 8


def _v2_report_indexes(database: Database, migrator: SchemaMigrator) -> None:
    """Covering indexes for the monthly report; drop the ones they make redundant."""
    for name in (
        "enquiry_received",
        "enquiry_outcome_at",
        "enquiry_customer_id",
        "enquiry_factor_enquiry_id",
        "followup_due",
        "followup_done",
    ):
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    for sql in (
        'CREATE INDEX "enquiry_received_facts" ON "enquiry" ("received_at", "channel_id", '
        '"outcome", "source_id", "lost_reason_id", "response_business_seconds", '
        '"response_seconds", "referred_by_id") WHERE deleted_at IS NULL',
        'CREATE INDEX "enquiry_outcome_facts" ON "enquiry" ("outcome_at", "outcome", '
        '"customer_id", "purchase_value_cents") WHERE deleted_at IS NULL',
        'CREATE INDEX "enquiry_customer" ON "enquiry" ("customer_id", "outcome", "outcome_at", '
        '"deleted_at")',
        'CREATE INDEX "followup_due_state" ON "follow_up" ("due_at", "cancelled_at", "done_at") '
        "WHERE deleted_at IS NULL",
        'CREATE INDEX "followup_done_state" ON "follow_up" ("done_at", "due_at", "cancelled_at") '
        "WHERE deleted_at IS NULL",
        'CREATE INDEX "feedback_complaint_resolved" ON "feedback" ("complaint_resolved_at") '
        "WHERE complaint_resolved_at IS NOT NULL",
    ):
        database.execute_sql(sql)


def _v3_sort_indexes(database: Database, migrator: SchemaMigrator) -> None:
    """An index for sorting the enquiries table by each of its columns."""
    for sql in (
        'CREATE INDEX "enquiry_channel_received" ON "enquiry" ("channel_id", "received_at") '
        "WHERE deleted_at IS NULL",
        'CREATE INDEX "enquiry_staff_received" ON "enquiry" ("taken_by_id", "received_at") '
        "WHERE deleted_at IS NULL",
        'CREATE INDEX "enquiry_outcome_received" ON "enquiry" ("outcome", "received_at") '
        "WHERE deleted_at IS NULL",
        'CREATE INDEX "enquiry_interest" ON "enquiry" ("interest" COLLATE NOCASE) '
        "WHERE deleted_at IS NULL",
        'CREATE INDEX "enquiry_response" ON "enquiry" ("response_business_seconds") '
        "WHERE deleted_at IS NULL",
        'CREATE INDEX "enquiry_value" ON "enquiry" '
        '(coalesce("purchase_value_cents", "estimated_value_cents")) WHERE deleted_at IS NULL',
        'CREATE INDEX "enquiry_next_followup" ON "enquiry" ("next_followup_at") '
        "WHERE deleted_at IS NULL",
        'CREATE INDEX "enquiry_customer_received" ON "enquiry" ("customer_id", "received_at") '
        "WHERE deleted_at IS NULL",
    ):
        database.execute_sql(sql)


def _v4_search_index(database: Database, migrator: SchemaMigrator) -> None:
    """The words-inside search over interest and notes (empty: filled in the background)."""
    search_index.create(database)


def _v5_customer_search(database: Database, migrator: SchemaMigrator) -> None:
    """A customer's other numbers and addresses, the pairs staff said are two people, and
    the search by any word of a name, any digits of a number, any part of an address
    (every customer indexed now)."""
    for sql in (
        'CREATE TABLE "customer_contact_info" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"customer_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, '
        '"value" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id"))',
        'CREATE INDEX "contact_info_customer" ON "customer_contact_info" ("customer_id", "kind")',
        'CREATE INDEX "contact_info_value" ON "customer_contact_info" ("kind", "value")',
        'CREATE TABLE "customer_distinct" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"first_id" INTEGER NOT NULL, "second_id" INTEGER NOT NULL, '
        '"created_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("first_id") REFERENCES "customer" ("id"), '
        'FOREIGN KEY ("second_id") REFERENCES "customer" ("id"))',
        'CREATE UNIQUE INDEX "customer_distinct_pair" ON "customer_distinct" '
        '("first_id", "second_id")',
    ):
        database.execute_sql(sql)
    customer_index.create(database)


def _v6_privacy(database: Database, migrator: SchemaMigrator) -> None:
    """A customer's consent to offers, and the mark of a forgotten customer."""
    for sql in (
        'ALTER TABLE "customer" ADD COLUMN "consent_at" DATETIME',
        'ALTER TABLE "customer" ADD COLUMN "forgotten_at" DATETIME',
    ):
        database.execute_sql(sql)


def _v7_month_indexes(database: Database, migrator: SchemaMigrator) -> None:
    """The report's indexes by received month (a month's counts grouped in index order,
    its medians read at a rank), the purchases of a month with their buyers, and live
    feedback by enquiry and by promoter; a narrow received-time index in place of the
    old wide one."""
    database.execute_sql('DROP INDEX IF EXISTS "enquiry_received_facts"')
    month = 'substr("received_at", 1, 7)'
    answered = "WHERE deleted_at IS NULL AND response_seconds IS NOT NULL"
    for sql in (
        'CREATE INDEX "enquiry_received" ON "enquiry" ("received_at") WHERE deleted_at IS NULL',
        f'CREATE INDEX "enquiry_month_facts" ON "enquiry" ({month}, "channel_id", "outcome", '
        '"source_id", "lost_reason_id", "response_business_seconds", "response_seconds", '
        '"referred_by_id") WHERE deleted_at IS NULL',
        f'CREATE INDEX "enquiry_month_clock" ON "enquiry" ({month}, "response_seconds") {answered}',
        f'CREATE INDEX "enquiry_month_business" ON "enquiry" ({month}, '
        f'"response_business_seconds") {answered}',
        f'CREATE INDEX "enquiry_month_channel_business" ON "enquiry" ({month}, "channel_id", '
        f'"response_business_seconds") {answered}',
        f'CREATE INDEX "enquiry_month_purchases" ON "enquiry" ({month}, "customer_id") '
        "WHERE deleted_at IS NULL AND outcome = 'purchased'",
        'CREATE INDEX "feedback_live_enquiry" ON "feedback" ("enquiry_id") '
        "WHERE deleted_at IS NULL",
        'CREATE INDEX "feedback_live_recommend" ON "feedback" ("customer_id", "recommend") '
        "WHERE deleted_at IS NULL",
    ):
        database.execute_sql(sql)


def _v8_inside_addresses(database: Database, migrator: SchemaMigrator) -> None:
    """Customers found by a run of letters from inside an address's part before the @
    ("kovacic40" in "aljazkovacic40@amis.net"): the customers' word index made anew with
    that part's endings (every customer indexed again after the step); a server gets
    trigram indexes over that part."""
    customer_index.remake(database)


#: version → the step that upgrades a file from version-1 to it.
STEPS: dict[int, Callable[[Database, SchemaMigrator], None]] = {
    2: _v2_report_indexes,
    3: _v3_sort_indexes,
    4: _v4_search_index,
    5: _v5_customer_search,
    6: _v6_privacy,
    7: _v7_month_indexes,
    8: _v8_inside_addresses,
}


def current_version(database: Database) -> int | None:
    """The file's schema version, or None when it has no tables yet."""
    if not database.table_exists("schema_info"):
        return None
    row = models.SchemaInfo.select(models.SchemaInfo.version).order_by(models.SchemaInfo.id).first()
    return None if row is None else row.version


def create_schema(database: Database, now: datetime) -> None:
    """Create every table at the latest version and seed the built-in catalogues."""
    database.create_tables(models.ALL_MODELS)
    if postgres.is_server(database):
        postgres.create_indexes(database)
    search_index.create(database)
    customer_index.create(database)
    for model, pairs in (
        (models.Channel, catalog.CHANNELS),
        (models.Source, catalog.SOURCES),
        (models.DecisionFactor, catalog.DECISION_FACTORS),
        (models.LostReason, catalog.LOST_REASONS),
    ):
        model.insert_many(
            [{"key": key, "sort_order": i} for i, (key, _) in enumerate(pairs)]
        ).execute()
    models.SchemaInfo.insert(app=APP_NAME, version=LATEST, created_at=now).execute()


def upgrade(
    database: Database,
    now: datetime,
    steps: dict[int, Callable[[Database, SchemaMigrator], None]] | None = None,
    latest: int | None = None,
) -> list[int]:
    """Run the missing steps, each in its own transaction; return the versions reached.

    The version is read again inside each step's transaction, so two programs
    upgrading the same file at once do each step exactly once. The planner's
    statistics are brought up to date at the end.
    """
    steps = STEPS if steps is None else steps
    latest = LATEST if latest is None else latest
    migrator = None  # made for the first step to run (most starts have none)
    done = []
    while True:
        with database.atomic():
            version = current_version(database)
            assert version is not None
            if version >= latest:
                break

            if migrator is None:
                from playhouse.migrate import SchemaMigrator

                migrator = SchemaMigrator.from_database(database)
            step = steps[version + 1]
            searchable = customer_index.detach(database)
            step(database, migrator)
            if searchable:
                customer_index.attach(database)
            models.SchemaInfo.update(version=version + 1, upgraded_at=now).execute()
        done.append(version + 1)
    if done and isinstance(database, SqliteDatabase):
        # New indexes without statistics can lead the planner astray: the monthly
        # report took twice as long on an upgraded 1M file until this ran (2 s there).
        database.execute_sql("PRAGMA analysis_limit = 0")
        database.execute_sql("ANALYZE")
    return done
