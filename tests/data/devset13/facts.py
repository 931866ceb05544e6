"""The thirteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset13/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def germanwings():
    R, K, T, G = "reuters-mar24", "kompas-mar27", "tempo-apr03", "guardian-2016mar13"
    names = {
     "aboard": "people on board flight 4U9525", "dead": "death toll of the crash", "pax": "passengers on board",
     "crew": "crew on board", "germans": "German victims", "spanish": "Spanish victims", "pupils": "pupils of the "
     "Haltern school on board", "teachers": "teachers of the Haltern school on board", "descent": "length of the "
     "descent (minutes)", "altitude": "cruising altitude (feet)", "site_alt": "altitude of the debris field (m)",
     "concorde": "dead in the 2000 Concorde crash", "age": "the co-pilot's age", "dna": "DNA profiles isolated",
     "aid": "Lufthansa's initial aid per passenger", "extra_aid": "Lufthansa's further offer per victim",
     "items": "personal items collected", "gap9": "days between the crash and the second recorder's find",
     "referral": "time between the clinic referral and the crash", "recs": "BEA recommendations",
     "type": "aircraft type (A320)", "flightno": "flight number",
     # dates
     "crash": "day of the crash", "cvrfound": "day the cockpit voice recorder was found",
     "presser": "day of the prosecutor's press conference", "dnaday": "day the 78 DNA profiles were counted",
     "fdrfound": "day the flight data recorder was found", "symptoms": "month the co-pilot's symptoms began",
     "report": "day the final report was published", "concorde_year": "year of the Concorde crash",
    }
    ms = [
     M(R, "150 people", N, "aboard", 150, "final", also={"dead": 150}),
     M(R, "A320", N, "type", 320, cls="type"),
     M(R, "4U9525", N, "flightno", 9525, cls="flightno"),
     M(R, "144 passengers", N, "pax", 144),
     M(R, "six crew members", N, "crew", 6),
     M(R, "67", N, "germans", 67, "2015-03-24"),
     M(R, "45", N, "spanish", 45, "2015-03-24"),
     M(R, "16 pupils", N, "pupils", 16),
     M(R, "two teachers", N, "teachers", 2),
     M(R, "about eight minutes", N, "descent", 8, qual="approx", cls="dur", src="Lufthansa"),
     M(R, "38,000 feet", N, "altitude", 38000, cls="len"),
     M(R, "1,500 metres", N, "site_alt", 1500, qual="approx", cls="len"),
     M(R, "113 people", N, "concorde", 113),
     M(R, "Tuesday", D, "crash", "2015-03-24"),
     M(R, "Tuesday", D, "cvrfound", "2015-03-24", occ=2),
     M(R, "2000", D, "concorde_year", "2000"),

     M(K, "150 orang", N, "dead", 150, "final"),
     M(K, "Selasa (24/3/2015)", D, "cvrfound", "2015-03-24"),
     M(K, "Kamis (26/3/2015)", D, "presser", "2015-03-26"),
     M(K, "27 tahun", N, "age", 27, cls="age"),
     M(K, "A320", N, "type", 320, cls="type"),
     M(K, "144 penumpang", N, "pax", 144),
     M(K, "enam awak", N, "crew", 6),
     M(K, "72 korban", N, "germans", 72, "final"),
     M(K, "51 korban", N, "spanish", 51, "2015-03-26"),
     M(K, "Jumat (27/3/2015)", D, "dnaday", "2015-03-27"),
     M(K, "78 profil DNA", N, "dna", 78, "2015-03-27"),
     M(K, "50.000 euro", N, "aid", 50000, cls="money"),

     M(T, "4U9525", N, "flightno", 9525, cls="flightno"),
     M(T, "Kamis (2/4/2015)", D, "fdrfound", "2015-04-02"),
     M(T, "sembilan hari", N, "gap9", 9, cls="dur"),
     M(T, "Rabu (25/3/2015)", D, "cvrfound", "2015-03-25", planted=True),
     M(T, "150 profil DNA", N, "dna", 150, "2015-04-02"),
     M(T, "150 korban", N, "dead", 150, "final"),
     M(T, "144", N, "pax", 144),
     M(T, "enam awak", N, "crew", 6),
     M(T, "470 barang pribadi", N, "items", 470, qual="approx"),
     M(T, "27 tahun", N, "age", 27, cls="age"),

     M(G, "150 people", N, "dead", 150, "final"),
     M(G, "A320", N, "type", 320, cls="type"),
     M(G, "March 23, 2015", D, "crash", "2015-03-23", planted=True),
     M(G, "4U9525", N, "flightno", 9525, cls="flightno"),
     M(G, "144 passengers", N, "pax", 144),
     M(G, "six crew", N, "crew", 6),
     M(G, "72 Germans", N, "germans", 72, "final"),
     M(G, "50 Spaniards", N, "spanish", 50, "final"),
     M(G, "16 pupils", N, "pupils", 16),
     M(G, "two teachers", N, "teachers", 2),
     M(G, "38,000 feet", N, "altitude", 38000, cls="len"),
     M(G, "about 10 minutes", N, "descent", 10, qual="approx", cls="dur", src="the BEA"),
     M(G, "27", N, "age", 27, cls="age"),
     M(G, "December 2014", D, "symptoms", "2014-12"),
     M(G, "two weeks", N, "referral", 14, cls="dur"),
     M(G, "11 recommendations", N, "recs", 11),
     M(G, "25,000 euros", N, "extra_aid", 25000, cls="money"),
     M(G, "Sunday", D, "report", "2016-03-13"),
    ]
    build("germanwings-2015", "Germanwings flight 4U9525 crash in the French Alps (Tuesday 24 March 2015): 150 on "
          "board (144 passengers, 6 crew), all killed; German (67 -> 72) and Spanish (45 -> 51, revised to 50) "
          "victims counted over days, 16 pupils and two teachers of one school; DNA profiles isolated rising (78 -> "
          "150); the "
          "descent's length by the airline and by the investigators; the cockpit voice recorder found the day of "
          "the crash, the flight data recorder nine days later; the final report a year later recalling the figures",
          False, ms, names)


def ira():
    R, K, A, T, B = "reuters-aug07", "kompas-aug08", "ap-aug12", "tempo-aug17", "bloomberg-2023aug16"
    SCORE, DEMS = "Congress's scorekeepers at passage", "Democrats and the White House"
    names = {
     "senate_ayes": "Senate votes for", "senate_noes": "Senate votes against", "house_ayes": "House votes for",
     "house_noes": "House votes against", "total": "size of the package", "climate": "cost of the climate and "
     "energy provisions", "mintax": "corporate minimum tax rate", "threshold": "profits above which the minimum "
     "tax applies", "buyback": "excise tax on share buybacks", "irs": "extra IRS funding", "window10": "budget "
     "window (years)", "deficit": "deficit reduction over a decade", "drugcap": "yearly cap on Medicare drug costs",
     "insulin": "monthly insulin cap", "ev": "electric-car tax credit", "aca_years": "years the health subsidies "
     "are extended", "aca": "cost of the health subsidies' extension", "emissions": "emissions cut by 2030",
     "gap": "days between the Senate and House votes", "invest": "clean-energy manufacturing investment announced",
     "drugs10": "drugs chosen for the first price negotiations",
     # dates
     "senatevote": "day of the Senate vote", "housevote": "day of the House vote", "signed": "day Biden signed",
     "base2005": "base year of the emissions cut", "target2030": "target year of the emissions cut",
     "midterms": "day of the midterm elections", "horizon": "end of the estimate's window",
     "drugnames": "day the first drugs are to be named", "election2024": "year of the next presidential election",
    }
    ms = [
     # the planted vote first: a vote states both tallies, and the pair is labelled by the first fact they share
     M(T, "220 berbanding 208", N, "house_noes", 208, also={"house_ayes": 220}, planted=True),
     M(T, "Selasa (16/8/2022)", D, "signed", "2022-08-16"),
     M(T, "430 miliar dollar AS", N, "total", 430e9, cls="money"),
     M(T, "Jumat (12/8/2022)", D, "housevote", "2022-08-12"),
     M(T, "lima hari", N, "gap", 5, cls="dur"),
     M(T, "51-50", N, "senate_ayes", 51, also={"senate_noes": 50}),
     M(T, "369 miliar dollar AS", N, "climate", 369e9, cls="money", src=SCORE),
     M(T, "35 dollar AS", N, "insulin", 35, cls="money"),
     M(T, "2.000 dollar AS", N, "drugcap", 2000, cls="money"),
     M(T, "7.500 dollar AS", N, "ev", 7500, cls="money"),
     M(T, "300 miliar dollar AS", N, "deficit", 300e9, qual="approx", cls="money", src=DEMS),
     M(T, "8 November 2022", D, "midterms", "2022-11-08"),

     M(R, "$430 billion", N, "total", 430e9, cls="money"),
     M(R, "Sunday", D, "senatevote", "2022-08-07"),
     M(R, "51-50", N, "senate_ayes", 51, also={"senate_noes": 50}),
     M(R, "50 Republicans", N, "senate_noes", 50),
     M(R, "$369 billion", N, "climate", 369e9, cls="money", src=SCORE),
     M(R, "15%", N, "mintax", 15, cls="pct"),
     M(R, "$1 billion", N, "threshold", 1e9, qual="morethan", cls="money"),
     M(R, "1%", N, "buyback", 1, cls="pct"),
     M(R, "$80 billion", N, "irs", 80e9, cls="money"),
     M(R, "10 years", N, "window10", 10, cls="dur"),
     M(R, "$300 billion", N, "deficit", 300e9, qual="approx", cls="money", src=DEMS),
     M(R, "$102 billion", N, "deficit", 102e9, cls="money", src="the CBO"),
     M(R, "$2,000", N, "drugcap", 2000, cls="money"),
     M(R, "Friday", D, "housevote", "2022-08-12"),

     M(K, "430 miliar dollar AS", N, "total", 430e9, cls="money"),
     M(K, "Minggu (7/8/2022)", D, "senatevote", "2022-08-07"),
     M(K, "51-50", N, "senate_ayes", 51, also={"senate_noes": 50}),
     M(K, "50 senator", N, "senate_noes", 50),
     M(K, "369 miliar dollar AS", N, "climate", 369e9, cls="money", src=SCORE),
     M(K, "40 persen", N, "emissions", 40, qual="approx", cls="pct"),
     M(K, "2005", D, "base2005", "2005"),
     M(K, "2030", D, "target2030", "2030"),
     M(K, "1 miliar dollar AS", N, "threshold", 1e9, qual="morethan", cls="money"),
     M(K, "15 persen", N, "mintax", 15, cls="pct"),
     M(K, "8 miliar dollar AS", N, "irs", 8e9, cls="money", planted=True),
     M(K, "10 tahun", N, "window10", 10, cls="dur"),
     M(K, "102 miliar dollar AS", N, "deficit", 102e9, cls="money", src="the CBO"),
     M(K, "10 tahun", N, "window10", 10, cls="dur", occ=2),
     M(K, "Jumat (12/8/2022)", D, "housevote", "2022-08-12"),

     M(A, "Friday", D, "housevote", "2022-08-12"),
     M(A, "220-207", N, "house_ayes", 220, also={"house_noes": 207}),
     M(A, "51-50", N, "senate_ayes", 51, also={"senate_noes": 50}),
     M(A, "Sunday", D, "senatevote", "2022-08-07"),
     M(A, "$430 billion", N, "total", 430e9, cls="money"),
     M(A, "$369 billion", N, "climate", 369e9, cls="money", src=SCORE),
     M(A, "$7,500", N, "ev", 7500, cls="money"),
     M(A, "40%", N, "emissions", 40, qual="approx", cls="pct"),
     M(A, "2005", D, "base2005", "2005"),
     M(A, "2030", D, "target2030", "2030"),
     M(A, "three years", N, "aca_years", 3, cls="dur"),
     M(A, "$64 billion", N, "aca", 64e9, cls="money"),
     M(A, "$35", N, "insulin", 35, cls="money"),
     M(A, "15%", N, "mintax", 15, cls="pct"),
     M(A, "1%", N, "buyback", 1, cls="pct"),
     M(A, "$80 billion", N, "irs", 80e9, cls="money"),

     M(B, "Aug. 16, 2022", D, "signed", "2022-08-16"),
     M(B, "51-50", N, "senate_ayes", 51, also={"senate_noes": 50}),
     M(B, "Aug. 7", D, "senatevote", "2022-08-07"),
     M(B, "220-207", N, "house_ayes", 220, also={"house_noes": 207}),
     M(B, "five days", N, "gap", 5, cls="dur"),
     M(B, "$369 billion", N, "climate", 369e9, cls="money", src=SCORE),
     M(B, "$1.2 trillion", N, "climate", 1.2e12, cls="money", src="Goldman Sachs (2023)"),
     M(B, "2032", D, "horizon", "2032"),
     M(B, "$110 billion", N, "invest", 110e9, qual="atleast", cls="money"),
     M(B, "$7,500", N, "ev", 7500, cls="money"),
     M(B, "10 drugs", N, "drugs10", 10),
     M(B, "Sept. 1", D, "drugnames", "2023-09-01"),
     M(B, "15%", N, "mintax", 15, cls="pct"),
     M(B, "$1 billion", N, "threshold", 1e9, qual="morethan", cls="money"),
     M(B, "2024", D, "election2024", "2024"),
    ]
    build("inflation-reduction-act-2022", "The US Inflation Reduction Act (2022): passed by the Senate 51-50 with the "
          "Vice President's vote on Sunday 7 August, by the House 220-207 on Friday 12 August, signed on Tuesday 16 "
          "August; a $430 billion package with $369 billion for climate and energy (Goldman Sachs's later estimate "
          "$1.2 trillion), deficit reduction by two sources (about $300 billion by Democrats, $102 billion by the "
          "CBO), tax and health figures; a year-later article recalling the votes", False, ms, names)


def mrt():
    K, R, J, T = "kompas-mar24", "reuters-mar25", "jakartapost-mar26", "tempo-mar27"
    names = {
     "length": "length of the line (km)", "stations": "stations on the line", "elevated": "elevated stations",
     "underground": "underground stations", "traveltime": "end-to-end travel time", "car_time": "the trip by car "
     "at rush hour", "trains": "trainsets", "cars": "cars per trainset", "cost": "cost of phase one",
     "cost_usd": "cost of phase one in US dollars", "peak": "headway at peak hours", "offpeak": "headway off-peak",
     "target": "daily passengers expected in the first year", "farmin": "lowest fare", "farmax": "highest fare "
     "(the full line)",
     # dates
     "inaug": "day of the inauguration", "groundbreak": "day construction began", "trial": "day the public "
     "trials began", "freeend": "last day of free rides", "fares": "day fares take effect", "council": "day the "
     "council set the fares",
    }
    ms = [
     M(K, "Minggu (24/3/2019)", D, "inaug", "2019-03-24"),
     M(K, "15,7 kilometer", N, "length", 15.7, cls="len"),
     M(K, "13 stasiun", N, "stations", 13),
     M(K, "7 stasiun layang", N, "elevated", 7),
     M(K, "6 stasiun bawah tanah", N, "underground", 6),
     M(K, "30 menit", N, "traveltime", 30, qual="approx", cls="dur"),
     M(K, "16 rangkaian kereta", N, "trains", 16),
     M(K, "enam kereta", N, "cars", 6),
     M(K, "Rp 16 triliun", N, "cost", 16e12, qual="approx", cls="money"),
     M(K, "10 Oktober 2013", D, "groundbreak", "2013-10-10"),
     M(K, "12 Maret 2019", D, "trial", "2019-03-12"),
     M(K, "31 Maret 2019", D, "freeend", "2019-03-31"),
     M(K, "1 April 2019", D, "fares", "2019-04-01"),
     M(K, "5 menit", N, "peak", 5, cls="dur"),
     M(K, "10 menit", N, "offpeak", 10, cls="dur"),
     M(K, "65.000 penumpang", N, "target", 65000),

     M(R, "Sunday", D, "inaug", "2019-03-24"),
     M(R, "15.7-km", N, "length", 15.7, cls="len"),
     M(R, "13 stations", N, "stations", 13),
     M(R, "six", N, "underground", 6),
     M(R, "seven", N, "elevated", 7),
     M(R, "about 30 minutes", N, "traveltime", 30, qual="approx", cls="dur"),
     M(R, "an hour", N, "car_time", 60, qual="morethan", cls="dur"),
     M(R, "16 trillion rupiah", N, "cost", 16e12, qual="approx", cls="money"),
     M(R, "$1.1 billion", N, "cost_usd", 1.1e9, qual="approx", cls="money"),
     M(R, "Sixteen", N, "trains", 16),
     M(R, "six cars", N, "cars", 6),
     M(R, "five minutes", N, "peak", 5, cls="dur"),
     M(R, "10 minutes", N, "offpeak", 10, cls="dur"),
     M(R, "Oct. 10, 2013", D, "groundbreak", "2013-10-10"),
     M(R, "March 31", D, "freeend", "2019-03-31"),
     M(R, "April 1", D, "fares", "2019-04-01"),
     M(R, "65,000 passengers", N, "target", 65000),
     M(R, "March 12", D, "trial", "2019-03-12"),

     M(J, "Monday", D, "council", "2019-03-25"),
     M(J, "15.7-kilometer", N, "length", 15.7, cls="len"),
     M(J, "Sunday, March 24", D, "inaug", "2019-03-24"),
     M(J, "Rp 3,000", N, "farmin", 3000, cls="money"),
     M(J, "Rp 14,000", N, "farmax", 14000, cls="money"),
     M(J, "13-station", N, "stations", 13),
     M(J, "Rp 14,000", N, "farmax", 14000, cls="money", occ=2),
     M(J, "April 1", D, "fares", "2019-04-01"),
     M(J, "March 31", D, "freeend", "2019-03-31"),
     M(J, "16 trains", N, "trains", 16),
     M(J, "six cars", N, "cars", 6),
     M(J, "about 30 minutes", N, "traveltime", 30, qual="approx", cls="dur"),
     M(J, "Seven", N, "elevated", 7),
     M(J, "six", N, "underground", 6, occ=2),
     M(J, "Rp 16 trillion", N, "cost", 16e12, qual="approx", cls="money"),
     M(J, "five minutes", N, "peak", 5, cls="dur"),
     M(J, "10 minutes", N, "offpeak", 10, cls="dur"),
     M(J, "65,000 passengers", N, "target", 65000, qual="approx"),

     M(T, "Rp 3.000", N, "farmin", 3000, cls="money"),
     M(T, "Rp 14.000", N, "farmax", 14000, cls="money"),
     M(T, "Senin (25/3/2019)", D, "council", "2019-03-25"),
     M(T, "1 April 2019", D, "fares", "2019-04-01"),
     M(T, "31 Maret 2019", D, "freeend", "2019-03-31"),
     M(T, "13 stasiun", N, "stations", 13),
     M(T, "15,7 kilometer", N, "length", 15.7, cls="len"),
     M(T, "Rp 14.000", N, "farmax", 14000, cls="money", occ=2),
     M(T, "Minggu (24/3/2019)", D, "inaug", "2019-03-24"),
     M(T, "16 rangkaian kereta", N, "trains", 16),
     M(T, "enam kereta", N, "cars", 6),
     M(T, "30 menit", N, "traveltime", 30, qual="approx", cls="dur"),
     M(T, "5 menit", N, "peak", 5, cls="dur"),
     M(T, "10 menit", N, "offpeak", 10, cls="dur"),
     M(T, "Rp 16 triliun", N, "cost", 16e12, qual="approx", cls="money"),
     M(T, "7 stasiun layang", N, "elevated", 7),
     M(T, "6 stasiun bawah tanah", N, "underground", 6),
     M(T, "65.000 penumpang", N, "target", 65000),
     M(T, "12 Maret 2019", D, "trial", "2019-03-12"),
    ]
    build("mrt-jakarta-2019", "The inauguration of Jakarta's MRT phase one (control): opened by President Joko "
          "Widodo on Sunday 24 March 2019; a 15.7 km line, Lebak Bulus - Bundaran HI, 13 stations (7 elevated, 6 "
          "underground), about 30 minutes end to end, 16 six-car trains every 5 minutes at peak and 10 off-peak, "
          "about Rp 16 trillion, 65,000 passengers a day expected; free rides to 31 March, fares of Rp 3,000 to "
          "Rp 14,000 from 1 April set by the city council on Monday 25 March; construction from 10 October 2013, "
          "public trials from 12 March. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    germanwings()
    ira()
    mrt()
