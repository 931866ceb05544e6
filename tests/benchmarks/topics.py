"""A generator of unlabelled corpora whose clusters are topics: each story is one made-up event (a type, a
place, figures, a date and named officials), reported by 2-6 outlets in Indonesian or English, plus articles
no other outlet reports. Stories of one type share their sentence patterns, so telling them apart takes the
names and figures, as it does between two floods reported on the same day. Deterministic for a seed."""

from __future__ import annotations

import datetime as dt
import random

PLACES = """Aceh Medan Padang Pekanbaru Jambi Palembang Bengkulu Lampung Serang Bandung Bogor Depok Bekasi Cirebon
Tegal Semarang Solo Yogyakarta Magelang Kudus Surabaya Malang Kediri Jember Banyuwangi Denpasar Mataram Kupang
Ende Pontianak Palangkaraya Banjarmasin Samarinda Balikpapan Tarakan Manado Gorontalo Palu Makassar Kendari
Ambon Ternate Sorong Jayapura Merauke Manila Cebu Davao Hanoi Danang Bangkok Chiangmai Yangon Dhaka Chittagong
Karachi Lahore Kathmandu Colombo Kandy Chennai Kolkata Mumbai Dubai Muscat Nairobi Mombasa Lagos Accra Dakar
Lima Quito Bogota Caracas Recife Porto Valencia Sevilla Napoli Palermo Athens Izmir Antalya Tbilisi Baku""".split()
FIRST = """Budi Siti Agus Dewi Hendra Rina Joko Ahmad Maria Jose Nguyen Somchai Aung Rahim Imran Priya Omar Grace
Chidi Ana Luis Elena Nikos Mehmet Yusuf Lestari Bayu Citra Dimas Eka Fajar Gita Hadi Indah Jamal Kartika Lukas
Maya Nadia Oscar Putri Rudi Sari Taufik Umar Vina Wawan Yanti Zainal Farah""".split()
LAST = """Santoso Rahayu Wijaya Lestari Gunawan Marlina Susilo Fauzi Santos Cruz Minh Pongsak Min Uddin Qureshi Raman
Haddad Mwangi Okafor Torres Moreno Rossi Pappas Kaya Hidayat Nugroho Saputra Siregar Harahap Simanjuntak Pratama
Kusuma Halim Tanjung Sembiring Purba Nasution Lubis Daulay Batubara Panjaitan Situmorang Manurung Sitompul
Hutapea Sinaga Tampubolon Pardede Silalahi Napitupulu""".split()

