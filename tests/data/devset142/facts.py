"""The hundred-and-forty-second development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset142/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sohag():
    R, DT, K, AH, T = "reuters-mar26", "detik-mar27", "kompas-mar28", "ahram-mar29", "tempo-apr17"
    # the official tallies: the health ministry's first count on Friday 26 March (early afternoon), the figures in the
    # prosecution's statement late that Friday, the health minister's revised count on Saturday 27 March, and the
    # authorities' latest count cited with the prosecution's findings on Sunday 11 April
    FRI1, FRI2, SAT, APR11 = "2021-03-26T14", "2021-03-26T22", "2021-03-27", "2021-04-11"
    names = {
     "dead": "people killed in the collision", "injured": "people injured in the collision",
     "ambulances": "ambulances sent", "distance": "distance of the crash site from Cairo (km)",
     "dead2002": "people killed in the 2002 train fire", "committee": "members of the prosecutor's technical committee",
     "coma": "victims in a coma first listed as dead", "discharged": "injured people discharged by Saturday",
     "transferred": "badly injured patients moved to Cairo", "fractures": "victims with fractures",
     "surgery": "victims needing surgery", "hospitals_parts": "hospitals that received bags of remains",
     "detained": "railway employees detained", "witnesses": "passengers heard by the prosecution",
     "officials_heard": "railway officials heard", "simulations": "simulations of the trains' run", "weeks_since": "weeks from the crash to the article",
     # dates
     "crash": "day of the collision", "statement_day": "day of the prosecution's first statement",
     "revision_day": "day the health minister revised the toll", "detention_day": "day the detentions were ordered",
     "findings_day": "day of the prosecution's findings", "y2002": "year of the deadliest rail disaster",
     "y2019": "year of the Cairo station crash", "automation": "year of the promised automated signalling",
    }
    ms = [
     M(R, "Friday", D, "crash", "2021-03-26"),
     M(R, "32 people", N, "dead", 32, FRI1),
     M(R, "66", N, "injured", 66, FRI1),
     M(R, "36 ambulances", N, "ambulances", 36),
     M(R, "about 460 km", N, "distance", 460, qual="approx", cls="km"),
     M(R, "2002", D, "y2002", "2002"),
     M(R, "more than 350 people", N, "dead2002", 350, qual="morethan"),

     M(DT, "Jumat (26/3/2021)", D, "statement_day", "2021-03-26"),
     M(DT, "32 orang", N, "dead", 32, FRI2),
     M(DT, "165 orang", N, "injured", 165, FRI2),
     M(DT, "66 orang", N, "injured", 66, FRI1),
     M(DT, "lima orang", N, "committee", 5),
     M(DT, "sekitar 460 kilometer", N, "distance", 460, qual="approx", cls="km"),

     M(K, "19 orang", N, "dead", 19, SAT),
     M(K, "32 orang", N, "dead", 32, FRI2),
     M(K, "Sabtu (27/3/2021)", D, "revision_day", "2021-03-27"),
     M(K, "20 korban", N, "coma", 20),
     M(K, "185 orang", N, "injured", 185, SAT),
     M(K, "19 jenazah", N, "dead", 19, SAT),
     M(K, "tiga rumah sakit", N, "hospitals_parts", 3),
     M(K, "90 korban", N, "discharged", 90),
     M(K, "tiga pasien", N, "transferred", 3),
     M(K, "116 korban", N, "fractures", 116),
     M(K, "49 orang", N, "surgery", 49),
     M(K, "Jumat (26/3/2021)", D, "crash", "2021-03-26"),
     M(K, "2002", D, "y2002", "2002"),
     M(K, "lebih dari 350 orang", N, "dead2002", 350, qual="morethan"),

     M(AH, "Monday", D, "detention_day", "2021-03-29"),
     M(AH, "eight railway employees", N, "detained", 8),
     M(AH, "Friday", D, "crash", "2021-03-26"),
     M(AH, "133 passengers", N, "witnesses", 133),
     M(AH, "10 officials", N, "officials_heard", 10),
     M(AH, "two simulations", N, "simulations", 2),
     M(AH, "March 26", D, "crash", "2021-03-26"),
     M(AH, "19 people", N, "dead", 19, SAT),
     M(AH, "185", N, "injured", 185, SAT),
     M(AH, "Saturday", D, "revision_day", "2021-03-27"),
     M(AH, "32", N, "dead", 32, FRI2),
     M(AH, "20 of those", N, "coma", 20),
     M(AH, "2024", D, "automation", "2024"),
     M(AH, "2019", D, "y2019", "2019"),
     M(AH, "some 460 km", N, "distance", 460, qual="approx", cls="km"),

     M(T, "Tiga pekan", N, "weeks_since", 3, cls="dur"),
     M(T, "Minggu (11/4/2021)", D, "findings_day", "2021-04-11"),
     M(T, "Jumat (26/3/2021)", D, "crash", "2021-03-26"),
     M(T, "20 orang", N, "dead", 20, APR11),
     M(T, "199 orang", N, "injured", 199, APR11),
     M(T, "32 orang", N, "dead", 32, FRI2),
     M(T, "19 orang", N, "dead", 19, SAT),
     M(T, "sembilan pegawai", N, "detained", 9, planted=True),
     M(T, "akhir Maret", D, "detention_day", "2021-03"),
     M(T, "2024", D, "automation", "2024"),
     M(T, "sekitar 460 kilometer", N, "distance", 460, qual="approx", cls="km"),
    ]
    build("sohag-train-2021", "The collision of two passenger trains near Tahta in Egypt's Sohag province on Friday 26 "
          "March 2021: the health ministry's first 32 dead and 66 injured, 32 dead and 165 injured in the prosecution's "
          "statement that night, the health minister's revised count on Saturday 27 March of 19 dead and 185 injured "
          "(20 victims in a coma had been listed as dead), the detention of eight railway employees ordered on Monday "
          "29 March, and the prosecution's findings on Sunday 11 April 2021 with the latest count of 20 dead and 199 "
          "injured", False, ms, names)


def tunisia():
    R, K, A, AJ, T = "reuters-sep16", "kompas-sep18", "antara-oct10", "aljazeera-oct15", "tempo-nov14"
    # the first round's count on Monday 16 September (40% counted in the afternoon, 71% in the evening) and the
    # commission's preliminary results on Tuesday 17 September: shares of a count in progress may move both ways
    MON40, MON71, FIN1 = "2019-09-16T15", "2019-09-16T19", "2019-09-17"
    ISIE, SIGMA, EMRHOD = "the electoral commission (ISIE)", "the Sigma Conseil exit poll", "the Emrhod exit poll"
    names = {
     "counted": "share of the first round's votes counted", "saied1": "Saied's first-round share",
     "karoui1": "Karoui's first-round share", "mourou1": "Mourou's first-round share", "zbidi1": "Zbidi's first-round share",
     "saied1_votes": "Saied's first-round votes", "karoui1_votes": "Karoui's first-round votes",
     "turnout1": "the first round's turnout", "registered": "registered voters", "candidates": "candidates on the ballot",
     "withdrawn": "candidates who pulled out", "essebsi_age": "Essebsi's age at his death", "saied_age": "Saied's age",
     "karoui_age": "Karoui's age", "ghannouchi_age": "Ghannouchi's age", "threshold": "share needed to win outright",
     "ennahda_seats": "Ennahda's seats", "qalb_seats": "Qalb Tounes' seats", "attayar_seats": "Attayar's seats",
     "assembly": "seats in parliament", "majority": "seats needed for a majority",
     "turnout_leg": "turnout in the parliamentary election", "saied2": "Saied's run-off share",
     "karoui2": "Karoui's run-off share", "saied2_votes": "Saied's run-off votes", "karoui2_votes": "Karoui's run-off votes",
     "turnout2_dom": "the run-off's turnout in Tunisia", "turnout2_abroad": "the run-off's turnout abroad",
     "days_freed": "days between Karoui's release and the run-off", "speaker_votes": "votes for Ghannouchi as speaker",
     "months_form": "months to form a government",
     # dates
     "count_day": "day of the partial count", "round1": "day of the first round",
     "results1_day": "day of the first round's preliminary results", "runoff_deadline": "last day allowed for the run-off",
     "runoff": "day of the run-off", "results2_day": "day of the run-off's results", "revolution": "year of the revolution",
     "karoui_held": "day Karoui was detained", "orig_date": "the original date of the presidential election",
     "essebsi_death": "day Essebsi died", "leg_election": "day of the parliamentary election",
     "leg_results_day": "day of the parliamentary election's preliminary results",
     "leg_final_day": "day the parliamentary election's final results were due", "y2014": "the previous parliamentary election",
     "karoui_freed": "day Karoui was freed", "speaker_vote": "day Ghannouchi was elected speaker",
     "pm_deadline": "Ennahda's deadline to name a prime minister", "sworn_in": "day Saied was sworn in",
    }
    ms = [
     M(R, "Monday", D, "count_day", "2019-09-16"),
     M(R, "40%", N, "counted", 40, MON40, cls="pct"),
     M(R, "18.9%", N, "saied1", 18.9, MON40, cls="pct", src=ISIE, fall=True),
     M(R, "15.0%", N, "karoui1", 15.0, MON40, cls="pct", src=ISIE, fall=True),
     M(R, "13.1%", N, "mourou1", 13.1, MON40, cls="pct", src=ISIE, fall=True),
     M(R, "19.5%", N, "saied1", 19.5, cls="pct", src=SIGMA),
     M(R, "15.5%", N, "karoui1", 15.5, cls="pct", src=SIGMA),
     M(R, "Sunday", D, "round1", "2019-09-15"),
     M(R, "11%", N, "mourou1", 11, cls="pct", src=SIGMA),
     M(R, "45.02%", N, "turnout1", 45.02, cls="pct"),
     M(R, "2011", D, "revolution", "2011"),
     M(R, "About 7 million", N, "registered", 7000000, qual="approx"),
     M(R, "26 candidates", N, "candidates", 26),
     M(R, "two of whom", N, "withdrawn", 2),
     M(R, "Aug. 23", D, "karoui_held", "2019-08-23"),
     M(R, "Nov. 17", D, "orig_date", "2019-11-17"),
     M(R, "July 25", D, "essebsi_death", "2019-07-25"),
     M(R, "92", N, "essebsi_age", 92, cls="age"),
     M(R, "Oct. 6", D, "leg_election", "2019-10-06"),
     M(R, "61", N, "saied_age", 61, cls="age"),

     M(K, "Selasa (17/9/2019)", D, "results1_day", "2019-09-17"),
     M(K, "Minggu (15/9/2019)", D, "round1", "2019-09-15"),
     M(K, "18,4 persen", N, "saied1", 18.4, FIN1, cls="pct", src=ISIE, fall=True),
     M(K, "620.711 suara", N, "saied1_votes", 620711),
     M(K, "15,58 persen", N, "karoui1", 15.58, FIN1, cls="pct", src=ISIE, fall=True),
     M(K, "525.517 suara", N, "karoui1_votes", 525517),
     M(K, "12,88 persen", N, "mourou1", 12.88, FIN1, cls="pct", src=ISIE, fall=True),
     M(K, "10,73 persen", N, "zbidi1", 10.73, FIN1, cls="pct", src=ISIE, fall=True),
     M(K, "50 persen", N, "threshold", 50, cls="pct"),
     M(K, "13 Oktober", D, "runoff_deadline", "2019-10-13"),
     M(K, "45,02 persen", N, "turnout1", 45.02, cls="pct"),
     M(K, "71 persen", N, "counted", 71, MON71, cls="pct"),
     M(K, "18,8 persen", N, "saied1", 18.8, MON71, cls="pct", src=ISIE, fall=True),
     M(K, "56 tahun", N, "karoui_age", 56, cls="age"),
     M(K, "23 Agustus", D, "karoui_held", "2019-08-23"),
     M(K, "61 tahun", N, "saied_age", 61, cls="age"),
     M(K, "25 Juli", D, "essebsi_death", "2019-07-25"),

     M(A, "52", N, "ennahda_seats", 52, src=ISIE),
     M(A, "217 kursi", N, "assembly", 217),
     M(A, "Rabu (9/10/2019)", D, "leg_results_day", "2019-10-09"),
     M(A, "38 kursi", N, "qalb_seats", 38, src=ISIE),
     M(A, "22 kursi", N, "attayar_seats", 22, src=ISIE),
     M(A, "109 kursi", N, "majority", 109),
     M(A, "Minggu (6/10/2019)", D, "leg_election", "2019-10-06"),
     M(A, "40 kursi", N, "ennahda_seats", 40, src=SIGMA),
     M(A, "33 kursi", N, "qalb_seats", 33, src=SIGMA),
     M(A, "41,3 persen", N, "turnout_leg", 41.3, cls="pct"),
     M(A, "2014", D, "y2014", "2014"),
     M(A, "23 Agustus", D, "karoui_held", "2019-08-23"),
     M(A, "Minggu (13/10/2019)", D, "runoff", "2019-10-13"),
     M(A, "15 September", D, "round1", "2019-09-15"),
     M(A, "18,4 persen", N, "saied1", 18.4, FIN1, cls="pct", src=ISIE, fall=True),
     M(A, "15,58 persen", N, "karoui1", 15.58, FIN1, cls="pct", src=ISIE, fall=True),
     M(A, "17 November", D, "leg_final_day", "2019-11-17"),

     M(AJ, "Monday", D, "results2_day", "2019-10-14"),
     M(AJ, "72.71 percent", N, "saied2", 72.71, cls="pct", src=ISIE),
     M(AJ, "2,777,931 votes", N, "saied2_votes", 2777931),
     M(AJ, "27.29 percent", N, "karoui2", 27.29, cls="pct", src=ISIE),
     M(AJ, "1,042,894 votes", N, "karoui2_votes", 1042894),
     M(AJ, "56.8 percent", N, "turnout2_dom", 56.8, cls="pct"),
     M(AJ, "24.4 percent", N, "turnout2_abroad", 24.4, cls="pct"),
     M(AJ, "Sunday", D, "runoff", "2019-10-13"),
     M(AJ, "76.9 percent", N, "saied2", 76.9, cls="pct", src=SIGMA),
     M(AJ, "23.1 percent", N, "karoui2", 23.1, cls="pct", src=SIGMA),
     M(AJ, "72.5 percent", N, "saied2", 72.5, cls="pct", src=EMRHOD),
     M(AJ, "56-year-old", N, "karoui_age", 56, cls="age"),
     M(AJ, "Wednesday", D, "karoui_freed", "2019-10-09"),
     M(AJ, "four days", N, "days_freed", 4, cls="dur"),
     M(AJ, "September 15", D, "round1", "2019-09-15"),
     M(AJ, "15.85 percent", N, "karoui1", 15.85, FIN1, cls="pct", src=ISIE, fall=True, planted=True),
     M(AJ, "18.4 percent", N, "saied1", 18.4, FIN1, cls="pct", src=ISIE, fall=True),
     M(AJ, "61", N, "saied_age", 61, cls="age"),
     M(AJ, "July", D, "essebsi_death", "2019-07"),
     M(AJ, "2011", D, "revolution", "2011"),
     M(AJ, "October 6", D, "leg_election", "2019-10-06"),
     M(AJ, "52", N, "ennahda_seats", 52, src=ISIE),
     M(AJ, "217 seats", N, "assembly", 217),
     M(AJ, "38", N, "qalb_seats", 38, src=ISIE),

     M(T, "Rabu (13/11/2019)", D, "speaker_vote", "2019-11-13"),
     M(T, "123 suara", N, "speaker_votes", 123),
     M(T, "217 anggota", N, "assembly", 217),
     M(T, "38 kursi", N, "qalb_seats", 38, src=ISIE),
     M(T, "52 kursi", N, "ennahda_seats", 52, src=ISIE),
     M(T, "7 Oktober", D, "leg_election", "2019-10-07", planted=True),
     M(T, "109 kursi", N, "majority", 109),
     M(T, "78 tahun", N, "ghannouchi_age", 78, cls="age"),
     M(T, "2011", D, "revolution", "2011"),
     M(T, "Jumat (15/11/2019)", D, "pm_deadline", "2019-11-15"),
     M(T, "dua bulan", N, "months_form", 2, cls="dur"),
     M(T, "Rabu (23/10/2019)", D, "sworn_in", "2019-10-23"),
     M(T, "13 Oktober", D, "runoff", "2019-10-13"),
     M(T, "72,71 persen", N, "saied2", 72.71, cls="pct", src=ISIE),
     M(T, "61 tahun", N, "saied_age", 61, cls="age"),
     M(T, "Juli", D, "essebsi_death", "2019-07"),
    ]
    build("tunisia-election-2019", "Tunisia's presidential election of 2019 and its parliament: the first round on "
          "Sunday 15 September (the Sigma Conseil exit poll's 19.5% for Saied and 15.5% for Karoui; the count with 40% "
          "counted, 18.9% and 15.0%, and with 71%, 18.8% for Saied; the commission's preliminary results on Tuesday 17 "
          "September, Saied 18.4% (620,711 votes), Karoui 15.58% (525,517), Mourou 12.88%, Zbidi 10.73%, turnout "
          "45.02%); the parliamentary election of Sunday 6 October (Ennahda 52 of 217 seats, Qalb Tounes 38, Attayar "
          "22; the exit poll's 40 and 33; turnout 41.3%); Karoui freed on Wednesday 9 October; the run-off of Sunday "
          "13 October (Saied 72.71%, 2,777,931 votes, against 27.29%, 1,042,894; the exit polls' 76.9% and 72.5%); "
          "Saied sworn in on Wednesday 23 October; Ghannouchi elected speaker with 123 votes on Wednesday 13 November "
          "2019", False, ms, names)


def egypt():
    R, DN, KT, CN = "reuters-oct10", "dailynewsegypt-oct11", "kontan-oct12", "cnbcindonesia-oct13"
    names = {
     "urban": "annual urban inflation in September 2023", "urban_aug": "annual urban inflation in August 2023",
     "urban_sep22": "annual urban inflation in September 2022", "monthly": "monthly urban inflation in September",
     "monthly_aug": "monthly urban inflation in August", "food": "annual rise in food and beverage prices",
     "core": "annual core inflation in September", "core_aug": "annual core inflation in August",
     "target": "the inflation target", "band": "the target's band (percentage points)",
     "deposit": "the overnight deposit rate", "lending": "the overnight lending rate",
     "cut_low": "the lower end of the staple price cuts", "cut_high": "the upper end of the staple price cuts",
     # dates
     "sep": "September 2023, the month of the reading", "aug": "August 2023", "sep22": "September 2022",
     "release": "day of the release", "mpc_day": "day of the last rate decision",
     "next_mpc": "day of the next rate meeting", "target_year": "the year of the target",
    }
    ms = [
     M(R, "38.0%", N, "urban", 38.0, cls="pct"),
     M(R, "September", D, "sep", "2023-09"),
     M(R, "37.4%", N, "urban_aug", 37.4, cls="pct"),
     M(R, "August", D, "aug", "2023-08"),
     M(R, "Tuesday", D, "release", "2023-10-10"),
     M(R, "2.0%", N, "monthly", 2.0, cls="pct"),
     M(R, "1.6%", N, "monthly_aug", 1.6, cls="pct"),
     M(R, "August", D, "aug", "2023-08", occ=2),
     M(R, "73.6%", N, "food", 73.6, cls="pct"),
     M(R, "15.0%", N, "urban_sep22", 15.0, cls="pct"),
     M(R, "September 2022", D, "sep22", "2022-09"),
     M(R, "39.7%", N, "core", 39.7, cls="pct"),
     M(R, "40.4%", N, "core_aug", 40.4, cls="pct"),
     M(R, "August", D, "aug", "2023-08", occ=3),
     M(R, "7%", N, "target", 7, cls="pct"),
     M(R, "2 percentage points", N, "band", 2, cls="pp"),
     M(R, "2024", D, "target_year", "2024"),
     M(R, "19.25%", N, "deposit", 19.25, cls="pct"),
     M(R, "20.25%", N, "lending", 20.25, cls="pct"),
     M(R, "Sept. 21", D, "mpc_day", "2023-09-21"),
     M(R, "Nov. 2", D, "next_mpc", "2023-11-02"),
     M(R, "15%", N, "cut_low", 15, cls="pct"),
     M(R, "25%", N, "cut_high", 25, cls="pct"),

     M(DN, "38%", N, "urban", 38, cls="pct"),
     M(DN, "September 2023", D, "sep", "2023-09"),
     M(DN, "37.4%", N, "urban_aug", 37.4, cls="pct"),
     M(DN, "August 2023", D, "aug", "2023-08"),
     M(DN, "Tuesday", D, "release", "2023-10-10"),
     M(DN, "September 2022", D, "sep22", "2022-09"),
     M(DN, "15%", N, "urban_sep22", 15, cls="pct"),
     M(DN, "2%", N, "monthly", 2, cls="pct"),
     M(DN, "September", D, "sep", "2023-09", occ=3),
     M(DN, "1.6%", N, "monthly_aug", 1.6, cls="pct"),
     M(DN, "August", D, "aug", "2023-08", occ=2),
     M(DN, "73.6%", N, "food", 73.6, cls="pct"),
     M(DN, "39.7%", N, "core", 39.7, cls="pct"),
     M(DN, "September 2023", D, "sep", "2023-09", occ=2),
     M(DN, "40.4%", N, "core_aug", 40.4, cls="pct"),
     M(DN, "August 2023", D, "aug", "2023-08", occ=2),
     M(DN, "21 September 2023", D, "mpc_day", "2023-09-21"),
     M(DN, "19.25%", N, "deposit", 19.25, cls="pct"),
     M(DN, "20.25%", N, "lending", 20.25, cls="pct"),
     M(DN, "7%", N, "target", 7, cls="pct"),
     M(DN, "2 percentage points", N, "band", 2, cls="pp"),
     M(DN, "2024", D, "target_year", "2024"),
     M(DN, "2 November 2023", D, "next_mpc", "2023-11-02"),
     M(DN, "15%", N, "cut_low", 15, cls="pct", occ=2),
     M(DN, "25%", N, "cut_high", 25, cls="pct"),

     M(KT, "38,0%", N, "urban", 38.0, cls="pct"),
     M(KT, "September 2023", D, "sep", "2023-09"),
     M(KT, "37,4%", N, "urban_aug", 37.4, cls="pct"),
     M(KT, "Agustus", D, "aug", "2023-08"),
     M(KT, "Selasa (10/10/2023)", D, "release", "2023-10-10"),
     M(KT, "2,0%", N, "monthly", 2.0, cls="pct"),
     M(KT, "September", D, "sep", "2023-09", occ=2),
     M(KT, "1,6%", N, "monthly_aug", 1.6, cls="pct"),
     M(KT, "Agustus", D, "aug", "2023-08", occ=2),
     M(KT, "73,6%", N, "food", 73.6, cls="pct"),
     M(KT, "September 2022", D, "sep22", "2022-09"),
     M(KT, "15,0%", N, "urban_sep22", 15.0, cls="pct"),
     M(KT, "39,7%", N, "core", 39.7, cls="pct"),
     M(KT, "40,4%", N, "core_aug", 40.4, cls="pct"),
     M(KT, "Agustus", D, "aug", "2023-08", occ=3),
     M(KT, "7%", N, "target", 7, cls="pct"),
     M(KT, "2 poin persentase", N, "band", 2, cls="pp"),
     M(KT, "2024", D, "target_year", "2024"),
     M(KT, "21 September", D, "mpc_day", "2023-09-21"),
     M(KT, "19,25%", N, "deposit", 19.25, cls="pct"),
     M(KT, "20,25%", N, "lending", 20.25, cls="pct"),
     M(KT, "2 November 2023", D, "next_mpc", "2023-11-02"),
     M(KT, "15%", N, "cut_low", 15, cls="pct"),
     M(KT, "25%", N, "cut_high", 25, cls="pct"),

     M(CN, "38%", N, "urban", 38, cls="pct"),
     M(CN, "September 2023", D, "sep", "2023-09"),
     M(CN, "37,4%", N, "urban_aug", 37.4, cls="pct"),
     M(CN, "Agustus 2023", D, "aug", "2023-08"),
     M(CN, "Selasa (10/10/2023)", D, "release", "2023-10-10"),
     M(CN, "2%", N, "monthly", 2, cls="pct"),
     M(CN, "September", D, "sep", "2023-09", occ=2),
     M(CN, "1,6%", N, "monthly_aug", 1.6, cls="pct"),
     M(CN, "73,6%", N, "food", 73.6, cls="pct"),
     M(CN, "September 2022", D, "sep22", "2022-09"),
     M(CN, "15%", N, "urban_sep22", 15, cls="pct"),
     M(CN, "39,7%", N, "core", 39.7, cls="pct"),
     M(CN, "40,4%", N, "core_aug", 40.4, cls="pct"),
     M(CN, "19,25%", N, "deposit", 19.25, cls="pct"),
     M(CN, "20,25%", N, "lending", 20.25, cls="pct"),
     M(CN, "21 September 2023", D, "mpc_day", "2023-09-21"),
     M(CN, "7%", N, "target", 7, cls="pct"),
     M(CN, "2 poin persentase", N, "band", 2, cls="pp"),
     M(CN, "2024", D, "target_year", "2024"),
     M(CN, "15%", N, "cut_low", 15, cls="pct", occ=2),
     M(CN, "25%", N, "cut_high", 25, cls="pct"),
    ]
    build("egypt-inflation-2023", "Egypt's inflation figures for September 2023 (control), released by the statistics "
          "agency CAPMAS on Tuesday 10 October 2023: annual urban inflation at a record 38.0% (37.4% in August, 15.0% "
          "in September 2022), monthly 2.0% (1.6% in August), food and beverages up 73.6%; the central bank's core "
          "inflation of 39.7% (40.4% in August); its target of 7% plus or minus 2 percentage points on average in the "
          "fourth quarter of 2024, its rates held at 19.25% and 20.25% on 21 September and its next meeting on 2 "
          "November; the staple price cuts of 15% to 25% announced the day before. Zero conflicts expected.", True,
          ms, names)


if __name__ == "__main__":
    sohag()
    tunisia()
    egypt()
