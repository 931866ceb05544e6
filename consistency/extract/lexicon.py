"""Word lists the extractors share: numbers, scales, qualifiers, units, months, weekdays, reporting verbs.

Indonesian first, English beside it. Keys are lower case.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first so "lebih dari" wins over "lebih"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

# --- numbers ------------------------------------------------------------------------------------------
SCALES = {
    "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mln": 1e6,
    # South Asian English: "Rs 1,200 crore" is 12 billion rupees, "5 lakh people" half a million
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Abbreviated scales written right after a figure ("$5.1B", "Rp2 T", "5.2m residents", "$292 bln"). Single
# letters are read as scales only after a currency or before a counted noun, so "5m" alone stays 5 metres and
# "4K" a code. "M" is "miliar" in Indonesian writing and with rupiah ("Rp300 M"), "million" elsewhere; "bln" is
# "bulan" (month) in Indonesian prose, so it is a scale only with money or in English.
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "t": 1e12,
                 "tn": 1e12, "trn": 1e12}
SUFFIX_SCALES_ID = {"m": 1e9, "t": 1e12}  # Indonesian: M = miliar, T = triliun

# Fractions: "setengah", "sepertiga", "dua pertiga"; "half", "a third", "three quarters".
FRACTION_DENOMINATORS_ID = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                            "sembilan": 9, "sepuluh": 10, "seratus": 100}
FRACTION_DENOMINATORS_EN = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                            "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
                            "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
# Denominators of written fractions ("1/2", "2/3", "3/4"); any other "a/b" is a date, a score or a ratio.
FRACTION_DIGIT_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 100}
UNIT_WORDS_ID = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "sejuta": 1e6,
}
UNIT_WORDS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
# Multipliers inside a number phrase: "tiga puluh", "dua belas", "lima ratus", "two hundred".
NUMBER_MULTIPLIERS = {"belas": "teen", "puluh": 10, "ratus": 100, "hundred": 100}

# Vague amounts: the interval each stands for (inclusive).
VAGUE = {
    "belasan": (11, 19), "puluhan": (10, 99), "ratusan": (100, 999), "ribuan": (1_000, 9_999),
    "puluhan ribu": (10_000, 99_999), "belasan ribu": (11_000, 19_999), "ratusan ribu": (100_000, 999_999),
    "jutaan": (1e6, 9_999_999), "puluhan juta": (1e7, 99_999_999), "ratusan juta": (1e8, 999_999_999),
    "miliaran": (1e9, 9_999_999_999),
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (100, 999), "thousands": (1_000, 9_999),
    "tens of thousands": (10_000, 99_999), "hundreds of thousands": (100_000, 999_999),
    "millions": (1e6, 9_999_999), "tens of millions": (1e7, 99_999_999), "billions": (1e9, 9_999_999_999),
}

# Qualifiers before a number: (kind, words). Longer phrases are tried first.
QUALIFIERS_BEFORE = {
    "above": ["lebih dari", "lebih daripada", "di atas", "melebihi", "more than", "over", "above", "upwards of",
              "in excess of", "greater than"],
    "at_least": ["setidaknya", "sedikitnya", "paling sedikit", "sekurang-kurangnya", "minimal", "at least",
                 "no fewer than", "no less than", "a minimum of"],
    "below": ["kurang dari", "di bawah", "less than", "fewer than", "under", "below"],
    "at_most": ["tidak lebih dari", "tak lebih dari", "tidak sampai", "paling banyak", "maksimal", "hingga",
                "sampai", "up to", "at most", "no more than", "a maximum of"],
    "about": ["sekitar", "sekira", "kira-kira", "kurang lebih", "lebih kurang", "kisaran", "about", "around",
              "approximately", "roughly", "some", "an estimated", "estimated", "circa", "approx."],
    "nearly": ["hampir", "nyaris", "mendekati", "nearly", "almost", "close to", "just under"],
}
QUALIFIERS_AFTER = {
    "above": ["lebih", "more", "plus", "+"],
    "at_least": ["or more", "atau lebih"],
    "about": ["-an", "or so", "an"],
}
RANGE_JOINERS = ["dan", "and", "hingga", "sampai", "sampai dengan", "to", "-", "–", "—"]
# Words that may stand between a qualifier and its figure: "sedikitnya sudah 41 orang", "at least another 12".
QUALIFIER_FILLERS = ["sudah", "telah", "ada", "terdapat", "tercatat", "sebanyak", "mencapai", "berjumlah",
                     "another", "an additional", "a further", "a total of", "a combined"]
# "naik dari 41 hingga 58", "rose from 100 to 120": a change between two figures, not a range.
CHANGE_VERBS = ["naik", "turun", "meningkat", "menurun", "bertambah", "berkurang", "melonjak", "merosot",
                "anjlok", "melonjak", "direvisi", "dikoreksi", "rose", "risen", "rise", "rising", "fell", "fallen",
                "fall", "falling", "increased", "increase", "decreased", "decrease", "climbed", "jumped",
                "dropped", "declined", "grew", "grown", "revised", "raised", "lowered", "up", "down", "went",
                "cut", "reduced", "slashed", "trimmed", "dipangkas", "memangkas", "dikurangi"]

# --- units ----------------------------------------------------------------------------------------------
# The counted thing, by class: words of one class are the same kind of unit ("tentara" ~ "troops").
UNIT_CLASSES = {
    "personnel": ["tentara", "pasukan", "prajurit", "personel", "serdadu", "militer", "anggota militer",
                  "soldier", "troop", "personnel", "serviceman", "servicemen", "fighter", "trooper"],
    "people": ["orang", "warga", "penduduk", "jiwa", "manusia", "people", "person", "persons", "resident",
               "civilian", "individual", "inhabitant"],
    "casualty": ["korban", "korban jiwa", "casualty", "victim"],
    "refugee": ["pengungsi", "refugee", "evacuee"],
    "duration:year": ["tahun", "thn", "year"],
    "duration:month": ["bulan", "bln", "month"],
    "duration:week": ["pekan", "minggu", "week"],
    "duration:day": ["hari", "day"],
    "duration:hour": ["jam", "hour"],
    "duration:minute": ["menit", "minute"],
    "duration:second": ["detik", "second"],
    "area": ["km2", "km²", "hektare", "hektar", "ha", "hectare"],
    "vehicle": ["kendaraan", "mobil", "vehicle", "car"],
    "house": ["rumah", "bangunan", "house", "home", "building"],
    "village": ["desa", "kelurahan", "village"],
    "country": ["negara", "country", "nation"],
    "times": ["kali", "times"],
}
UNIT_CLASS_OF = {w: cls for cls, words in UNIT_CLASSES.items() for w in words}
# a duration written in two units, the larger first ("8 tahun 5 bulan", "1 jam 15 menit", "8 years and 6 months"):
# each unit's next smaller one and how many of it make one; only whole ratios (a month's days vary)
DURATION_PARTS = {
    "duration:year": ("duration:month", 12),
    "duration:week": ("duration:day", 7),
    "duration:day": ("duration:hour", 24),
    "duration:hour": ("duration:minute", 60),
    "duration:minute": ("duration:second", 60),
}
# Measures convert to one base unit per class, so "1,7 m" and "170 cm" compare.
MEASURES = {
    "km": ("length", 1000.0), "kilometer": ("length", 1000.0), "kilometre": ("length", 1000.0),
    "m": ("length", 1.0), "meter": ("length", 1.0), "metre": ("length", 1.0), "cm": ("length", 0.01),
    "sentimeter": ("length", 0.01), "centimeter": ("length", 0.01),
    "centimetre": ("length", 0.01), "mm": ("length", 0.001), "mil": ("length", 1609.344), "mile": ("length", 1609.344),
    "ton": ("mass", 1000.0), "tonne": ("mass", 1000.0), "kg": ("mass", 1.0), "kilogram": ("mass", 1.0),
    "gram": ("mass", 0.001), "g": ("mass", 0.001),
    "pound": ("mass", 0.45359237), "lb": ("mass", 0.45359237), "lbs": ("mass", 0.45359237),
    "pon": ("mass", 0.45359237), "ft": ("length", 0.3048), "foot": ("length", 0.3048), "feet": ("length", 0.3048),
    "inch": ("length", 0.0254), "inches": ("length", 0.0254),
    "kaki": ("length", 0.3048),  # "di ketinggian 32.000 kaki": Indonesian writes a height in feet as "kaki"
    # volumes in cubic metres: "57 liter per meter persegi" and "75 litres of rain", a spill's barrels
    "liter": ("volume", 0.001), "litre": ("volume", 0.001), "mililiter": ("volume", 1e-6),
    "milliliter": ("volume", 1e-6), "millilitre": ("volume", 1e-6), "barel": ("volume", 0.158987294928),
    "barrel": ("volume", 0.158987294928),
    # speeds in km/h, read as one unit by ``numbers._SPEED`` ("95 km/h", "80 km per jam", "60 mph")
    "km/h": ("speed", 1.0), "mile/h": ("speed", 1.609344), "m/h": ("speed", 0.001),
}
UNIT_CLASS_OF.update({w: f"measure:{cls}" for w, (cls, _) in MEASURES.items()})
# Spelled-out millimetres, one unit in both languages ("922.5 millimeters", "992,5 milimeter"); kept apart from
# "mm" as a length, for they are mostly rainfall, which a length's rules (what it measures, a stretch) would veto
UNIT_SPELLINGS = {w: "unit:millimetre" for w in ("milimeter", "millimeter", "millimetre", "millimeters", "millimetres")}
UNIT_CLASS_OF.update(UNIT_SPELLINGS)


def unit_key(noun: str) -> str:
    """One key for a counted noun the lists do not class and its loanword in the other language, so that
    "1.468 kontainer" and "1,486 containers", "turbin" and "turbines" count one thing: a plural's "s" (or "es"
    after a sibilant) and a final "e" dropped, "-re" read as "-er", c as k, ph as f, th as t, y as i, doubled
    letters single. Words that are not loans of each other ("pulau", "island") stay apart; the lists class those.
    Some English pairs meet in one key ("rate" and "rat", "note" and "not"), none of them a count news gives."""
    w = noun.lower()
    if len(w) > 4 and (w.endswith(("ches", "shes")) or (w.endswith("es") and w[-3] in "sxz")):
        w = w[:-2]  # "viruses", "buses", "boxes": the plural's "es" after a sibilant
    elif len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]  # not "virus", "kasus", "krisis": a singular's own "s"
    if w.endswith("re"):
        w = w[:-2] + "er"
    if w.endswith("e"):
        w = w[:-1]
    w = w.replace("ph", "f").replace("th", "t").replace("c", "k").replace("y", "i")
    return re.sub(r"(.)\1", r"\1", w)
# Classifiers that stand between a number and the noun ("10 orang tentara", "5 buah rumah", "3 unit mobil").
CLASSIFIERS = {"orang", "buah", "unit", "ekor", "biji", "lembar", "batang"}
PERCENT_WORDS = {"persen", "percent", "per cent", "pct", "%"}
CURRENCY_PREFIXES = {"rp": "IDR", "rp.": "IDR", "idr": "IDR", "us$": "USD", "usd": "USD", "$": "USD", "€": "EUR",
                     "eur": "EUR", "£": "GBP", "gbp": "GBP", "rm": "MYR", "s$": "SGD", "vnd": "VND", "aed": "AED",
                     "rs": "INR", "rs.": "INR", "inr": "INR", "₹": "INR",
                     # the other dollars written with a letter before the sign: "C$4.5 billion", "A$2 million"
                     "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "r$": "BRL",
                     "₦": "NGN", "₱": "PHP", "฿": "THB", "₩": "KRW", "kshs": "KES", "ksh": "KES",
                     **{code.lower(): code for code in ("CHF", "JPY", "CNY", "AUD", "CAD", "NZD", "HKD", "SGD", "MYR", "THB",
                                                        "KRW", "NGN", "KES", "ZAR", "BRL", "MXN")}}
CURRENCY_WORDS = {"rupiah": "IDR", "dolar": "USD", "dollar": "USD", "dollars": "USD", "dolar as": "USD",
                  "euro": "EUR", "euros": "EUR", "pound sterling": "GBP", "pounds sterling": "GBP",
                  "poundsterling": "GBP", "ringgit": "MYR", "riyal": "SAR", "riyals": "SAR", "rial": "OMR", "rials": "OMR", "yen": "JPY",
                  "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "lira": "TRY", "baht": "THB",
                  "dong": "VND", "dirham": "AED", "dirhams": "AED", "rand": "ZAR", "naira": "NGN", "kwacha": "MWK",
                  "dinar": "DZD", "dinars": "DZD", "rubel": "RUB", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
                  "roubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "franc": "CHF", "francs": "CHF",
                  # a dollar named by its country is that country's ("4,7 miliar dolar Kanada", "2 million Australian
                  # dollars"), not the US dollar "dolar" alone is taken for
                  # Brazil's real: "250 million reais" always; "350 juta real" only after a scale word (numbers.py:
                  # "3 real problems", "55 real count", "450 Real Madrid goals" are no money)
                  "real": "BRL", "reais": "BRL",
                  "dolar kanada": "CAD", "canadian dollars": "CAD", "canadian dollar": "CAD",
                  "dolar australia": "AUD", "australian dollars": "AUD", "australian dollar": "AUD",
                  "dolar singapura": "SGD", "singapore dollars": "SGD", "singapore dollar": "SGD"}
# "pound" is a weight ("5 pounds of rice") or sterling; these words in the sentence make it money.
MONEY_CUES = {"cost", "costs", "costing", "paid", "pay", "pays", "paying", "price", "priced", "prices", "worth",
              "fine", "fined", "spent", "spend", "spending", "budget", "salary", "salaries", "wage", "wages", "fee",
              "fees", "raised", "donated", "donation", "donations", "fund", "funds", "funding", "loan", "loans", "debt",
              "bill", "revenue", "revenues", "profit", "profits", "sold", "bought", "bid", "bonus", "compensation",
              "tax", "taxes", "deal", "contract", "award", "awarded", "prize", "investment", "invested", "grant",
              "charged", "charge", "earn", "earned", "earns", "income", "sterling", "£", "gbp", "uang", "biaya",
              "harga", "dana", "anggaran", "senilai", "bernilai", "dibayar", "membayar", "denda", "gaji"}
MASS_CUES = {"weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier", "lighter", "berat", "seberat"}
MAGNITUDE_PREFIXES = {"m", "magnitudo", "magnitude", "mag", "berkekuatan", "bermagnitudo", "bermagnitude"}
MAGNITUDE_SUFFIXES = {"sr", "skala richter", "on the richter scale", "magnitude", "magnitudo"}

# Words after a number that are not the counted thing.
STOPWORDS = {
    "id": {"dan", "atau", "di", "ke", "dari", "yang", "pada", "dengan", "untuk", "dalam", "itu", "ini", "telah",
           "sudah", "akan", "juga", "lalu", "silam", "terakhir", "pertama", "lagi", "saja", "pun", "per",
           "adalah", "merupakan", "sebagai", "oleh", "bagi", "secara", "antara", "sekitar", "lebih", "kurang",
           "karena", "sejak", "hingga", "sampai", "saat", "ketika", "setelah", "sebelum", "tersebut", "tahunnya",
           # conjunctions that open another clause ("mencatatnya 6,2 sedangkan USGS 5,6")
           "sedangkan", "sementara", "namun", "tetapi", "tapi", "padahal", "meski", "meskipun", "walaupun",
           # "atau 7,9 menurut USGS": whose reading it is, never the figure's unit
           "menurut",
           # "bukan enam seperti yang sempat beredar": a comparison, never the figure's unit
           "seperti", "sebagaimana", "bagaikan"},
    "en": {"and", "or", "in", "of", "to", "from", "the", "a", "an", "that", "this", "on", "at", "by", "for", "with",
           "were", "was", "are", "is", "have", "had", "has", "been", "be", "more", "less", "than", "per", "each",
           "other", "new", "who", "which",
           # conjunctions that open another clause: "measured it at 6.2 while the USGS put it at 5.6" counts no "while"
           "while", "whereas", "but", "when", "if", "because", "although", "though",
           # prepositions of time: "cut by 5,337 to 41,329 after the review" counts no "after"
           "after", "before", "since", "until", "during",
           # "not 81 as first listed": a comparison, never the figure's unit
           "as", "like"},
}

# English verbs of a schedule in the present: news tells what happened in the past tense, so "Debate on the budget
# begins in the House on Friday", "the new fares take effect on Monday" name a day to come (dates.py puts the weekday
# they govern ahead; the frames read them as a schedule, frame_cues.json "schedule")
SCHEDULE_VERBS_EN = ("begins", "starts", "opens", "resumes", "reopens", "convenes", "reconvenes", "takes effect",
                     "take effect", "kicks off", "expires")

# --- dates ----------------------------------------------------------------------------------------------
MONTHS = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11, "desember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "agust": 8, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11, "des": 12, "dec": 12,
}
WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
WEEKDAY_NAMES_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

# --- times of day -------------------------------------------------------------------------------------
# Zones written after a clock time, as hours east of UTC; "local" (waktu setempat, local time) is the event's own
# zone, which a report that names none is taken to give too.
TIME_ZONES = {"wib": 7, "wita": 8, "wit": 9, "gmt": 0, "utc": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3,
              "et": None, "est": -5, "edt": -4, "pst": -8, "pdt": -7, "jst": 9, "kst": 9, "ist": 5.5, "aest": 10,
              "local time": "local", "local": "local", "waktu setempat": "local", "waktu lokal": "local",
              "hora local": "local"}
# Words before a clock time that say how it holds: about it, just before it, just after it. A time after "hingga",
# "by", "until", "sejak", "since", "before", "after" or "from" is a bound or the start of a span, never when
# something happened, and is not read as a fact of its own.
CLOCK_QUALIFIERS = {
    "approx": ["sekitar", "kira-kira", "kurang lebih", "sekira", "lebih kurang", "around", "about", "approximately",
               "roughly", "some", "circa", "alrededor de", "cerca de"],
    "before": ["menjelang", "jelang", "sesaat sebelum", "tak lama sebelum", "shortly before", "just before",
               "moments before", "minutes before", "poco antes de"],
    "after": ["sesaat setelah", "tak lama setelah", "selepas", "lewat", "shortly after", "just after", "soon after",
              "moments after", "minutes after", "poco después de"],
}
CLOCK_BOUNDS = ["hingga", "sampai", "sampai dengan", "per", "sejak", "sebelum", "setelah", "sesudah",
                "dari", "antara", "by", "until", "till", "as of", "since", "before", "after", "from", "between",
                "starting", "beginning", "hasta", "desde", "antes de", "después de", "deadline", "batas waktu",
                "tenggat"]
# Day parts after an Indonesian hour written on the twelve-hour clock ("pukul 8 malam", "pukul 2 dini hari"): the
# hours they move past noon.
CLOCK_DAY_PARTS = {"dini hari": 0, "subuh": 0, "pagi": 0, "siang": 12, "tengah hari": 12, "sore": 12, "petang": 12,
                   "malam": 12, "tengah malam": 0}

# --- attribution --------------------------------------------------------------------------------------
# Reporting verbs that follow the speaker ("Peskov mengatakan", "Ukraine estimated").
CUES_AFTER_SPEAKER = [
    "mengatakan", "menyatakan", "menyebut", "menyebutkan", "mengungkapkan", "menjelaskan", "menegaskan",
    "memperkirakan", "mengklaim", "melaporkan", "mengumumkan", "menambahkan", "menuturkan", "mengakui",
    "membantah", "menyampaikan", "menilai", "mengatakan kepada", "menggarisbawahi", "memperingatkan",
    "berkata", "bilang", "mencatat", "menduga", "meyakini", "menuding", "menuduh", "mengonfirmasi",
    "said", "says", "told", "stated", "estimated", "estimates", "claimed", "claims", "reported", "reports",
    "announced", "added", "confirmed", "denied", "warned", "noted", "argued", "insisted", "believes",
    "wrote", "tweeted", "acknowledged", "admitted", "conceded",
]
# Cues that come after a quote and name the speaker after them ("kata Peskov", "said Peskov").
CUES_BEFORE_SPEAKER = ["kata", "ujar", "ucap", "tutur", "jelas", "tegas", "imbuh", "tambah", "lanjut", "sebut",
                       "said", "says", "added", "according to"]
# The same cues with -nya: the speaker is the last one named ("ujarnya", "lanjutnya").
NYA_CUES = ["katanya", "ujarnya", "ucapnya", "tuturnya", "jelasnya", "tegasnya", "imbuhnya", "tambahnya",
            "lanjutnya", "sebutnya", "ungkapnya", "terangnya", "pungkasnya", "paparnya", "katanya lagi"]
ACCORDING_TO = ["menurut", "according to", "berdasarkan", "mengutip", "dikutip dari", "citing"]
# The shapes of a finite verb no lexicon lists: an Indonesian active or ber- verb ("memeriksa", "berkata") and an
# English past form ("questioned"). Passive di-/ter- forms are the caller's to add: many nouns start so ("dinas").
ID_ACTIVE_VERB = r"(?:me(?:ng|ny|m|n|l|r|w|y)|ber)[a-z]{3,}"
# the shapes of an Indonesian verb the frames read as a clause's act when no lexicon names it: an active meN- form
# ("merevisi", "menggolongkan") and a passive di- form ("ditetapkan")
ID_MEN_VERB = r"me(?:ng|ny|m|n)?[a-z]{3,}"
ID_DI_VERB = r"di[a-z]{4,}"
EN_PAST_VERB = r"[a-z]{3,}ed"

PRONOUNS = {"ia", "dia", "beliau", "mereka", "he", "she", "they"}
# Titles and roles kept with a name ("Menteri Pertahanan Ukraina Rustem Umerov").
TITLE_WORDS = {
    "presiden", "wakil", "menteri", "perdana", "juru", "bicara", "jubir", "kepala", "direktur", "gubernur",
    "panglima", "jenderal", "kapten", "kolonel", "ketua", "sekretaris", "jenderal", "duta", "besar", "raja",
    "ratu", "pangeran", "senator", "anggota", "pejabat", "komandan", "kementerian", "kantor", "pemerintah",
    "president", "minister", "prime", "spokesman", "spokeswoman", "spokesperson", "secretary", "general",
    "chief", "head", "director", "governor", "commander", "ambassador", "senator", "official", "officials",
}

# --- votes ----------------------------------------------------------------------------------------------
# The words a vote is told with, written once: numbers.py reads a dash between two counts near them as a tally
# (for, against), frames/votes.py pairs a tally's two counts and takes the count a measure was approved by as its votes
# in favour. The vote itself ("voted 287 to 55", "a 400-10 vote", "pemungutan suara 130-4"):
VOTE_NOUNS = ["vote", "votes", "voted", "voting", "ballot", "ballots", "suara", "pemungutan suara"]
# a measure passed: "passed 63-36", "disahkan dengan hasil 130-4", "approved it by 551 votes"
VOTE_APPROVE = ["passed", "approved", "adopted", "ratified", "endorsed", "disetujui", "disahkan", "diloloskan",
                "diratifikasi", "menyetujui", "menyetujuinya", "mengesahkan", "meratifikasi", "meloloskan"]
# a measure voted down; these also tell a match ("Indonesia defeated Vietnam 3-0"), so they make a tally only in a
# sentence that names a vote or a voting body ("The Senate rejected the measure 48-52")
VOTE_REJECT = ["rejected", "rejecting", "defeated", "defeating", "voted down", "ditolak", "menolak"]


@lru_cache(maxsize=1)
def _frame_cues() -> dict:
    return json.loads((Path(__file__).parent / "data" / "frame_cues.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def voting_body_words() -> tuple[str, ...]:
    """The names of bodies that vote, in both languages: the voting bodies and the generic legislature of the
    actors list (data/frame_cues.json), so a chamber is named in one place."""
    cues = _frame_cues()
    actors = cues["actors"]
    entries = [actors["specific"][b] for b in cues["voting_bodies"]["ids"]] + [actors["generic"]["legislature"]]
    return tuple(sorted({w for e in entries for lang in ("id", "en") for w in e.get(lang, [])}))


@lru_cache(maxsize=1)
def vote_measure_words() -> tuple[str, ...]:
    """What a chamber votes on (a bill, a motion, an amendment), in both languages: frame_cues.json's
    "vote_measures", which the frames read as a vote's "measure:<kind>". In a sentence naming one, "rejected 396-217"
    is a vote's tally."""
    kinds = {k: v for k, v in _frame_cues()["vote_measures"].items() if not k.startswith("_")}
    return tuple(sorted({w for forms in kinds.values() for lang in ("id", "en") for w in forms.get(lang, [])}))


