"""The four-hundred-and-eleventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset411/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def shipwreck():
    R, K, A, T = "reuters-jun03", "kompas-jun05", "afp-jun09", "tempo-jul03"
    # as-of times of the running toll: Sunday 3 June 2018 (48), Monday 4 June evening (60), Friday 8 June evening
    # (85), Saturday 9 June (83, after two bodies were found listed twice: a revision) and Tuesday 12 June (112).
    # The rescued (68) are one figure for the whole story (no as-of time). The number aboard: about 180 by the
    # survivors against about 160 by the national guard (sources). The sinking (late on Saturday 2 June), the first
    # count (Sunday 3 June), the ten security chiefs removed (Tuesday 5 June, no dated mention) and the minister
    # dismissed (Wednesday 6 June) are different days.
    SUN, MON, FRI, SAT, TUE = "2018-06-03", "2018-06-04", "2018-06-08", "2018-06-09", "2018-06-12"
    SURV, GUARD = "the survivors", "the national guard"
    names = {
     "dead": "migrants dead (bodies recovered)", "rescued": "people rescued alive", "aboard": "people aboard the boat",
     "fee": "fare paid to the smugglers (dinars)", "chiefs": "security chiefs removed",
     "double": "bodies listed twice",
     # dates
     "sink": "day the boat sank", "count_sun": "day of the first count (48)", "count_mon": "day of the count of 60",
     "count_fri": "day of the count of 85", "count_sat": "day of the count of 83", "count_tue": "day of the count of 112",
     "sack": "day the interior minister was dismissed",
    }
    ms = [
     M(R, "At least 48 migrants", N, "dead", 48, SUN, qual="atleast"),
     M(R, "Saturday", D, "sink", "2018-06-02"),
     M(R, "Sunday", D, "count_sun", "2018-06-03"),
     M(R, "68 people", N, "rescued", 68),
     M(R, "about 180 people", N, "aboard", 180, qual="approx", src=SURV),
     M(R, "Sunday", D, "count_sun", "2018-06-03", occ=2),
     M(R, "48 bodies", N, "dead", 48, SUN),
     M(R, "about 3,000 dinars", N, "fee", 3000, qual="approx", cls="dinar"),

     M(K, "60 orang", N, "dead", 60, MON),
     M(K, "Senin (4/6/2018)", D, "count_mon", "2018-06-04"),
     M(K, "Sabtu (2/6/2018)", D, "sink", "2018-06-02"),
     M(K, "86 orang", N, "rescued", 86, planted=True),
     M(K, "60 jenazah", N, "dead", 60, MON),
     M(K, "sekitar 180 orang", N, "aboard", 180, qual="approx", src=SURV),
     M(K, "sekitar 3.000 dinar", N, "fee", 3000, qual="approx", cls="dinar"),

     M(A, "85 bodies", N, "dead", 85, FRI),
     M(A, "Friday", D, "count_fri", "2018-06-08"),
     M(A, "June 2", D, "sink", "2018-06-02"),
     M(A, "about 180 people", N, "aboard", 180, qual="approx", src=SURV),
     M(A, "68 were rescued", N, "rescued", 68),
     M(A, "about 160", N, "aboard", 160, qual="approx", src=GUARD),
     M(A, "Wednesday, June 7", D, "sack", "2018-06-07", planted=True),
     M(A, "ten regional security chiefs", N, "chiefs", 10),
     M(A, "about 3,000 dinars", N, "fee", 3000, qual="approx", cls="dinar"),

     M(T, "112 orang", N, "dead", 112, TUE),
     M(T, "Selasa (12/6/2018)", D, "count_tue", "2018-06-12"),
     M(T, "85", N, "dead", 85, FRI),
     M(T, "83", N, "dead", 83, SAT),
     M(T, "Sabtu (9/6/2018)", D, "count_sat", "2018-06-09"),
     M(T, "dua jenazah", N, "double", 2),
     M(T, "Minggu (3/6/2018)", D, "count_sun", "2018-06-03"),
     M(T, "48 korban tewas", N, "dead", 48, SUN),
     M(T, "68 penumpang", N, "rescued", 68),
     M(T, "sekitar 180 orang", N, "aboard", 180, qual="approx", src=SURV),
     M(T, "Rabu (6/6/2018)", D, "sack", "2018-06-06"),
     M(T, "sepuluh pejabat", N, "chiefs", 10),
    ]
    build("kerkennah-shipwreck-2018", "The sinking of an overloaded migrant boat off Tunisia's Kerkennah islands late "
          "on Saturday 2 June 2018: about 180 aboard by the survivors' account (about 160 by the national guard: "
          "sources), 68 rescued; the toll rising from 48 on Sunday 3 June to 60 on Monday 4 June and 85 on Friday 8 "
          "June, revised down to 83 on Saturday 9 June after two bodies were found listed twice, and 112 by Tuesday "
          "12 June; ten security chiefs removed, and the interior minister Lotfi Brahem dismissed on Wednesday 6 June",
          False, ms, names)


def referendum():
    A, R, K, T = "antara-jun18", "reuters-jul02", "kompas-jul03", "tempo-jul15"
    # the steps: the king's speech promising reform (Wednesday 9 March 2011), the draft presented (Friday 17 June),
    # the campaign (from Monday 20 June), the vote (Friday 1 July) and the preliminary results the same night, the
    # final results of the Constitutional Council (Thursday 14 July), the early election (25 November 2011). The
    # preliminary turnout 72.65% is updated by the final 73.46% (different as-of times); the yes share 98.49% stands.
    PRE, FIN = "2011-07-01", "2011-07-14"
    names = {
     "yes": "share of votes in favour (%)", "no": "share of votes against (%)", "turnout": "turnout (%)",
     "registered": "registered voters (million)", "drafting": "months the commission worked on the draft",
     "gap": "weeks between the draft and the vote",
     # dates
     "speech": "day of the king's speech promising reform", "draft": "day the draft was presented",
     "vote": "day of the referendum", "prelim": "day the preliminary results were announced",
     "protests": "day the street protests began", "campaign": "day the campaign began",
     "march": "day of the protest after the vote", "final": "day of the final results",
     "election": "day of the early parliamentary election",
    }
    ms = [
     M(A, "Jumat (17/6/2011)", D, "draft", "2011-06-17"),
     M(A, "1 Juli 2011", D, "vote", "2011-07-01"),
     M(A, "Rabu (9/3/2011)", D, "speech", "2011-03-09"),
     M(A, "20 Februari", D, "protests", "2011-02-20"),
     M(A, "sekitar tiga bulan", N, "drafting", 3, qual="approx", cls="dur"),
     M(A, "Sekitar 13 juta warga", N, "registered", 13, qual="approx", cls="mil"),
     M(A, "Senin (20/6/2011)", D, "campaign", "2011-06-20"),

     M(R, "Friday", D, "vote", "2011-07-01"),
     M(R, "98.49 percent", N, "yes", 98.49, PRE, cls="pct"),
     M(R, "72.65 percent", N, "turnout", 72.65, PRE, cls="pct"),
     M(R, "roughly 13 million", N, "registered", 13, qual="approx", cls="mil"),
     M(R, "Friday", D, "prelim", "2011-07-01", occ=2),
     M(R, "1.51 percent", N, "no", 1.51, PRE, cls="pct"),
     M(R, "March 9", D, "speech", "2011-03-09"),
     M(R, "June 17", D, "draft", "2011-06-17"),
     M(R, "two weeks", N, "gap", 2, cls="dur"),
     M(R, "February", D, "protests", "2011-02"),

     M(K, "Jumat (1/7/2011)", D, "vote", "2011-07-01"),
     M(K, "98,49 persen", N, "yes", 98.49, PRE, cls="pct"),
     M(K, "72,56 persen", N, "turnout", 72.56, PRE, cls="pct", planted=True),
     M(K, "Jumat malam", D, "prelim", "2011-07-01"),
     M(K, "1,51 persen", N, "no", 1.51, PRE, cls="pct"),
     M(K, "Minggu (3/7/2011)", D, "march", "2011-07-03"),
     M(K, "Sekitar 13 juta warga", N, "registered", 13, qual="approx", cls="mil"),
     M(K, "Rabu (9/3/2011)", D, "speech", "2011-03-09"),

     M(T, "Kamis (14/7/2011)", D, "final", "2011-07-14"),
     M(T, "73,46 persen", N, "turnout", 73.46, FIN, cls="pct"),
     M(T, "98,49 persen", N, "yes", 98.49, FIN, cls="pct"),
     M(T, "72,65 persen", N, "turnout", 72.65, PRE, cls="pct"),
     M(T, "Jumat (1/7/2011)", D, "vote", "2011-07-01"),
     M(T, "Jumat (18/6/2011)", D, "draft", "2011-06-18", planted=True),
     M(T, "dua pekan", N, "gap", 2, cls="dur"),
     M(T, "25 November 2011", D, "election", "2011-11-25"),
    ]
    build("morocco-referendum-2011", "Morocco's constitutional referendum of Friday 1 July 2011: reform promised by "
          "King Mohammed VI on Wednesday 9 March, the draft of the commission led by Abdelatif Menouni presented on "
          "Friday 17 June, the vote on 1 July with preliminary results announced that night by the interior minister "
          "Taieb Cherkaoui (98.49% yes, 1.51% no, turnout 72.65% of about 13 million registered voters), and the "
          "final results of the Constitutional Council on Thursday 14 July (turnout 73.46%, 98.49% yes); early "
          "parliamentary elections set for 25 November 2011", False, ms, names)


def solar():
    R, K, B, P = "reuters-feb04", "kompas-feb05", "bloomberg-feb06", "tempo-feb08"
    names = {
     "cap": "capacity of the first phase (MW)", "total": "capacity of the whole complex (MW)",
     "solar_goal": "solar capacity planned nationally (MW)", "mirrors": "mirrors of the first phase",
     "area": "area of the first phase (ha)", "storage": "hours of storage", "phases": "further phases",
     "people": "people the complex will supply (million)", "share": "renewable share targeted (%)",
     "dist": "distance from Ouarzazate (km)", "years": "years the consortium will run the plant",
     "days": "days since the opening",
     # dates
     "opening": "day the plant was opened", "phases_due": "year the further phases are due",
     "goal_year": "year of the renewables target", "start": "month work began",
    }
    ms = [
     M(R, "Thursday", D, "opening", "2016-02-04"),
     M(R, "160-megawatt", N, "cap", 160, cls="mw"),
     M(R, "some 500,000 curved mirrors", N, "mirrors", 500000, qual="approx"),
     M(R, "about 450 hectares", N, "area", 450, qual="approx", cls="ha"),
     M(R, "about three hours", N, "storage", 3, qual="approx", cls="dur"),
     M(R, "Two further phases", N, "phases", 2),
     M(R, "2018", D, "phases_due", "2018"),
     M(R, "580 megawatts", N, "total", 580, cls="mw"),
     M(R, "about 1.1 million people", N, "people", 1.1, qual="approx", cls="mil"),
     M(R, "42 percent", N, "share", 42, cls="pct"),
     M(R, "2020", D, "goal_year", "2020"),
     M(R, "2,000 megawatts", N, "solar_goal", 2000, cls="mw"),
     M(R, "about 10 km", N, "dist", 10, qual="approx", cls="km"),
     M(R, "May 2013", D, "start", "2013-05"),

     M(K, "Kamis (4/2/2016)", D, "opening", "2016-02-04"),
     M(K, "160 megawatt", N, "cap", 160, cls="mw"),
     M(K, "sekitar 500.000 cermin", N, "mirrors", 500000, qual="approx"),
     M(K, "sekitar 450 hektare", N, "area", 450, qual="approx", cls="ha"),
     M(K, "sekitar tiga jam", N, "storage", 3, qual="approx", cls="dur"),
     M(K, "dua tahap", N, "phases", 2),
     M(K, "2018", D, "phases_due", "2018"),
     M(K, "580 megawatt", N, "total", 580, cls="mw"),
     M(K, "sekitar 1,1 juta orang", N, "people", 1.1, qual="approx", cls="mil"),
     M(K, "42 persen", N, "share", 42, cls="pct"),
     M(K, "2020", D, "goal_year", "2020"),
     M(K, "2.000 megawatt", N, "solar_goal", 2000, cls="mw"),
     M(K, "sekitar 10 kilometer", N, "dist", 10, qual="approx", cls="km"),
     M(K, "Mei 2013", D, "start", "2013-05"),

     M(B, "160-megawatt", N, "cap", 160, cls="mw"),
     M(B, "Feb. 4", D, "opening", "2016-02-04"),
     M(B, "about 500,000 mirrors", N, "mirrors", 500000, qual="approx"),
     M(B, "three hours", N, "storage", 3, cls="dur"),
     M(B, "2018", D, "phases_due", "2018"),
     M(B, "580 megawatts", N, "total", 580, cls="mw"),
     M(B, "about 1.1 million people", N, "people", 1.1, qual="approx", cls="mil"),
     M(B, "42 percent", N, "share", 42, cls="pct"),
     M(B, "2020", D, "goal_year", "2020"),
     M(B, "2,000 megawatts", N, "solar_goal", 2000, cls="mw"),
     M(B, "450-hectare", N, "area", 450, cls="ha"),
     M(B, "May 2013", D, "start", "2013-05"),
     M(B, "about 10 km", N, "dist", 10, qual="approx", cls="km"),

     M(P, "Empat hari", N, "days", 4, cls="dur"),
     M(P, "Kamis (4/2/2016)", D, "opening", "2016-02-04"),
     M(P, "160 megawatt", N, "cap", 160, cls="mw"),
     M(P, "sekitar 450 hektare", N, "area", 450, qual="approx", cls="ha"),
     M(P, "sekitar 10 kilometer", N, "dist", 10, qual="approx", cls="km"),
     M(P, "sekitar 500.000 buah", N, "mirrors", 500000, qual="approx"),
     M(P, "sekitar tiga jam", N, "storage", 3, qual="approx", cls="dur"),
     M(P, "580 megawatt", N, "total", 580, cls="mw"),
     M(P, "2018", D, "phases_due", "2018"),
     M(P, "dua tahap lagi", N, "phases", 2),
     M(P, "sekitar 1,1 juta orang", N, "people", 1.1, qual="approx", cls="mil"),
     M(P, "42 persen", N, "share", 42, cls="pct"),
     M(P, "2020", D, "goal_year", "2020"),
     M(P, "2.000 megawatt", N, "solar_goal", 2000, cls="mw"),
     M(P, "Mei 2013", D, "start", "2013-05"),
     M(P, "25 tahun", N, "years", 25, cls="yrs"),
    ]
    build("noor-solar-2016", "The opening of the first, 160-megawatt phase of Morocco's Noor solar complex near "
          "Ouarzazate by King Mohammed VI on Thursday 4 February 2016 (control): about 500,000 mirrors on about 450 "
          "hectares, about three hours of molten-salt storage, 580 megawatts and about 1.1 million people supplied "
          "once two further phases are done in 2018, a target of 42% of power capacity from renewables by 2020 with "
          "2,000 megawatts of solar, about 10 km from the town, work begun in May 2013. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    shipwreck()
    referendum()
    solar()
