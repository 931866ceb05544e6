"""The hundred-and-ninety-seventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset197/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def cebu():
    K, R, A, Q, T = "kompas-oct01", "reuters-oct02", "antara-oct03", "inquirer-oct07", "tempo-oct22"
    # as-of times of the running tallies: Wednesday 1 October 2025 morning (the national council's first count of 26)
    # and noon (the civil defence office's 69, the injured, the aftershocks), Thursday 2 October (72 dead, 294
    # injured), Friday 3 October 06.00 (the validated 68: a downward revision), Monday 6 October (the national
    # council's report), Tuesday 7 October (the provincial office's report), Monday 13 October (75) and Thursday 16
    # October (76). The dead, the dead by town, the injured, the aftershocks and the houses do not fall: a lower figure
    # later is a revision (72 -> 68, and 69 -> 68). The displaced may fall.
    WED_AM, WED12, THU, FRI06 = "2025-10-01a", "2025-10-01b", "2025-10-02", "2025-10-03"
    MON, TUE, OCT13, OCT16 = "2025-10-06", "2025-10-07", "2025-10-13", "2025-10-16"
    # The magnitude: the state seismology institute's first 6.7 and its updated 6.9, the USGS's first 7.0 and its
    # revised 6.9 are two as-of times each; the two agencies are two sources; magnitudes no text credits carry the
    # updated time. The national council and the provincial office are two sources of the dead and the injured.
    FIRST, UPD = "2025-09-30a0", "2025-09-30a1"
    INST, USGS = "the state seismology institute", "the US Geological Survey"
    NDRRMC, PROV = "the national disaster council (NDRRMC)", "the provincial disaster office"
    names = {
     "mag": "the quake's magnitude", "aftermag": "the magnitude of the 13 October aftershock",
     "dist": "distance from Bogo (km)", "depth": "depth (km)", "dead": "people killed",
     "dead_bogo": "dead in Bogo City", "dead_sr": "dead in San Remigio", "dead_med": "dead in Medellin",
     "dead_tab": "dead in Tabogon", "injured": "people injured", "aftershocks": "aftershocks recorded",
     "overnight": "bodies recovered overnight from a hotel", "displaced": "residents who left their homes",
     "houses_all": "houses damaged or destroyed (first count)", "storm": "people killed by the storm days earlier",
     "removed": "names removed from the list of the dead", "destroyed": "houses destroyed",
     "damaged": "houses damaged", "affected": "people affected", "villages": "villages (barangays) affected",
     # dates
     "quake": "day of the earthquake", "asof_wed": "day of Wednesday's count", "calamity": "day the state of calamity was declared",
     "asof_thu": "day of Thursday's count", "visit": "day of the president's visit", "asof_fri": "day of the validated count",
     "asof_mon": "day of the national council's report of 6 October", "asof_tue": "day of the provincial office's report",
     "asof_oct13": "day of the count of 75", "asof_oct16": "day of the count of 76",
    }
    ms = [
     M(K, "bermagnitudo 6,9", N, "mag", 6.9, UPD, cls="mag"),
     M(K, "Selasa (30/9/2025)", D, "quake", "2025-09-30"),
     M(K, "magnitudo 6,7", N, "mag", 6.7, FIRST, src=INST, cls="mag"),
     M(K, "6,9", N, "mag", 6.9, UPD, src=INST, cls="mag", occ=2),
     M(K, "19 km", N, "dist", 19, cls="km"),
     M(K, "5 km", N, "depth", 5, cls="km"),
     M(K, "magnitudo 7,0", N, "mag", 7.0, FIRST, src=USGS, cls="mag"),
     M(K, "6,9", N, "mag", 6.9, UPD, src=USGS, cls="mag", occ=3),
     M(K, "69 orang", N, "dead", 69, WED12),
     M(K, "Rabu (1/10/2025)", D, "asof_wed", "2025-10-01"),
     M(K, "26 orang", N, "dead", 26, WED_AM),
     M(K, "30 korban", N, "dead_bogo", 30, WED12),
     M(K, "22", N, "dead_sr", 22, WED12),
     M(K, "10 di Medellin", N, "dead_med", 10, WED12),
     M(K, "lima", N, "dead_tab", 5, WED12),
     M(K, "Sedikitnya 147 orang", N, "injured", 147, WED12, qual="atleast"),
     M(K, "Rabu", D, "calamity", "2025-10-01", occ=2),
     M(K, "Hampir 800 gempa susulan", N, "aftershocks", 800, WED12, qual="nearly"),

     M(R, "magnitude 6.9", N, "mag", 6.9, UPD, cls="mag"),
     M(R, "Tuesday", D, "quake", "2025-09-30"),
     M(R, "72", N, "dead", 72, THU),
     M(R, "Thursday", D, "asof_thu", "2025-10-02"),
     M(R, "Thirty of the dead", N, "dead_bogo", 30, THU),
     M(R, "22", N, "dead_sr", 22, THU),
     M(R, "12 in Medellin", N, "dead_med", 12, THU),
     M(R, "three more bodies", N, "overnight", 3, THU),
     M(R, "294 people injured", N, "injured", 294, THU),
     M(R, "about 20,000 residents", N, "displaced", 20000, THU, qual="approx", fall=True),
     M(R, "Nearly 600 houses", N, "houses_all", 600, THU, qual="nearly"),
     M(R, "Thursday", D, "visit", "2025-10-02", occ=2),
     M(R, "about 20 km", N, "dist", 20, qual="approx", cls="km"),
     M(R, "at least 37 people", N, "storm", 37, qual="atleast"),

     M(A, "magnitudo 6,9", N, "mag", 6.9, UPD, cls="mag"),
     M(A, "68 orang", N, "dead", 68, FRI06),
     M(A, "Jumat (3/10/2025)", D, "asof_fri", "2025-10-03"),
     M(A, "72 orang", N, "dead", 72, THU),
     M(A, "Kamis (2/10/2025)", D, "asof_thu", "2025-10-02"),
     M(A, "empat nama", N, "removed", 4, FRI06),
     M(A, "Senin (29/9/2025)", D, "quake", "2025-09-29", planted=True),
     M(A, "294 korban luka", N, "injured", 294, THU),
     M(A, "Kamis", D, "asof_thu", "2025-10-02", occ=2),
     M(A, "Kamis", D, "visit", "2025-10-02", occ=3),

     M(Q, "magnitude 6.9", N, "mag", 6.9, UPD, cls="mag"),
     M(Q, "Sept. 30", D, "quake", "2025-09-30"),
     M(Q, "72 dead", N, "dead", 72, MON, src=NDRRMC),
     M(Q, "Monday, Oct. 6", D, "asof_mon", "2025-10-06"),
     M(Q, "559 people injured", N, "injured", 559, MON, src=NDRRMC),
     M(Q, "Tuesday, Oct. 7", D, "asof_tue", "2025-10-07"),
     M(Q, "72 dead", N, "dead", 72, TUE, src=PROV, occ=2),
     M(Q, "1,116", N, "injured", 1116, TUE, src=PROV),
     M(Q, "3,802 houses", N, "destroyed", 3802, MON),
     M(Q, "32,123", N, "damaged", 32123, MON),
     M(Q, "7,027 aftershocks", N, "aftershocks", 7027, MON),

     M(T, "magnitudo 6,9", N, "mag", 6.9, UPD, cls="mag"),
     M(T, "30 September 2025", D, "quake", "2025-09-30"),
     M(T, "76 orang", N, "dead", 76, OCT16, src=NDRRMC),
     M(T, "Kamis (16/10/2025)", D, "asof_oct16", "2025-10-16"),
     M(T, "Senin (13/10/2025)", D, "asof_oct13", "2025-10-13"),
     M(T, "75 korban tewas", N, "dead", 75, OCT13),
     M(T, "bermagnitudo 6,0", N, "aftermag", 6.0, cls="mag"),
     M(T, "559 orang", N, "injured", 559, OCT16, src=NDRRMC),
     M(T, "748.025 warga", N, "affected", 748025, OCT16),
     M(T, "260 desa", N, "villages", 260, OCT16),
     M(T, "126.932 unit", N, "damaged", 126932, OCT16),
     M(T, "7.295 unit", N, "destroyed", 7295, OCT16),
     M(T, "72 orang", N, "dead", 72, THU),
     M(T, "68", N, "dead", 68, FRI06),
    ]
    build("cebu-quake-2025", "The magnitude 6.9 earthquake off Bogo City, northern Cebu (Tuesday 30 September 2025, "
          "21.59 local time, about 19-21 km northeast of Bogo, 5 km deep): 26 dead in the first national count of "
          "Wednesday morning, 69 by Wednesday noon, 72 on Thursday 2 October, revised down to 68 on Friday 3 October at "
          "06.00 after validation, 72 in the national council's report of Monday 6 October and in the provincial "
          "office's of Tuesday 7 October, 75 on Monday 13 October, 76 on Thursday 16 October; injured 147 -> 294 -> 559 "
          "(national) against 1,116 (provincial); aftershocks nearly 800 -> 7,027; the institute's first magnitude 6.7 "
          "updated to 6.9, the USGS's 7.0 revised to 6.9", False, ms, names)


def antiterror():
    P, K, T, R = "philstar-feb27", "kompas-jun04", "detik-jul04", "rappler-jul18"
    # the law's contents and its stages do not change with the day of the report: the Senate's vote (Wednesday 26
    # February 2020, 19-2), the president's urgency certification (Monday 1 June), the House's second reading (Tuesday
    # 2 June) and its final vote (Wednesday 3 June, 173-31 with 29 abstentions), the bill's transmittal (9 June), the
    # signature (Friday 3 July), the first petition (4 July), the entry into force (Saturday 18 July) are different
    # events. The petitions are counted once (by Friday 17 July).
    names = {
     "senate_yes": "senators voting for the bill", "senate_no": "senators voting against the bill",
     "house_yes": "House members voting for the bill", "house_no": "House members voting against the bill",
     "house_abst": "House members abstaining", "petitions": "petitions filed at the Supreme Court",
     "det": "days a suspect may be held without a warrant (before extension)", "ext": "days of extension of detention",
     "det_max": "days a suspect may be held without a warrant at most", "hsa_det": "days of detention under the old law",
     "surv": "days of authorised surveillance", "surv_ext": "days of extension of surveillance",
     "lapse": "days after which an unsigned bill lapses into law", "effect_lag": "days from publication to entry into force",
     "irr": "days to draft the implementing rules", "threat": "years in prison for threatening a terrorist act",
     # dates
     "senate": "day of the Senate's vote", "house": "day of the House's final vote", "second": "day of the House's second reading",
     "urgent": "day the president certified the bill urgent", "hsa_year": "year of the Human Security Act",
     "signed": "day the president signed the law", "transmit": "day the bill was sent to the palace",
     "effective": "day the law took effect", "petitions_asof": "day of the petitions' count",
     "first_petition": "day the first petition was filed",
    }
    ms = [
     M(P, "Wednesday", D, "senate", "2020-02-26"),
     M(P, "2007", D, "hsa_year", "2007"),
     M(P, "19-2", N, "senate_yes", 19, also={"senate_no": 2}),
     M(P, "two opposition senators", N, "senate_no", 2),
     M(P, "up to 14 days", N, "det", 14, cls="days"),
     M(P, "10 days", N, "ext", 10, cls="days"),
     M(P, "three days", N, "hsa_det", 3, cls="days"),
     M(P, "12 years", N, "threat", 12, cls="years"),
     M(P, "60 days", N, "surv", 60, cls="days"),
     M(P, "30 days", N, "surv_ext", 30, cls="days"),

     M(K, "Rabu (3/6/2020)", D, "house", "2020-06-03"),
     M(K, "173 anggota", N, "house_yes", 173),
     M(K, "31", N, "house_no", 31),
     M(K, "29", N, "house_abst", 29),
     M(K, "19-2", N, "senate_yes", 19, also={"senate_no": 2}),
     M(K, "26 Februari 2020", D, "senate", "2020-02-26"),
     M(K, "Selasa (2/6/2020)", D, "second", "2020-06-02"),
     M(K, "Senin (1/6/2020)", D, "urgent", "2020-06-01"),
     M(K, "2007", D, "hsa_year", "2007"),
     M(K, "hingga 14 hari", N, "det", 14, cls="days"),
     M(K, "10 hari", N, "ext", 10, cls="days"),
     M(K, "tiga hari", N, "hsa_det", 3, cls="days"),
     M(K, "30 hari", N, "lapse", 30, cls="days"),

     M(T, "Jumat (3/7/2020)", D, "signed", "2020-07-03"),
     M(T, "15 hari", N, "effect_lag", 15, cls="days"),
     M(T, "3 Juni 2020", D, "house", "2020-06-03"),
     M(T, "137 suara setuju", N, "house_yes", 137, planted=True),
     M(T, "26 Februari 2020", D, "senate", "2020-02-26"),
     M(T, "9 Juni 2020", D, "transmit", "2020-06-09"),
     M(T, "hingga 24 hari", N, "det_max", 24, cls="days"),
     M(T, "tiga hari", N, "hsa_det", 3, cls="days"),

     M(R, "Saturday, July 18", D, "effective", "2020-07-18"),
     M(R, "July 3", D, "signed", "2020-07-03"),
     M(R, "Friday", D, "petitions_asof", "2020-07-17"),
     M(R, "at least nine petitions", N, "petitions", 9, qual="atleast"),
     M(R, "July 4", D, "first_petition", "2020-07-04"),
     M(R, "June 4", D, "house", "2020-06-04", planted=True),
     M(R, "173-31", N, "house_yes", 173, also={"house_no": 31}),
     M(R, "29 abstentions", N, "house_abst", 29),
     M(R, "Feb. 26", D, "senate", "2020-02-26"),
     M(R, "14 days", N, "det", 14, cls="days"),
     M(R, "10 days", N, "ext", 10, cls="days"),
     M(R, "2007", D, "hsa_year", "2007"),
     M(R, "three days", N, "hsa_det", 3, cls="days"),
     M(R, "90 days", N, "irr", 90, cls="days"),
    ]
    build("anti-terror-law-2020", "The Philippines' Anti-Terrorism Act of 2020 (Republic Act 11479), replacing the Human "
          "Security Act of 2007: the Senate's final vote on Wednesday 26 February 2020 (19-2), the urgency certification "
          "on Monday 1 June, the House's second reading on Tuesday 2 June and final vote on Wednesday 3 June (173-31, 29 "
          "abstentions, adopting the Senate version), the bill sent to the palace on 9 June, the president's signature "
          "on Friday 3 July, the first petition on 4 July, in force on Saturday 18 July 2020; detention without a warrant "
          "14 days extendable by 10 (24 at most) against three days under the old law", False, ms, names)


def aquino():
    A, K, N_, R = "abscbn-jun09", "kompas-jun10", "antara-jun11", "reuters-jun12"
    # one canvass, finished on Tuesday 8 June 2010 and approved at the proclamation of Wednesday 9 June: the same
    # figures everywhere, exact or rounded ("15,2 juta", "more than 42 percent", "hampir 9,5 juta", "more than 5.7
    # million", "more than 727,000"). The election (Monday 10 May), the canvass's end, the proclamation, the
    # inauguration (30 June) and Estrada's ouster (2001) are different events.
    names = {
     "aq_votes": "Aquino's votes", "aq_pct": "Aquino's share (%)", "es_votes": "Estrada's votes",
     "es_pct": "Estrada's share (%)", "margin": "Aquino's margin over Estrada", "vi_votes": "Villar's votes",
     "te_votes": "Teodoro's votes", "bi_votes": "Binay's votes", "ro_votes": "Roxas's votes",
     "vp_margin": "Binay's margin over Roxas",
     # dates
     "procl": "day of the proclamation", "election": "election day", "canvass": "day the canvass was finished",
     "inaug": "day of the inauguration", "ousted": "year Estrada was ousted",
    }
    ms = [
     M(A, "Wednesday", D, "procl", "2010-06-09"),
     M(A, "May 10", D, "election", "2010-05-10"),
     M(A, "Tuesday", D, "canvass", "2010-06-08"),
     M(A, "15,208,678 votes", N, "aq_votes", 15208678),
     M(A, "42.08 percent", N, "aq_pct", 42.08, cls="pct"),
     M(A, "9,487,837 votes", N, "es_votes", 9487837),
     M(A, "26.25 percent", N, "es_pct", 26.25, cls="pct"),
     M(A, "5,720,841 votes", N, "margin", 5720841),
     M(A, "5,573,835 votes", N, "vi_votes", 5573835),
     M(A, "4,095,839", N, "te_votes", 4095839),
     M(A, "14,645,574 votes", N, "bi_votes", 14645574),
     M(A, "13,918,490", N, "ro_votes", 13918490),
     M(A, "727,084", N, "vp_margin", 727084),
     M(A, "June 30", D, "inaug", "2010-06-30"),
     M(A, "May 10", D, "election", "2010-05-10", occ=2),

     M(K, "Rabu (9/6/2010)", D, "procl", "2010-06-09"),
     M(K, "15.208.678 suara", N, "aq_votes", 15208678),
     M(K, "42,08 persen", N, "aq_pct", 42.08, cls="pct"),
     M(K, "9.487.837 suara", N, "es_votes", 9487837),
     M(K, "26,25 persen", N, "es_pct", 26.25, cls="pct"),
     M(K, "5.720.841 suara", N, "margin", 5720841),
     M(K, "5.573.835 suara", N, "vi_votes", 5573835),
     M(K, "4.095.839 suara", N, "te_votes", 4095839),
     M(K, "14.645.574 suara", N, "bi_votes", 14645574),
     M(K, "13.918.490 suara", N, "ro_votes", 13918490),
     M(K, "Selasa (8/6/2010)", D, "canvass", "2010-06-08"),
     M(K, "Senin (10/5/2010)", D, "election", "2010-05-10"),
     M(K, "30 Juni 2010", D, "inaug", "2010-06-30"),

     M(N_, "Rabu (9/6/2010)", D, "procl", "2010-06-09"),
     M(N_, "15,2 juta suara", N, "aq_votes", 15200000, qual="approx"),
     M(N_, "lebih dari 42 persen", N, "aq_pct", 42, qual="morethan", cls="pct"),
     M(N_, "10 Mei 2010", D, "election", "2010-05-10"),
     M(N_, "hampir 9,5 juta suara", N, "es_votes", 9500000, qual="nearly"),
     M(N_, "lebih dari 5,7 juta suara", N, "margin", 5700000, qual="morethan"),
     M(N_, "5.573.835 suara", N, "vi_votes", 5573835),
     M(N_, "4.095.839 suara", N, "te_votes", 4095839),
     M(N_, "14.645.574 suara", N, "bi_votes", 14645574),
     M(N_, "13.918.490 suara", N, "ro_votes", 13918490),
     M(N_, "727.084 suara", N, "vp_margin", 727084),
     M(N_, "30 Juni 2010", D, "inaug", "2010-06-30"),

     M(R, "June 9", D, "procl", "2010-06-09"),
     M(R, "June 30", D, "inaug", "2010-06-30"),
     M(R, "15,208,678 votes", N, "aq_votes", 15208678),
     M(R, "May 10", D, "election", "2010-05-10"),
     M(R, "more than 42 percent", N, "aq_pct", 42, qual="morethan", cls="pct"),
     M(R, "9,487,837 votes", N, "es_votes", 9487837),
     M(R, "more than 5.7 million", N, "margin", 5700000, qual="morethan"),
     M(R, "5,573,835 votes", N, "vi_votes", 5573835),
     M(R, "14,645,574 votes", N, "bi_votes", 14645574),
     M(R, "more than 727,000 votes", N, "vp_margin", 727000, qual="morethan"),
     M(R, "13,918,490 votes", N, "ro_votes", 13918490),
     M(R, "2001", D, "ousted", "2001"),
    ]
    build("aquino-proclamation-2010", "Congress proclaims Benigno Aquino III president and Jejomar Binay vice president "
          "(control) on Wednesday 9 June 2010, after the canvass finished on Tuesday 8 June, of the election of Monday "
          "10 May 2010: Aquino 15,208,678 votes (42.08%), Joseph Estrada 9,487,837 (26.25%), margin 5,720,841, Manny "
          "Villar 5,573,835, Gilberto Teodoro 4,095,839; Binay 14,645,574 against Mar Roxas's 13,918,490, margin "
          "727,084; inauguration on 30 June 2010. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    cebu()
    antiterror()
    aquino()