# --- Spanish ---------------------------------------------------------------------------------------------
# Spanish has tables of its own, read only when the article's language is "es": its words would change how
# Indonesian and English read ("mil" is a thousand here and a mile there, "de" is everywhere), and the frame
# lexicons read the tables above. Units map to the same classes, so "11.000 soldados" meets "11,000 troops".
UNIT_WORDS_ES = {
    "cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "veintiuno": 21, "veintiuna": 21, "veintiún": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
    "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600, "seiscientas": 600,
    "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900,
    "novecientas": 900,
}
# "un", "una", "uno" are also the article: a count only with a scale, a unit after a comparative, or in a range.
WEAK_WORDS_ES = {"un", "una", "uno"}
# Scales after a figure. Spanish counts in the long scale: "mil millones" is 1e9 and "un billón" 1e12.
SCALES_ES = {"mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9, "billón": 1e12,
             "billon": 1e12, "billones": 1e12}
VAGUE_ES = {
    "decenas": (20, 99), "centenares": (100, 999), "cientos": (100, 999), "miles": (1_000, 9_999),
    "decenas de miles": (10_000, 99_999), "cientos de miles": (100_000, 999_999),
    "centenares de miles": (100_000, 999_999), "millones": (1e6, 9_999_999),
    "decenas de millones": (1e7, 99_999_999), "miles de millones": (1e9, 999_999_999_999),
}
QUALIFIERS_BEFORE_ES = {
    "above": ["más de", "mas de", "por encima de", "superior a", "superiores a", "poco más de"],
    "at_least": ["al menos", "por lo menos", "como mínimo", "como minimo", "no menos de", "un mínimo de"],
    "below": ["menos de", "por debajo de", "inferior a", "inferiores a"],
    "at_most": ["hasta", "como máximo", "como maximo", "no más de", "un máximo de", "a lo sumo"],
    # "cerca de 40" is used for "about 40" as often as for "nearly 40": the wider reading keeps precision
    "about": ["unos", "unas", "alrededor de", "cerca de", "aproximadamente", "aprox.", "en torno a",
              "más o menos", "del orden de"],
    "nearly": ["casi"],
}
QUALIFIERS_AFTER_ES = {"at_least": ["o más"]}
QUALIFIER_FILLERS_ES = ["ya", "un total de", "otros", "otras"]
CHANGE_VERBS_ES = ["subió", "subio", "bajó", "aumentó", "aumento", "disminuyó", "creció", "cayó", "pasó",
                   "ascendió", "se elevó", "elevó", "descendió", "revisó", "corrigió", "aumentado",
                   "subido", "bajado", "pasado", "elevado", "revisado"]
