"""The twenty-fifth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset25/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def maria():
    K, T, A, R, C = "kompas-oct04", "tempo-oct11", "apnews-oct13", "reuters-may30-2018", "cnnindonesia-aug29-2018"
    names = {
     "toll": "official death toll of Hurricane Maria in Puerto Rico", "study": "deaths attributed to Maria by a study",
     "gwu_low": "lower bound of the George Washington study", "gwu_high": "upper bound of the George Washington study",
     "hv_low": "lower bound of the Harvard study", "hv_high": "upper bound of the Harvard study",
     "katrina": "dead in Hurricane Katrina (2005)", "missing": "people missing on 10 October",
     "power": "share of electricity customers with power", "water": "share of customers with piped water",
     "hosp_all": "hospitals on the island", "hosp_open": "hospitals receiving patients", "beds": "beds on USNS Comfort",
     "personnel": "federal personnel deployed", "pop": "population of Puerto Rico", "wind": "Maria's winds at landfall",
     "cat": "Maria's category at landfall", "aid": "the House's disaster aid package", "meals": "meals a day delivered",
     "households": "households surveyed by the Harvard study", "d_power": "average days without electricity",
     "d_water": "average days without water", "d_phone": "average days without mobile coverage",
     "wk_visit": "time from landfall to Trump's visit", "wk_oct10": "time from landfall to the 10 October figures",
     "wk_oct12": "time from landfall to the 12 October figures", "mo_power": "time from landfall to power restored",
     # dates
     "landfall": "day Maria made landfall", "visit": "day of Trump's visit", "comfort": "day USNS Comfort arrived",
     "day45": "day the toll of 45 was given", "house": "day of the House vote on the aid", "lowered": "day the toll was lowered to 43",
     "day_power15": "day of the 15 percent power figure", "y_katrina": "year of Katrina", "published": "day the Harvard study was published",
     "hv_end": "end of the Harvard study's period", "y2016": "comparison year of the Harvard study", "since64": "month the toll reached 64",
     "gwu_start": "start of the George Washington study's period", "gwu_end": "end of the George Washington study's period",
     "raised": "day the official toll was raised to 2,975", "restored": "day power was declared restored",
    }
    ms = [
     M(K, "Selasa (3/10/2017)", D, "visit", "2017-10-03"),
     M(K, "dua pekan", N, "wk_visit", 14, qual="nearly", cls="dur"),
     M(K, "16 orang", N, "toll", 16, "2017-10-03T12"),
     M(K, "2005", D, "y_katrina", "2005"),
     M(K, "sekitar 1.800 orang", N, "katrina", 1800, qual="approx"),
     M(K, "34 orang", N, "toll", 34, "2017-10-03T20"),
     M(K, "Rabu (20/9/2017)", D, "landfall", "2017-09-20"),
     M(K, "Kategori 4", N, "cat", 4, cls="cat"),
     M(K, "250 kilometer per jam", N, "wind", 250, cls="speed"),
     M(K, "sekitar 5 persen", N, "power", 5, "2017-10-03", "approx", cls="pct"),
     M(K, "sekitar 45 persen", N, "water", 45, "2017-10-03", "approx", cls="pct"),
     M(K, "lebih dari 10.000 personel", N, "personnel", 10000, qual="morethan"),
     M(K, "3,4 juta jiwa", N, "pop", 3.4e6),

     M(T, "45 orang", N, "toll", 45, "2017-10-10"),
     M(T, "Selasa (10/10/2017)", D, "day45", "2017-10-10"),
     M(T, "113 orang", N, "missing", 113, "2017-10-10", fall=True),
     M(T, "Tiga pekan", N, "wk_oct10", 21, cls="dur"),
     M(T, "Selasa (19/9/2017)", D, "landfall", "2017-09-19", planted=True),
     M(T, "sekitar 10 persen", N, "power", 10, "2017-10-10", "approx", cls="pct"),
     M(T, "69 rumah sakit", N, "hosp_all", 69),
     M(T, "59", N, "hosp_open", 59, "2017-10-10"),
     M(T, "Selasa (3/10/2017)", D, "comfort", "2017-10-03"),
     M(T, "250 tempat tidur", N, "beds", 250),
     M(T, "36,5 miliar dolar AS", N, "aid", 36.5e9, cls="money"),
     M(T, "Kamis (12/10/2017)", D, "house", "2017-10-12"),

     M(A, "43", N, "toll", 43, "2017-10-12"),
     M(A, "Thursday", D, "lowered", "2017-10-12"),
     M(A, "45", N, "toll", 45, "2017-10-10"),
     M(A, "Tuesday", D, "day45", "2017-10-10"),
     M(A, "16", N, "toll", 16, "2017-10-03T12"),
     M(A, "Oct. 3", D, "visit", "2017-10-03"),
     M(A, "About 15 percent", N, "power", 15, "2017-10-12", "approx", cls="pct"),
     M(A, "Thursday", D, "day_power15", "2017-10-12", occ=2),
     M(A, "three weeks", N, "wk_oct12", 21, qual="morethan", cls="dur"),
     M(A, "Sept. 20", D, "landfall", "2017-09-20"),
     M(A, "Thursday", D, "house", "2017-10-12", occ=3),
     M(A, "$36.5 billion", N, "aid", 36.5e9, cls="money"),
     M(A, "3.4 million people", N, "pop", 3.4e6),
     M(A, "more than 1 million meals", N, "meals", 1e6, qual="morethan"),

     M(R, "4,645 people", N, "study", 4645, src="the Harvard-led study"),
     M(R, "64", N, "toll", 64, "2017-12"),
     M(R, "Tuesday", D, "published", "2018-05-29"),
     M(R, "3,299", N, "households", 3299),
     M(R, "2016", D, "y2016", "2016"),
     M(R, "Sept. 20, 2017", D, "landfall", "2017-09-20"),
     M(R, "Dec. 31, 2017", D, "hv_end", "2017-12-31"),
     M(R, "793", N, "hv_low", 793),
     M(R, "8,498 deaths", N, "hv_high", 8498),
     M(R, "84 days", N, "d_power", 84, cls="dur"),
     M(R, "68 days", N, "d_water", 68, cls="dur"),
     M(R, "41 days", N, "d_phone", 41, cls="dur"),
     M(R, "64", N, "toll", 64, "2017-12", occ=2),
     M(R, "December", D, "since64", "2017-12"),
     M(R, "Category 4", N, "cat", 4, cls="cat"),
     M(R, "3.4 million people", N, "pop", 3.4e6),

     M(C, "64", N, "toll", 64, "2017-12"),
     M(C, "2.975 orang", N, "toll", 2975, "2018-08-28", src="the George Washington study", also={"study": 2975}),
     M(C, "Selasa (28/8/2018)", D, "raised", "2018-08-28"),
     M(C, "September 2017", D, "gwu_start", "2017-09"),
     M(C, "Februari 2018", D, "gwu_end", "2018-02"),
     M(C, "2.658", N, "gwu_low", 2658),
     M(C, "3.290 kematian", N, "gwu_high", 3290),
     M(C, "Angka 64", N, "toll", 64, "2017-12", occ=1),
     M(C, "Desember 2017", D, "since64", "2017-12"),
     M(C, "Mei", D, "published", "2018-05"),
     M(C, "4.645 kematian", N, "study", 4645, src="the Harvard-led study"),
     M(C, "angka 2.975", N, "toll", 2975, "2018-08-28", src="the George Washington study", also={"study": 2975}),
     M(C, "2005", D, "y_katrina", "2005"),
     M(C, "sekitar 1.800 orang", N, "katrina", 1800, qual="approx"),
     M(C, "Selasa (14/8/2018)", D, "restored", "2018-08-14"),
     M(C, "11 bulan", N, "mo_power", 330, qual="nearly", cls="dur"),
     M(C, "3,4 juta jiwa", N, "pop", 3.4e6),
     M(C, "20 September 2017", D, "landfall", "2017-09-20"),
     M(C, "Kategori 4", N, "cat", 4, cls="cat"),
    ]
    build("hurricane-maria-2017", "Hurricane Maria in Puerto Rico (landfall Wednesday 20 September 2017): the official "
          "toll rising (16 -> 34 on the day of Trump's visit, 45, lowered to 43 for a double count, 64 from December, "
          "raised to 2,975 on 28 August 2018 after the George Washington study), the Harvard study's 4,645 against "
          "it (two studies' estimates), the share of customers with power rising (5 -> 10 -> 15 %), the population, "
          "hospitals, aid and survey figures; dates of the landfall, the visit and the hospital ship's arrival on one "
          "day, the House vote and the lowered toll on one day, the studies' periods and publication, the toll raised "
          "and the power restored", False, ms, names)


def kenya():
    R, K, NA, A = "reuters-aug10", "kompas-aug16", "nation-aug17", "antara-sep06"
    names = {
     "turnout": "turnout of the 2022 presidential election", "registered": "registered voters",
     "turnout17": "turnout in 2017", "age_o": "Odinga's age", "age_r": "Ruto's age", "threshold": "county share needed",
     "need_counties": "counties needed at the threshold", "counties": "counties of Kenya", "declare_days": "days the commission has to declare",
     "stations": "polling stations", "killed07": "killed after the 2007 election", "ruto_votes": "Ruto's votes",
     "ruto_pct": "Ruto's share", "odinga_votes": "Odinga's votes", "odinga_pct": "Odinga's share", "margin": "Ruto's margin",
     "valid": "valid votes", "ruto_counties": "counties where Ruto reached 25 percent", "dissent": "commissioners who disowned the result",
     "commission": "members of the commission", "delay": "delay of the announcement", "waj_votes": "Wajackoyah's votes",
     "waj_pct": "Wajackoyah's share", "mwa_votes": "Mwaure's votes", "mwa_pct": "Mwaure's share", "sum_pct": "sum of the shares announced",
     "court_days": "days the court has to rule", "judges": "Supreme Court judges", "petitions": "petitions filed",
     "filing_gap": "time from the declaration to the filing",
     # dates
     "wait": "day Kenyans waited for the result", "vote": "election day", "y2018": "year Kenyatta made peace with Odinga",
     "election17": "the 2017 election", "annul17": "the 2017 annulment", "y2007": "year of the disputed election",
     "declare": "day the result was declared", "odinga_speaks": "day Odinga rejected the result",
     "commissioners": "day the four commissioners spoke at a hotel", "deadline": "deadline to file a petition",
     "ruling": "day of the Supreme Court's ruling", "filed": "day the petition was filed", "sworn": "day of the swearing-in",
    }
    ms = [
     M(R, "Wednesday", D, "wait", "2022-08-10"),
     M(R, "about 56%", N, "turnout", 56, "2022-08-09", "approx", cls="pct"),
     M(R, "22.1 million", N, "registered", 22.1e6, qual="approx"),
     M(R, "Tuesday", D, "vote", "2022-08-09"),
     M(R, "roughly 78%", N, "turnout17", 78, qual="approx", cls="pct"),
     M(R, "2017", D, "election17", "2017"),
     M(R, "77", N, "age_o", 77, cls="age"),
     M(R, "55", N, "age_r", 55, cls="age"),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "25%", N, "threshold", 25, cls="pct"),
     M(R, "24", N, "need_counties", 24),
     M(R, "47 counties", N, "counties", 47),
     M(R, "seven days", N, "declare_days", 7, cls="dur"),
     M(R, "more than 46,000 polling stations", N, "stations", 46000, qual="morethan"),
     M(R, "2017", D, "annul17", "2017", occ=2),
     M(R, "2007", D, "y2007", "2007"),
     M(R, "more than 1,100 people", N, "killed07", 1100, qual="morethan"),

     M(K, "Senin (15/8/2022)", D, "declare", "2022-08-15"),
     M(K, "7.176.141 suara", N, "ruto_votes", 7176141),
     M(K, "50,49 persen", N, "ruto_pct", 50.49, cls="pct"),
     M(K, "6.942.930 suara", N, "odinga_votes", 6942930),
     M(K, "48,58 persen", N, "odinga_pct", 48.58, cls="pct", planted=True),
     M(K, "sekitar 233.000", N, "margin", 233000, qual="approx"),
     M(K, "lebih dari 14 juta suara sah", N, "valid", 14e6, qual="morethan"),
     M(K, "25 persen", N, "threshold", 25, cls="pct"),
     M(K, "39", N, "ruto_counties", 39),
     M(K, "47 county", N, "counties", 47),
     M(K, "empat dari tujuh anggota komisi", N, "dissent", 4),
     M(K, "tujuh anggota komisi", N, "commission", 7),
     M(K, "satu jam", N, "delay", 1, qual="morethan", cls="dur"),
     M(K, "65,4 persen", N, "turnout", 65.4, "2022-08-15", cls="pct"),
     M(K, "22,1 juta pemilih", N, "registered", 22.1e6, qual="approx"),
     M(K, "Selasa (9/8/2022)", D, "vote", "2022-08-09"),
     M(K, "55 tahun", N, "age_r", 55, cls="age"),
     M(K, "Selasa (16/8/2022)", D, "odinga_speaks", "2022-08-16"),

     M(NA, "yesterday", D, "odinga_speaks", "2022-08-16"),
     M(NA, "Monday", D, "declare", "2022-08-15"),
     M(NA, "7,176,141 votes", N, "ruto_votes", 7176141),
     M(NA, "50.49 per cent", N, "ruto_pct", 50.49, cls="pct"),
     M(NA, "6,942,930", N, "odinga_votes", 6942930),
     M(NA, "48.85 per cent", N, "odinga_pct", 48.85, cls="pct"),
     M(NA, "233,211 votes", N, "margin", 233211),
     M(NA, "61,969 votes", N, "waj_votes", 61969),
     M(NA, "0.44 per cent", N, "waj_pct", 0.44, cls="pct"),
     M(NA, "31,987 votes", N, "mwa_votes", 31987),
     M(NA, "0.23 per cent", N, "mwa_pct", 0.23, cls="pct"),
     M(NA, "65.4 per cent", N, "turnout", 65.4, "2022-08-15", cls="pct"),
     M(NA, "22,120,458", N, "registered", 22120458),
     M(NA, "four commissioners", N, "dissent", 4),
     M(NA, "yesterday", D, "commissioners", "2022-08-16", occ=2),
     M(NA, "100.01 per cent", N, "sum_pct", 100.01, cls="pct"),
     M(NA, "47 counties", N, "counties", 47),
     M(NA, "August 22", D, "deadline", "2022-08-22"),
     M(NA, "14 days", N, "court_days", 14, cls="dur"),
     M(NA, "August 2017", D, "election17", "2017-08"),

     M(A, "9 Agustus", D, "vote", "2022-08-09"),
     M(A, "Senin (5/9/2022)", D, "ruling", "2022-09-05"),
     M(A, "Tujuh hakim", N, "judges", 7),
     M(A, "sembilan permohonan", N, "petitions", 9),
     M(A, "Selasa (16/8/2022)", D, "declare", "2022-08-16", planted=True),
     M(A, "50,49 persen", N, "ruto_pct", 50.49, cls="pct"),
     M(A, "233.211 suara", N, "margin", 233211),
     M(A, "22 Agustus", D, "filed", "2022-08-22"),
     M(A, "sepekan", N, "filing_gap", 7, cls="dur"),
     M(A, "Selasa (13/9/2022)", D, "sworn", "2022-09-13"),
     M(A, "77 tahun", N, "age_o", 77, cls="age"),
     M(A, "2017", D, "annul17", "2017"),
    ]
    build("kenya-election-2022", "Kenya's presidential election of Tuesday 9 August 2022: turnout by late afternoon "
          "(about 56 %) and final (65.4 % of 22,120,458 registered), the commission's result declared on Monday 15 "
          "August (Ruto 7,176,141, 50.49 %; Odinga 6,942,930, 48.85 %; a margin of 233,211; two minor candidates; "
          "shares adding up to 100.01 %), four of seven commissioners disowning it, the thresholds of the "
          "constitution, the Supreme Court's unanimous ruling on Monday 5 September on nine petitions, the 2017 "
          "annulment and the 2007 violence recalled; dates of the vote, the declaration, the rejection and the "
          "commissioners' statement on one day, a deadline and a filing on one day, the ruling and the swearing-in",
          False, ms, names)


def activision():
    R, K, C, A = "reuters-jan18", "kompas-jan19", "cnbcindonesia-jan20", "apnews-jan21"
    names = {
     "price": "price of the deal", "per_share": "price per Activision share", "premium": "premium over the last close",
     "atvi": "Activision's share price", "players": "monthly active players", "countries": "countries with players",
     "linkedin": "price of LinkedIn (2016)", "zenimax": "price of ZeniMax", "gamepass": "Game Pass subscribers",
     "atvi_rise": "rise of Activision's shares on the day", "msft_fall": "fall of Microsoft's shares on the day",
     "sony_fall": "fall of Sony's shares", "staff": "Activision's employees",
     # dates
     "announce": "day the deal was announced", "lastclose": "last trading day before the announcement",
     "holiday": "the Martin Luther King Jr. Day market holiday", "y_linkedin": "year of the LinkedIn purchase",
     "y_zenimax": "year the ZeniMax purchase was completed", "fy2023": "Microsoft's fiscal year 2023",
     "fyend": "end of Microsoft's fiscal year 2023", "sonyday": "day Sony's shares fell", "closeday": "day of the $82.31 close",
     "y_kotick": "year Kotick became chief executive",
    }
    ms = [
     M(R, "Tuesday", D, "announce", "2022-01-18"),
     M(R, "$68.7 billion", N, "price", 68.7e9, cls="money"),
     M(R, "$95", N, "per_share", 95, cls="money"),
     M(R, "45%", N, "premium", 45, cls="pct"),
     M(R, "$65.39", N, "atvi", 65.39, "2022-01-14", cls="money"),
     M(R, "Friday", D, "lastclose", "2022-01-14"),
     M(R, "nearly 400 million", N, "players", 400e6, qual="nearly"),
     M(R, "190 countries", N, "countries", 190),
     M(R, "$26.2 billion", N, "linkedin", 26.2e9, cls="money"),
     M(R, "2016", D, "y_linkedin", "2016"),
     M(R, "$7.5 billion", N, "zenimax", 7.5e9, cls="money"),
     M(R, "2021", D, "y_zenimax", "2021"),
     M(R, "fiscal year 2023", D, "fy2023", "2023"),
     M(R, "June 2023", D, "fyend", "2023-06"),
     M(R, "more than 25 million", N, "gamepass", 25e6, qual="morethan"),
     M(R, "25.9%", N, "atvi_rise", 25.9, cls="pct"),
     M(R, "$82.31", N, "atvi", 82.31, "2022-01-18", cls="money"),
     M(R, "2.4%", N, "msft_fall", 2.4, cls="pct"),

     M(K, "68,7 miliar dolar AS", N, "price", 68.7e9, cls="money"),
     M(K, "Selasa (18/1/2022)", D, "announce", "2022-01-18"),
     M(K, "95 dolar AS", N, "per_share", 95, cls="money"),
     M(K, "45 persen", N, "premium", 45, cls="pct"),
     M(K, "Jumat (14/1/2022)", D, "lastclose", "2022-01-14"),
     M(K, "65,39 dolar AS", N, "atvi", 65.39, "2022-01-14", cls="money"),
     M(K, "Senin (17/1/2022)", D, "holiday", "2022-01-17"),
     M(K, "hampir 400 juta", N, "players", 400e6, qual="nearly"),
     M(K, "190 negara", N, "countries", 190),
     M(K, "26,2 miliar dolar AS", N, "linkedin", 26.2e9, cls="money"),
     M(K, "2016", D, "y_linkedin", "2016"),
     M(K, "lebih dari 25 juta", N, "gamepass", 25e6, qual="morethan"),
     M(K, "tahun fiskal 2023", D, "fy2023", "2023"),
     M(K, "Juni 2023", D, "fyend", "2023-06"),
     M(K, "25,9 persen", N, "atvi_rise", 25.9, cls="pct"),
     M(K, "82,31 dolar AS", N, "atvi", 82.31, "2022-01-18", cls="money"),
     M(K, "Selasa", D, "closeday", "2022-01-18", occ=2),

     M(C, "68,7 miliar dolar AS", N, "price", 68.7e9, cls="money"),
     M(C, "Selasa (18/1/2022)", D, "announce", "2022-01-18"),
     M(C, "12,8 persen", N, "sony_fall", 12.8, cls="pct"),
     M(C, "Rabu (19/1/2022)", D, "sonyday", "2022-01-19"),
     M(C, "95 dolar AS", N, "per_share", 95, cls="money"),
     M(C, "82,31 dolar AS", N, "atvi", 82.31, "2022-01-18", cls="money"),
     M(C, "hampir 10.000 karyawan", N, "staff", 10000, qual="nearly"),
     M(C, "hampir 400 juta", N, "players", 400e6, qual="nearly"),
     M(C, "tahun fiskal 2023", D, "fy2023", "2023"),
     M(C, "2021", D, "y_zenimax", "2021"),
     M(C, "7,5 miliar dolar AS", N, "zenimax", 7.5e9, cls="money"),
     M(C, "lebih dari 25 juta", N, "gamepass", 25e6, qual="morethan"),

     M(A, "$68.7 billion", N, "price", 68.7e9, cls="money"),
     M(A, "Tuesday", D, "announce", "2022-01-18"),
     M(A, "$95", N, "per_share", 95, cls="money"),
     M(A, "45%", N, "premium", 45, cls="pct"),
     M(A, "Jan. 14", D, "lastclose", "2022-01-14"),
     M(A, "nearly 400 million", N, "players", 400e6, qual="nearly"),
     M(A, "190 countries", N, "countries", 190),
     M(A, "nearly 10,000 people", N, "staff", 10000, qual="nearly"),
     M(A, "more than 25 million", N, "gamepass", 25e6, qual="morethan"),
     M(A, "fiscal year 2023", D, "fy2023", "2023"),
     M(A, "June 2023", D, "fyend", "2023-06"),
     M(A, "$26.2 billion", N, "linkedin", 26.2e9, cls="money"),
     M(A, "2016", D, "y_linkedin", "2016"),
     M(A, "1991", D, "y_kotick", "1991"),
     M(A, "12.8%", N, "sony_fall", 12.8, cls="pct"),
     M(A, "Wednesday", D, "sonyday", "2022-01-19"),
    ]
    build("activision-deal-2022", "Microsoft's purchase of Activision Blizzard, announced on Tuesday 18 January 2022 "
          "(control): $68.7 billion in cash, $95 a share, a 45% premium to the $65.39 close of Friday 14 January, "
          "nearly 400 million monthly players in 190 countries, more than 25 million Game Pass subscribers, close "
          "expected in fiscal 2023 (to June 2023), LinkedIn ($26.2 billion, 2016) and ZeniMax ($7.5 billion, 2021) "
          "recalled, Activision's shares up 25.9% to $82.31, Microsoft's down 2.4%, Sony's down 12.8% the next day. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    maria()
    kenya()
    activision()