TEMPLATES = {
    "quake": {
        "id": ["Gempa bermagnitudo {m} mengguncang {place} pada {day_id} pagi.",
               "Sedikitnya {dead} orang meninggal dan {hurt} orang luka-luka akibat gempa di {place}.",
               "{official}, kepala badan bencana daerah, mengatakan {houses} rumah rusak berat.",
               "Pusat gempa berada di kedalaman {depth} kilometer di sekitar {place}.",
               "Warga {place} memilih tidur di tenda karena takut gempa susulan.",
               "Tim SAR masih mencari {missing} orang yang diduga tertimbun reruntuhan.",
               "Pemerintah mengirim bantuan logistik ke {place} melalui jalur darat dan udara."],
        "en": ["A magnitude {m} earthquake shook {place} on {day_en} morning.",
               "At least {dead} people were killed and {hurt} injured by the quake in {place}.",
               "{official}, head of the local disaster agency, said {houses} homes were badly damaged.",
               "The quake struck at a depth of {depth} kilometres near {place}.",
               "Residents of {place} slept in tents for fear of aftershocks.",
               "Rescuers were still searching for {missing} people feared buried under rubble.",
               "The government sent food and tents to {place} by road and air."],
    },
    "flood": {
        "id": ["Banjir merendam {houses} rumah di {place} setelah hujan deras sejak {day_id}.",
               "Sebanyak {evacuated} warga {place} mengungsi ke masjid dan sekolah.",
               "{official} mengatakan ketinggian air mencapai {depth} sentimeter di permukiman.",
               "Banjir di {place} menewaskan {dead} orang, sementara {missing} orang hilang.",
               "Sungai di {place} meluap karena curah hujan mencapai {rain} milimeter.",
               "Jalan utama menuju {place} terputus dan tidak bisa dilalui kendaraan.",
               "Petugas membagikan makanan kepada {evacuated} pengungsi di {place}."],
        "en": ["Floods swamped {houses} homes in {place} after heavy rain since {day_en}.",
               "Some {evacuated} residents of {place} fled to mosques and schools.",
               "{official} said the water was {depth} centimetres deep in residential areas.",
               "The floods in {place} killed {dead} people and left {missing} missing.",
               "Rivers in {place} burst their banks after {rain} millimetres of rain.",
               "The main road into {place} was cut off.",
               "Officials handed out food to {evacuated} displaced people in {place}."],
    },
    "fire": {
        "id": ["Kebakaran melanda pasar utama {place} pada {day_id} malam.",
               "Api menghanguskan {houses} kios dan menewaskan {dead} orang.",
               "{official} dari dinas pemadam kebakaran mengatakan {trucks} mobil pemadam dikerahkan.",
               "Api baru bisa dipadamkan setelah {hours} jam.",
               "Kerugian pedagang di {place} ditaksir mencapai Rp{loss} miliar.",
               "Polisi menyelidiki dugaan korsleting listrik sebagai penyebab kebakaran di {place}.",
               "Para pedagang berharap bisa segera berjualan kembali di {place}."],
        "en": ["Fire swept through the main market of {place} on {day_en} night.",
               "The blaze destroyed {houses} stalls and killed {dead} people.",
               "{official} of the fire service said {trucks} fire engines were deployed.",
               "Firefighters needed {hours} hours to put out the flames.",
               "Traders in {place} put their losses at {loss} billion rupiah.",
               "Police are investigating a suspected electrical fault as the cause of the fire in {place}.",
               "Traders hope to reopen in {place} soon."],
    },
    "election": {
        "id": ["{official} memenangi pemilihan wali kota {place} dengan {pct} persen suara.",
               "Penghitungan suara di {place} selesai pada {day_id} malam.",
               "Lawannya meraih {pct2} persen suara dan menyatakan akan menggugat hasilnya.",
               "Tingkat partisipasi pemilih di {place} mencapai {turnout} persen.",
               "Sebanyak {stations} tempat pemungutan suara dibuka di {place}.",
               "{official} berjanji memperbaiki jalan dan layanan air bersih di {place}.",
               "Pelantikan wali kota {place} dijadwalkan bulan depan."],
        "en": ["{official} won the mayoral election in {place} with {pct}% of the vote.",
               "Vote counting in {place} finished on {day_en} night.",
               "The runner-up took {pct2}% and said he would challenge the result.",
               "Turnout in {place} reached {turnout}%.",
               "Some {stations} polling stations opened across {place}.",
               "{official} promised to fix roads and water supply in {place}.",
               "The new mayor of {place} is due to be sworn in next month."],
    },
}
DAYS = {"id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split(),
        "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()}
OUTLETS = ["Kompas", "Tempo", "Antara", "Detik", "Reuters", "AP", "AFP", "BBC", "Jakarta Post", "CNN Indonesia"]


def _event(rng: random.Random, kind: str, start: dt.date, days: int, place: str) -> dict:
    date = start + dt.timedelta(days=rng.randrange(days))
    pct = round(rng.uniform(50.5, 72.0), 1)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return {"kind": kind, "date": date, "place": place, "official": f"{first} {last}",
            "m": f"{rng.randint(50, 74) / 10:.1f}", "dead": rng.randint(2, 400), "hurt": rng.randint(10, 2000),
            "houses": rng.randint(20, 9000), "depth": rng.randint(5, 300), "missing": rng.randint(1, 60),
            "evacuated": rng.randint(100, 40000), "rain": rng.randint(80, 400), "trucks": rng.randint(5, 60),
            "hours": rng.randint(2, 14), "loss": rng.randint(2, 90), "pct": pct, "pct2": round(100 - pct, 1),
            "turnout": round(rng.uniform(55.0, 85.0), 1), "stations": rng.randint(300, 4000)}


AREA = {"id": "daerah itu", "en": "the area"}
# Each outlet words a fact its own way: an opener and a closing attribution per sentence, so two reports of
# one event rarely share a sentence word for word (and the benchmark does not embed one sentence for many).
OPENERS = {"id": ["", "Sementara itu, ", "Menurut laporan, ", "Selain itu, ", "Hingga kini, ", "Sejauh ini, ",
                  "Di sisi lain, ", "Berdasarkan data terbaru, "],
           "en": ["", "Meanwhile, ", "According to reports, ", "In addition, ", "So far, ", "By late afternoon, ",
                  "Separately, ", "Latest figures show that "]}
CLOSERS = {"id": ["", ", menurut petugas", ", kata warga", ", menurut data sementara", ", ujar seorang pejabat",
                  ", sebagaimana dilaporkan media lokal"],
           "en": ["", ", officials said", ", residents said", ", according to early figures", ", a spokesperson said",
                  ", local media reported"]}


def _article(rng: random.Random, event: dict, language: str, n_sentences: int) -> str:
    lines = list(TEMPLATES[event["kind"]][language])
    picked = [lines[0]] + rng.sample(lines[1:], min(n_sentences - 1, len(lines) - 1))
    day = event["date"].weekday()
    values = {**event, "day_id": DAYS["id"][day], "day_en": DAYS["en"][day]}
    if language == "id":  # Indonesian writes a decimal comma
        for key in ("m", "pct", "pct2", "turnout"):
            values[key] = str(event[key]).replace(".", ",")
    # as in real reports, the place is named in the lead and once more, not in every sentence
    again = rng.randrange(1, len(picked)) if len(picked) > 1 else 0
    out = []
    for k, template in enumerate(picked):
        place = event["place"] if k in (0, again) else AREA[language]
        text = template.format(**{**values, "place": place})
        opener = rng.choice(OPENERS[language]) if k else ""  # the lead opens plainly
        closer = rng.choice(CLOSERS[language])
        if opener and not template.startswith(("{official}", "{place}")):
            text = text[0].lower() + text[1:]
        text = opener + text.rstrip(".") + closer + "."
        out.append(text[0].upper() + text[1:])
    return "\n".join(out)


def make_topic_corpus(n_articles: int, seed: int = 11, *, singletons: float = 0.15) -> list[dict]:
    """JSONL rows (``id``, ``text``, ``language``, ``published``, ``source``, ``story``): ``story`` is the gold
    label, which a labelled run copies into ``cluster``."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    # about eight articles a day, and places dealt like cards: the same town twice within days is rare
    days = max(30, n_articles // 8)
    deck: list[str] = []
    rows: list[dict] = []
    story = 0
    while len(rows) < n_articles:
        if not deck:
            deck = rng.sample(PLACES, len(PLACES))
        event = _event(rng, rng.choice(sorted(TEMPLATES)), start, days, deck.pop())
        size = 1 if rng.random() < singletons else rng.randint(2, 6)
        for k in range(min(size, n_articles - len(rows))):
            language = rng.choice(("id", "en"))
            published = event["date"] + dt.timedelta(days=rng.randint(0, 1))
            rows.append({"id": f"t{story}-{k}", "text": _article(rng, event, language, rng.randint(5, 7)),
                         "language": language, "published": published.isoformat(),
                         "source": rng.choice(OUTLETS), "story": f"topic-{story}"})
        story += 1
    return rows