UNIT_CLASSES_ES = {
    "personnel": ["soldado", "tropa", "militar", "efectivo", "combatiente", "uniformado"],
    "people": ["persona", "habitante", "ciudadano", "ciudadana", "residente", "civil", "vecino", "individuo"],
    "casualty": ["víctima", "victima", "muerto", "fallecido", "víctima mortal"],
    "refugee": ["refugiado", "desplazado", "evacuado"],
    "duration:year": ["año", "ano"],
    "duration:month": ["mes"],
    "duration:week": ["semana"],
    "duration:day": ["día", "dia"],
    "duration:hour": ["hora"],
    "duration:minute": ["minuto"],
    "area": ["km2", "km²", "hectárea", "hectarea", "ha"],
    "vehicle": ["vehículo", "vehiculo", "coche", "auto", "automóvil", "carro"],
    "house": ["casa", "vivienda", "edificio", "hogar"],
    "village": ["aldea", "pueblo"],
    "country": ["país", "pais", "nación", "nacion"],
    "times": ["vez", "veces"],
}
# Spanish measure words name the shared measure they are ("kilómetros" is "kilometer"), so a measure is stored
# and shown in one unit whatever the language. "libra" is left out: like "pound", it is a weight or sterling.
MEASURES_ES = {
    "km": "km", "kilómetro": "kilometer", "kilometro": "kilometer", "m": "m", "metro": "meter", "cm": "cm",
    "centímetro": "cm", "centimetro": "cm", "mm": "mm", "milímetro": "mm", "milimetro": "mm", "milla": "mile",
    "tonelada": "ton", "kg": "kg", "kilo": "kg", "kilogramo": "kg", "gramo": "gram", "g": "g",
}
UNIT_CLASS_OF_ES = {w: cls for cls, words in UNIT_CLASSES_ES.items() for w in words}
UNIT_CLASS_OF_ES.update({w: f"measure:{MEASURES[key][0]}" for w, key in MEASURES_ES.items()})
PERCENT_WORDS_ES = {"por ciento", "porciento", "%"}
# "$" alone is the peso in much of Latin America: only "US$" and "dólares" are dollars.
CURRENCY_PREFIXES_ES = {"us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "$": "$",
                        "rp": "IDR", "rp.": "IDR", "idr": "IDR"}
CURRENCY_WORDS_ES = {"€": "EUR", "euro": "EUR", "euros": "EUR", "dólar": "USD", "dólares": "USD", "dolar": "USD",
                     "dolares": "USD", "rupia": "IDR", "rupias": "IDR", "libras esterlinas": "GBP", "rublo": "RUB",
                     "rublos": "RUB"}
STOPWORDS_ES = {"de", "del", "la", "el", "los", "las", "lo", "y", "e", "o", "u", "en", "a", "al", "que", "con",
                "por", "para", "un", "una", "se", "su", "sus", "es", "son", "fue", "fueron", "ha", "han", "había",
                "más", "mas", "menos", "como", "entre", "sobre", "según", "desde", "hasta", "tras", "este", "esta",
                "estos", "estas", "ese", "esa", "esos", "esas", "ellos", "ellas", "le", "les", "cada", "otros",
                "otras", "ya", "no", "ayer", "hoy", "anoche", "ahora", "entonces", "después", "antes", "cuando",
                "donde", "pero", "sin"}
MONTHS_ES = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
WEEKDAYS_ES = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
               "sabado": 5, "domingo": 6}
