"""The demo shop's fixed data: what its people are called and say, what it sells, its
customers' telephone numbers and e-mail addresses, by language and country, and the shares
by which its customers come, get answered, buy and rate. Only data and the telephone
numbers made from it: `demo_plan` and the builder (`demo_builder`, `demo_people`,
`demo_aftercare`) read it.
"""

from __future__ import annotations

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
NO_CENTS = frozenset({"IDR", "JPY", "KRW", "VND"})
ASCII = str.maketrans("čšžćđČŠŽĆĐ", "cszcdCSZCD")

# -- how customers come, get answered, buy and rate ---------------------------------

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
#: Cumulative shares of ratings 5, 4, 3, 2 (the rest are 1).
RATING_SHARES = (0.46, 0.77, 0.89, 0.95)


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
