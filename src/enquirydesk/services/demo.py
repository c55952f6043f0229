"""Demo data a shop would recognise: 18 months of enquiries up to today.

The shop's country sets its language: an Indonesian shop's customers, staff, products
and notes are Indonesian (with +62 mobile numbers), a Slovenian shop's Slovenian (+386),
any other shop's English, with a few foreign customers. A real shop's channel mix
(walk-ins and phone most, chat and social rising); answers that follow the opening hours
(fast while open, slow overnight and over Sunday); purchases with why they chose us, lost
enquiries with why not, feedback with some complaints, returning customers and
referrals, and follow-ups in every state (open, overdue, snoozed, done, cancelled).
Families share a number now and then, and a few customers were entered twice by staff
who did not find them (`_again`): the handful that Customers → Possible duplicates is for.

At its "today" the shop is on top of its work, whatever the size of the demo: every
older enquiry answered and decided, every follow-up that came due done or cancelled,
except a handful of today's enquiries still waiting for an answer and a few follow-ups
left overdue or snoozed on purpose (`_open_work`). The same seed and day always give the
same data.

Rows are generated in time order and written with `store.bulk` in one
transaction: a million enquiries in well under PERFORMANCE.md's 90 s.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import math
import multiprocessing
import os
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, ClassVar, NamedTuple

from enquirydesk.domain import followups as rules
from enquirydesk.domain import settings as declared
from enquirydesk.domain.catalog import answered_now_contact_kind
from enquirydesk.domain.errors import ConflictError, ValidationError
from enquirydesk.domain.hours import OpeningHours, response_times
from enquirydesk.domain.validation import name_key
from enquirydesk.i18n import Texts, translate
from enquirydesk.services.context import Cancelled, Changes, Context, Progress
from enquirydesk.store import queries, search_index
from enquirydesk.store.bulk import bulk_transaction, record_operation
from enquirydesk.store.models import (
    Channel,
    Contact,
    Customer,
    DecisionFactor,
    Enquiry,
    EnquiryFactor,
    Feedback,
    FollowUp,
    LostReason,
    Source,
    Staff,
)

Demo = Texts("Demo")

MAX_ENQUIRIES = 5_000_000
DAYS = 548  # 18 months
LOG_30H = math.log(30 * 3600)
DECIDED_WITHIN = 14 * 86_400  # a customer still thinking it over after two weeks decides
CHUNK = 25_000  # enquiries per chunk of days
PARALLEL_FROM = 100_000  # smaller loads are made in this process
LOGGED_DAYS = 183  # the last six months were logged in EnquiryDesk; the year before imported
RETURNING_SHARE = 0.24
#: Of new customers, the share who are an earlier one entered again by staff who did not
#: find them, soon after their first visit (among the `AGAIN_WITHIN` customers before).
ENTERED_AGAIN_SHARE = 0.005
AGAIN_WITHIN = 30
NO_CENTS = frozenset({"IDR", "JPY", "KRW", "VND"})

# -- vocabulary ----------------------------------------------------------------------
# A shop's demo speaks its country's language: Indonesian in Indonesia, Slovenian in
# Slovenia, English anywhere else. Its staff write down what customers ask in it;
# customers write their feedback in their own (a few foreigners, in English).

#: The shop's language by its country ("en" for any other, or none).
SHOP_LANGUAGE = {"ID": "id", "SI": "sl"}
#: Customers' languages in a shop of each language: locals, and a few foreigners.
LANGUAGE_WEIGHTS = {"id": {"id": 96, "en": 4}, "sl": {"sl": 96, "en": 4}, "en": {"en": 100}}
#: Of the foreigners, those still on their home (British) number rather than a local one.
FOREIGN_NUMBER_SHARE = 0.4

FIRST_NAMES = {
    "id": (
        "Budi", "Siti", "Agus", "Dewi", "Andi", "Rina", "Joko", "Sri", "Rudi", "Ayu",
        "Hendra", "Putri", "Bambang", "Lestari", "Wahyu", "Indah", "Eko", "Fitri", "Dian",
        "Yusuf", "Nur", "Rizky", "Wulan", "Bayu", "Ratna", "Hadi", "Mega", "Arif", "Intan",
        "Fajar", "Citra", "Teguh", "Yuni", "Irfan", "Novi", "Dedi", "Anisa", "Slamet",
    ),
    "sl": (
        "Marko", "Ana", "Luka", "Maja", "Janez", "Nina", "Matej", "Eva", "Žiga", "Petra",
        "Tadej", "Urška", "Miha", "Katja", "Jure", "Špela", "Gregor", "Tina", "Rok", "Mojca",
        "Anže", "Nika", "Primož", "Barbara", "Blaž", "Tjaša", "Klemen", "Mateja", "Aljaž",
        "Irena", "Boštjan", "Simona", "Tomaž", "Polona", "Uroš", "Alenka", "Andrej", "Sara",
    ),
    "en": (
        "James", "Emma", "Oliver", "Sophie", "Jack", "Olivia", "Harry", "Amelia", "George",
        "Grace", "Thomas", "Lucy", "William", "Chloe", "Daniel", "Hannah", "Michael", "Sarah",
    ),
}  # fmt: skip
#: Women's first names: Slovenian notes say "zanima jo" of her, "zanima ga" of him.
FEMALE = frozenset({
    "Ana", "Maja", "Nina", "Eva", "Petra", "Urška", "Katja", "Špela", "Tina", "Mojca", "Nika",
    "Barbara", "Tjaša", "Mateja", "Irena", "Simona", "Polona", "Alenka", "Sara",
    "Emma", "Sophie", "Olivia", "Amelia", "Grace", "Lucy", "Chloe", "Hannah", "Sarah",
})  # fmt: skip
LAST_NAMES = {
    "id": (
        "Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Kusuma", "Nugroho", "Setiawan",
        "Wahyudi", "Gunawan", "Halim", "Siregar", "Nasution", "Harahap", "Purnomo", "Sulistyo",
        "Wibowo", "Susanto", "Kurniawan", "Permana", "Hakim", "Rahman", "Utami", "Tanjung",
        "Simanjuntak", "Sihombing", "Firmansyah", "Ramadhan", "Putra", "Hartono",
    ),
    "sl": (
        "Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar",
        "Kos", "Vidmar", "Golob", "Turk", "Božič", "Kralj", "Korošec", "Zupan", "Bizjak",
        "Hribar", "Kotnik", "Kavčič", "Rozman", "Kastelic", "Oblak", "Žagar", "Petek",
        "Hočevar", "Kolar", "Košir", "Zajc", "Medved",
    ),
    "en": (
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
    ),
}  # fmt: skip

#: The demo's own staff (a file that has staff keeps them): the owner first.
STAFF = {
    "id": (("Hendra Wijaya", "owner"), ("Siti Rahmawati", "staff"), ("Agus Setiawan", "staff"),
           ("Dewi Anggraini", "staff")),
    "sl": (("Mojca Krajnc", "owner"), ("Rok Zupan", "staff"), ("Tina Kovačič", "staff"),
           ("Gregor Mlakar", "staff")),
    "en": (("Sarah Mitchell", "owner"), ("Tom Walker", "staff"), ("Emily Clarke", "staff"),
           ("Daniel Hughes", "staff")),
}  # fmt: skip

#: What the shop sells, best sellers first: (name, genitive, accusative, price in euro). Only
#: Slovenian needs the cases; the other languages say the name as it is.
PRODUCTS: dict[str, tuple[tuple[str, str, str, int], ...]] = {
    "id": tuple((name, name, name, price) for name, price in (
        ("kulkas 2 pintu Sharp", 290), ("AC Daikin 1 PK inverter", 330),
        ("mesin cuci 2 tabung Sharp", 110), ("TV LED Samsung 43 inci", 300),
        ("rice cooker Miyako", 22), ("AC Panasonic 1/2 PK", 230), ("kipas angin Cosmos", 16),
        ("mesin cuci front loading LG 9 kg", 390), ("Smart TV LG 55 inci", 520),
        ("HP Samsung Galaxy A", 190), ("kulkas 1 pintu Polytron", 150),
        ("dispenser galon bawah Miyako", 60), ("air fryer Philips", 85),
        ("kompor gas Rinnai 2 tungku", 35), ("speaker Polytron", 65), ("HP Oppo", 170),
        ("blender Philips", 35), ("freezer box Aqua 200 liter", 170), ("laptop Asus", 480),
        ("water heater Ariston", 125), ("microwave Sharp", 70), ("setrika Philips", 18),
    )),
    "sl": (
        ("pralni stroj Gorenje 8 kg", "pralnega stroja Gorenje 8 kg", "pralni stroj Gorenje 8 kg", 479),
        ("hladilnik z zamrzovalnikom Gorenje", "hladilnika z zamrzovalnikom Gorenje",
         "hladilnik z zamrzovalnikom Gorenje", 649),
        ("televizor Samsung 55\"", "televizorja Samsung 55\"", "televizor Samsung 55\"", 699),
        ("pomivalni stroj Bosch", "pomivalnega stroja Bosch", "pomivalni stroj Bosch", 529),
        ("vgradna pečica Gorenje", "vgradne pečice Gorenje", "vgradno pečico Gorenje", 429),
        ("klima Daikin", "klime Daikin", "klimo Daikin", 899),
        ("televizor LG 43\"", "televizorja LG 43\"", "televizor LG 43\"", 389),
        ("indukcijska plošča Gorenje", "indukcijske plošče Gorenje", "indukcijsko ploščo Gorenje", 389),
        ("sušilni stroj Bosch", "sušilnega stroja Bosch", "sušilni stroj Bosch", 599),
        ("cvrtnik na vroč zrak Philips", "cvrtnika na vroč zrak Philips",
         "cvrtnik na vroč zrak Philips", 129),
        ("brezžični sesalnik Dyson", "brezžičnega sesalnika Dyson", "brezžični sesalnik Dyson", 549),
        ("kavni aparat De'Longhi", "kavnega aparata De'Longhi", "kavni aparat De'Longhi", 349),
        ("robotski sesalnik Xiaomi", "robotskega sesalnika Xiaomi", "robotski sesalnik Xiaomi", 299),
        ("telefon Samsung Galaxy", "telefona Samsung Galaxy", "telefon Samsung Galaxy", 399),
        ("prenosnik Lenovo", "prenosnika Lenovo", "prenosnik Lenovo", 749),
        ("štedilnik Gorenje", "štedilnika Gorenje", "štedilnik Gorenje", 499),
        ("zamrzovalna skrinja 300 l", "zamrzovalne skrinje 300 l", "zamrzovalno skrinjo 300 l", 399),
        ("električni bojler 80 l", "električnega bojlerja 80 l", "električni bojler 80 l", 259),
        ("mikrovalovna pečica Gorenje", "mikrovalovne pečice Gorenje",
         "mikrovalovno pečico Gorenje", 119),
        ("tiskalnik Canon", "tiskalnika Canon", "tiskalnik Canon", 149),
        ("soundbar Sony", "soundbara Sony", "soundbar Sony", 299),
    ),
    "en": tuple((name, name, name, price) for name, price in (
        ("Bosch washing machine 8 kg", 479), ("Samsung fridge freezer", 649),
        ("Samsung 55\" TV", 699), ("Bosch dishwasher", 529), ("Beko built-in oven", 429),
        ("LG 43\" TV", 389), ("Daikin air conditioner", 899), ("Neff induction hob", 549),
        ("Hotpoint tumble dryer", 399), ("Philips air fryer", 129),
        ("Dyson cordless vacuum", 549), ("De'Longhi coffee machine", 349),
        ("Xiaomi robot vacuum", 299), ("Samsung Galaxy phone", 399), ("Lenovo laptop", 749),
        ("chest freezer", 399), ("Panasonic microwave", 119), ("Canon printer", 149),
        ("Sonos speaker", 249), ("Russell Hobbs kettle", 45),
    )),
}  # fmt: skip
#: What staff write down of an enquiry: {nom}, {gen}, {acc} the product in its cases,
#: {ga} "ga" or "jo" (him or her).
INTEREST_NOTES = {
    "id": ("Tanya harga {nom}", "Tanya stok {nom}", "Cari {nom}", "Mau lihat {nom} dulu",
           "Minta penawaran {nom}", "{nom}, tanya cicilan 0%", "{nom}, tanya ongkir dan pemasangan",
           "Bandingkan {nom} dengan merek lain", "Tanya promo {nom}", "Tanya harga {nom}"),
    "sl": ("Zanima {ga} cena {gen}", "Sprašuje, koliko stane {nom}", "Želi ponudbo za {acc}",
           "Sprašuje, ali imamo {acc} na zalogi", "{nom} – zanima {ga} dostava",
           "{nom} – zanima {ga} nakup na obroke", "Primerja {acc} z drugimi znamkami",
           "Pride si ogledat {acc}", "Zanima {ga} cena {gen}"),
    "en": ("Asked the price of the {nom}", "Asked if the {nom} is in stock",
           "Wants a quote for the {nom}", "Comparing the {nom} with other brands",
           "{nom} – asked about delivery", "{nom} – asked about paying in instalments",
           "Coming in to see the {nom}", "Asked the price of the {nom}"),
}  # fmt: skip

#: Customers' comments in their own language, by how pleased they were: good, so-so, bad.
COMMENTS = {
    "en": (("Works great, thank you!", "Very helpful staff.", "Exactly what I needed.",
            "Quick delivery, friendly fitters.", "Good advice in the shop."),
           ("Delivery was late but the product is fine.", "A bit pricey, but it works well.",
            "The manual is hard to follow."),
           ("Installation took too long.", "The box arrived dented.", "Nobody called me back.",
            "Stopped working after a week.")),
    "id": (("Barangnya bagus, terima kasih!", "Pelayanannya ramah, dijelaskan dengan sabar.",
            "Sesuai harapan, mantap.", "Teknisinya datang tepat waktu.",
            "Harganya bersaing, nanti belanja di sini lagi."),
           ("Pengiriman terlambat tapi barangnya oke.", "Harganya agak mahal, tapi barangnya bagus.",
            "Buku panduannya cuma bahasa Inggris."),
           ("Pemasangannya terlalu lama.", "Kardusnya penyok waktu sampai.",
            "Tidak ada yang telepon balik.", "Baru seminggu sudah rusak.")),
    "sl": (("Deluje odlično, hvala!", "Zelo prijazno osebje.", "Dobro svetovanje v trgovini.",
            "Hitra dostava, pohvala monterju.", "Točno to, kar smo iskali."),
           ("Dostava je zamujala, izdelek pa je v redu.", "Malo drago, deluje pa dobro.",
            "Navodila so samo v angleščini."),
           ("Montaža je trajala predolgo.", "Embalaža je bila poškodovana.",
            "Nihče me ni poklical nazaj.", "Po enem tednu je nehal delovati.")),
}  # fmt: skip
#: What staff note on the follow-ups they do, in the shop's language.
RESULTS = {
    "id": {"deciding": "Masih pikir-pikir", "called": "Sudah ditelepon, aman",
           "resolved": "Sparepart sudah diganti, sudah minta maaf", "in_shop": "Sudah beres di toko"},
    "sl": {"deciding": "Še se odloča", "called": "Poklicali, vse v redu",
           "resolved": "Zamenjali smo del in se opravičili", "in_shop": "Urejeno v trgovini"},
    "en": {"deciding": "still deciding", "called": "called",
           "resolved": "Replaced the part and apologised", "in_shop": "Sorted out in the shop"},
}  # fmt: skip

# Channel mix at the start and at the end of the 18 months (chat and social rising).
CHANNEL_MIX_START = {
    "walk_in": 34,
    "phone": 30,
    "email": 8,
    "web_form": 9,
    "social": 8,
    "chat": 8,
    "other": 3,
}
CHANNEL_MIX_END = {
    "walk_in": 27,
    "phone": 23,
    "email": 6,
    "web_form": 9,
    "social": 14,
    "chat": 19,
    "other": 2,
}
ONLINE = ("email", "web_form", "social", "chat", "other")
#: Median business minutes to the first answer, per channel (when not answered on the spot).
RESPONSE_MEDIAN = {
    "walk_in": 8,
    "phone": 25,
    "email": 95,
    "web_form": 70,
    "social": 35,
    "chat": 14,
    "other": 50,
}
BUY_RATE = {
    "walk_in": 0.52,
    "phone": 0.40,
    "email": 0.30,
    "web_form": 0.28,
    "social": 0.22,
    "chat": 0.32,
    "other": 0.25,
}
PHONE_SHARE = {
    "walk_in": 0.55,
    "phone": 0.99,
    "email": 0.2,
    "web_form": 0.8,
    "social": 0.35,
    "chat": 0.97,
    "other": 0.5,
}
EMAIL_SHARE = {
    "walk_in": 0.1,
    "phone": 0.1,
    "email": 1.0,
    "web_form": 0.9,
    "social": 0.1,
    "chat": 0.1,
    "other": 0.3,
}
LOST_WEIGHTS = {
    "price": 30,
    "competitor": 24,
    "not_available": 14,
    "no_response": 6,
    "changed_mind": 20,
    "other": 6,
}
FACTOR_WEIGHTS = {"price": 26, "brand": 18, "recommendation": 12, "proximity": 14, "after_sales": 10,
                  "experience": 8, "availability": 6, "ads": 6}  # fmt: skip
#: Mobile numbers by country, valid for libphonenumber: prefix, digits after it (Indonesia's
#: 08xx, Slovenia's 030/031/040/041/051/064/068/069/070/071). A country without a plan
#: here gets one from libphonenumber's example mobile number (`_phone_plan`).
PHONE_PLANS = {
    "ID": (("+62811", 8), ("+62812", 8), ("+62813", 8), ("+62821", 8), ("+62822", 8),
           ("+62852", 8), ("+62853", 8), ("+62856", 8), ("+62857", 8), ("+62858", 8),
           ("+62817", 8), ("+62818", 8), ("+62819", 8), ("+62877", 8), ("+62878", 8),
           ("+62895", 8), ("+62896", 8), ("+62881", 8)),
    "SI": (("+38630", 6), ("+38631", 6), ("+38640", 6), ("+38641", 6), ("+38651", 6),
           ("+38664", 6), ("+38668", 6), ("+38669", 6), ("+38670", 6), ("+38671", 6)),
    "GB": (("+447712", 6), ("+447812", 6), ("+447912", 6), ("+447412", 6)),
}  # fmt: skip
#: The numbers of an English demo without a country, and foreigners' home numbers.
HOME_COUNTRY = "GB"
#: E-mail domains by the customer's language, the common ones repeated.
MAIL_DOMAINS = {
    "id": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.co.id",
           "yahoo.co.id", "yahoo.com", "ymail.com", "hotmail.com"),
    "sl": ("gmail.com", "gmail.com", "gmail.com", "gmail.com", "siol.net", "siol.net",
           "t-2.net", "amis.net", "telemach.net", "outlook.com"),
    "en": ("gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com",
           "icloud.com"),
}  # fmt: skip
# Approximate euro exchange rates, to make demo prices look right in the shop's currency.
PER_EURO = {"EUR": 1, "IDR": 17_000, "USD": 1.1, "GBP": 0.85, "SGD": 1.45, "MYR": 5}
ASCII = str.maketrans("čšžćđČŠŽĆĐ", "cszcdCSZCD")


#: Cumulative shares of ratings 5, 4, 3, 2 (the rest are 1).
RATING_SHARES = (0.46, 0.77, 0.89, 0.95)

#: A follow-up's state: (done at, result, cancelled at).
_State = tuple[datetime | None, str, datetime | None]
OPEN: _State = (None, "", None)


@dataclass(frozen=True)
class _Answer:
    """The first response to an enquiry (`first` None: not answered yet)."""

    answered_now: bool
    first: datetime | None
    how: str | None
    clock: int | None
    business: int | None


@dataclass
class _Story:
    """What happened after the first response."""

    last_contact: datetime | None
    contacts: list[tuple[datetime, str | None]] = field(default_factory=list)
    outcome: str = "open"
    outcome_at: datetime | None = None
    value: int | None = None
    purchase_channel: str | None = None
    lost_reason: int | None = None
    factors: list[str] = field(default_factory=list)


class _Who(NamedTuple):
    enquiry_id: int
    customer_id: int
    language: str
    staff: int


def _by_roll(roll: float, *steps: tuple[float, str]) -> str:
    """The first choice whose threshold `roll` is under; "other" past the last."""
    return next((choice for limit, choice in steps if roll < limit), "other")


@dataclass(frozen=True)
class DemoResult:
    enquiries: int
    customers: int
    changes: Changes
    #: (earlier, later) customers who are one person entered twice, with a clue to it.
    entered_again: tuple[tuple[int, int], ...] = ()


class _Picker:
    """Weighted choice by one random number and a bisect (faster than `random.choices`)."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.items = list(weights)
        total = float(sum(weights.values()))
        self.cumulative = list(itertools.accumulate(w / total for w in weights.values()))
        self.cumulative[-1] = 1.0

    def __call__(self, rng: random.Random) -> str:
        return self.items[bisect.bisect_right(self.cumulative, rng.random())]

    def at(self, fraction: float) -> str:
        return self.items[bisect.bisect_right(self.cumulative, fraction)]


