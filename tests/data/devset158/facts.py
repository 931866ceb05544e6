"""The hundred-and-fifty-eighth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset158/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def andria():
    R, DT, A, K, T = "reuters-jul12", "detik-jul13", "ap-jul14", "kompas-jul15", "tempo-aug12"
    # as-of times: the railway police's count on the afternoon of Tuesday 12 July 2016; the Italian media's count
    # on the morning of Wednesday 13 July ("a"); the prefect's count that evening ("b"); a month on. Figures credited
    # to the railway police, to the media and to the prefect are three sources (sources, whatever their days);
    # uncredited figures are set against them by their as-of times, so the media's 27 against the 23 a month on is a
    # revision. The missing (people not yet found) may fall.
    J12, J13A, J13B, AUG = "2016-07-12", "2016-07-13a", "2016-07-13b", "2016-08-12"
    POL, MEDIA, PREF = "the railway police", "Italian media", "the prefect"
    names = {
     "dead": "people killed", "injured": "people injured", "missing": "people still unaccounted for",
     "reported_missing": "relatives' requests for news of passengers", "carriages": "carriages per train",
     "freed": "passengers freed alive", "viareggio_dead": "people killed at Viareggio in 2009",
     "passengers_dead": "passengers among the dead", "crew_dead": "railway staff among the dead",
     "suspects": "railway employees under investigation",
     "km_bari": "distance from Bari (km)", "km_single": "length of the single-track section (km)",
     # dates
     "crash": "day of the collision", "eu_funds": "month the EU funds were made available",
     "viareggio": "month of the Viareggio derailment", "day23": "the evening the prefect gave 23 dead",
     "day27": "the morning the media gave 27 dead", "day22": "the afternoon the police gave 22 dead",
     "found": "day the missing were found alive",
    }
    ms = [
     M(R, "Tuesday", D, "crash", "2016-07-12"),
     M(R, "at least 22 people", N, "dead", 22, J12, qual="atleast", src=POL),
     M(R, "43 people", N, "injured", 43, J12, src=POL),
     M(R, "four carriages", N, "carriages", 4),
     M(R, "51 km", N, "km_bari", 51, cls="km"),
     M(R, "37-km", N, "km_single", 37, cls="km"),
     M(R, "April 2012", D, "eu_funds", "2012-04"),
     M(R, "at least two passengers", N, "freed", 2, qual="atleast"),
     M(R, "June 2009", D, "viareggio", "2009-06"),
     M(R, "32 people", N, "viareggio_dead", 32),

     M(DT, "27 orang", N, "dead", 27, J13A, src=MEDIA),
     M(DT, "50 orang", N, "injured", 50, J13A, src=MEDIA),
     M(DT, "Rabu (13/7/2016)", D, "day27", "2016-07-13"),
     M(DT, "Selasa (12/7/2016)", D, "crash", "2016-07-12"),
     M(DT, "22 orang", N, "dead", 22, J12, src=POL),
     M(DT, "15 kilometer", N, "km_bari", 15, cls="km", planted=True),

     M(A, "23", N, "dead", 23, J13B, src=PREF),
     M(A, "Wednesday", D, "day23", "2016-07-13"),
     M(A, "50 people", N, "injured", 50, J13B, src=PREF),
     M(A, "Tuesday", D, "crash", "2016-07-12"),
     M(A, "27 requests", N, "reported_missing", 27),
     M(A, "four people", N, "missing", 4, J13B, src=PREF, fall=True),
     M(A, "Thursday", D, "found", "2016-07-14"),
     M(A, "Tuesday", D, "day22", "2016-07-12", occ=2),
     M(A, "22 dead", N, "dead", 22, J12, src=POL),
     M(A, "43 injured", N, "injured", 43, J12, src=POL),
     M(A, "three railway employees", N, "suspects", 3),
     M(A, "37-kilometer", N, "km_single", 37, cls="km"),
     M(A, "April 2012", D, "eu_funds", "2012-04"),

     M(K, "23 orang", N, "dead", 23, J13B, src=PREF),
     M(K, "Rabu (13/7/2016)", D, "day23", "2016-07-13"),
     M(K, "27 korban tewas", N, "dead", 27, J13A, src=MEDIA),
     M(K, "angka 27", N, "reported_missing", 27),
     M(K, "Empat orang", N, "missing", 4, J13B, src=PREF, fall=True),
     M(K, "Selasa (12/7/2016)", D, "crash", "2016-07-12"),
     M(K, "tiga pegawai", N, "suspects", 3),
     M(K, "empat gerbong", N, "carriages", 4),
     M(K, "37 kilometer", N, "km_single", 37, cls="km"),

     M(T, "Senin (11/7/2016)", D, "crash", "2016-07-11", planted=True),
     M(T, "37 kilometer", N, "km_single", 37, cls="km"),
     M(T, "23 orang", N, "dead", 23, AUG),
     M(T, "23 korban", N, "dead", 23, AUG),
     M(T, "sedikitnya 50 orang", N, "injured", 50, AUG, qual="atleast"),
     M(T, "19 orang", N, "passengers_dead", 19),
     M(T, "empat lainnya", N, "crew_dead", 4),
     M(T, "April 2012", D, "eu_funds", "2012-04"),
     M(T, "51 kilometer", N, "km_bari", 51, cls="km"),
    ]
    build("andria-corato-2016", "The head-on collision of two Ferrotramviaria commuter trains on the single-track "
          "section between Andria and Corato, Puglia (Tuesday 12 July 2016, about 11.06): the railway police's 22 dead "
          "and 43 injured that afternoon, the Italian media's 27 dead and 50 injured on Wednesday morning, the "
          "prefect's 23 dead, 50 injured and four unaccounted for (of 27 relatives' requests) that evening, the four "
          "found alive on Thursday, three railway employees under investigation; 23 dead (19 passengers, four railway "
          "staff) a month on", False, ms, names)


def referendum():
    R, A, K, T = "reuters-oct08", "ap-sep21", "kompas-sep22", "tempo-sep23"
    # two stages on different dates: the Chamber of Deputies' final vote (Tuesday 8 October 2019) and the
    # confirmatory referendum (Sunday and Monday 20-21 September 2020, first set for Sunday 29 March 2020). A vote's
    # figures and a referendum's result do not change with the day of the report.
    names = {
     "total_before": "members of parliament before the cut", "total_after": "members of parliament after the cut",
     "ayes": "deputies voting for the reform", "noes": "deputies voting against the reform",
     "abstain": "deputies abstaining", "chamber_before": "seats in the Chamber before", "chamber_after":
     "seats in the Chamber after", "senate_before": "elected Senate seats before", "senate_after":
     "elected Senate seats after", "regions": "regions electing regional leaders the same days",
     "yes": "share voting yes", "no": "share voting no", "turnout": "turnout (Italy and abroad)",
     "turnout_it": "turnout in Italy itself", "months": "months to request a referendum",
     # dates
     "chamber_vote": "day of the Chamber's final vote", "ref": "days of the referendum",
     "ref_planned": "day the referendum was first set for",
    }
    ms = [
     M(R, "Tuesday", D, "chamber_vote", "2019-10-08"),
     M(R, "945", N, "total_before", 945),
     M(R, "600", N, "total_after", 600),
     M(R, "553 votes to 14", N, "ayes", 553, also={"noes": 14}),
     M(R, "2 abstentions", N, "abstain", 2),
     M(R, "630 seats", N, "chamber_before", 630),
     M(R, "400", N, "chamber_after", 400),
     M(R, "315", N, "senate_before", 315),
     M(R, "200", N, "senate_after", 200),
     M(R, "three months", N, "months", 3, cls="dur"),

     M(A, "nearly 70%", N, "yes", 70, qual="nearly", cls="pct"),
     M(A, "Sunday", D, "ref", "2020-09-20"),
     M(A, "about 54%", N, "turnout_it", 54, qual="approx", cls="pct"),
     M(A, "630 seats", N, "chamber_before", 630),
     M(A, "400", N, "chamber_after", 400),
     M(A, "315", N, "senate_before", 315),
     M(A, "200", N, "senate_after", 200),
     M(A, "October 2019", D, "chamber_vote", "2019-10"),
     M(A, "553-14", N, "ayes", 553, also={"noes": 14}),
     M(A, "March 29", D, "ref_planned", "2020-03-29"),
     M(A, "seven regions", N, "regions", 7),

     M(K, "Minggu dan Senin (20-21/9/2020)", D, "ref", "2020-09-20"),
     M(K, "69,96 persen", N, "yes", 69.96, cls="pct"),
     M(K, "30,04 persen", N, "no", 30.04, cls="pct"),
     M(K, "51,12 persen", N, "turnout", 51.12, cls="pct"),
     M(K, "630", N, "chamber_before", 630),
     M(K, "400", N, "chamber_after", 400),
     M(K, "315", N, "senate_before", 315),
     M(K, "200", N, "senate_after", 200),
     M(K, "945", N, "total_before", 945),
     M(K, "600 orang", N, "total_after", 600),
     M(K, "Minggu (29/3/2020)", D, "ref_planned", "2020-03-29"),
     M(K, "Selasa (8/10/2019)", D, "chamber_vote", "2019-10-08"),
     M(K, "553 suara", N, "ayes", 553),
     M(K, "14 suara", N, "noes", 14),
     M(K, "tujuh wilayah", N, "regions", 7),

     M(T, "600 anggota", N, "total_after", 600),
     M(T, "Minggu-Senin (20-21/9/2020)", D, "ref", "2020-09-20"),
     M(T, "Hampir 70 persen", N, "yes", 70, qual="nearly", cls="pct"),
     M(T, "sekitar 51 persen", N, "turnout", 51, qual="approx", cls="pct"),
     M(T, "400 kursi", N, "chamber_after", 400),
     M(T, "630 kursi", N, "chamber_before", 630),
     M(T, "200 kursi", N, "senate_after", 200),
     M(T, "315 kursi", N, "senate_before", 315),
     M(T, "8 Oktober 2019", D, "chamber_vote", "2019-10-08"),
     M(T, "535 suara", N, "ayes", 535, planted=True),
     M(T, "14 anggota", N, "noes", 14),
     M(T, "dua anggota", N, "abstain", 2),
     M(T, "29 Maret 2020", D, "ref_planned", "2020-03-29"),
    ]
    build("seat-cut-referendum-2020", "Italy's cut in the number of members of parliament (945 to 600; the Chamber 630 "
          "to 400, the elected Senate 315 to 200): the Chamber of Deputies' final vote of Tuesday 8 October 2019 (553 "
          "to 14, 2 abstentions) and the confirmatory referendum of Sunday and Monday 20-21 September 2020 (first set "
          "for 29 March 2020): yes 69.96%, no 30.04%, turnout 51.12% (about 54% in Italy itself)", False, ms, names)


def ferrari():
    R, K, B, A = "reuters-feb01", "kontan-feb02", "bisnis-feb03", "antara-feb05"
    E = "eur"
    names = {
     "rev": "net revenues 2023 (euros)", "rev_g": "growth of net revenues", "ship": "cars shipped in 2023",
     "ship_g": "growth of shipments", "ship_up": "more cars shipped than in 2022", "ebitda": "adjusted EBITDA (euros)",
     "ebitda_g": "growth of adjusted EBITDA", "ebitda_m": "adjusted EBITDA margin", "ebit": "adjusted EBIT (euros)",
     "ebit_g": "growth of adjusted EBIT", "ebit_m": "adjusted EBIT margin", "np_g": "growth of net profit",
     "np_floor": "the threshold net profit passed (euros)", "adj_np": "adjusted net profit (euros)",
     "eps": "adjusted diluted earnings per share (euros)", "fcf": "industrial free cash flow (euros)",
     "g_rev": "2024 guidance for net revenues (euros)", "g_ebitda": "2024 guidance for adjusted EBITDA (euros)",
     "share_g": "the share's gain on the day", "share_px": "the share's close (euros)",
     "staff": "employees in Italy", "bonus": "the bonus per employee, at most (euros)",
     # dates
     "day": "day of the results", "y23": "the year 2023", "y22": "the year 2022", "y24": "the year 2024",
     "y26": "the year 2026",
    }
    ms = [
     M(R, "Thursday", D, "day", "2024-02-01"),
     M(R, "17.2%", N, "rev_g", 17.2, cls="pct"),
     M(R, "5.97 billion euros", N, "rev", 5.97e9, cls=E),
     M(R, "13,663 cars", N, "ship", 13663),
     M(R, "2023", D, "y23", "2023"),
     M(R, "3.3%", N, "ship_g", 3.3, cls="pct"),
     M(R, "442 units", N, "ship_up", 442),
     M(R, "2022", D, "y22", "2022"),
     M(R, "28.5%", N, "ebitda_g", 28.5, cls="pct"),
     M(R, "2.279 billion euros", N, "ebitda", 2.279e9, cls=E),
     M(R, "38.2%", N, "ebitda_m", 38.2, cls="pct"),
     M(R, "31.8%", N, "ebit_g", 31.8, cls="pct"),
     M(R, "1.617 billion euros", N, "ebit", 1.617e9, cls=E),
     M(R, "27.1%", N, "ebit_m", 27.1, cls="pct"),
     M(R, "34%", N, "np_g", 34, cls="pct"),
     M(R, "1 billion euros", N, "np_floor", 1e9, cls=E),
     M(R, "1.257 billion euros", N, "adj_np", 1.257e9, cls=E),
     M(R, "6.90 euros", N, "eps", 6.9, cls=E),
     M(R, "932 million euros", N, "fcf", 9.32e8, cls=E),
     M(R, "2024", D, "y24", "2024"),
     M(R, "6.4 billion euros", N, "g_rev", 6.4e9, qual="morethan", cls=E),
     M(R, "2.45 billion euros", N, "g_ebitda", 2.45e9, qual="morethan", cls=E),
     M(R, "2026", D, "y26", "2026"),

     M(K, "5,97 miliar euro", N, "rev", 5.97e9, cls=E),
     M(K, "2023", D, "y23", "2023"),
     M(K, "17,2 persen", N, "rev_g", 17.2, cls="pct"),
     M(K, "Kamis (1/2/2024)", D, "day", "2024-02-01"),
     M(K, "13.663 unit", N, "ship", 13663),
     M(K, "3,3 persen", N, "ship_g", 3.3, cls="pct"),
     M(K, "34 persen", N, "np_g", 34, cls="pct"),
     M(K, "1 miliar euro", N, "np_floor", 1e9, cls=E),
     M(K, "2,279 miliar euro", N, "ebitda", 2.279e9, cls=E),
     M(K, "38,2 persen", N, "ebitda_m", 38.2, cls="pct"),
     M(K, "1,257 miliar euro", N, "adj_np", 1.257e9, cls=E),
     M(K, "9,2 persen", N, "share_g", 9.2, cls="pct"),
     M(K, "353 euro", N, "share_px", 353, cls=E),
     M(K, "2024", D, "y24", "2024", occ=2),
     M(K, "6,4 miliar euro", N, "g_rev", 6.4e9, qual="morethan", cls=E),
     M(K, "2026", D, "y26", "2026"),

     M(B, "2023", D, "y23", "2023"),
     M(B, "5,97 miliar euro", N, "rev", 5.97e9, cls=E),
     M(B, "17,2 persen", N, "rev_g", 17.2, cls="pct"),
     M(B, "13.663 unit", N, "ship", 13663),
     M(B, "Kamis (1/2/2024)", D, "day", "2024-02-01"),
     M(B, "442 unit", N, "ship_up", 442),
     M(B, "3,3 persen", N, "ship_g", 3.3, cls="pct"),
     M(B, "2022", D, "y22", "2022"),
     M(B, "28,5 persen", N, "ebitda_g", 28.5, cls="pct"),
     M(B, "2,279 miliar euro", N, "ebitda", 2.279e9, cls=E),
     M(B, "31,8 persen", N, "ebit_g", 31.8, cls="pct"),
     M(B, "1,617 miliar euro", N, "ebit", 1.617e9, cls=E),
     M(B, "27,1 persen", N, "ebit_m", 27.1, cls="pct"),
     M(B, "6,90 euro", N, "eps", 6.9, cls=E),
     M(B, "932 juta euro", N, "fcf", 9.32e8, cls=E),
     M(B, "2024", D, "y24", "2024", occ=2),
     M(B, "6,4 miliar euro", N, "g_rev", 6.4e9, qual="morethan", cls=E),
     M(B, "2,45 miliar euro", N, "g_ebitda", 2.45e9, qual="morethan", cls=E),
     M(B, "5.000 karyawan", N, "staff", 5000, qual="approx"),
     M(B, "13.500 euro", N, "bonus", 13500, cls=E),

     M(A, "34 persen", N, "np_g", 34, cls="pct"),
     M(A, "2023", D, "y23", "2023"),
     M(A, "1 miliar euro", N, "np_floor", 1e9, cls=E),
     M(A, "Kamis (1/2/2024)", D, "day", "2024-02-01"),
     M(A, "17,2 persen", N, "rev_g", 17.2, cls="pct"),
     M(A, "5,97 miliar euro", N, "rev", 5.97e9, cls=E),
     M(A, "13.663 mobil", N, "ship", 13663),
     M(A, "3,3 persen", N, "ship_g", 3.3, cls="pct"),
     M(A, "38,2 persen", N, "ebitda_m", 38.2, cls="pct"),
     M(A, "2,279 miliar euro", N, "ebitda", 2.279e9, cls=E),
     M(A, "1,257 miliar euro", N, "adj_np", 1.257e9, cls=E),
     M(A, "6,90 euro", N, "eps", 6.9, cls=E),
     M(A, "9,2 persen", N, "share_g", 9.2, cls="pct"),
     M(A, "353 euro", N, "share_px", 353, cls=E),
     M(A, "2024", D, "y24", "2024", occ=2),
     M(A, "6,4 miliar euro", N, "g_rev", 6.4e9, qual="morethan", cls=E),
     M(A, "2,45 miliar euro", N, "g_ebitda", 2.45e9, qual="morethan", cls=E),
     M(A, "5.000 orang", N, "staff", 5000, qual="approx"),
     M(A, "13.500 euro", N, "bonus", 13500, cls=E),
    ]
    build("ferrari-fy2023", "Ferrari's 2023 results (control), published on Thursday 1 February 2024: net revenues "
          "5.97 billion euros (+17.2%), 13,663 cars shipped (+3.3%, 442 more), adjusted EBITDA 2.279 billion euros "
          "(+28.5%, margin 38.2%), adjusted EBIT 1.617 billion euros (+31.8%, margin 27.1%), net profit up 34% and "
          "above 1 billion euros, adjusted net profit 1.257 billion euros, adjusted diluted EPS 6.90 euros, industrial "
          "free cash flow 932 million euros; 2024 guidance above 6.4 and 2.45 billion euros; the share up 9.2% to 353 "
          "euros; a bonus of up to 13,500 euros for about 5,000 employees in Italy. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    andria()
    referendum()
    ferrari()
