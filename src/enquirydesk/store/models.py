"""The tables, as peewee models bound through one proxy.

Conventions: times are naive local wall-clock `DateTimeField`s with whole seconds;
money is an integer count of hundredths (`*_cents`), never a float; rows that
users delete get `deleted_at` (soft delete, undoable) instead of disappearing.
Indexes that skip deleted rows are partial (``WHERE deleted_at IS NULL``), which
both SQLite and PostgreSQL understand; queries must repeat that condition.
"""

from __future__ import annotations

from peewee import (
    SQL,
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    fn,
)

database = DatabaseProxy()

LIVE = SQL("deleted_at IS NULL")


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class SchemaInfo(BaseModel):
    """One row: which program made the file and at which schema version."""

    id = AutoField()
    app = CharField()
    version = IntegerField()
    created_at = DateTimeField()
    upgraded_at = DateTimeField(null=True)


class Setting(BaseModel):
    id = AutoField()
    key = CharField(unique=True)
    value = TextField()  # JSON


class Staff(BaseModel):
    id = AutoField()
    name = CharField()
    role = CharField(default="staff")
    active = BooleanField(default=True)
    pin_hash = CharField(null=True)
    created_at = DateTimeField()


class CatalogItem(BaseModel):
    """Shape shared by channels, sources, decision factors and lost reasons.

    `name` is NULL while the item keeps its built-in (translated) name.
    """

    id = AutoField()
    key = CharField(unique=True)
    name = CharField(null=True)
    sort_order = IntegerField(default=0)
    hidden = BooleanField(default=False)


class Channel(CatalogItem):
    pass


class Source(CatalogItem):
    pass


class DecisionFactor(CatalogItem):
    pass


class LostReason(CatalogItem):
    pass


class Customer(BaseModel):
    id = AutoField()
    name = CharField(default="")
    name_key = CharField(default="")  # case- and space-blind form for exact-name matching
    phone = CharField(null=True)  # E.164
    email = CharField(null=True)  # lower-case
    handle = CharField(default="")  # social or chat handle
    notes = TextField(default="")
    referred_by = ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL")
    merged_into = ForeignKeyField("self", null=True, on_delete="SET NULL", index=False)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    # Last, as the schema step that brought them added them (a new file matches an old one).
    # When the customer agreed to be contacted with offers (None: not asked, or declined).
    consent_at = DateTimeField(null=True)
    # When the customer's personal data was erased at their request or by retention: the
    # row stays, anonymous, so that the shop's figures stay the same.
    forgotten_at = DateTimeField(null=True)


class CustomerContactInfo(BaseModel):
    """A customer's other phone numbers and e-mail addresses (the first of each is on the
    customer): all of them found by search and recognised when the customer comes back."""

    class Meta:
        table_name = "customer_contact_info"

    id = AutoField()
    customer = ForeignKeyField(Customer, backref="contact_info", index=False)
    kind = CharField()  # "phone" (E.164) or "email" (lower-case)
    value = CharField()
    created_at = DateTimeField()


class CustomerDistinct(BaseModel):
    """Two customers staff said are not the same person: never offered as duplicates."""

    class Meta:
        table_name = "customer_distinct"

    id = AutoField()
    first = ForeignKeyField(Customer, index=False)  # the lower id of the two
    second = ForeignKeyField(Customer, index=False)
    created_at = DateTimeField()


class Enquiry(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="enquiries", index=False)  # enquiry_customer
    channel = ForeignKeyField(Channel, index=False)  # 7 values: filters use composite indexes
    received_at = DateTimeField()
    taken_by = ForeignKeyField(Staff, null=True, index=False)
    interest = CharField(default="")
    details = TextField(default="")
    estimated_value_cents = BigIntegerField(null=True)
    source = ForeignKeyField(Source, null=True, index=False)
    referred_by = ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    first_response_at = DateTimeField(null=True)
    first_response_by = ForeignKeyField(Staff, null=True, index=False)
    first_response_how = CharField(null=True)
    # Derived from received/first response and the opening hours; recomputed when hours change.
    response_seconds = IntegerField(null=True)
    response_business_seconds = IntegerField(null=True)
    outcome = CharField(default="open")
    outcome_at = DateTimeField(null=True)
    purchase_value_cents = BigIntegerField(null=True)
    purchase_channel = CharField(null=True)
    lost_reason = ForeignKeyField(LostReason, null=True, index=False)
    next_followup_at = DateTimeField(null=True)  # earliest open follow-up, kept by the services
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class EnquiryFactor(BaseModel):
    """Why a buyer chose us: one row per (purchase, decision factor)."""

    id = AutoField()
    enquiry = ForeignKeyField(Enquiry, backref="factors", on_delete="CASCADE", index=False)
    factor = ForeignKeyField(DecisionFactor, index=False)

    class Meta:
        indexes = ((("enquiry", "factor"), True),)


