"""The twenty-third development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md) by
tests/benchmarks/factlabels.py: same fact -> agree / compatible / update / revision / conflict / sources; different
facts of one unit class, and every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset23/facts.py`` (``--show`` prints
each mention in its context).
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kumamoto():
    Q, K, A, J, T = "kyodo-apr15", "kompas-apr17", "antara-apr19", "japantimes-apr24", "tempo-apr14"
    names = {
     "dead": "death toll of the Kumamoto quakes (direct deaths)", "fore_dead": "dead in the foreshock of 14 April",
     "fore_mag": "magnitude of the foreshock (JMA)", "main_mag": "magnitude of the main shock (JMA)",
     "fore_depth": "depth of the foreshock (km)", "main_depth": "depth of the main shock (km)",
     "fore_shindo": "intensity of the foreshock in Mashiki", "main_shindo": "intensity of the main shock",
     "evac": "evacuees in Kumamoto prefecture", "after": "aftershocks recorded since 14 April",
     "sdf": "Self-Defense Forces personnel deployed", "injured": "people injured", "missing": "people missing",
     "kobe_dead": "dead in the 1995 Kobe earthquake", "gap": "hours between the foreshock and the main shock",
     "related": "disaster-related deaths a year on", "housing": "people in temporary housing a year on",
     "houses": "houses destroyed", "castle": "years to restore Kumamoto Castle",
     # dates
     "foreshock": "day of the foreshock", "mainshock": "day of the main shock", "toll15": "day the nine dead were counted",
     "aft15": "day the first 100 aftershocks were counted", "toll17": "day the 42 dead were counted",
     "jma": "day the agency called Thursday's quake a foreshock", "kobe_year": "year of the Kobe earthquake",
     "toll19": "day the 44 dead were counted", "correction": "day the toll was corrected to 41",
     "toyota_stop": "day Toyota halted its lines", "osprey": "day the Ospreys began flying aid",
     "abe_visit": "day Abe visited Kumamoto", "toll24": "day the 49 dead were counted",
     "evac_peak": "day of the evacuees' peak", "evac24": "day the 60,000 evacuees were counted",
     "toyota_restart": "day Toyota restarts its lines", "memorial": "day of the anniversary ceremony",
    }
    ms = [
     M(Q, "nine people", N, "dead", 9, "2016-04-15", also={"fore_dead": 9}),
     M(Q, "6.5", N, "fore_mag", 6.5, cls="mag"),
     M(Q, "about 11 kilometers", N, "fore_depth", 11, qual="approx", cls="len"),
     M(Q, "7", N, "fore_shindo", 7, cls="shindo"),
     M(Q, "About 44,000 residents", N, "evac", 44000, "2016-04-15", "approx", fall=True),
     M(Q, "more than 100 aftershocks", N, "after", 100, "2016-04-15", "morethan"),
     M(Q, "about 2,000", N, "sdf", 2000, "2016-04-15", "approx"),
     M(Q, "Thursday", D, "foreshock", "2016-04-14"),
     M(Q, "Friday", D, "toll15", "2016-04-15"),
     M(Q, "Friday", D, "aft15", "2016-04-15", occ=2),

     M(K, "42 orang", N, "dead", 42, "2016-04-17T20"),
     M(K, "sembilan orang", N, "fore_dead", 9),
     M(K, "6,5", N, "fore_mag", 6.5, cls="mag"),
     M(K, "7,3", N, "main_mag", 7.3, cls="mag"),
     M(K, "sekitar 12 kilometer", N, "main_depth", 12, qual="approx", cls="len"),
     M(K, "intensitas 7", N, "main_shindo", 7, cls="shindo"),
     M(K, "Lebih dari 1.000 orang", N, "injured", 1000, "2016-04-17", "morethan"),
     M(K, "sekitar 180.000 warga", N, "evac", 180000, "2016-04-17", "approx", fall=True),
     M(K, "25.000 personel", N, "sdf", 25000, "2016-04-17"),
     M(K, "6.434 orang", N, "kobe_dead", 6434),
     M(K, "Minggu (17/4/2016)", D, "toll17", "2016-04-17"),
     M(K, "Kamis", D, "foreshock", "2016-04-14"),
     M(K, "Sabtu (16/4/2016)", D, "mainshock", "2016-04-16"),
     M(K, "Sabtu", D, "jma", "2016-04-16", occ=2),
     M(K, "Kamis", D, "foreshock", "2016-04-14", occ=2),
     M(K, "1995", D, "kobe_year", "1995"),

     M(A, "44 orang", N, "dead", 44, "2016-04-19"),
     M(A, "41 orang", N, "dead", 41, "2016-04-18"),
     M(A, "Delapan orang", N, "missing", 8, "2016-04-19", fall=True),
     M(A, "Sekitar 110.000 warga", N, "evac", 110000, "2016-04-19", "approx", fall=True),
     M(A, "lebih dari 680 gempa susulan", N, "after", 680, "2016-04-19", "morethan"),
     M(A, "7,3", N, "main_mag", 7.3, cls="mag"),
     M(A, "Selasa (19/4/2016)", D, "toll19", "2016-04-19"),
     M(A, "Senin (18/4/2016)", D, "correction", "2016-04-18"),
     M(A, "Kamis (14/4/2016)", D, "foreshock", "2016-04-14"),
     M(A, "Kamis", D, "foreshock", "2016-04-14", occ=2),
     M(A, "Jumat (15/4/2016)", D, "mainshock", "2016-04-15", planted=True),
     M(A, "Senin", D, "toyota_stop", "2016-04-18", occ=2),
     M(A, "Senin", D, "osprey", "2016-04-18", occ=3),

     M(J, "10 people", N, "fore_dead", 10, planted=True),
     M(J, "49", N, "dead", 49, "2016-04-24"),
     M(J, "one person", N, "missing", 1, "2016-04-24", fall=True),
     M(J, "About 1,500 people", N, "injured", 1500, "2016-04-24", "approx"),
     M(J, "more than 183,000 people", N, "evac", 183000, "2016-04-17", "morethan", fall=True),
     M(J, "about 60,000", N, "evac", 60000, "2016-04-24", "approx", fall=True),
     M(J, "more than 800 aftershocks", N, "after", 800, "2016-04-24", "morethan"),
     M(J, "7.3", N, "main_mag", 7.3, cls="mag"),
     M(J, "6.5", N, "fore_mag", 6.5, cls="mag"),
     M(J, "28 hours", N, "gap", 28, cls="dur"),
     M(J, "Saturday", D, "abe_visit", "2016-04-23"),
     M(J, "April 14", D, "foreshock", "2016-04-14"),
     M(J, "Sunday", D, "toll24", "2016-04-24"),
     M(J, "April 17", D, "evac_peak", "2016-04-17"),
     M(J, "Sunday", D, "evac24", "2016-04-24", occ=2),
     M(J, "April 14", D, "foreshock", "2016-04-14", occ=2),
     M(J, "April 16", D, "mainshock", "2016-04-16"),
     M(J, "1995", D, "kobe_year", "1995"),
     M(J, "Monday", D, "toyota_restart", "2016-04-25"),

     M(T, "Jumat (14/4/2017)", D, "memorial", "2017-04-14"),
     M(T, "6,5", N, "fore_mag", 6.5, cls="mag"),
     M(T, "14 April 2016", D, "foreshock", "2016-04-14"),
     M(T, "7,3", N, "main_mag", 7.3, cls="mag"),
     M(T, "16 April 2016", D, "mainshock", "2016-04-16"),
     M(T, "50 orang", N, "dead", 50, "final"),
     M(T, "170 kematian", N, "related", 170, "2017-04-14"),
     M(T, "Sekitar 47.000 orang", N, "housing", 47000, "2017-04-14", "approx"),
     M(T, "Lebih dari 8.000 rumah", N, "houses", 8000, qual="morethan"),
     M(T, "lebih dari 4.200 gempa susulan", N, "after", 4200, "2017-04-14", "morethan"),
     M(T, "sekitar 20 tahun", N, "castle", 20, qual="approx", cls="dur"),
    ]
    build("kumamoto-quakes-2016", "The Kumamoto earthquakes, Japan (April 2016): a magnitude-6.5 foreshock on Thursday "
          "14 April (nine dead) and a magnitude-7.3 main shock early on Saturday 16 April, the toll rising (9 -> 42, "
          "corrected down to 41 the next day (an invented correction) -> 44 -> 49 -> 50 direct deaths a year on), "
          "evacuees rising then falling (44,000 -> about 180,000, more than 183,000 at the peak -> 110,000 -> 60,000), "
          "aftershocks counted (100 -> 680 -> 800 -> 4,200), troops sent, the missing falling, the 1995 Kobe "
          "earthquake recalled (the same magnitude, 6,434 dead); dates of the two quakes, the agency's statement, "
          "counts, Toyota's halt and restart, the prime minister's visit, the anniversary", False, ms, names)


def greece():
    R, T, P, K, U = "reuters-jun29", "tempo-jul04", "ap-jul05", "kompas-jul06", "guardian-jul05"
    F, C = "final", "2015-07-05T21"
    names = {
     "limit": "daily cash withdrawal limit", "ref_for": "MPs voting for the referendum",
     "ref_against": "MPs voting against the referendum", "ela": "emergency funding for Greek banks",
     "imf": "payment due to the IMF on 30 June", "voters": "registered voters", "rally_no": "crowd at the No rally",
     "rally_yes": "crowd at the Yes rally", "branches": "bank branches opened for pensioners",
     "pension_limit": "pensioners' withdrawal limit", "counted": "share of ballots counted",
     "no_share": "No share of the referendum vote", "yes_share": "Yes share of the referendum vote",
     "no_votes": "No votes", "yes_votes": "Yes votes", "turnout": "referendum turnout",
     "days_later": "days from the referendum to the deal", "talks": "hours of the summit's talks",
     "bail3": "third bailout", "bail3_years": "years of the third bailout", "privat": "privatisation fund",
     "meas_for": "MPs voting for the first measures", "meas_against": "MPs voting against the first measures",
     "closed_weeks": "weeks the banks were closed", "ase_fall": "stock exchange's fall on reopening",
     "syriza_sep": "Syriza's share in September 2015", "syriza_jan": "Syriza's share in January 2015",
     "weekly": "weekly cash withdrawal limit a year on", "unemp": "unemployment rate", "bail12": "the first two bailouts",
     # dates
     "banks_shut": "day the banks closed", "referendum": "day of the referendum", "called": "day the vote was called",
     "parl_ref": "day parliament approved the referendum", "decree": "day the decree was published",
     "closed_until": "last day of the first bank closure", "imf_day": "day the IMF payment fell due and was missed",
     "rally": "day of the closing rallies", "pensioners": "day branches opened for pensioners",
     "summit_call": "day of the euro zone summit called", "varoufakis": "day Varoufakis resigned",
     "closed_until2": "day the extended closure runs to", "deal": "day the summit's deal was reached",
     "parl_meas": "day parliament passed the first measures", "reopen": "day the banks reopened",
     "ase_reopen": "day the stock exchange reopened", "resign": "month Tsipras resigned",
     "election": "day of the snap election", "y2010": "year of the first bailout", "y2012": "year of the second bailout",
    }
    ms = [
     M(R, "60 euros a day", N, "limit", 60, cls="money"),
     M(R, "178", N, "ref_for", 178, cls="votes"),
     M(R, "120", N, "ref_against", 120, cls="votes"),
     M(R, "about 89 billion euros", N, "ela", 89e9, qual="approx", cls="money"),
     M(R, "about 1.5 billion euros", N, "imf", 1.5e9, qual="approx", cls="money"),
     M(R, "Monday", D, "banks_shut", "2015-06-29"),
     M(R, "July 5", D, "referendum", "2015-07-05"),
     M(R, "Saturday", D, "called", "2015-06-27"),
     M(R, "Sunday", D, "parl_ref", "2015-06-28"),
     M(R, "Sunday", D, "decree", "2015-06-28", occ=2),
     M(R, "July 6", D, "closed_until", "2015-07-06"),
     M(R, "Tuesday", D, "imf_day", "2015-06-30"),

     M(T, "Minggu (5/7/2015)", D, "referendum", "2015-07-05"),
     M(T, "Sekitar 9,8 juta orang", N, "voters", 9.8e6, qual="approx"),
     M(T, "Jumat (3/7/2015)", D, "rally", "2015-07-03"),
     M(T, "25.000 orang", N, "rally_no", 25000, src="the police"),
     M(T, "sekitar 22.000 orang", N, "rally_yes", 22000, qual="approx", src="the police"),
     M(T, "Senin (29/6/2015)", D, "banks_shut", "2015-06-29"),
     M(T, "60 euro per hari", N, "limit", 60, cls="money"),
     M(T, "Rabu (1/7/2015)", D, "pensioners", "2015-07-01"),
     M(T, "sekitar 1.000 kantor cabang", N, "branches", 1000, qual="approx"),
     M(T, "120 euro", N, "pension_limit", 120, cls="money"),
     M(T, "1,5 miliar euro", N, "imf", 1.5e9, cls="money"),
     M(T, "Selasa (30/6/2015)", D, "imf_day", "2015-06-30"),

     M(P, "Sunday", D, "referendum", "2015-07-05"),
     M(P, "more than 90 percent", N, "counted", 90, C, "morethan", cls="pct"),
     M(P, "61.3 percent", N, "no_share", 61.3, C, cls="pct", fall=True),
     M(P, "38.7 percent", N, "yes_share", 38.7, C, cls="pct", fall=True),
     M(P, "about 3.2 million", N, "no_votes", 3.2e6, C, "approx"),
     M(P, "about 2 million", N, "yes_votes", 2e6, C, "approx"),
     M(P, "about 62 percent", N, "turnout", 62, qual="approx", cls="pct"),
     M(P, "Tuesday", D, "summit_call", "2015-07-07"),
     M(P, "Friday", D, "rally", "2015-07-03"),
     M(P, "more than 50,000 people", N, "rally_no", 50000, qual="morethan", src="the organizers"),
     M(P, "June 29", D, "banks_shut", "2015-06-29"),

     M(K, "Minggu (5/7/2015)", D, "referendum", "2015-07-05"),
     M(K, "61,31 persen", N, "no_share", 61.31, F, cls="pct", fall=True),
     M(K, "38,69 persen", N, "yes_share", 38.69, F, cls="pct", fall=True),
     M(K, "3.558.450 suara", N, "no_votes", 3558450, F),
     M(K, "2.245.537 suara", N, "yes_votes", 2245537, F),
     M(K, "72,5 persen", N, "turnout", 72.5, cls="pct", planted=True),
     M(K, "Senin (6/7/2015)", D, "varoufakis", "2015-07-06"),
     M(K, "Rabu (8/7/2015)", D, "closed_until2", "2015-07-08"),
     M(K, "60 euro per hari", N, "limit", 60, cls="money"),
     M(K, "Selasa (7/7/2015)", D, "summit_call", "2015-07-07"),

     M(U, "5 July 2015", D, "referendum", "2015-07-05"),
     M(U, "61.3%", N, "no_share", 61.3, F, "approx", cls="pct", fall=True),
     M(U, "62.5%", N, "turnout", 62.5, cls="pct"),
     M(U, "Eight days", N, "days_later", 8, cls="dur"),
     M(U, "13 July", D, "deal", "2015-07-13"),
     M(U, "17 hours", N, "talks", 17, cls="dur"),
     M(U, "€86bn", N, "bail3", 86e9, cls="money"),
     M(U, "three years", N, "bail3_years", 3, cls="dur"),
     M(U, "€50bn", N, "privat", 50e9, cls="money"),
     M(U, "16 July", D, "parl_meas", "2015-07-16"),
     M(U, "229", N, "meas_for", 229, cls="votes"),
     M(U, "64", N, "meas_against", 64, cls="votes"),
     M(U, "20 July", D, "reopen", "2015-07-20"),
     M(U, "three weeks", N, "closed_weeks", 3, cls="dur"),
     M(U, "3 August", D, "ase_reopen", "2015-08-03"),
     M(U, "more than 16%", N, "ase_fall", 16, qual="morethan", cls="pct"),
     M(U, "August", D, "resign", "2015-08", occ=2),
     M(U, "20 September 2015", D, "election", "2015-09-20"),
     M(U, "35.5%", N, "syriza_sep", 35.5, cls="pct"),
     M(U, "36.3%", N, "syriza_jan", 36.3, cls="pct"),
     M(U, "€420 a week", N, "weekly", 420, cls="money"),
     M(U, "€60 a day", N, "limit", 60, cls="money"),
     M(U, "above 23%", N, "unemp", 23, qual="morethan", cls="pct"),
     M(U, "2010", D, "y2010", "2010"),
     M(U, "2012", D, "y2012", "2012"),
     M(U, "about €240bn", N, "bail12", 240e9, qual="approx", cls="money"),
    ]
    build("greek-referendum-2015", "Greece's bailout referendum of Sunday 5 July 2015: called on Saturday 27 June and "
          "approved by parliament 178-120, the banks shut from Monday 29 June with a 60-euro daily limit, the missed "
          "IMF payment of about 1.5 billion euros on 30 June, police's and organizers' counts of the No rally, a "
          "count in progress (61.3% No with more than 90% counted) and the final result (61.31% to 38.69%, turnout "
          "62.5%), Varoufakis's resignation, the summit's deal of 13 July (up to 86 billion euros), parliament's "
          "229-64 vote on 16 July, the banks reopened on 20 July, the snap election and earlier bailouts recalled a "
          "year later", False, ms, names)


def population():
    R, K, T, J = "reuters-jul11", "kompas-jul12", "tempo-jul13", "jakartapost-jul14"
    names = {
     "pop8": "world population reaching 8 billion", "pop2030": "world population projected for 2030",
     "pop2050": "world population projected for 2050", "peak": "projected peak of the world population",
     "big2": "population of China and of India", "growth": "threshold the growth rate fell below in 2020",
     "eight": "countries with more than half of the increase to 2050", "le2019": "life expectancy in 2019",
     "le2021": "life expectancy in 2021", "le2050": "life expectancy projected for 2050",
     "fert2021": "births per woman in 2021", "fert2050": "births per woman projected for 2050",
     "fert1950": "births per woman in 1950", "decl": "countries whose population falls by 1% or more",
     "decl_thr": "threshold of the decline", "indo": "Indonesia's population", "age65": "age threshold of the older group",
     "old2022": "share aged 65 or over in 2022", "old2050": "share aged 65 or over in 2050",
     "pop7": "world population passed in 2011",
     # dates
     "day8bn": "day the world reaches 8 billion", "india": "year India overtakes China", "release": "day of the release",
     "y2030": "year of the 8.5 billion projection", "y2050": "year of the 9.7 billion projection",
     "peakdec": "decade of the peak", "until2100": "year the peak lasts until", "growth_year": "year growth fell below 1%",
     "since1950": "year growth had last been that low", "incr2050": "end of the period of the increase",
     "le2019y": "year of the 72.8-year life expectancy", "le2021y": "year of the 71.0-year life expectancy",
     "le2050y": "year of the 77.2-year life expectancy", "fert2021y": "year of the 2.3 births per woman",
     "fert2050y": "year of the 2.1 births per woman", "fert1950y": "year of the 5 births per woman",
     "decl2050y": "end of the period of the decline", "old_now": "year of the 10% share aged 65 or over",
     "old2050y": "year of the 16% share aged 65 or over", "y2011": "year the world passed 7 billion",
    }
    ms = [
     M(R, "8 billion", N, "pop8", 8e9),
     M(R, "Nov. 15", D, "day8bn", "2022-11-15"),
     M(R, "2023", D, "india", "2023"),
     M(R, "Monday", D, "release", "2022-07-11"),
     M(R, "about 8.5 billion", N, "pop2030", 8.5e9, qual="approx"),
     M(R, "2030", D, "y2030", "2030"),
     M(R, "9.7 billion", N, "pop2050", 9.7e9),
     M(R, "2050", D, "y2050", "2050"),
     M(R, "around 10.4 billion", N, "peak", 10.4e9, qual="approx"),
     M(R, "2080s", D, "peakdec", "2080"),
     M(R, "2100", D, "until2100", "2100"),
     M(R, "more than 1.4 billion people", N, "big2", 1.4e9, qual="morethan"),
     M(R, "1%", N, "growth", 1, cls="pct"),
     M(R, "2020", D, "growth_year", "2020"),
     M(R, "1950", D, "since1950", "1950"),
     M(R, "2050", D, "incr2050", "2050", occ=2),
     M(R, "eight countries", N, "eight", 8),
     M(R, "72.8 years", N, "le2019", 72.8, cls="years"),
     M(R, "2019", D, "le2019y", "2019"),
     M(R, "71.0 years", N, "le2021", 71.0, cls="years"),
     M(R, "2021", D, "le2021y", "2021"),
     M(R, "77.2 years", N, "le2050", 77.2, cls="years"),
     M(R, "2050", D, "le2050y", "2050", occ=3),

     M(K, "8 miliar jiwa", N, "pop8", 8e9),
     M(K, "15 November 2022", D, "day8bn", "2022-11-15"),
     M(K, "Senin (11/7/2022)", D, "release", "2022-07-11"),
     M(K, "8,5 miliar", N, "pop2030", 8.5e9),
     M(K, "2030", D, "y2030", "2030"),
     M(K, "9,7 miliar", N, "pop2050", 9.7e9),
     M(K, "2050", D, "y2050", "2050"),
     M(K, "sekitar 10,4 miliar jiwa", N, "peak", 10.4e9, qual="approx"),
     M(K, "2080-an", D, "peakdec", "2080"),
     M(K, "2100", D, "until2100", "2100"),
     M(K, "2023", D, "india", "2023"),
     M(K, "1 persen", N, "growth", 1, cls="pct"),
     M(K, "2020", D, "growth_year", "2020"),
     M(K, "1950", D, "since1950", "1950"),
     M(K, "2,3 anak", N, "fert2021", 2.3, cls="fert"),
     M(K, "2021", D, "fert2021y", "2021"),
     M(K, "2,1", N, "fert2050", 2.1, cls="fert"),
     M(K, "2050", D, "fert2050y", "2050", occ=2),
     M(K, "61 negara", N, "decl", 61),
     M(K, "1 persen", N, "decl_thr", 1, cls="pct", occ=2),
     M(K, "2050", D, "decl2050y", "2050", occ=3),
     M(K, "sekitar 275 juta jiwa", N, "indo", 275e6, qual="approx"),

     M(T, "72,8 tahun", N, "le2019", 72.8, cls="years"),
     M(T, "2019", D, "le2019y", "2019"),
     M(T, "71,0 tahun", N, "le2021", 71.0, cls="years"),
     M(T, "2021", D, "le2021y", "2021"),
     M(T, "77,2 tahun", N, "le2050", 77.2, cls="years"),
     M(T, "2050", D, "le2050y", "2050"),
     M(T, "2,3 anak", N, "fert2021", 2.3, cls="fert"),
     M(T, "sekitar 5 anak", N, "fert1950", 5, qual="approx", cls="fert"),
     M(T, "1950", D, "fert1950y", "1950"),
     M(T, "65 tahun", N, "age65", 65, cls="age"),
     M(T, "10 persen", N, "old2022", 10, cls="pct"),
     M(T, "tahun ini", D, "old_now", "2022"),
     M(T, "16 persen", N, "old2050", 16, cls="pct"),
     M(T, "2050", D, "old2050y", "2050", occ=2),
     M(T, "2050", D, "incr2050", "2050", occ=3),
     M(T, "delapan negara", N, "eight", 8),
     M(T, "8 miliar jiwa", N, "pop8", 8e9),
     M(T, "15 November 2022", D, "day8bn", "2022-11-15"),
     M(T, "Senin (11/7/2022)", D, "release", "2022-07-11"),

     M(J, "8 billion", N, "pop8", 8e9),
     M(J, "Nov. 15", D, "day8bn", "2022-11-15"),
     M(J, "Monday, July 11", D, "release", "2022-07-11"),
     M(J, "8.5 billion", N, "pop2030", 8.5e9),
     M(J, "2030", D, "y2030", "2030"),
     M(J, "9.7 billion", N, "pop2050", 9.7e9),
     M(J, "2050", D, "y2050", "2050"),
     M(J, "about 10.4 billion", N, "peak", 10.4e9, qual="approx"),
     M(J, "2080s", D, "peakdec", "2080"),
     M(J, "more than 1.4 billion people", N, "big2", 1.4e9, qual="morethan"),
     M(J, "2023", D, "india", "2023"),
     M(J, "about 275 million people", N, "indo", 275e6, qual="approx"),
     M(J, "2.3 births", N, "fert2021", 2.3, cls="fert"),
     M(J, "2021", D, "fert2021y", "2021"),
     M(J, "2.1", N, "fert2050", 2.1, cls="fert"),
     M(J, "2050", D, "fert2050y", "2050", occ=2),
     M(J, "71.0 years", N, "le2021", 71.0, cls="years"),
     M(J, "2021", D, "le2021y", "2021", occ=2),
     M(J, "72.8 years", N, "le2019", 72.8, cls="years"),
     M(J, "2019", D, "le2019y", "2019"),
     M(J, "65", N, "age65", 65, cls="age"),
     M(J, "10 percent", N, "old2022", 10, cls="pct"),
     M(J, "this year", D, "old_now", "2022"),
     M(J, "16 percent", N, "old2050", 16, cls="pct"),
     M(J, "2050", D, "old2050y", "2050", occ=3),
     M(J, "Sixty-one countries", N, "decl", 61),
     M(J, "1 percent", N, "decl_thr", 1, cls="pct"),
     M(J, "2050", D, "decl2050y", "2050", occ=4),
     M(J, "7 billion people", N, "pop7", 7e9),
     M(J, "2011", D, "y2011", "2011"),
    ]
    build("un-population-2022", "The United Nations' population projections of Monday 11 July 2022 (control): the "
          "world at 8 billion on 15 November 2022, 8.5 billion in 2030, 9.7 billion in 2050, a peak of about 10.4 "
          "billion in the 2080s, India overtaking China in 2023, growth below 1% in 2020, life expectancy (72.8 "
          "years in 2019, 71.0 in 2021, 77.2 in 2050), births per woman (2.3 in 2021, 2.1 by 2050), the share aged "
          "65 or over (10% -> 16%), 61 countries shrinking, 7 billion in 2011 recalled. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    kumamoto()
    greece()
    population()
