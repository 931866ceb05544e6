"""The table of facts of the four-hundred-and-twenty-ninth development set (issue 12): one ``M`` per mention of a
figure or date, labelled by the development sets' rules with ``tests/benchmarks/factlabels.py``, never from the
checker's output. ``python tests/data/devset429/facts.py`` rewrites the three ``labels.json`` files (``--show``
prints each mention in its context).
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def boat():
    R, K, A, T = "reuters-apr08", "kompas-apr09", "afp-apr11", "tempo-may07"
    # as-of times of the running tallies: Sunday 7 April 2024 at night (at least 91 dead, five rescued, about 30
    # missing), Monday 8 April at 16:00 (94 by the provincial government against 96 by the maritime institute:
    # sources; about 25 missing), Tuesday 9 April (100), Thursday 11 April (98, lowered after two bodies were
    # registered twice: a revision; around 20 missing), Monday 15 April (about 20 missing when the search was called
    # off) and Tuesday 7 May (98 standing). The dead do not fall; the missing may (bodies found). The people on board
    # are not a tally (about 130).
    SUN, MON, TUE, THU, APR15, MAY7 = "2024-04-07", "2024-04-08", "2024-04-09", "2024-04-11", "2024-04-15", "2024-05-07"
    PROV, INAMAR = "the Nampula provincial government", "the national maritime institute (INAMAR)"
    names = {
     "dead": "people killed when the boat sank", "aboard": "people on board", "survivors": "people rescued alive",
     "missing": "people missing", "cholera": "cholera cases recorded in Nampula province",
     "found_mon": "bodies found on Monday", "double": "bodies registered twice",
     # dates
     "capsize": "day the boat sank", "count_sun": "day of the first count (91)", "count_mon": "day of the count of 94 and 96",
     "count_tue": "day of the count of 100", "rev_day": "day the toll was lowered to 98",
     "count_15": "day the search was called off (about 20 missing)",
    }
    ms = [
     M(R, "At least 91 people", N, "dead", 91, SUN, qual="atleast"),
     M(R, "Sunday", D, "capsize", "2024-04-07"),
     M(R, "about 130 people", N, "aboard", 130, qual="approx"),
     M(R, "Sunday", D, "count_sun", "2024-04-07", occ=2),
     M(R, "five people", N, "survivors", 5, SUN),
     M(R, "about 30", N, "missing", 30, SUN, qual="approx", fall=True),
     M(R, "more than 15,000 cholera cases", N, "cholera", 15000, qual="morethan"),

     M(K, "94 orang", N, "dead", 94, MON, src=PROV),
     M(K, "Senin (8/4/2024)", D, "count_mon", "2024-04-08"),
     M(K, "96 orang", N, "dead", 96, MON, src=INAMAR),
     M(K, "Minggu (7/4/2024)", D, "capsize", "2024-04-07"),
     M(K, "sekitar 130 orang", N, "aboard", 130, qual="approx"),
     M(K, "tiga jenazah", N, "found_mon", 3),
     M(K, "Lima orang", N, "survivors", 5, MON),
     M(K, "sekitar 25 orang", N, "missing", 25, MON, qual="approx", fall=True),

     M(A, "Thursday", D, "rev_day", "2024-04-11"),
     M(A, "Saturday", D, "capsize", "2024-04-06", planted=True),
     M(A, "98", N, "dead", 98, THU),
     M(A, "100", N, "dead", 100, TUE),
     M(A, "Tuesday", D, "count_tue", "2024-04-09"),
     M(A, "two bodies", N, "double", 2),
     M(A, "91", N, "dead", 91, SUN),
     M(A, "Sunday", D, "count_sun", "2024-04-07"),
     M(A, "94", N, "dead", 94, MON, src=PROV),
     M(A, "Monday", D, "count_mon", "2024-04-08"),
     M(A, "five", N, "survivors", 5, THU),
     M(A, "roughly 130 people", N, "aboard", 130, qual="approx"),
     M(A, "around 20", N, "missing", 20, THU, qual="approx", fall=True),
     M(A, "more than 15,000 cholera cases", N, "cholera", 15000, qual="morethan"),

     M(T, "Minggu (7/4/2024)", D, "capsize", "2024-04-07"),
     M(T, "98 orang", N, "dead", 98, MAY7),
     M(T, "100 orang", N, "dead", 100, TUE),
     M(T, "Selasa (9/4/2024)", D, "count_tue", "2024-04-09"),
     M(T, "sedikitnya 91 korban tewas", N, "dead", 91, SUN, qual="atleast"),
     M(T, "sekitar 103 orang", N, "aboard", 103, qual="approx", planted=True),
     M(T, "lima", N, "survivors", 5, MAY7),
     M(T, "Sekitar 20 orang", N, "missing", 20, APR15, qual="approx", fall=True),
     M(T, "Senin (15/4/2024)", D, "count_15", "2024-04-15"),
     M(T, "lebih dari 15.000 kasus kolera", N, "cholera", 15000, qual="morethan"),
    ]
    build("mozambique-boat-2024", "The sinking of an overcrowded converted fishing boat carrying about 130 people "
          "from Lunga (Mossuril district) towards Mozambique Island, Nampula province, on Sunday 7 April 2024, many "
          "of its passengers fleeing false rumours of cholera: at least 91 dead on the first night and five rescued; "
          "94 by the provincial government against 96 by the maritime institute on Monday 8 April (sources); 100 on "
          "Tuesday 9 April, lowered to 98 on Thursday 11 April after two bodies were registered twice (a revision); "
          "the missing falling from about 30 to about 20", False, ms, names)


def debts():
    R, K, T, A = "reuters-dec07", "kompas-dec08", "tempo-aug09", "antara-jan18"
    # steps on different dates: the loans (2013 and 2014), their disclosure (April 2016), Manuel Chang's arrest in
    # Johannesburg (29 December 2018), the Maputo trial's opening (Monday 23 August 2021), its verdict (Wednesday 7
    # December 2022), Chang's extradition (12 July 2023), the Brooklyn jury's verdict (Thursday 8 August 2024), the
    # government's statement on it the next day (Friday 9 August) and Chang's sentence (Friday 17 January 2025).
    # Tempting pairs of one unit: the three loans, the total and the bribe (US$ million); the 12 years given to
    # Ndambi Guebuza, the 12 years given to the intelligence chiefs and Chang's 8.5 years; the 11 convicted, the 8
    # acquitted and the 19 tried.
    names = {
     "convicted": "defendants convicted in Maputo", "defendants": "defendants tried in Maputo",
     "acquitted": "defendants acquitted in Maputo", "ndambi_term": "Ndambi Guebuza's prison term (years)",
     "officials_term": "the intelligence chiefs' prison terms (years)", "chang_term": "Chang's prison term (years)",
     "loans": "the hidden loans in all (US$ million)", "proindicus": "the ProIndicus loan (US$ million)",
     "ematum": "the Ematum bonds (US$ million)", "mam": "the MAM loan (US$ million)",
     "bribe": "bribes Chang was accused of taking (US$ million)",
     # dates
     "verdict": "day of the Maputo verdict", "trial_open": "day the Maputo trial opened",
     "loans_from": "first year of the loans", "loans_to": "last year of the loans",
     "disclosed": "month the debts came to light", "chang_arrest": "day of Chang's arrest in Johannesburg",
     "extradition": "day of Chang's extradition", "jury": "day of the Brooklyn jury's verdict",
     "statement": "day of the Mozambican government's statement", "sentence_day": "day of Chang's sentence",
    }
    ms = [
     M(R, "Wednesday", D, "verdict", "2022-12-07"),
     M(R, "11", N, "convicted", 11),
     M(R, "19 people", N, "defendants", 19),
     M(R, "12 years", N, "ndambi_term", 12, cls="yrs"),
     M(R, "eight defendants", N, "acquitted", 8),
     M(R, "Aug. 23, 2021", D, "trial_open", "2021-08-23"),
     M(R, "about $2 billion", N, "loans", 2000, qual="approx", cls="usd"),
     M(R, "2013", D, "loans_from", "2013"),
     M(R, "2014", D, "loans_to", "2014"),
     M(R, "$622 million", N, "proindicus", 622, cls="usd"),
     M(R, "$850 million", N, "ematum", 850, cls="usd"),
     M(R, "$535 million", N, "mam", 535, cls="usd"),
     M(R, "April 2016", D, "disclosed", "2016-04"),
     M(R, "12-year terms", N, "officials_term", 12, cls="yrs"),
     M(R, "December 2018", D, "chang_arrest", "2018-12"),

     M(K, "Rabu (7/12/2022)", D, "verdict", "2022-12-07"),
     M(K, "12 tahun penjara", N, "ndambi_term", 12, cls="yrs"),
     M(K, "11", N, "convicted", 11),
     M(K, "19 terdakwa", N, "defendants", 19),
     M(K, "delapan orang", N, "acquitted", 8),
     M(K, "Senin (23/8/2021)", D, "trial_open", "2021-08-23"),
     M(K, "sekitar US$2 miliar", N, "loans", 2000, qual="approx", cls="usd"),
     M(K, "2013", D, "loans_from", "2013"),
     M(K, "2014", D, "loans_to", "2014"),
     M(K, "US$622 juta", N, "proindicus", 622, cls="usd"),
     M(K, "US$850 juta", N, "ematum", 850, cls="usd"),
     M(K, "US$535 juta", N, "mam", 535, cls="usd"),
     M(K, "April 2016", D, "disclosed", "2016-04"),
     M(K, "29 Desember 2018", D, "chang_arrest", "2018-12-29"),

     M(T, "Kamis (8/8/2024)", D, "jury", "2024-08-08"),
     M(T, "sekitar US$7 juta", N, "bribe", 7, qual="approx", cls="usd"),
     M(T, "lebih dari US$2 miliar", N, "loans", 2000, qual="morethan", cls="usd"),
     M(T, "12 Juli 2023", D, "extradition", "2023-07-12"),
     M(T, "29 Desember 2018", D, "chang_arrest", "2018-12-29"),
     M(T, "US$622 juta", N, "proindicus", 622, cls="usd"),
     M(T, "US$750 juta", N, "ematum", 750, cls="usd", planted=True),
     M(T, "Jumat (9/8/2024)", D, "statement", "2024-08-09"),
     M(T, "Rabu (7/12/2022)", D, "verdict", "2022-12-07"),
     M(T, "11 orang", N, "convicted", 11),
     M(T, "April 2016", D, "disclosed", "2016-04"),

     M(A, "Jumat (17/1/2025)", D, "sentence_day", "2025-01-17"),
     M(A, "8,5 tahun penjara", N, "chang_term", 8.5, cls="yrs"),
     M(A, "8 Agustus 2024", D, "jury", "2024-08-08"),
     M(A, "sekitar US$2 miliar", N, "loans", 2000, qual="approx", cls="usd"),
     M(A, "Desember 2018", D, "chang_arrest", "2018-12"),
     M(A, "Juli 2023", D, "extradition", "2023-07"),
     M(A, "April 2016", D, "disclosed", "2016-04"),
     M(A, "12", N, "convicted", 12, planted=True),
     M(A, "19 terdakwa", N, "defendants", 19),
     M(A, "Desember 2022", D, "verdict", "2022-12"),
     M(A, "12 tahun penjara", N, "ndambi_term", 12, cls="yrs"),
     M(A, "sekitar US$7 juta", N, "bribe", 7, qual="approx", cls="usd"),
    ]
    build("hidden-debts-trial", "Mozambique's hidden debts: about US$2 billion borrowed by three state companies in "
          "2013 and 2014 (ProIndicus US$622 million, Ematum US$850 million, MAM US$535 million) with guarantees hidden "
          "from parliament, disclosed in April 2016; the Maputo trial opened on Monday 23 August 2021 and ended on "
          "Wednesday 7 December 2022 with 11 of the 19 defendants convicted and Ndambi Guebuza given 12 years; the "
          "former finance minister Manuel Chang, arrested in Johannesburg on 29 December 2018 and extradited to the "
          "United States on 12 July 2023, found guilty by a Brooklyn jury on Thursday 8 August 2024 and sentenced to "
          "8.5 years on Friday 17 January 2025", False, ms, names)


def deal():
    R, K, B, G = "reuters-jul01", "kontan-jul02", "bisnis-jul03", "bloomberg-jul04"
    names = {
     "sales_years": "length of the new sales agreement (years)", "ext_years": "extension of the mining licences (years)",
     "fund_years": "period of the fund payments (years)", "share_now": "the state trader's share from now (%)",
     "share_old": "the state trader's share before (%)", "share_end": "the state trader's share after ten years (%)",
     "jv": "each partner's stake in Debswana (%)", "stake": "Botswana's stake in De Beers (%)",
     "fund_now": "De Beers's first payment into the fund (pula)", "fund_max": "De Beers's payments at most (pula)",
     "fund_usd": "the first payment in dollars (US$ million)",
     # dates
     "announce": "day of the agreement in principle", "old_expiry": "day the previous agreement was due to run out",
     "lic_end": "year the licences now run to",
    }
    ms = [
     M(R, "Friday", D, "announce", "2023-06-30"),
     M(R, "10-year", N, "sales_years", 10, cls="dur"),
     M(R, "25 years", N, "ext_years", 25, cls="dur"),
     M(R, "2054", D, "lic_end", "2054"),
     M(R, "30%", N, "share_now", 30, cls="pct"),
     M(R, "25%", N, "share_old", 25, cls="pct"),
     M(R, "50%", N, "share_end", 50, cls="pct"),
     M(R, "10-year", N, "sales_years", 10, cls="dur", occ=2),
     M(R, "1 billion pula", N, "fund_now", 1e9, cls="pula"),
     M(R, "about $75 million", N, "fund_usd", 75, qual="approx", cls="usd"),
     M(R, "10 billion pula", N, "fund_max", 1e10, cls="pula"),
     M(R, "10 years", N, "fund_years", 10, cls="dur"),
     M(R, "15%", N, "stake", 15, cls="pct"),
     M(R, "June 30", D, "old_expiry", "2023-06-30"),

     M(K, "Jumat (30/6/2023)", D, "announce", "2023-06-30"),
     M(K, "10 tahun", N, "sales_years", 10, cls="dur"),
     M(K, "25 tahun", N, "ext_years", 25, cls="dur"),
     M(K, "2054", D, "lic_end", "2054"),
     M(K, "30 persen", N, "share_now", 30, cls="pct"),
     M(K, "25 persen", N, "share_old", 25, cls="pct"),
     M(K, "50 persen", N, "share_end", 50, cls="pct"),
     M(K, "1 miliar pula", N, "fund_now", 1e9, cls="pula"),
     M(K, "sekitar US$75 juta", N, "fund_usd", 75, qual="approx", cls="usd"),
     M(K, "10 miliar pula", N, "fund_max", 1e10, cls="pula"),
     M(K, "10 tahun", N, "fund_years", 10, cls="dur", occ=2),
     M(K, "50 persen", N, "jv", 50, cls="pct", occ=2),
     M(K, "15 persen", N, "stake", 15, cls="pct"),

     M(B, "Jumat (30/6/2023)", D, "announce", "2023-06-30"),
     M(B, "30 persen", N, "share_now", 30, cls="pct"),
     M(B, "25 persen", N, "share_old", 25, cls="pct"),
     M(B, "50 persen", N, "share_end", 50, cls="pct"),
     M(B, "10 tahun", N, "sales_years", 10, cls="dur"),
     M(B, "10 tahun", N, "sales_years", 10, cls="dur", occ=2),
     M(B, "25 tahun", N, "ext_years", 25, cls="dur"),
     M(B, "2054", D, "lic_end", "2054"),
     M(B, "1 miliar pula", N, "fund_now", 1e9, cls="pula"),
     M(B, "sekitar US$75 juta", N, "fund_usd", 75, qual="approx", cls="usd"),
     M(B, "10 miliar pula", N, "fund_max", 1e10, cls="pula"),
     M(B, "10 tahun", N, "fund_years", 10, cls="dur", occ=3),
     M(B, "Jumat (30/6/2023)", D, "old_expiry", "2023-06-30", occ=2),
     M(B, "15 persen", N, "stake", 15, cls="pct"),

     M(G, "Friday, June 30", D, "announce", "2023-06-30"),
     M(G, "30%", N, "share_now", 30, cls="pct"),
     M(G, "25%", N, "share_old", 25, cls="pct"),
     M(G, "50%", N, "share_end", 50, cls="pct"),
     M(G, "10 years", N, "sales_years", 10, cls="dur"),
     M(G, "25 years", N, "ext_years", 25, cls="dur"),
     M(G, "2054", D, "lic_end", "2054"),
     M(G, "1 billion pula", N, "fund_now", 1e9, cls="pula"),
     M(G, "roughly $75 million", N, "fund_usd", 75, qual="approx", cls="usd"),
     M(G, "10 billion pula", N, "fund_max", 1e10, cls="pula"),
     M(G, "10 years", N, "fund_years", 10, cls="dur", occ=2),
     M(G, "50%", N, "jv", 50, cls="pct", occ=2),
     M(G, "15%", N, "stake", 15, cls="pct"),
    ]
    build("debswana-deal-2023", "The agreement in principle between Botswana and De Beers reached late on Friday 30 "
          "June 2023, the day the previous sales agreement was due to run out (control): a new 10-year sales "
          "agreement for Debswana's rough diamonds; Debswana's mining licences extended by 25 years to 2054; the "
          "state diamond trader's share of the output 30% at once, up from 25%, rising to 50% over the ten years; 1 "
          "billion pula (about US$75 million) paid at once into a Diamonds for Development Fund and up to 10 billion "
          "pula over 10 years; Debswana owned 50% each by the government and De Beers, Botswana holding 15% of De "
          "Beers. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    boat()
    debts()
    deal()
