"""The four-hundred-and-thirty-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset433/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def methanol():
    R, K, T, A = "reuters-sep12", "kompas-sep14", "tempo-sep18", "ap-dec10"
    # as-of times of the running tallies: Tuesday 11 September 2001 in the evening (17 dead), Wednesday 12 September
    # at noon (25 dead, 60 in hospital, 5 detained), Thursday 13 September at 20:00 (41 dead, about 70 in hospital, 7
    # detained), Friday 14 September in the morning (the 41 corrected down to 39: a revision), Friday evening (49 by
    # the health board against 52 by the police: sources), Monday 17 September (59 dead, more than 100 treated, 9
    # detained) and the count standing on 10 December (68 dead, more than 150 poisoned, 43 disabled). The dead do not
    # fall; the patients in hospital may (they go home).
    TUE, WED, THU, FRI_AM, FRI_PM, MON, DEC = ("2001-09-11", "2001-09-12", "2001-09-13", "2001-09-14a",
                                              "2001-09-14b", "2001-09-17", "2001-12-10")
    HEALTH, POLICE = "the health board", "the police"
    names = {
     "dead": "people killed by the tainted spirits", "hosp": "people in hospital", "treated": "people poisoned or treated",
     "held": "people detained", "charged": "people charged", "machines": "dialysis machines sent by Finland",
     "icu": "patients in intensive care", "disabled": "survivors left disabled", "town": "population of Parnu",
     "price": "price of a half-litre of the spirit (kroons)", "fund": "money set aside for survivors (kroons)",
     "dist": "distance from Parnu to Tallinn (km)", "litres": "litres of spirit seized", "penalty": "maximum prison term (years)",
     # dates
     "first_death": "day of the first deaths", "count_tue": "day of the count of 17", "count_wed": "day of the count of 25",
     "count_thu": "day of the count of 41", "count_fri_am": "day of the corrected count of 39",
     "count_fri_pm": "day of the counts of 49 and 52", "count_mon": "day of the count of 59",
    }
    ms = [
     M(R, "25 people", N, "dead", 25, WED),
     M(R, "Wednesday", D, "count_wed", "2001-09-12"),
     M(R, "60 others", N, "hosp", 60, WED, fall=True),
     M(R, "Sunday", D, "first_death", "2001-09-09"),
     M(R, "Tuesday", D, "count_tue", "2001-09-11"),
     M(R, "17", N, "dead", 17, TUE),
     M(R, "about 20 kroons", N, "price", 20, qual="approx", cls="kroon"),
     M(R, "five people", N, "held", 5, WED),
     M(R, "about 130 km", N, "dist", 130, qual="approx", cls="km"),
     M(R, "about 45,000 people", N, "town", 45000, qual="approx"),

     M(K, "39 orang", N, "dead", 39, FRI_AM),
     M(K, "Jumat (14/9/2001)", D, "count_fri_am", "2001-09-14"),
     M(K, "Kamis (13/9/2001)", D, "count_thu", "2001-09-13"),
     M(K, "41 korban tewas", N, "dead", 41, THU),
     M(K, "35 orang", N, "dead", 35, WED, planted=True),
     M(K, "Sekitar 70 orang", N, "hosp", 70, THU, qual="approx", fall=True),
     M(K, "Minggu (9/9/2001)", D, "first_death", "2001-09-09"),
     M(K, "tujuh orang", N, "held", 7, THU),
     M(K, "dua mesin cuci darah", N, "machines", 2),

     M(T, "59 orang", N, "dead", 59, MON),
     M(T, "Senin (17/9/2001)", D, "count_mon", "2001-09-17"),
     M(T, "lebih dari 100 orang", N, "treated", 100, MON, qual="morethan"),
     M(T, "Senin (10/9/2001)", D, "first_death", "2001-09-10", planted=True),
     M(T, "Jumat (14/9/2001)", D, "count_fri_pm", "2001-09-14"),
     M(T, "49 korban tewas", N, "dead", 49, FRI_PM, src=HEALTH),
     M(T, "52 orang", N, "dead", 52, FRI_PM, src=POLICE),
     M(T, "12 pasien", N, "icu", 12),
     M(T, "sekitar 1.000 liter", N, "litres", 1000, qual="approx", cls="litre"),
     M(T, "Sembilan orang", N, "held", 9, MON),
     M(T, "10 tahun penjara", N, "penalty", 10, cls="yrs"),

     M(A, "68 people", N, "dead", 68, DEC),
     M(A, "43 survivors", N, "disabled", 43, DEC),
     M(A, "Sept. 9", D, "first_death", "2001-09-09"),
     M(A, "Sept. 12", D, "count_wed", "2001-09-12"),
     M(A, "25", N, "dead", 25, WED),
     M(A, "41", N, "dead", 41, THU),
     M(A, "Sept. 13", D, "count_thu", "2001-09-13"),
     M(A, "39", N, "dead", 39, FRI_AM),
     M(A, "Sept. 14", D, "count_fri_pm", "2001-09-14"),
     M(A, "52 dead", N, "dead", 52, FRI_PM, src=POLICE),
     M(A, "49", N, "dead", 49, FRI_PM, src=HEALTH),
     M(A, "59", N, "dead", 59, MON),
     M(A, "Sept. 17", D, "count_mon", "2001-09-17"),
     M(A, "more than 150 people", N, "treated", 150, DEC, qual="morethan"),
     M(A, "nine people", N, "charged", 9),
     M(A, "2 million kroons", N, "fund", 2000000, cls="kroon"),
     M(A, "about 130 km", N, "dist", 130, qual="approx", cls="km"),
    ]
    build("parnu-methanol-2001", "The mass methanol poisoning in and around Parnu, south-western Estonia, in September "
          "2001: bootleg spirits laced with methanol, the first deaths on Sunday 9 September, the toll rising from 17 on "
          "Tuesday 11 September and 25 at noon on Wednesday 12 September to 41 on Thursday evening, corrected down to "
          "39 on Friday morning, 49 by the health board against 52 by the police on Friday evening (sources), 59 on "
          "Monday 17 September and 68 in the end; more than 150 poisoned and 43 survivors disabled; the detained rising "
          "from 5 to 7 and 9, nine charged", False, ms, names)


def referendum():
    A, R, K, T = "antara-dec23", "reuters-feb19", "kompas-feb20", "tempo-mar05"
    # steps on different dates: the signature drive (November 2011), parliament's rejection (Thursday 22 December
    # 2011), the referendum (Saturday 18 February 2012), the count on the night (Sunday 19 February: more than 700,000
    # against with about 90% of stations counted) and the commission's results (Monday 20 February: 821,722 against).
    # Percentages of the result do not change with the day of the report.
    SUN, FINAL = "2012-02-19", "2012-02-20"
    names = {
     "against_pct": "share of voters against (%)", "for_pct": "share of voters in favour (%)",
     "turnout": "turnout (%)", "dvg_pct": "share in favour in Daugavpils (%)", "counted": "share of stations counted (%)",
     "against": "votes against", "for": "votes in favour", "voters": "people who voted",
     "needed": "votes in favour needed to pass", "sigs": "valid signatures of the petition",
     "sigs_needed": "signatures needed", "registered": "registered voters", "noncit": "non-citizens without a vote",
     "pop": "population of Latvia",
     # dates
     "rejected": "day parliament rejected the amendments", "vote": "day of the referendum",
     "drive": "month of the signature drive", "night": "day of the count on the night",
     "results": "day the commission announced the results",
    }
    ms = [
     M(A, "Kamis (22/12/2011)", D, "rejected", "2011-12-22"),
     M(A, "18 Februari 2012", D, "vote", "2012-02-18"),
     M(A, "187.378 tanda tangan", N, "sigs", 187378),
     M(A, "154.379 tanda tangan", N, "sigs_needed", 154379),
     M(A, "November 2011", D, "drive", "2011-11"),
     M(A, "sekitar 1,54 juta pemilih", N, "registered", 1540000, qual="approx"),
     M(A, "sekitar 2 juta jiwa", N, "pop", 2000000, qual="approx"),

     M(R, "Saturday", D, "vote", "2012-02-18"),
     M(R, "Sunday", D, "night", "2012-02-19"),
     M(R, "78.4 percent", N, "against_pct", 78.4, cls="pct", planted=True),
     M(R, "24.9 percent", N, "for_pct", 24.88, qual="approx", cls="pct"),
     M(R, "about 71 percent", N, "turnout", 71.13, qual="approx", cls="pct"),
     M(R, "about 772,000 people", N, "needed", 772000, qual="approx"),
     M(R, "more than 180,000 signatures", N, "sigs", 180000, qual="morethan"),
     M(R, "roughly 2 million people", N, "pop", 2000000, qual="approx"),
     M(R, "about 300,000", N, "noncit", 300000, qual="approx"),
     M(R, "about 85 percent", N, "dvg_pct", 85, qual="approx", cls="pct"),

     M(K, "Senin (20/2/2012)", D, "results", "2012-02-20"),
     M(K, "821.722 pemilih", N, "against", 821722, FINAL),
     M(K, "74,8 persen", N, "against_pct", 74.8, cls="pct"),
     M(K, "273.347 pemilih", N, "for", 273347, FINAL),
     M(K, "24,88 persen", N, "for_pct", 24.88, cls="pct"),
     M(K, "71,13 persen", N, "turnout", 71.13, cls="pct"),
     M(K, "1.098.593 orang", N, "voters", 1098593),
     M(K, "Sabtu (18/2/2012)", D, "vote", "2012-02-18"),
     M(K, "Minggu (19/2/2012)", D, "night", "2012-02-19"),
     M(K, "sekitar 90 persen", N, "counted", 90, qual="approx", cls="pct"),
     M(K, "lebih dari 700.000", N, "against", 700000, SUN, qual="morethan"),
     M(K, "sekitar 772.000 orang", N, "needed", 772000, qual="approx"),
     M(K, "187.378 tanda tangan", N, "sigs", 187378),
     M(K, "November 2011", D, "drive", "2011-11"),
     M(K, "Kamis (22/12/2011)", D, "rejected", "2011-12-22"),
     M(K, "Sekitar 300.000 warga", N, "noncit", 300000, qual="approx"),

     M(T, "Sabtu (18/2/2012)", D, "vote", "2012-02-18"),
     M(T, "821.722 pemilih", N, "against", 821722, FINAL),
     M(T, "74,8 persen", N, "against_pct", 74.8, cls="pct"),
     M(T, "1.098.593 orang", N, "voters", 1098593),
     M(T, "71,13 persen", N, "turnout", 71.13, cls="pct"),
     M(T, "lebih dari 180.000 orang", N, "sigs", 180000, qual="morethan"),
     M(T, "Kamis (23/12/2011)", D, "rejected", "2011-12-23", planted=True),
     M(T, "sekitar 85 persen", N, "dvg_pct", 85, qual="approx", cls="pct"),
     M(T, "sekitar 300.000", N, "noncit", 300000, qual="approx"),
    ]
    build("latvia-language-referendum-2012", "Latvia's referendum on making Russian a second state language: the "
          "Native Language group's petition of November 2011 with 187,378 valid signatures (154,379 needed), rejected "
          "by parliament on Thursday 22 December 2011, put to the vote on Saturday 18 February 2012: 821,722 against "
          "(74.8%) and 273,347 in favour (24.88%), turnout 71.13% (1,098,593 voters), about 772,000 votes in favour "
          "needed; more than 700,000 against on the night with about 90% of stations counted; about 85% in favour in "
          "Daugavpils; about 300,000 non-citizens without a vote", False, ms, names)


def euro():
    R, K, A, P = "reuters-jul09", "kompas-jul10", "antara-jul11", "ap-jul12"
    names = {
     "rate": "conversion rate (lats per euro)", "lats_eur": "value of one lats (euros)", "members": "euro members with Latvia",
     "pop": "population of Latvia", "weeks": "weeks of dual circulation", "months": "months of free exchange at banks",
     # dates
     "approval": "day the finance ministers approved", "adopt": "day Latvia adopts the euro",
     "recommend": "day of the Commission's recommendation", "dual_end": "last day of dual circulation",
     "bank_end": "end of free exchange at banks",
    }
    ms = [
     M(R, "Tuesday", D, "approval", "2013-07-09"),
     M(R, "Jan. 1, 2014", D, "adopt", "2014-01-01"),
     M(R, "about 2 million people", N, "pop", 2000000, qual="approx"),
     M(R, "18th", N, "members", 18),
     M(R, "0.702804 lats", N, "rate", 0.702804, cls="rate"),
     M(R, "June 5", D, "recommend", "2013-06-05"),
     M(R, "two weeks", N, "weeks", 2, cls="dur"),
     M(R, "Jan. 14", D, "dual_end", "2014-01-14"),
     M(R, "six months", N, "months", 6, cls="dur"),

     M(K, "Selasa (9/7/2013)", D, "approval", "2013-07-09"),
     M(K, "1 Januari 2014", D, "adopt", "2014-01-01"),
     M(K, "sekitar 2 juta jiwa", N, "pop", 2000000, qual="approx"),
     M(K, "ke-18", N, "members", 18),
     M(K, "0,702804 lats", N, "rate", 0.702804, cls="rate"),
     M(K, "sekitar 1,42 euro", N, "lats_eur", 1.42, qual="approx", cls="eur"),
     M(K, "Rabu (5/6/2013)", D, "recommend", "2013-06-05"),
     M(K, "dua pekan", N, "weeks", 2, cls="dur"),
     M(K, "14 Januari 2014", D, "dual_end", "2014-01-14"),
     M(K, "enam bulan", N, "months", 6, cls="dur"),

     M(A, "1 Januari 2014", D, "adopt", "2014-01-01"),
     M(A, "Selasa (9/7/2013)", D, "approval", "2013-07-09"),
     M(A, "0,702804 lats", N, "rate", 0.702804, cls="rate"),
     M(A, "18 negara", N, "members", 18),
     M(A, "dua minggu", N, "weeks", 2, cls="dur"),
     M(A, "14 Januari 2014", D, "dual_end", "2014-01-14"),
     M(A, "enam bulan", N, "months", 6, cls="dur"),
     M(A, "akhir Juni 2014", D, "bank_end", "2014-06"),
     M(A, "5 Juni 2013", D, "recommend", "2013-06-05"),
     M(A, "sekitar 2 juta jiwa", N, "pop", 2000000, qual="approx"),

     M(P, "Jan. 1", D, "adopt", "2014-01-01"),
     M(P, "Tuesday, July 9", D, "approval", "2013-07-09"),
     M(P, "0.702804 lats", N, "rate", 0.702804, cls="rate"),
     M(P, "about 1.42 euros", N, "lats_eur", 1.42, qual="approx", cls="eur"),
     M(P, "some 2 million people", N, "pop", 2000000, qual="approx"),
     M(P, "18th", N, "members", 18),
     M(P, "two weeks", N, "weeks", 2, cls="dur"),
     M(P, "Jan. 14", D, "dual_end", "2014-01-14"),
     M(P, "six months", N, "months", 6, cls="dur"),
     M(P, "June 5", D, "recommend", "2013-06-05"),
    ]
    build("latvia-euro-2013", "The European Union's final approval of Latvia's entry to the euro by the finance "
          "ministers on Tuesday 9 July 2013 (control): the conversion rate fixed at 0.702804 lats per euro (one lats "
          "about 1.42 euros), Latvia of about 2 million people the 18th member from Wednesday 1 January 2014, two "
          "weeks of dual circulation until 14 January 2014, six months of free exchange at commercial banks (to the "
          "end of June 2014), the Commission's recommendation of Wednesday 5 June 2013. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    methanol()
    referendum()
    euro()
