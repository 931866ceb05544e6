"""The twenty-eighth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md) by
tests/benchmarks/factlabels.py. Run from the repository root after changing an article:
``python tests/data/devset28/facts.py`` (``--show`` prints each mention in its context).
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tianjin():
    R, A, K, F, T = "reuters-aug13", "antara-aug14", "kompas-aug16", "ft-aug19", "tempo-feb06"
    names = {
     "dead": "death toll of the Tianjin blasts", "fire_dead": "firefighters among the dead",
     "hosp": "people in hospital", "critical": "people in a critical condition", "missing": "people missing",
     "fire_missing": "firefighters among the missing", "fire_dm": "firefighters dead or missing (final report)",
     "police_dm": "police officers dead or missing (final report)", "injured": "people injured (final report)",
     "gap": "seconds between the two blasts", "blast1": "first blast in tonnes of TNT",
     "blast2": "second blast in tonnes of TNT", "cyanide": "sodium cyanide stored (tonnes)",
     "mag1": "magnitude of the first blast", "mag2": "magnitude of the second blast", "pop": "Tianjin's population",
     "sheltered": "residents sheltering in schools", "radius": "evacuation radius (km)",
     "insured": "insured losses", "losses": "direct economic losses", "detained": "Ruihai people detained",
     "vehicles": "vehicles destroyed or damaged", "buildings": "buildings damaged", "containers": "containers damaged",
     "accountable": "people held accountable", "officials": "officials to be disciplined",
     "kunshan": "dead in the 2014 Kunshan dust explosion",
     # dates
     "blast": "day of the blasts", "stmt13": "day of Thursday's news conference",
     "missday13": "day dozens of firefighters were unaccounted for", "toll14day": "day of Friday's count",
     "kbri": "day of the Indonesian embassy's statement", "stmt16": "day of Sunday's count",
     "toll15day": "day of Saturday's count", "evac": "day of the 3 km evacuation", "visit": "day Li Keqiang visited",
     "stmt19": "day the toll reached 114", "invest": "day Yang Dongliang's investigation was announced",
     "kunshan_day": "month of the Kunshan explosion", "report": "day the investigation report was released",
     "permit": "month Ruihai began storing without a permit",
    }
    ms = [
     M(R, "at least 44 people", N, "dead", 44, "2015-08-13", "atleast"),
     M(R, "12 of them", N, "fire_dead", 12, "2015-08-13"),
     M(R, "More than 520 people", N, "hosp", 520, "2015-08-13", "morethan", fall=True),
     M(R, "66 of them", N, "critical", 66, "2015-08-13", fall=True),
     M(R, "30 seconds", N, "gap", 30, cls="dur"),
     M(R, "about 3 tonnes", N, "blast1", 3, qual="approx", cls="mass"),
     M(R, "about 21 tonnes", N, "blast2", 21, qual="approx", cls="mass"),
     M(R, "about 15 million people", N, "pop", 15e6, qual="approx"),
     M(R, "Wednesday", D, "blast", "2015-08-12"),
     M(R, "Thursday", D, "stmt13", "2015-08-13"),
     M(R, "Thursday", D, "missday13", "2015-08-13", occ=2),

     M(A, "56 orang", N, "dead", 56, "2015-08-14T08"),
     M(A, "17 petugas pemadam kebakaran", N, "fire_dead", 17, "2015-08-14T08"),
     M(A, "Lebih dari 700 orang", N, "hosp", 700, "2015-08-14T08", "morethan", fall=True),
     M(A, "71 di antaranya", N, "critical", 71, "2015-08-14T08", fall=True),
     M(A, "21 ton TNT", N, "blast2", 21, cls="mass"),
     M(A, "2,9", N, "mag2", 2.9, cls="mag"),
     M(A, "2,3", N, "mag1", 2.3, cls="mag"),
     M(A, "Sekitar 6.000 warga", N, "sheltered", 6000, "2015-08-14", "approx", fall=True),
     M(A, "Jumat (14/8/2015)", D, "toll14day", "2015-08-14"),
     M(A, "Rabu (12/8/2015)", D, "blast", "2015-08-12"),
     M(A, "Jumat", D, "kbri", "2015-08-14", occ=2),

     M(K, "112 orang", N, "dead", 112, "2015-08-16"),
     M(K, "95 orang", N, "missing", 95, "2015-08-16", fall=True),
     M(K, "85 di antaranya", N, "fire_missing", 85, "2015-08-16", fall=True),
     M(K, "50 orang", N, "dead", 50, "2015-08-14T18"),
     M(K, "56 orang", N, "dead", 56, "2015-08-14T08"),
     M(K, "85 orang", N, "dead", 85, "2015-08-15"),
     M(K, "21 petugas pemadam kebakaran", N, "fire_dead", 21, "2015-08-15"),
     M(K, "721 orang", N, "hosp", 721, "2015-08-15", fall=True),
     M(K, "3 kilometer", N, "radius", 3, cls="len"),
     M(K, "sekitar 700 ton", N, "cyanide", 700, qual="approx", cls="mass"),
     M(K, "12 ton TNT", N, "blast2", 12, cls="mass", planted=True),
     M(K, "US$1,5 miliar", N, "insured", 1.5e9, qual="nearly", cls="money", src="Fitch"),
     M(K, "Minggu (16/8/2015)", D, "stmt16", "2015-08-16"),
     M(K, "Jumat", D, "toll14day", "2015-08-14"),
     M(K, "Sabtu", D, "toll15day", "2015-08-15"),
     M(K, "Sabtu (15/8/2015)", D, "evac", "2015-08-15"),
     M(K, "Minggu", D, "visit", "2015-08-16", occ=2),

     M(F, "114", N, "dead", 114, "2015-08-19"),
     M(F, "65 people", N, "missing", 65, "2015-08-19", fall=True),
     M(F, "ten people", N, "detained", 10, "2015-08-19"),
     M(F, "More than 500 people", N, "hosp", 500, "2015-08-19", "morethan", fall=True),
     M(F, "more than 8,000 vehicles", N, "vehicles", 8000, "2015-08-19", "morethan"),
     M(F, "$1.6 billion", N, "insured", 1.6e9, qual="atleast", cls="money", src="Guy Carpenter"),
     M(F, "$3.3 billion", N, "insured", 3.3e9, qual="nearly", cls="money", src="Guy Carpenter"),
     M(F, "146 people", N, "kunshan", 146),
     M(F, "Wednesday", D, "stmt19", "2015-08-19"),
     M(F, "Tuesday", D, "invest", "2015-08-18"),
     M(F, "August 12", D, "blast", "2015-08-12"),
     M(F, "August 2014", D, "kunshan_day", "2014-08"),

     M(T, "165 orang", N, "dead", 165, "2016-02-05"),
     M(T, "8 orang", N, "missing", 8, "2016-02-05", fall=True),
     M(T, "104 petugas pemadam kebakaran", N, "fire_dm", 104),
     M(T, "11 polisi", N, "police_dm", 11),
     M(T, "798 orang", N, "injured", 798),
     M(T, "304 bangunan", N, "buildings", 304),
     M(T, "12.428 kendaraan", N, "vehicles", 12428, "2016-02-05"),
     M(T, "7.533 kontainer", N, "containers", 7533),
     M(T, "6,866 miliar yuan", N, "losses", 6.866e9, cls="money"),
     M(T, "30 detik", N, "gap", 30, cls="dur"),
     M(T, "21 ton TNT", N, "blast2", 21, cls="mass"),
     M(T, "123 orang", N, "accountable", 123),
     M(T, "74 pejabat", N, "officials", 74),
     M(T, "12 Agustus 2015", D, "blast", "2015-08-12"),
     M(T, "Jumat (5/2/2016)", D, "report", "2016-02-05"),
     M(T, "Oktober 2014", D, "permit", "2014-10"),
    ]
    build("tianjin-blasts-2015", "Explosions at a chemical warehouse in Tianjin's port, China (Wednesday 12 August "
          "2015, about 23:30): the toll rising over days (44 -> 56, corrected to 50 -> 85 -> 112 -> 114 -> 165 in the "
          "final report) with firefighters among the dead, the missing falling (95 -> 65 -> 8), people in hospital "
          "rising then falling, the blasts' sizes (3 and 21 tonnes of TNT, magnitudes 2.3 and 2.9), 700 tonnes of "
          "sodium cyanide, two estimates of insured losses (Fitch, Guy Carpenter), vehicles, buildings and containers "
          "damaged, a 2014 explosion recalled; dates of the blasts, counts, an evacuation, a visit, an investigation "
          "and the report", False, ms, names)


def italy():
    R, K, G, T, P = "reuters-dec05", "kompas-dec06", "theguardian-dec08", "tempo-dec13", "politico-feb20"
    names = {
     "no": "No share in the referendum", "yes": "Yes share in the referendum", "novotes": "No votes",
     "yesvotes": "Yes votes", "margin": "No's margin in votes", "turnout_it": "turnout in Italy",
     "turnout_all": "turnout including voters abroad", "regions_no": "regions won by No",
     "regions_total": "regions of Italy", "sardinia": "No share in Sardinia", "sicily": "No share in Sicily",
     "campania": "No share in Campania", "taa_yes": "Yes share in Trentino-Alto Adige",
     "abroad_yes": "Yes share among Italians abroad", "euro_fall": "the euro's fall", "young_no": "No share among 18-34s",
     "senators_now": "senators now", "senators_new": "senators under the reform", "no2006": "No share in the 2006 referendum",
     "pd2014": "the Democrats' share in the 2014 European election", "budget_ayes": "Senate votes for the budget",
     "budget_noes": "Senate votes against the budget", "renzi_age": "Renzi's age", "gent_age": "Gentiloni's age",
     "renzi_days": "Renzi's days in office", "ministers": "ministers in Gentiloni's cabinet",
     "conf_ayes": "Chamber votes for Gentiloni", "conf_noes": "Chamber votes against Gentiloni",
     "sen_ayes": "Senate votes for Gentiloni", "sen_noes": "Senate votes against Gentiloni",
     # dates
     "vote": "day of the referendum", "count": "day the ministry gave the count", "meet": "day Renzi met Mattarella",
     "resign": "day Renzi resigned", "consult": "day Mattarella's consultations began",
     "mandate": "day Gentiloni was given the mandate", "sworn": "day Gentiloni was sworn in",
     "conf_chamber": "day of the Chamber's confidence vote", "conf_senate": "day of the Senate's confidence vote",
     "court": "day the Constitutional Court ruled on the Italicum", "pdquit": "day Renzi quit as party leader",
     "budget_year": "the budget's year", "y2006": "year of the earlier referendum", "y2014": "year of the European election",
     "nextelec": "year by which the next election is due",
    }
    ms = [
     M(R, "59.1 percent", N, "no", 59.1, qual="approx", cls="pct"),
     M(R, "40.9 percent", N, "yes", 40.9, qual="approx", cls="pct"),
     M(R, "68.5 percent", N, "turnout_it", 68.5, "2016-12-05", "approx", cls="pct"),
     M(R, "57.2 percent", N, "turnout_it", 57.2, "2016-12-04T19", cls="pct"),
     M(R, "17", N, "regions_no", 17),
     M(R, "20 regions", N, "regions_total", 20),
     M(R, "72.2 percent", N, "sardinia", 72.2, cls="pct"),
     M(R, "71.6 percent", N, "sicily", 71.6, cls="pct"),
     M(R, "68.5 percent", N, "campania", 68.5, cls="pct", occ=2),
     M(R, "53.9 percent", N, "taa_yes", 53.9, cls="pct"),
     M(R, "64.7 percent", N, "abroad_yes", 64.7, cls="pct"),
     M(R, "1.5 percent", N, "euro_fall", 1.5, cls="pct"),
     M(R, "Sunday", D, "vote", "2016-12-04"),
     M(R, "Monday", D, "count", "2016-12-05"),
     M(R, "Monday", D, "meet", "2016-12-05", occ=2),

     M(K, "59,11 persen", N, "no", 59.11, cls="pct"),
     M(K, "40,89 persen", N, "yes", 40.89, cls="pct"),
     M(K, "19.419.507 suara", N, "novotes", 19419507),
     M(K, "13.432.208 suara", N, "yesvotes", 13432208),
     M(K, "65,47 persen", N, "turnout_all", 65.47, cls="pct"),
     M(K, "68,48 persen", N, "turnout_it", 68.48, "2016-12-05", cls="pct"),
     M(K, "315", N, "senators_now", 315),
     M(K, "100 orang", N, "senators_new", 100),
     M(K, "61,3 persen", N, "no2006", 61.3, cls="pct"),
     M(K, "40,8 persen", N, "pd2014", 40.8, cls="pct"),
     M(K, "Senin (5/12/2016)", D, "meet", "2016-12-05"),
     M(K, "Minggu (4/12/2016)", D, "vote", "2016-12-04"),
     M(K, "2017", D, "budget_year", "2017"),
     M(K, "2006", D, "y2006", "2006"),
     M(K, "2014", D, "y2014", "2014"),

     M(G, "166 votes", N, "budget_ayes", 166),
     M(G, "70", N, "budget_noes", 70),
     M(G, "41", N, "renzi_age", 41, cls="age"),
     M(G, "59.1%", N, "no", 59.1, qual="approx", cls="pct"),
     M(G, "40.9%", N, "yes", 40.9, qual="approx", cls="pct"),
     M(G, "65.5%", N, "turnout_all", 65.5, qual="approx", cls="pct"),
     M(G, "75.2%", N, "sardinia", 75.2, cls="pct", planted=True),
     M(G, "about 81%", N, "young_no", 81, qual="approx", cls="pct"),
     M(G, "almost six million votes", N, "margin", 6e6, qual="nearly"),
     M(G, "more than 1,000 days", N, "renzi_days", 1000, qual="morethan", cls="dur"),
     M(G, "Wednesday", D, "resign", "2016-12-07"),
     M(G, "Thursday", D, "consult", "2016-12-08"),
     M(G, "Sunday", D, "vote", "2016-12-04"),
     M(G, "2017", D, "budget_year", "2017"),

     M(T, "Senin (12/12/2016)", D, "sworn", "2016-12-12"),
     M(T, "Minggu (11/12/2016)", D, "mandate", "2016-12-11"),
     M(T, "Kamis (8/12/2016)", D, "resign", "2016-12-08", planted=True),
     M(T, "4 Desember", D, "vote", "2016-12-04"),
     M(T, "59,1 persen", N, "no", 59.1, qual="approx", cls="pct"),
     M(T, "62 tahun", N, "gent_age", 62, cls="age"),
     M(T, "18 menteri", N, "ministers", 18),
     M(T, "Selasa (13/12/2016)", D, "conf_chamber", "2016-12-13"),
     M(T, "Rabu (14/12/2016)", D, "conf_senate", "2016-12-14"),
     M(T, "2017", D, "budget_year", "2017"),
     M(T, "2018", D, "nextelec", "2018"),

     M(P, "Sunday", D, "pdquit", "2017-02-19"),
     M(P, "December 4", D, "vote", "2016-12-04"),
     M(P, "59.1 percent", N, "no", 59.1, qual="approx", cls="pct"),
     M(P, "about 65 percent", N, "turnout_all", 65, qual="approx", cls="pct"),
     M(P, "December 13", D, "conf_chamber", "2016-12-13"),
     M(P, "368 votes", N, "conf_ayes", 368),
     M(P, "105", N, "conf_noes", 105),
     M(P, "169", N, "sen_ayes", 169),
     M(P, "99", N, "sen_noes", 99),
     M(P, "January 25", D, "court", "2017-01-25"),
     M(P, "40.8 percent", N, "pd2014", 40.8, cls="pct"),
     M(P, "2014", D, "y2014", "2014"),
    ]
    build("italy-referendum-2016", "Italy's constitutional referendum (Sunday 4 December 2016) and what followed: No "
          "59.11 % against Yes 40.89 % (19,419,507 and 13,432,208 votes), turnout 68.48 % in Italy (57.2 % at 7 p.m.) "
          "and 65.47 % with voters abroad, regions' shares, Renzi's announcement, his meeting with Mattarella on the "
          "Monday and resignation on Wednesday 7 December after the Senate passed the budget, Gentiloni's mandate "
          "(11 December), swearing-in (12 December) and confidence votes (13 and 14 December), a court ruling on 25 "
          "January 2017 and Renzi quitting as party leader on 19 February 2017; the 2006 referendum and the 2014 "
          "European election recalled", False, ms, names)


def payrolls():
    R, C, B, W = "reuters-feb03", "cnbcindonesia-feb04", "bisnis-feb05", "wsj-feb06"
    names = {
     "jobs": "jobs added in January 2023", "forecast": "economists' forecast of jobs added",
     "unemp": "unemployment rate in January 2023", "wage_mom": "hourly earnings growth on the month",
     "wage_yoy": "hourly earnings growth on the year", "wage_level": "average hourly earnings",
     "dec_jobs": "jobs added in December 2022 (revised)", "y2022jobs": "jobs added in 2022",
     "leisure": "jobs added in leisure and hospitality", "prof": "jobs added in professional and business services",
     "gov": "jobs added in government", "workweek": "average workweek (hours)", "lfpr": "participation rate",
     "hike_bp": "the Fed's increase in basis points", "fed_lo": "bottom of the Fed's range",
     "fed_hi": "top of the Fed's range", "gap": "days between the Fed's decision and the report",
     "nasdaq": "the Nasdaq's fall", "since_years": "years since the rate was last this low",
     # dates
     "release": "day of the release", "since": "when the rate was last this low", "fed_day": "day of the Fed's decision",
     "refmonth": "the report's month", "decmonth": "the revised month", "y2022": "the year of the revision",
     "nasdaqday": "day of the Nasdaq's fall", "powell": "day of Powell's speech", "hikestart": "month the Fed began raising",
    }
    ms = [
     M(R, "517,000 jobs", N, "jobs", 517000),
     M(R, "January", D, "refmonth", "2023-01"),
     M(R, "185,000", N, "forecast", 185000),
     M(R, "3.4 percent", N, "unemp", 3.4, cls="pct"),
     M(R, "May 1969", D, "since", "1969-05"),
     M(R, "Friday", D, "release", "2023-02-03"),
     M(R, "0.3 percent", N, "wage_mom", 0.3, cls="pct"),
     M(R, "4.4 percent", N, "wage_yoy", 4.4, cls="pct"),
     M(R, "$33.03", N, "wage_level", 33.03, cls="money"),
     M(R, "260,000", N, "dec_jobs", 260000),
     M(R, "4.8 million jobs", N, "y2022jobs", 4.8e6),
     M(R, "2022", D, "y2022", "2022"),
     M(R, "128,000 jobs", N, "leisure", 128000),
     M(R, "82,000", N, "prof", 82000),
     M(R, "74,000", N, "gov", 74000),
     M(R, "34.7 hours", N, "workweek", 34.7, cls="hours"),
     M(R, "62.4 percent", N, "lfpr", 62.4, cls="pct"),
     M(R, "two days", N, "gap", 2, cls="dur"),
     M(R, "25 basis points", N, "hike_bp", 25, cls="bp"),
     M(R, "4.50 percent", N, "fed_lo", 4.5, cls="pct"),
     M(R, "4.75 percent", N, "fed_hi", 4.75, cls="pct"),
     M(R, "Wednesday", D, "fed_day", "2023-02-01"),
     M(R, "1.6 percent", N, "nasdaq", 1.6, cls="pct"),

     M(C, "517.000 lapangan kerja", N, "jobs", 517000),
     M(C, "Januari 2023", D, "refmonth", "2023-01"),
     M(C, "185.000", N, "forecast", 185000),
     M(C, "Jumat (3/2/2023)", D, "release", "2023-02-03"),
     M(C, "3,4%", N, "unemp", 3.4, cls="pct"),
     M(C, "Mei 1969", D, "since", "1969-05"),
     M(C, "0,3%", N, "wage_mom", 0.3, cls="pct"),
     M(C, "4,4%", N, "wage_yoy", 4.4, cls="pct"),
     M(C, "US$33,03", N, "wage_level", 33.03, cls="money"),
     M(C, "128.000 pekerjaan", N, "leisure", 128000),
     M(C, "62,4%", N, "lfpr", 62.4, cls="pct"),
     M(C, "dua hari", N, "gap", 2, cls="dur"),
     M(C, "25 basis poin", N, "hike_bp", 25, cls="bp"),
     M(C, "4,50%-4,75%", N, "fed_lo", 4.5, cls="pct", also={"fed_hi": 4.75}),
     M(C, "Rabu (1/2/2023)", D, "fed_day", "2023-02-01"),
     M(C, "1,6%", N, "nasdaq", 1.6, cls="pct"),
     M(C, "Jumat", D, "nasdaqday", "2023-02-03", occ=2),

     M(B, "517.000 pekerjaan", N, "jobs", 517000),
     M(B, "Januari 2023", D, "refmonth", "2023-01"),
     M(B, "Desember 2022", D, "decmonth", "2022-12"),
     M(B, "260.000", N, "dec_jobs", 260000),
     M(B, "3,4 persen", N, "unemp", 3.4, cls="pct"),
     M(B, "lebih dari 53 tahun", N, "since_years", 53, qual="morethan", cls="dur"),
     M(B, "74.000 pekerjaan", N, "gov", 74000),
     M(B, "82.000 pekerjaan", N, "prof", 82000),
     M(B, "4,8 juta", N, "y2022jobs", 4.8e6),
     M(B, "2022", D, "y2022", "2022", occ=2),
     M(B, "34,7 jam", N, "workweek", 34.7, cls="hours"),
     M(B, "4,4 persen", N, "wage_yoy", 4.4, cls="pct"),
     M(B, "Jumat (3/2/2023)", D, "release", "2023-02-03"),
     M(B, "dua hari", N, "gap", 2, cls="dur"),
     M(B, "25 basis poin", N, "hike_bp", 25, cls="bp"),

     M(W, "517,000", N, "jobs", 517000),
     M(W, "January", D, "refmonth", "2023-01"),
     M(W, "3.4%", N, "unemp", 3.4, cls="pct"),
     M(W, "1969", D, "since", "1969"),
     M(W, "128,000 jobs", N, "leisure", 128000),
     M(W, "4.4%", N, "wage_yoy", 4.4, cls="pct"),
     M(W, "$33.03", N, "wage_level", 33.03, cls="money"),
     M(W, "4.8 million jobs", N, "y2022jobs", 4.8e6),
     M(W, "2022", D, "y2022", "2022"),
     M(W, "Feb. 1", D, "fed_day", "2023-02-01"),
     M(W, "March 2022", D, "hikestart", "2022-03"),
     M(W, "4.5%", N, "fed_lo", 4.5, cls="pct"),
     M(W, "4.75%", N, "fed_hi", 4.75, cls="pct"),
     M(W, "Tuesday", D, "powell", "2023-02-07"),
     M(W, "62.4%", N, "lfpr", 62.4, cls="pct"),
    ]
    build("us-payrolls-2023", "The US jobs report for January 2023 (Bureau of Labor Statistics, Friday 3 February "
          "2023): 517,000 jobs against 185,000 expected, unemployment 3.4 % (lowest since May 1969), hourly earnings "
          "+0.3 % on the month and +4.4 % on the year to $33.03, December revised to 260,000, 4.8 million jobs in "
          "2022, sectors' gains, a 34.7-hour week, participation 62.4 %; the Fed's 25-basis-point increase to "
          "4.50-4.75 % two days before", True, ms, names)


if __name__ == "__main__":
    tianjin()
    italy()
    payrolls()