class Contact(BaseModel):
    """One touch on the timeline: call, message, e-mail, visit, quote sent or note."""

    id = AutoField()
    enquiry = ForeignKeyField(Enquiry, backref="contacts", index=False)
    at = DateTimeField()
    staff = ForeignKeyField(Staff, null=True, index=False)
    kind = CharField()
    direction = CharField(default="out")
    text = TextField(default="")
    created_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class FollowUp(BaseModel):
    id = AutoField()
    enquiry = ForeignKeyField(Enquiry, null=True, backref="followups")
    customer = ForeignKeyField(Customer)
    kind = CharField()
    topic = CharField(null=True)  # after-sales: check_in / retention
    note = TextField(default="")
    priority = BooleanField(default=False)
    due_at = DateTimeField()
    snoozed_until = DateTimeField(null=True)
    remind_at = DateTimeField()  # due_at, or snoozed_until when later: what lists sort on
    assigned_to = ForeignKeyField(Staff, null=True, index=False)
    done_at = DateTimeField(null=True)
    result = TextField(default="")
    cancelled_at = DateTimeField(null=True)
    notified_at = DateTimeField(null=True)
    created_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class Feedback(BaseModel):
    id = AutoField()
    enquiry = ForeignKeyField(Enquiry, backref="feedback")
    customer = ForeignKeyField(Customer)
    recorded_at = DateTimeField()
    staff = ForeignKeyField(Staff, null=True, index=False)
    rating = IntegerField(null=True)  # 1–5
    expectation = CharField(null=True)  # worse / as_expected / better
    recommend = IntegerField(null=True)  # 0–10
    comment = TextField(default="")
    complaint = BooleanField(default=False)
    complaint_resolved_at = DateTimeField(null=True)
    resolution = TextField(default="")
    created_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class Operation(BaseModel):
    """One user action as the change log sees it: who, when, what; undo hangs here."""

    id = AutoField()
    at = DateTimeField()
    staff = ForeignKeyField(Staff, null=True, index=False)
    actor = CharField()
    action = CharField()
    summary = TextField(default="")
    undo_of = ForeignKeyField("self", null=True, index=False)
    undone_by = ForeignKeyField("self", null=True, index=False)


class Change(BaseModel):
    """One row changed by an operation, with the values before and after (JSON)."""

    id = AutoField()
    operation = ForeignKeyField(Operation, backref="changes", on_delete="CASCADE")
    entity = CharField()
    entity_id = IntegerField()
    kind = CharField()  # create / update / delete
    before = TextField(null=True)
    after = TextField(null=True)


def _live_index(model: type[BaseModel], *fields: str, name: str) -> None:
    model.add_index(model.index(*(getattr(model, f) for f in fields), name=name).where(LIVE))


# Indexes for what lookups, filters and reports use (peewee adds one per foreign key
# unless the field says index=False).
_live_index(Customer, "phone", name="customer_phone")
_live_index(Customer, "email", name="customer_email")
_live_index(Customer, "name_key", name="customer_name_key")
#: The calendar month an enquiry was received in, "YYYY-MM" (times are naive local
#: wall-clock text, so the first seven characters are the month). The report's
#: indexes lead with it: one month is one equality, its rows come grouped and sorted
#: by what follows, and a median is read at a rank instead of sorting the month.
RECEIVED_MONTH = fn.substr(Enquiry.received_at, SQL("1"), SQL("7"))
ANSWERED = SQL("deleted_at IS NULL AND response_seconds IS NOT NULL")
PURCHASED = SQL("deleted_at IS NULL AND outcome = 'purchased'")