#: A country's mobile numbers: (prefix, digits after it) each.
PhonePlan = tuple[tuple[str, int], ...]


def _phone(plans: PhonePlan, number: int) -> str:
    prefix, digits = plans[number % len(plans)]
    rest = (number // len(plans) * 7_919_483 + 1_234_567) % 10**digits  # scattered
    if rest < 10 ** (digits - 1):
        rest += 10 ** (digits - 1)  # keep the first digit non-zero
    return f"{prefix}{rest:0{digits}d}"


def _phone_plan(country: str) -> PhonePlan:
    """The country's mobile numbers: ours, or made from libphonenumber's example mobile
    number with its last digits varied, if those all check as valid (none otherwise)."""
    if country in PHONE_PLANS or not country:
        return PHONE_PLANS.get(country or HOME_COUNTRY, ())
    import phonenumbers  # a country we have no plan for: rare, and only here

    example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:  # a region without mobile numbers, or not a region
        return ()
    number = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    for digits in (6, 5, 4):
        plan = ((number[:-digits], digits),)
        if len(number) - digits >= 5 and all(
            phonenumbers.is_valid_number(phonenumbers.parse(_phone(plan, n), None))
            for n in range(1, 20_000, 97)
        ):
            return plan
    return ()


def _money(euro: float, per_euro: float, cents: bool) -> int:
    amount = euro * per_euro
    if not cents:  # rupiah and the like: whole thousands, no decimals
        return round(amount / 1000) * 1000 * 100
    return round(amount) * 100 - 10  # 649.90 style


def generate(
    ctx: Context,
    enquiries: int = 10_000,
    seed: int = 1,
    progress: Progress | None = None,
    workers: int | None = None,
) -> DemoResult:
    """Fill an empty database with `enquiries` demo enquiries ending at `ctx.now()`.

    Rows are made in chunks of days by worker processes (the same rows whatever
    the number of workers) while this process writes them, in one transaction:
    cancelling or a crash leaves the file as it was. `progress(done, total)` hears of
    every day made in this process (of every chunk made by workers), in enquiries;
    answering False cancels.
    """
    if not 1 <= enquiries <= MAX_ENQUIRIES:
        raise ValidationError(
            "enquiries",
            "demo.count",
            Demo.tr("Choose between 1 and %Ln demo enquiries.", None, MAX_ENQUIRIES),
        )
    if queries.any_enquiry(live_only=False):
        raise ConflictError(
            translate(
                "Demo",
                "This database already holds enquiries; demo data goes only into a new, empty one.",
            )
        )
    plan = _plan(ctx, enquiries, seed)
    chunks = _chunks(plan)
    tables = [
        m._meta.table_name for m in (Customer, Enquiry, EnquiryFactor, Contact, FollowUp, Feedback)
    ]
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if enquiries >= PARALLEL_FROM else 0
    summary = Demo.tr("Demo data: %Ln enquiries", None, enquiries)
    ctx.store.check_writable()
    with bulk_transaction(ctx.store.db, tables, rebuild_indexes=True) as writer:
        _write_staff(writer, plan)
        done = feedback_offset = 0
        entered_again: list[tuple[int, int]] = []

        def tick(made: int) -> None:
            if progress is not None and progress(done + made, enquiries) is False:
                raise Cancelled("Demo data cancelled; nothing was added.")

        for made in _made(plan, chunks, workers, tick):
            feedback_offset = made.write(writer, feedback_offset)
            entered_again += made.rows.entered_again
            done += made.enquiries
            tick(0)
        search_index.catch_up(ctx.store.db, batch=enquiries)  # searchable from the start
        operation_id = record_operation(
            at=plan.now,
            staff=ctx.actor.staff_id,
            actor=ctx.actor.name,
            action="demo",
            summary=summary,
        )
    customers = chunks[-1].first_customer + chunks[-1].new_customers - 1
    return DemoResult(
        enquiries,
        customers,
        Changes(operation_id=operation_id, summary=summary, everything=True),
        tuple(entered_again),
    )


def _made(
    plan: _Plan, chunks: list[_Chunk], workers: int, tick: Callable[[int], None]
) -> Iterator[_Made]:
    """The chunks' rows in order, made here (`tick(made)` after each day) or by `workers`
    processes."""
    if workers <= 1:
        for chunk in chunks:
            yield _make(plan, chunk, tick)
        return
    context = multiprocessing.get_context("spawn")  # never fork a process with an open database
    with context.Pool(workers) as pool:
        yield from pool.imap(functools.partial(_make, plan), chunks)


@dataclass(frozen=True)
class _Plan:
    """Everything a worker needs, picklable: the shop's rules and the catalogue ids."""

    seed: int
    total: int
    now: datetime
    hours: OpeningHours
    rules: rules.FollowUpRules
    per_euro: float
    cents: bool
    language: str  # the shop's: its staff's notes and most customers'
    languages: dict[str, float]  # the customers'
    phones: PhonePlan  # the shop's country's mobile numbers (none: no phone numbers)
    channels: dict[str, int]
    sources: dict[str, int]
    factors: dict[str, int]
    reasons: dict[str, int]
    staff: tuple[int, ...]
    #: The enquiries the shop has not finished with at `now` (see `_open_work`).
    held: dict[int, str] = field(default_factory=dict)

    @property
    def logged_from(self) -> datetime:
        """Before this, the history is "imported from a spreadsheet": no follow-ups."""
        return self.now - timedelta(days=LOGGED_DAYS)


def _plan(ctx: Context, total: int, seed: int) -> _Plan:
    settings = ctx.settings
    currency = str(settings[declared.CURRENCY]).upper()
    country = settings.country
    language = SHOP_LANGUAGE.get(country, "en")
    staff = queries.staff_ids()
    plan = _Plan(
        seed=seed,
        total=total,
        now=ctx.now(),
        hours=settings.hours,
        rules=settings.rules,
        per_euro=PER_EURO.get(currency, 1),
        cents=currency not in NO_CENTS,
        language=language,
        languages=LANGUAGE_WEIGHTS[language],
        phones=_phone_plan(country),
        channels=dict(ctx.catalog_ids(Channel)),
        sources=dict(ctx.catalog_ids(Source)),
        factors=dict(ctx.catalog_ids(DecisionFactor)),
        reasons=dict(ctx.catalog_ids(LostReason)),
        staff=staff or tuple(range(1, len(STAFF[language]) + 1)),
    )
    return dataclasses.replace(plan, held=_open_work(plan))


def _write_staff(writer: Any, plan: _Plan) -> None:
    if queries.staff_ids():
        return
    joined = str(plan.now.replace(hour=9, minute=0, second=0) - timedelta(days=DAYS + 30))
    writer.insert(
        Staff,
        ("id", "name", "role", "active", "pin_hash", "created_at"),
        [
            (i, name, role, 1, None, joined)
            for i, (name, role) in enumerate(STAFF[plan.language], start=1)
        ],
    )


def _open_work(plan: _Plan) -> dict[int, str]:
    """What a shop on top of its work has open at `now`, the same for every size of demo:
    which enquiries are still "waiting" for a first answer (3–8 of the latest, fewer for a
    shop that gets only a few a day), and which have a follow-up left "decision" (the
    customer not called back) or "check_in" (a buyer not called) overdue, or "snoozed".
    Every other enquiry is answered, and every other follow-up that came due is done or
    cancelled, by `now`.

    Enquiry ids run in time order, so the days' counts say whose they are: the overdue
    ones come from the latest days whose follow-up is surely due by now."""
    days = _days(plan)
    ends = list(itertools.accumulate(count for _, count in days))  # each day's last id
    rng = random.Random(f"{plan.seed}:{plan.now.date().isoformat()}:open work")
    hours, now = plan.hours, plan.now
    held: dict[int, str] = {}

    recent = sum(count for _, count in days[-2:])  # today's and yesterday's
    waiting = min(rng.randint(3, 8), math.ceil(recent * 0.6))
    latest = range(plan.total - min(recent, 3 * waiting) + 1, plan.total + 1)
    for enquiry_id in rng.sample(latest, waiting):
        held[enquiry_id] = "waiting"

    def due_by_now(day: date, business_days: int, days_after: int = 0) -> bool:
        end = datetime.combine(day, datetime.max.time()).replace(microsecond=0)
        later = hours.add_business_days(end, business_days) + timedelta(days=days_after)
        return hours.next_opening(later) < now

    def pool(*due: int) -> range:
        """The ids of the latest three days (of the last three weeks) whose enquiries'
        follow-up is due `due` (business days, days) after them, with a day to spare."""
        found = [
            i
            for i in range(len(days) - 2, max(-1, len(days) - 23), -1)
            if days[i][1] and due_by_now(days[i][0], *due)
        ][:3]
        if not found:
            return range(0)
        return range(ends[found[-1]] - days[found[-1]][1] + 1, ends[found[0]] + 1)

    pools = {
        "decision": pool(plan.rules.decision_business_days + 2),
        "check_in": pool(2, plan.rules.check_in_days),
    }
    pools["snoozed"] = pools["decision"]
    kinds = ["snoozed"] * rng.randint(1, 2)
    kinds += ["check_in" if rng.random() < 0.4 else "decision" for _ in range(rng.randint(2, 6))]
    for kind in kinds:
        ids = pools[kind]
        for _ in range(10 if ids else 0):  # a few tries for an enquiry not taken yet
            enquiry_id = rng.choice(ids)
            if enquiry_id not in held:
                held[enquiry_id] = kind
                break
    return held


@dataclass(frozen=True)
class _Chunk:
    index: int
    days: tuple[tuple[date, int], ...]
    day_offset: int  # position of the first day in the 18 months, for trends
    first_enquiry: int
    first_customer: int
    new_customers: int


def _hash(number: int, salt: int) -> float:
    """A fixed pseudo-random number in [0, 1) for (number, salt): the same in every
    process (splitmix64's finaliser, so different salts give independent values)."""
    z = (number * 0x9E3779B97F4A7C15 + salt * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return ((z ^ (z >> 31)) >> 11) / 9007199254740992


def _returning(enquiry_id: int) -> bool:
    """Whether an enquiry comes from an existing customer; fixed by its id, so every chunk
    knows how many customers the chunks before it created."""
    return enquiry_id > 1 and _hash(enquiry_id, 1) < RETURNING_SHARE


def _days(plan: _Plan) -> list[tuple[date, int]]:
    """How many enquiries arrive on each of the last 18 months' days (sums to the total)."""
    today = plan.now.date()
    first = today - timedelta(days=DAYS - 1)
    weights = []
    for offset in range(DAYS):
        day = first + timedelta(days=offset)
        growth = 0.75 + 0.5 * offset / DAYS
        season = 1.35 if day.month == 12 else 1.15 if day.month in (6, 7) else 1.0
        weekday = (1.0, 0.95, 0.95, 1.0, 1.15, 1.35, 1.0)[day.weekday()]
        if not plan.hours.is_open_day(day):
            weekday = 0.18  # online enquiries still come in
        if day == today:
            elapsed = (plan.now - datetime.combine(day, datetime.min.time())).total_seconds()
            weekday *= max(0.0, elapsed / 86_400)
        weights.append(growth * season * weekday)
    scale = plan.total / sum(weights)
    counts, carried, given = [], 0.0, 0
    for weight in weights:
        carried += weight * scale
        count = int(carried + 0.5) - given
        given += count
        counts.append(count)
    counts[-1] += plan.total - given
    return [(first + timedelta(days=i), c) for i, c in enumerate(counts)]


def _chunks(plan: _Plan) -> list[_Chunk]:
    days = _days(plan)
    chunks: list[_Chunk] = []
    enquiry_id = customer_id = 1
    start = 0
    while start < len(days):
        end, size = start, 0
        while end < len(days) and (size < CHUNK or end == start):
            size += days[end][1]
            end += 1
        new = sum(1 for e in range(enquiry_id, enquiry_id + size) if not _returning(e))
        chunks.append(
            _Chunk(len(chunks), tuple(days[start:end]), start, enquiry_id, customer_id, new)
        )
        enquiry_id += size
        customer_id += new
        start = end
    return chunks


class _Made:
    """One chunk's rows, ready to write. Contacts, follow-ups and factors get their ids
    from the database; feedback ids are chunk-local until written (complaint follow-ups
    name their feedback in `topic`)."""

    def __init__(self, rows: _Rows, enquiries: int) -> None:
        self.rows = rows
        self.enquiries = enquiries

    def write(self, writer: Any, feedback_offset: int) -> int:
        rows = self.rows
        if feedback_offset:
            rows.feedback = [(f[0] + feedback_offset, *f[1:]) for f in rows.feedback]
            for i in rows.complaints:
                item = rows.followups[i]
                rows.followups[i] = (*item[:3], str(int(item[3]) + feedback_offset), *item[4:])
        rows.flush(writer)
        return feedback_offset + rows.feedback_count


def _make(plan: _Plan, chunk: _Chunk, tick: Callable[[int], None] | None = None) -> _Made:
    builder = _Builder(plan, chunk)
    rows = _Rows()
    enquiry_id = chunk.first_enquiry
    for position, (day, count) in enumerate(chunk.days):
        t = (chunk.day_offset + position) / (DAYS - 1)
        mix = {k: CHANNEL_MIX_START[k] + (CHANNEL_MIX_END[k] - CHANNEL_MIX_START[k]) * t
               for k in CHANNEL_MIX_START}  # fmt: skip
        open_day = plan.hours.is_open_day(day)
        pick_channel = _Picker(mix if open_day else {k: mix[k] for k in ONLINE})
        for received in builder.arrivals(day, count, open_day):
            builder.enquiry(rows, enquiry_id, received, pick_channel(builder.rng), t)
            enquiry_id += 1
        if tick is not None and position < len(chunk.days) - 1:  # the last once written
            tick(enquiry_id - chunk.first_enquiry)
    rows.feedback_count = builder.feedback_count
    return _Made(rows, enquiry_id - chunk.first_enquiry)


def _again(customer_id: int) -> int | None:
    """The earlier customer this new one is, entered again by staff who did not find them
    (None: a new person); fixed by the id, so that every chunk knows whose name it has."""
    if customer_id <= AGAIN_WITHIN or _hash(customer_id, 11) >= ENTERED_AGAIN_SHARE:
        return None
    return customer_id - 1 - int(_hash(customer_id, 12) * AGAIN_WITHIN)


def _person(customer_id: int, pick: _Picker) -> tuple[str, str, str]:
    """(language, first name, surname) of a customer: an earlier one's if entered again."""
    while (earlier := _again(customer_id)) is not None:
        customer_id = earlier
    language = pick.at(_hash(customer_id, 2))
    firsts, lasts = FIRST_NAMES[language], LAST_NAMES[language]
    return (
        language,
        firsts[int(_hash(customer_id, 3) * len(firsts))],
        lasts[int(_hash(customer_id, 4) * len(lasts))],
    )


def _mistyped(phone: str, number: int) -> str:
    """A phone number with a typo in its last two digits: the two swapped, or the last
    one wrong."""
    if phone[-2] != phone[-1]:
        return phone[:-2] + phone[-1] + phone[-2]
    return phone[:-1] + str((int(phone[-1]) + 1 + int(_hash(number, 14) * 9)) % 10)


def _misspelt(surname: str, number: int) -> str:
    """A surname typed a little differently: without its accents, two letters swapped,
    or as an initial."""
    plain = surname.translate(ASCII)
    if plain != surname:
        return plain
    if len(surname) >= 5:
        i = 1 + int(_hash(number, 15) * (len(surname) - 2))
        if surname[i] != surname[i + 1]:
            return surname[:i] + surname[i + 1] + surname[i] + surname[i + 2 :]
    return surname[0] + "."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _interest_notes(language: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """What staff write down of an enquiry about each product: [a woman][product]."""
    return tuple(
        tuple(
            tuple(
                _capital(note.format(nom=nom, gen=gen, acc=acc, ga=pronoun))
                for note in INTEREST_NOTES[language]
            )
            for nom, gen, acc, _ in PRODUCTS[language]
        )
        for pronoun in ("ga", "jo")
    )


class _Builder:
    """Makes one chunk's rows. Times stay datetimes (whole seconds), written via `str()`."""

    def __init__(self, plan: _Plan, chunk: _Chunk) -> None:
        self.plan = plan
        self.hours = plan.hours
        self.rules = plan.rules
        self.now = plan.now
        self.logged_from = plan.logged_from
        self.announced_before = plan.now - timedelta(days=1)
        self.rng = random.Random(f"{plan.seed}:{plan.now.date().isoformat()}:{chunk.index}")
        self.pick_language = _Picker(plan.languages)
        self.pick_lost = _Picker(LOST_WEIGHTS)
        self.pick_factor = _Picker(FACTOR_WEIGHTS)
        self.channels, self.sources = plan.channels, plan.sources
        self.factors, self.reasons = plan.factors, plan.reasons
        self.staff_ids = plan.staff
        self.held = plan.held
        self.language = plan.language
        self.products = PRODUCTS[plan.language]
        self.notes = _interest_notes(plan.language)
        self.gendered = self.notes[0] != self.notes[1]  # notes that say "him" or "her"
        self.results = RESULTS[plan.language]
        self.phones, self.home_phones = plan.phones, PHONE_PLANS[HOME_COUNTRY]
        self.next_customer = chunk.first_customer
        self.feedback_count = 0
        #: (name, phone, e-mail) of the chunk's last new customers, for one entered again.
        self.recent: dict[int, tuple[str, str | None, str | None]] = {}

    def arrivals(self, day: date, count: int, open_day: bool) -> list[datetime]:
        rng = self.rng
        start = datetime.combine(day, datetime.min.time())
        limit = 86_400
        if day == self.now.date():
            limit = max(1, int((self.now - start).total_seconds()))
        intervals = self.hours.intervals_on(day)
        result = []
        for _ in range(count):
            if open_day and rng.random() < 0.88:
                lo, hi = intervals[int(rng.random() * len(intervals))]
                second = lo + int(rng.random() * (hi - lo))
            else:
                second = 7 * 3600 + int(rng.random() * 16 * 3600)  # 07:00–23:00
            if second >= limit:
                second = int(rng.random() * limit)
            result.append(start + timedelta(seconds=second))
        result.sort()
        return result

    def customer(
        self, rows: _Rows, enquiry_id: int, received: datetime, channel: str
    ) -> tuple[int, str, bool, int | None, bool]:
        """(customer id, language, returning, referred by, a woman) for an enquiry."""
        rng = self.rng
        if _returning(enquiry_id):
            # Recent customers come back more often.
            known = self.next_customer - 1
            customer_id = max(1, known - int(known * rng.random() ** 2.5))
            language, first, _last = _person(customer_id, self.pick_language)
            return customer_id, language, True, None, self.gendered and first in FEMALE
        customer_id = self.next_customer
        self.next_customer += 1
        language, first, last = _person(customer_id, self.pick_language)
        name = f"{first} {last}"
        phone = email = None
        handle = ""
        if rng.random() < PHONE_SHARE[channel] and self.phones:
            owner, owner_language = customer_id, language
            if customer_id > 10 and rng.random() < 0.01:  # a family sharing one number
                owner = 1 + int(rng.random() * (customer_id - 1))
                owner_language = _person(owner, self.pick_language)[0]
            foreign = owner_language != self.language and _hash(owner, 5) < FOREIGN_NUMBER_SHARE
            phone = _phone(self.home_phones if foreign else self.phones, owner)
        if rng.random() < EMAIL_SHARE[channel]:
            domains = MAIL_DOMAINS[language]
            local = f"{first}{('.', '', '_')[customer_id % 3]}{last}".translate(ASCII).lower()
            domain = domains[int(_hash(customer_id, 6) * len(domains))]
            email = f"{local}{customer_id % 997}@{domain}"
        if channel in ("social", "chat") and rng.random() < 0.6:
            handle = f"@{first.translate(ASCII).lower()}{customer_id % 9973}"
        referred_by = None
        if customer_id > 10 and rng.random() < 0.08:
            referred_by = 1 + int(rng.random() * (customer_id - 1))
        earlier = _again(customer_id)
        if earlier is not None:
            name, phone, email = self._entered_again(rows, customer_id, earlier, name, phone, email)
        self.recent[customer_id] = (name, phone, email)
        self.recent.pop(customer_id - AGAIN_WITHIN - 1, None)
        stamp = str(received)
        rows.customers.append(
            (
                customer_id,
                name,
                name_key(name),
                phone,
                email,
                handle,
                "",
                referred_by,
                None,
                stamp,
                stamp,
                None,
            )
        )
        return customer_id, language, False, referred_by, first in FEMALE

    def _entered_again(
        self,
        rows: _Rows,
        customer_id: int,
        earlier: int,
        name: str,
        phone: str | None,
        email: str | None,
    ) -> tuple[str, str | None, str | None]:
        """(name, phone, e-mail) of a customer entered again, leaving the clue staff would:
        the same name with a number mistyped, the name typed a little differently with it,
        the same number under the first name only, or the same name with the address at
        another provider. A customer whose first record is not at hand (the first few of a
        chunk) or gives nothing to go by is only another of that name."""
        known = self.recent.get(earlier)
        if known is None:
            return name, phone, email
        their_name, their_phone, their_email = known
        first, _, last = their_name.partition(" ")
        roll = _hash(customer_id, 13)
        if their_phone and (roll < 0.75 or not their_email):
            if roll >= 0.5 or not last:
                name, phone = first, their_phone
            elif roll < 0.25:
                name, phone = their_name, _mistyped(their_phone, customer_id)
            else:
                name = f"{first} {_misspelt(last, customer_id)}"
                phone = _mistyped(their_phone, customer_id)
        elif their_email:
            local, _, domain = their_email.partition("@")
            language = _person(customer_id, self.pick_language)[0]
            others = [d for d in dict.fromkeys(MAIL_DOMAINS[language]) if d != domain]
            name, email = their_name, f"{local}@{others[int(_hash(customer_id, 16) * len(others))]}"
        else:
            return name, phone, email
        rows.entered_again.append((earlier, customer_id))
        return name, phone, email

    def enquiry(
        self, batch: _Rows, enquiry_id: int, received: datetime, channel: str, t: float
    ) -> None:
        """One enquiry and all that followed it, drawn in a fixed order from the seeded
        random numbers (the same seed gives the same shop)."""
        rng = self.rng
        held = self.held.get(enquiry_id)
        if held == "waiting" and channel == "walk_in":  # someone in the shop is served at once
            channel = ("chat", "web_form", "email", "social")[int(_hash(enquiry_id, 7) * 4)]
        customer_id, language, returning, referred_by, woman = self.customer(
            batch, enquiry_id, received, channel
        )
        product = int(rng.random() ** 1.3 * len(self.products))
        notes = self.notes[woman][product]
        interest = notes[int(rng.random() * len(notes))]
        price = _money(
            self.products[product][3] * (0.85 + 0.3 * rng.random()),
            self.plan.per_euro,
            self.plan.cents,
        )
        staff = self.staff_ids[int(rng.random() ** 1.2 * len(self.staff_ids))]
        source = self._source(channel, returning, referred_by)
        answer = self._answer(received, channel, t, held)
        story = self._story(received, channel, answer, returning, referred_by, price, held)
        who = _Who(enquiry_id, customer_id, language, staff)
        open_times = self._followups(batch, who, received, answer, story, held)
        for at, kind in story.contacts:
            batch.contacts.append((enquiry_id, str(at), staff, kind, "out", "", str(at), None))
        for factor in story.factors:
            batch.factors.append((enquiry_id, self.factors[factor]))
        estimated = price if rng.random() < 0.5 else None
        first, outcome_at = answer.first, story.outcome_at
        received_text = str(received)
        updated = str(outcome_at or first or received)
        batch.enquiries.append((
            enquiry_id, customer_id, self.channels[channel], received_text, staff, interest, "",
            estimated, self.sources[source] if source else None, referred_by,
            str(first) if first else None, staff if first else None, answer.how,
            answer.clock if first else None, answer.business if first else None,
            story.outcome, str(outcome_at) if outcome_at else None, story.value,
            story.purchase_channel, story.lost_reason,
            str(min(open_times)) if open_times else None, received_text, updated, None,
        ))  # fmt: skip

    def _source(self, channel: str, returning: bool, referred_by: int | None) -> str | None:
        """How they heard of the shop, as the channel makes likely."""
        if returning:
            return "returning"
        if referred_by is not None:
            return "recommendation"
        roll = self.rng.random()
        if roll < 0.1:
            return None
        if channel == "walk_in":
            return _by_roll(roll, (0.55, "passing_by"), (0.75, "ads"), (0.85, "social_media"))
        if channel in ("social", "chat"):
            return _by_roll(roll, (0.6, "social_media"), (0.8, "ads"), (1.0, "search"))
        return _by_roll(roll, (0.5, "search"), (0.75, "ads"), (0.9, "social_media"))

    def _between(self, start: datetime, end: datetime) -> datetime:
        """A moment from `start` to `end`, in opening hours if the shop was open between."""
        rng, hours = self.rng, self.hours
        if end <= start:
            return start
        open_seconds = hours.business_seconds(start, end)
        if open_seconds > 0:
            return min(hours.add_business_seconds(start, int(rng.random() * open_seconds)), end)
        return start + timedelta(seconds=int(rng.random() * (end - start).total_seconds()))

    def _done_after(self, due: datetime, spread: int, until: datetime | None = None) -> datetime:
        """When staff did an item that came `due`: at an opening within `spread` seconds
        of it, or before `until` (by default now) if that came first."""
        until = until or self.now
        done = self.hours.next_opening(due + timedelta(seconds=int(self.rng.random() * spread)))
        return done if done <= until else self._between(due, until)

    def _answer(self, received: datetime, channel: str, t: float, held: str | None) -> _Answer:
        """The first response: on the spot, or after a while in opening hours; by now,
        unless the enquiry is one of today's still waiting."""
        rng, hours, now = self.rng, self.hours, self.now
        if held == "waiting":
            return _Answer(False, None, None, None, None)
        answered_now = (channel == "walk_in" and rng.random() < 0.97) or (
            channel == "phone" and rng.random() < 0.72
        )
        if answered_now:
            return _Answer(True, received, answered_now_contact_kind(channel), 0, 0)
        business = None
        median = RESPONSE_MEDIAN[channel] * (1.25 - 0.45 * t) * 60  # staff get faster
        if channel in ("chat", "social") and not hours.is_open(received) and rng.random() < 0.2:
            first = received + timedelta(seconds=int(rng.lognormvariate(math.log(1200), 0.8)))
        else:
            if rng.random() < 0.025:  # it slipped through: answered a day or three late
                business = int(9 * 3600 * (1 + 2 * rng.random()))
            else:
                business = min(int(rng.lognormvariate(math.log(median), 1.0)) + 30, 5 * 9 * 3600)
            if held is not None:  # left overdue later on purpose, but answered the same day
                business = min(business, 2 * 3600)
            first = hours.add_business_seconds(received, business)
        if first > now:  # a shop on top of its work has answered it by now
            first, business = self._between(received, now), None
        if business is None:
            clock, business = response_times(received, first, hours)
        else:
            clock = int((first - received).total_seconds())
        return _Answer(False, first, {"email": "email", "phone": "call"}.get(channel, "message"),
                       clock, business)  # fmt: skip

    def _story(
        self, received: datetime, channel: str, answer: _Answer, returning: bool,
        referred_by: int | None, price: int, held: str | None,
    ) -> _Story:  # fmt: skip
        """Later contacts, and whether they bought (why) or not (why not): everyone decided
        by now but those still thinking it over, and those left open on purpose."""
        rng, hours, now = self.rng, self.hours, self.now
        first = answer.first
        story = _Story(last_contact=first)
        if first is None:  # still waiting for an answer: nothing else has happened
            return story
        story.contacts.append((first, answer.how))
        if held is None and rng.random() < 0.35:
            quote_at = hours.next_opening(first + timedelta(seconds=int(rng.random() * 108_000)))
            if quote_at <= now:
                story.contacts.append((quote_at, "quote"))
                story.last_contact = quote_at
        minutes = (answer.business or 0) / 60
        start = story.last_contact or first
        if held == "check_in":  # bought soon after, and nobody has called them since
            decide_at = hours.next_opening(start + timedelta(seconds=int(rng.random() * 28_800)))
        else:
            thinking = min(int(rng.lognormvariate(LOG_30H, 1.1)), DECIDED_WITHIN)
            decide_at = hours.next_opening(start + timedelta(seconds=thinking))
        if held in ("decision", "snoozed") or decide_at > now:
            return story  # still thinking it over
        rate = BUY_RATE[channel] * (1.25 if returning else 1.0) * (1.15 if referred_by else 1.0)
        if minutes > 240:
            rate *= 0.55
        elif minutes > 60:
            rate *= 0.8
        elif minutes <= 15:
            rate *= 1.12
        if held == "check_in" or rng.random() < rate:
            story.outcome, story.outcome_at = "purchased", decide_at
            self._why_bought(story, price, returning, referred_by)
        else:
            story.outcome, story.outcome_at = "lost", decide_at
            reason = "no_response" if minutes > 240 and rng.random() < 0.5 else self.pick_lost(rng)
            story.lost_reason = self.reasons[reason]
        return story

    def _why_bought(
        self, story: _Story, price: int, returning: bool, referred_by: int | None
    ) -> None:
        rng = self.rng
        story.value = price
        story.purchase_channel = (
            "in_store" if rng.random() < 0.68 else "delivery" if rng.random() < 0.7 else "online"
        )
        for _ in range(1 + int(rng.random() * 2.4)):
            factor = self.pick_factor(rng)
            if factor not in story.factors:
                story.factors.append(factor)
        if returning and "experience" not in story.factors and rng.random() < 0.5:
            story.factors.append("experience")
        if referred_by and "recommendation" not in story.factors:
            story.factors.append("recommendation")

    def _followups(
        self, batch: _Rows, who: _Who, received: datetime, answer: _Answer, story: _Story,
        held: str | None,
    ) -> list[datetime]:  # fmt: skip
        """The follow-ups the program would have made, in the state they are in by now
        (none for the "imported" part of the history); the times still open. What came
        due was done, but for the few left open on purpose (`held`)."""
        rng, hours, now = self.rng, self.hours, self.now
        open_times: list[datetime] = []
        logged = received >= self.logged_from
        outcome, outcome_at = story.outcome, story.outcome_at
        deciding = self.results["deciding"]

        def followup(
            kind: str, due: datetime, created: datetime, state: _State, topic: str | None = None
        ) -> None:
            self._followup(batch, who.enquiry_id, who.customer_id, kind, topic, due, who.staff,
                           state, open_times, created, snooze=held == "snoozed")  # fmt: skip

        if logged and not answer.answered_now:
            due = rules.respond_due(received, hours, self.rules)
            answered = answer.first
            followup(
                "respond", due, received, OPEN if answered is None else (answered, "answered", None)
            )
        if logged and answer.first is not None:
            last_contact = story.last_contact or answer.first
            due = rules.decision_due(last_contact, hours, self.rules)
            if outcome_at is not None and outcome_at <= due:  # decided before we asked
                state: _State = (
                    (outcome_at, "purchased", None)
                    if outcome == "purchased"
                    else (None, "", outcome_at)
                )
            elif outcome_at is not None:  # asked when it came due; they decided later
                state = (self._done_after(due, 72_000, outcome_at), deciding, None)
            elif held in ("decision", "snoozed"):  # not asked yet: overdue, or put off
                state = OPEN
            else:  # still deciding: asked each time it came due, to be asked again
                while due <= now:
                    asked = self._done_after(due, 72_000)
                    followup("decision", due, last_contact, (asked, deciding, None))
                    story.contacts.append((asked, "call"))
                    last_contact, due = asked, rules.decision_due(asked, hours, self.rules)
                state = OPEN
            followup("decision", due, last_contact, state)
        if outcome == "purchased" and not logged and rng.random() < 0.22:
            self._feedback(batch, who.enquiry_id, who.customer_id, who.language,
                           outcome_at + timedelta(days=3), who.staff, open_times, logged=False)  # fmt: skip
        if outcome == "purchased" and logged:
            for topic, due in rules.after_sales_due(outcome_at, hours, self.rules):
                state = self._after_sales_state(topic, due, held == "check_in")
                followup("after_sales", due, outcome_at, state, topic)
                if topic == "check_in" and state[0] is not None and rng.random() < 0.65:
                    self._feedback(batch, who.enquiry_id, who.customer_id, who.language,
                                   state[0], who.staff, open_times, logged=True)  # fmt: skip
        return open_times

    def _after_sales_state(self, topic: str, due: datetime, not_called: bool) -> _State:
        """Open while still to come (or a check-in left undone on purpose); else called
        soon after it came due, or given up after a few tries."""
        if due > self.now or (not_called and topic == "check_in"):
            return OPEN
        if self.rng.random() < (0.92 if topic == "check_in" else 0.7):
            return (self._done_after(due, 144_000), self.results["called"], None)
        return (None, "", self._done_after(due, 5 * 86_400))  # not reached: given up

    def _followup(
        self, batch: _Rows, enquiry_id: int, customer_id: int, kind: str, topic: str | None,
        due: datetime, staff: int, state: _State, open_times: list[datetime], created: datetime,
        priority: bool = False, note: str = "", snooze: bool = False,
    ) -> None:  # fmt: skip
        done_at, result, cancelled_at = state
        snoozed = None
        remind = due
        if done_at is None and cancelled_at is None:
            if snooze:
                snoozed = self.hours.next_opening(
                    self.now + timedelta(seconds=3600 + int(self.rng.random() * 252_000))
                )
                remind = snoozed
            open_times.append(remind)
        notified = str(remind) if remind < self.announced_before else None
        batch.followups.append((
            enquiry_id, customer_id, kind, topic, note, int(priority),
            str(due), str(snoozed) if snoozed else None, str(remind), staff,
            str(done_at) if done_at else None, result, str(cancelled_at) if cancelled_at else None,
            notified, str(created), None,
        ))  # fmt: skip

    def _feedback(
        self, batch: _Rows, enquiry_id: int, customer_id: int, language: str, at: datetime,
        staff: int, open_times: list[datetime], logged: bool,
    ) -> None:  # fmt: skip
        rng = self.rng
        rating = 5 - bisect.bisect_right(RATING_SHARES, rng.random())
        if rng.random() < 0.06:
            rating = None  # they did not want to give a number
        expectation = ("better" if (rating or 3) >= 5 and rng.random() < 0.5 else
                       "worse" if (rating or 3) <= 2 or rng.random() < 0.04 else "as_expected")  # fmt: skip
        recommend = None
        if rng.random() < 0.7:
            base = {5: 9, 4: 8, 3: 6, 2: 3, 1: 1}.get(rating or 3, 6)
            recommend = max(0, min(10, base + int(rng.random() * 3) - 1))
        comment = ""
        if rng.random() < 0.3:
            good, middling, bad = COMMENTS[language]
            options = (bad if expectation == "worse" or (rating or 3) <= 2 else
                       good if (rating or 3) >= 4 else middling)  # fmt: skip
            comment = options[int(rng.random() * len(options))]
        complaint = rules.is_complaint(rating, expectation, rng.random() < 0.02)
        self.feedback_count += 1
        feedback_id = self.feedback_count  # chunk-local until written
        resolved = resolution = None
        if complaint and not logged and at < self.now - timedelta(days=7):
            resolved, resolution = at + timedelta(days=1), self.results["in_shop"]
        elif complaint:
            due = rules.complaint_due(at, self.hours, self.rules)
            if due <= self.now:  # handled when it came due
                resolved = self._done_after(due, 108_000)
                resolution = self.results["resolved"]
            batch.complaints.append(len(batch.followups))
            state = (resolved, resolution or "", None)
            self._followup(batch, enquiry_id, customer_id, "complaint", str(feedback_id), due, staff,
                           state, open_times, at, priority=True, note=comment)  # fmt: skip
        batch.feedback.append((
            feedback_id, enquiry_id, customer_id, str(at), staff, rating, expectation, recommend,
            comment, int(complaint), str(resolved) if resolved else None, resolution or "", str(at), None,
        ))  # fmt: skip


class _Rows:
    """One batch of rows per table, written together."""

    COLUMNS: ClassVar[dict[type, Sequence[str]]] = {
        Customer: ("id", "name", "name_key", "phone", "email", "handle", "notes", "referred_by_id",
                   "merged_into_id", "created_at", "updated_at", "deleted_at"),
        Enquiry: ("id", "customer_id", "channel_id", "received_at", "taken_by_id", "interest", "details",
                  "estimated_value_cents", "source_id", "referred_by_id", "first_response_at",
                  "first_response_by_id", "first_response_how", "response_seconds",
                  "response_business_seconds", "outcome", "outcome_at", "purchase_value_cents",
                  "purchase_channel", "lost_reason_id", "next_followup_at", "created_at", "updated_at",
                  "deleted_at"),
        EnquiryFactor: ("enquiry_id", "factor_id"),
        Contact: ("enquiry_id", "at", "staff_id", "kind", "direction", "text", "created_at", "deleted_at"),
        FollowUp: ("enquiry_id", "customer_id", "kind", "topic", "note", "priority", "due_at",
                   "snoozed_until", "remind_at", "assigned_to_id", "done_at", "result", "cancelled_at",
                   "notified_at", "created_at", "deleted_at"),
        Feedback: ("id", "enquiry_id", "customer_id", "recorded_at", "staff_id", "rating", "expectation",
                   "recommend", "comment", "complaint", "complaint_resolved_at", "resolution",
                   "created_at", "deleted_at"),
    }  # fmt: skip

    def __init__(self) -> None:
        self.customers: list[tuple[Any, ...]] = []
        self.enquiries: list[tuple[Any, ...]] = []
        self.factors: list[tuple[Any, ...]] = []
        self.contacts: list[tuple[Any, ...]] = []
        self.followups: list[tuple[Any, ...]] = []
        self.feedback: list[tuple[Any, ...]] = []
        self.complaints: list[int] = []  # positions of complaint follow-ups in `followups`
        self.entered_again: list[tuple[int, int]] = []  # (earlier, later) customer
        self.feedback_count = 0

    def flush(self, writer: Any) -> None:
        for model, rows in (
            (Customer, self.customers),
            (Enquiry, self.enquiries),
            (EnquiryFactor, self.factors),
            (Contact, self.contacts),
            (FollowUp, self.followups),
            (Feedback, self.feedback),
        ):
            if rows:
                writer.insert(model, self.COLUMNS[model], rows)
                rows.clear()