# The monthly report reads only these columns, so each of its aggregates is answered
# from one index without visiting the table (store/reporting.py).
_live_index(Enquiry, "received_at", name="enquiry_received")
Enquiry.add_index(
    Enquiry.index(
        RECEIVED_MONTH,
        Enquiry.channel,
        Enquiry.outcome,
        Enquiry.source,
        Enquiry.lost_reason,
        Enquiry.response_business_seconds,
        Enquiry.response_seconds,
        Enquiry.referred_by,
        name="enquiry_month_facts",
    ).where(LIVE)
)
Enquiry.add_index(
    Enquiry.index(RECEIVED_MONTH, Enquiry.response_seconds, name="enquiry_month_clock").where(
        ANSWERED
    )
)
Enquiry.add_index(
    Enquiry.index(
        RECEIVED_MONTH, Enquiry.response_business_seconds, name="enquiry_month_business"
    ).where(ANSWERED)
)
Enquiry.add_index(
    Enquiry.index(
        RECEIVED_MONTH,
        Enquiry.channel,
        Enquiry.response_business_seconds,
        name="enquiry_month_channel_business",
    ).where(ANSWERED)
)
Enquiry.add_index(
    Enquiry.index(RECEIVED_MONTH, Enquiry.customer, name="enquiry_month_purchases").where(PURCHASED)
)
_live_index(
    Enquiry,
    "outcome_at",
    "outcome",
    "customer",
    "purchase_value_cents",
    name="enquiry_outcome_facts",
)
Enquiry.add_index(
    Enquiry.index(
        Enquiry.customer,
        Enquiry.outcome,
        Enquiry.outcome_at,
        Enquiry.deleted_at,
        name="enquiry_customer",
    )
)
Enquiry.add_index(
    Enquiry.index(Enquiry.received_at, name="enquiry_awaiting").where(
        SQL("first_response_at IS NULL AND deleted_at IS NULL")
    )
)
# The enquiries table sorts by any column from an index, so the first screenful of a
# million rows comes at once (store/listing.py); the channel, staff and status
# filters use the first three too.
_live_index(Enquiry, "channel", "received_at", name="enquiry_channel_received")
_live_index(Enquiry, "taken_by", "received_at", name="enquiry_staff_received")
_live_index(Enquiry, "outcome", "received_at", name="enquiry_outcome_received")
_live_index(Enquiry, "response_business_seconds", name="enquiry_response")
_live_index(Enquiry, "next_followup_at", name="enquiry_next_followup")
# A customer's enquiries by time, without visiting the table: search by customer and
# the customer card.
_live_index(Enquiry, "customer", "received_at", name="enquiry_customer_received")
Enquiry.add_index(
    Enquiry.index(Enquiry.interest.collate("NOCASE"), name="enquiry_interest").where(LIVE)
)
Enquiry.add_index(
    Enquiry.index(
        fn.coalesce(Enquiry.purchase_value_cents, Enquiry.estimated_value_cents),
        name="enquiry_value",
    ).where(LIVE)
)
Contact.add_index(Contact.index(Contact.enquiry, Contact.at, name="contact_enquiry_at"))
CustomerContactInfo.add_index(
    CustomerContactInfo.index(
        CustomerContactInfo.customer, CustomerContactInfo.kind, name="contact_info_customer"
    )
)
CustomerContactInfo.add_index(
    CustomerContactInfo.index(
        CustomerContactInfo.kind, CustomerContactInfo.value, name="contact_info_value"
    )
)
CustomerDistinct.add_index(
    CustomerDistinct.index(
        CustomerDistinct.first, CustomerDistinct.second, unique=True, name="customer_distinct_pair"
    )
)
_live_index(Feedback, "recorded_at", name="feedback_recorded")
# Whether a purchase has feedback, and whether its buyer is a promoter: the journey of
# a month's purchases asks both once per purchase.
_live_index(Feedback, "enquiry", name="feedback_live_enquiry")
_live_index(Feedback, "customer", "recommend", name="feedback_live_recommend")
Feedback.add_index(
    Feedback.index(Feedback.complaint_resolved_at, name="feedback_complaint_resolved").where(
        SQL("complaint_resolved_at IS NOT NULL")
    )
)
FollowUp.add_index(
    FollowUp.index(FollowUp.remind_at, name="followup_open_remind").where(
        SQL("done_at IS NULL AND cancelled_at IS NULL AND deleted_at IS NULL")
    )
)
FollowUp.add_index(
    FollowUp.index(FollowUp.due_at, name="followup_open_due").where(
        SQL("done_at IS NULL AND cancelled_at IS NULL AND deleted_at IS NULL")
    )
)
FollowUp.add_index(
    FollowUp.index(FollowUp.cancelled_at, name="followup_cancelled").where(
        SQL("cancelled_at IS NOT NULL")
    )
)
_live_index(FollowUp, "due_at", "cancelled_at", "done_at", name="followup_due_state")
_live_index(FollowUp, "done_at", "due_at", "cancelled_at", name="followup_done_state")
Change.add_index(Change.index(Change.entity, Change.entity_id, name="change_entity"))

CATALOG_MODELS: tuple[type[CatalogItem], ...] = (Channel, Source, DecisionFactor, LostReason)

ALL_MODELS: tuple[type[BaseModel], ...] = (
    SchemaInfo,
    Setting,
    Staff,
    Channel,
    Source,
    DecisionFactor,
    LostReason,
    Customer,
    CustomerContactInfo,
    CustomerDistinct,
    Enquiry,
    EnquiryFactor,
    Contact,
    FollowUp,
    Feedback,
    Operation,
    Change,
)

#: The change log names tables by these stable entity names.
BY_ENTITY: dict[str, type[BaseModel]] = {m._meta.table_name: m for m in ALL_MODELS}
