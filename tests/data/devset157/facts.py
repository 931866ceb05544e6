"""The hundred-and-fifty-seventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset157/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def cap_haitien():
    R, P, K, T, J = "reuters-dec14", "ap-dec15", "kompas-dec16", "tempo-dec17", "detik-jan05"
    # as-of times: the deputy mayor's first count on Tuesday morning ("a"), the count of Tuesday afternoon ("b"), the
    # city's count of late Tuesday ("c"), then Wednesday 15 December. The city's officials, the fire brigade, the
    # official quoted by a radio station and the civil protection office are sources of their own figures; figures
    # no text credits carry no source. The injured still treated may fall.
    A, B, C, WED, DEC20 = "2021-12-14a", "2021-12-14b", "2021-12-14c", "2021-12-15", "2021-12-20"
    CITY, FIRE, RADIO, CP = ("the city's officials", "the northern fire brigade", "a local official quoted by radio",
                             "the civil protection office")
    names = {
     "dead": "people killed by the blast", "dead_site": "people killed at the site",
     "died_hosp": "victims who died in hospital", "houses": "houses burned", "injured": "injured still treated",
     "water": "water brought by the firefighters (gallons)", "mourning": "days of national mourning",
     "magnitude": "the August earthquake's magnitude", "quake_dead": "people killed by the August earthquake",
     "months": "months between the earthquake and the blast",
     # dates
     "blast": "day of the explosion", "assassination": "month of the president's assassination",
     "quake": "month of the earthquake", "protests": "day of the fuel-price protests",
     "count_day": "day the city's count of 66 stood", "jean": "day the fire chief gave the site's count",
     "pope": "day the pope spoke of the blast", "day90": "day the toll reached 90", "funeral": "day of the national funeral",
     "caskets": "caskets at the national funeral", "distance": "distance to the burn unit (km)",
    }
    ms = [
     M(R, "Tuesday", D, "blast", "2021-12-14"),
     M(R, "at least 50 people", N, "dead", 50, A, qual="atleast", src=CITY),
     M(R, "about 20 houses", N, "houses", 20, A, qual="approx"),
     M(R, "1,500 gallons", N, "water", 1500, cls="gal"),
     M(R, "More than 100 people", N, "injured", 100, A, qual="morethan", fall=True),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "July", D, "assassination", "2021-07"),
     M(R, "7.2", N, "magnitude", 7.2, cls="mag"),
     M(R, "August", D, "quake", "2021-08"),
     M(R, "more than 2,000 people", N, "quake_dead", 2000, qual="morethan"),

     M(P, "Tuesday", D, "blast", "2021-12-14"),
     M(P, "at least 60 people", N, "dead", 60, B, qual="atleast"),
     M(P, "July", D, "assassination", "2021-07"),
     M(P, "more than 2,000 people", N, "quake_dead", 2000, qual="morethan"),
     M(P, "Monday", D, "protests", "2021-12-13"),

     M(K, "66 orang", N, "dead", 66, C, src=CITY),
     M(K, "Selasa (14/12/2021) malam", D, "count_day", "2021-12-14"),
     M(K, "62 orang", N, "dead_site", 62, C, src=CITY),
     M(K, "empat korban", N, "died_hosp", 4, C),
     M(K, "Selasa dini hari", D, "blast", "2021-12-14"),
     M(K, "sedikitnya 42 rumah", N, "houses", 42, C, qual="atleast"),
     M(K, "lebih dari 40 korban luka", N, "injured", 40, C, qual="morethan", src=CP, fall=True),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(T, "61 jenazah", N, "dead_site", 61, WED, src=FIRE),
     M(T, "Rabu (15/12/2021)", D, "jean", "2021-12-15"),
     M(T, "75 orang", N, "dead", 75, WED, src=RADIO),
     M(T, "Selasa malam", D, "count_day", "2021-12-14"),
     M(T, "69 korban tewas", N, "dead", 69, C, src=CITY, planted=True),
     M(T, "empat orang", N, "died_hosp", 4, C),
     M(T, "Selasa (14/12/2021)", D, "blast", "2021-12-14"),
     M(T, "sekitar 50 rumah", N, "houses", 50, WED, qual="approx"),
     M(T, "Rabu", D, "pope", "2021-12-15", occ=2),
     M(T, "empat bulan", N, "months", 4, cls="dur"),
     M(T, "7,2", N, "magnitude", 7.2, cls="mag"),
     M(T, "Agustus 2021", D, "quake", "2021-08"),

     M(J, "90 orang", N, "dead", 90, DEC20, src=CITY),
     M(J, "Senin (20/12/2021)", D, "day90", "2021-12-20"),
     M(J, "63 orang", N, "dead_site", 63, DEC20, src=CITY),
     M(J, "27 lainnya", N, "died_hosp", 27, DEC20),
     M(J, "20 korban luka", N, "injured", 20, DEC20, fall=True),
     M(J, "Selasa (14/12/2021) dini hari", D, "blast", "2021-12-14"),
     M(J, "Selasa (21/12/2021)", D, "funeral", "2021-12-21"),
     M(J, "25 peti jenazah", N, "caskets", 25),
     M(J, "200 kilometer", N, "distance", 200, cls="km"),
    ]
    build("cap-haitien-blast-2021", "The fuel tanker explosion in Cap-Haitien, Haiti (shortly after midnight, Tuesday "
          "14 December 2021): at least 50 dead on Tuesday morning (the deputy mayor), at least 60 that afternoon, 66 by "
          "the city's count of late Tuesday (62 at the site, 4 in hospital), 61 bodies at the site by the fire "
          "brigade's count and 75 by an official quoted by radio on Wednesday 15 December; houses burned about 20 -> "
          "at least 42 -> about 50; 90 dead (63 at the site, 27 in hospital) and 20 injured still treated on Monday 20 "
          "December, the national funeral on Tuesday 21 December", False, ms, names)


def bahamas():
    R, A, K, G = "reuters-sep17", "antara-sep18", "kompas-sep20", "guardian-sep21"
    # the control: one set of results (the night's, confirmed by the Parliamentary Registration Department's official
    # results), the same figures in every outlet. Results do not change with the day of the report: the night's "at
    # least 30" seats is compatible with the 32. The election (Thursday 16 September 2021), the concession that night,
    # the swearing-in (Friday 17), the official results, the last recount and the deputy's swearing-in (all Saturday
    # 18) are different events.
    names = {
     "plp_seats": "PLP seats won", "total_seats": "seats in the House", "fnm_seats": "FNM seats won",
     "fnm_2017": "FNM seats won in 2017", "plp_2017": "PLP seats won in 2017", "years_since": "years since 2017",
     "hours": "hours between the polls' close and the concession",
     "minnis_votes": "Minnis's votes in Killarney", "killarney_cast": "votes cast in Killarney",
     "minnis_share": "Minnis's share in Killarney", "minnis_2017_share": "Minnis's share in Killarney in 2017",
     "minnis_2017_votes": "Minnis's votes in Killarney in 2017", "killarney_2017_cast": "votes cast in Killarney in 2017",
     "votes_total": "votes counted", "registered": "registered voters", "turnout": "turnout",
     "davis_votes": "Davis's votes", "davis_share": "Davis's share", "davis_2017": "Davis's share in 2017",
     "knowles_votes": "Knowles's votes", "cooper_share": "Cooper's share", "exuma_cast": "votes cast in Exumas",
     "cooper_2017": "Cooper's share in 2017", "hm_share": "Hanna-Martin's share", "engl_cast": "votes cast in Englerston",
     "hm_2017": "Hanna-Martin's share in 2017",
     # dates
     "election": "day of the election", "sworn": "day Davis was sworn in", "prev": "year of the previous election",
     "since": "year since which every election changed the government", "concession": "night of the concession",
     "official": "day the official results were announced", "recount": "day the last recount ended",
     "cooper_sworn": "day Cooper was sworn in",
    }
    V, PCT = "votes", "pct"
    ms = [
     M(R, "Thursday", D, "election", "2021-09-16"),
     M(R, "32", N, "plp_seats", 32),
     M(R, "39 seats", N, "total_seats", 39),
     M(R, "four years", N, "years_since", 4, cls="dur"),
     M(R, "35 seats", N, "fnm_2017", 35),
     M(R, "four", N, "plp_2017", 4, occ=2),
     M(R, "2017", D, "prev", "2017"),
     M(R, "seven", N, "fnm_seats", 7),
     M(R, "Friday", D, "sworn", "2021-09-17"),
     M(R, "1997", D, "since", "1997"),
     M(R, "two hours", N, "hours", 2, cls="dur"),

     M(A, "Kamis (16/9/2021)", D, "election", "2021-09-16"),
     M(A, "32", N, "plp_seats", 32),
     M(A, "39 kursi", N, "total_seats", 39),
     M(A, "Jumat (17/9/2021)", D, "sworn", "2021-09-17"),
     M(A, "Kamis malam", D, "concession", "2021-09-16"),
     M(A, "dua jam", N, "hours", 2, cls="dur"),
     M(A, "sedikitnya 30 kursi", N, "plp_seats", 30, qual="atleast"),
     M(A, "tujuh kursi", N, "fnm_seats", 7),
     M(A, "2017", D, "prev", "2017"),
     M(A, "35 kursi", N, "fnm_2017", 35),
     M(A, "empat kursi", N, "plp_2017", 4),
     M(A, "1997", D, "since", "1997"),

     M(K, "Sabtu (18/9/2021)", D, "official", "2021-09-18"),
     M(K, "32", N, "plp_seats", 32),
     M(K, "39 kursi", N, "total_seats", 39),
     M(K, "2.501", N, "minnis_votes", 2501, cls=V),
     M(K, "4.881 suara", N, "killarney_cast", 4881, cls=V),
     M(K, "51 persen", N, "minnis_share", 51, cls=PCT),
     M(K, "73 persen", N, "minnis_2017_share", 73, cls=PCT),
     M(K, "2017", D, "prev", "2017"),
     M(K, "126.495 suara", N, "votes_total", 126495, cls=V),
     M(K, "194.524", N, "registered", 194524, cls=V),
     M(K, "65 persen", N, "turnout", 65, cls=PCT),
     M(K, "Kamis (16/9/2021)", D, "election", "2021-09-16"),
     M(K, "876 suara", N, "davis_votes", 876, cls=V),
     M(K, "70 persen", N, "davis_share", 70, cls=PCT),
     M(K, "Sabtu", D, "cooper_sworn", "2021-09-18", occ=2),
     M(K, "73 persen", N, "cooper_share", 73, cls=PCT, occ=2),
     M(K, "2.514 suara", N, "exuma_cast", 2514, cls=V),
     M(K, "52 persen", N, "cooper_2017", 52, cls=PCT),
     M(K, "empat tahun", N, "years_since", 4, cls="dur"),
     M(K, "tujuh kursi", N, "fnm_seats", 7),

     M(G, "four", N, "plp_2017", 4),
     M(G, "39 seats", N, "total_seats", 39),
     M(G, "2017", D, "prev", "2017"),
     M(G, "32", N, "plp_seats", 32),
     M(G, "65 percent", N, "turnout", 65, cls=PCT),
     M(G, "126,495 votes", N, "votes_total", 126495, cls=V),
     M(G, "194,524", N, "registered", 194524, cls=V),
     M(G, "2,501", N, "minnis_votes", 2501, cls=V),
     M(G, "4,881 votes", N, "killarney_cast", 4881, cls=V),
     M(G, "51 percent", N, "minnis_share", 51, cls=PCT),
     M(G, "Saturday", D, "recount", "2021-09-18"),
     M(G, "Four years", N, "years_since", 4, cls="dur"),
     M(G, "4,186", N, "minnis_2017_votes", 4186, cls=V),
     M(G, "5,700 votes", N, "killarney_2017_cast", 5700, cls=V),
     M(G, "73 percent", N, "minnis_2017_share", 73, cls=PCT),
     M(G, "Sept. 16", D, "election", "2021-09-16"),
     M(G, "876 votes", N, "davis_votes", 876, cls=V),
     M(G, "70 percent", N, "davis_share", 70, cls=PCT),
     M(G, "359", N, "knowles_votes", 359, cls=V),
     M(G, "60 percent", N, "davis_2017", 60, cls=PCT),
     M(G, "Saturday", D, "cooper_sworn", "2021-09-18", occ=2),
     M(G, "73 percent", N, "cooper_share", 73, cls=PCT, occ=2),
     M(G, "2,514 votes", N, "exuma_cast", 2514, cls=V),
     M(G, "75 percent", N, "hm_share", 75, cls=PCT),
     M(G, "2,986 votes", N, "engl_cast", 2986, cls=V),
     M(G, "49 percent", N, "hm_2017", 49, cls=PCT),
     M(G, "seven seats", N, "fnm_seats", 7),
    ]
    build("bahamas-election-2021", "The Bahamas' general election (control) of Thursday 16 September 2021: the PLP's 32 of 39 "
          "seats (at least 30 in the night's partial results), the FNM's seven (35 to 4 in 2017); Davis sworn in on "
          "Friday 17 September; the official results, the last recount (Killarney) and Cooper's swearing-in on "
          "Saturday 18 September: 126,495 votes of 194,524 registered, turnout 65%. Zero conflicts expected.",
          True, ms, names)


def cuba():
    R, A, K, E, F = "reuters-feb27", "antara-feb28", "kompas-feb26", "efe-feb25", "efe-apr10"
    # two stages: the preliminary results announced on Monday 25 February 2019 ("P") and the final results of
    # Thursday 28 February ("FI"). The register was corrected down (9,298,277 -> 8,705,723: a revision) and the
    # turnout up; the vote counts stayed (updates).
    P, FI = "2019-02-25", "2019-02-28"
    names = {
     "yes_share": "share voting yes", "no_share": "share voting no", "turnout": "turnout",
     "valid_share": "share of valid ballots", "blank_share": "share of blank ballots", "null_share": "share of spoiled ballots",
     "voters": "people who voted", "registered": "registered voters", "yes": "votes for yes", "no": "votes for no",
     "blank": "blank ballots", "null": "spoiled ballots", "stations": "polling stations",
     "abroad": "polling stations abroad", "districts": "districts",
     # dates
     "vote": "day of the referendum", "announce": "day of the announcement", "assembly": "month the assembly approved the text",
     "old": "year of the old constitution", "war": "year the independence war began",
     "double": "voters removed as counted twice", "deceased": "deceased voters removed",
     "yes_reg": "yes vote as a share of the register", "no_reg": "no vote as a share of the register",
     "special": "special polling stations", "final_day": "day of the final results",
     "weeks": "weeks between the referendum and the proclamation",
    }
    V, PCT, S = "votes", "pct", "stations"
    ms = [
     M(R, "Sunday", D, "vote", "2019-02-24"),
     M(R, "86.85%", N, "yes_share", 86.85, P, cls=PCT),
     M(R, "Monday", D, "announce", "2019-02-25"),
     M(R, "7,848,343", N, "voters", 7848343, P, cls=V),
     M(R, "84.4%", N, "turnout", 84.4, P, cls=PCT),
     M(R, "9,298,277", N, "registered", 9298277, P, cls=V),
     M(R, "6,816,169", N, "yes", 6816169, P, cls=V),
     M(R, "706,400", N, "no", 706400, P, cls=V),
     M(R, "9%", N, "no_share", 9, P, cls=PCT),
     M(R, "95.85%", N, "valid_share", 95.85, P, cls=PCT),
     M(R, "198,674", N, "blank", 198674, P, cls=V),
     M(R, "2.53%", N, "blank_share", 2.53, P, cls=PCT),
     M(R, "127,100", N, "null", 127100, P, cls=V),
     M(R, "1.62%", N, "null_share", 1.62, P, cls=PCT),
     M(R, "25,345", N, "stations", 25345, cls=S),
     M(R, "1,048", N, "abroad", 1048, cls=S),
     M(R, "12,635", N, "districts", 12635, cls=S),
     M(R, "December", D, "assembly", "2018-12"),
     M(R, "1976", D, "old", "1976"),
     M(R, "February 24", D, "vote", "2019-02-24"),
     M(R, "1895", D, "war", "1895"),

     M(A, "Minggu (24/2/2019)", D, "vote", "2019-02-24"),
     M(A, "86,85 persen", N, "yes_share", 86.85, P, cls=PCT),
     M(A, "Senin (25/2/2019)", D, "announce", "2019-02-25"),
     M(A, "6.816.169", N, "yes", 6816169, P, cls=V),
     M(A, "706.400", N, "no", 706400, P, cls=V),
     M(A, "9 persen", N, "no_share", 9, P, cls=PCT),
     M(A, "7.848.343", N, "voters", 7848343, P, cls=V),
     M(A, "84,4 persen", N, "turnout", 84.4, P, cls=PCT),
     M(A, "9.298.277", N, "registered", 9298277, P, cls=V),
     M(A, "95,85 persen", N, "valid_share", 95.85, P, cls=PCT),
     M(A, "2,53 persen", N, "blank_share", 2.53, P, cls=PCT),
     M(A, "1,62 persen", N, "null_share", 1.62, P, cls=PCT),
     M(A, "25.435", N, "stations", 25435, cls=S, planted=True),
     M(A, "1.048", N, "abroad", 1048, cls=S),
     M(A, "Desember 2018", D, "assembly", "2018-12"),
     M(A, "1976", D, "old", "1976"),
     M(A, "1895", D, "war", "1895"),

     M(K, "Senin (25/2/2019)", D, "announce", "2019-02-25"),
     M(K, "86,85 persen", N, "yes_share", 86.85, P, cls=PCT),
     M(K, "7.848.343", N, "voters", 7848343, P, cls=V),
     M(K, "6.816.169", N, "yes", 6816169, P, cls=V),
     M(K, "706.400", N, "no", 706400, P, cls=V),
     M(K, "84,4 persen", N, "turnout", 84.4, P, cls=PCT),
     M(K, "9.298.277", N, "registered", 9298277, P, cls=V),
     M(K, "198.674", N, "blank", 198674, P, cls=V),
     M(K, "127.100", N, "null", 127100, P, cls=V),
     M(K, "Sabtu (23/2/2019)", D, "vote", "2019-02-23", planted=True),
     M(K, "12.635", N, "districts", 12635, cls=S),
     M(K, "25.345", N, "stations", 25345, cls=S),
     M(K, "Desember 2018", D, "assembly", "2018-12"),
     M(K, "1976", D, "old", "1976"),

     M(E, "Nearly 87 percent", N, "yes_share", 87, P, qual="nearly", cls=PCT),
     M(E, "more than 7.8 million", N, "voters", 7800000, P, qual="morethan", cls=V),
     M(E, "Sunday", D, "vote", "2019-02-24"),
     M(E, "Monday", D, "announce", "2019-02-25"),
     M(E, "84.4 percent", N, "turnout", 84.4, P, cls=PCT),
     M(E, "6,816,169", N, "yes", 6816169, P, cls=V),
     M(E, "706,400", N, "no", 706400, P, cls=V),
     M(E, "9 percent", N, "no_share", 9, P, cls=PCT),
     M(E, "2.53 percent", N, "blank_share", 2.53, P, cls=PCT),
     M(E, "1.62 percent", N, "null_share", 1.62, P, cls=PCT),
     M(E, "95.85 percent", N, "valid_share", 95.85, P, cls=PCT),
     M(E, "9,298,277", N, "registered", 9298277, P, cls=V),
     M(E, "25,345", N, "stations", 25345, cls=S),
     M(E, "1,048", N, "abroad", 1048, cls=S),
     M(E, "December 2018", D, "assembly", "2018-12"),
     M(E, "1976", D, "old", "1976"),
     M(E, "Monday", D, "announce", "2019-02-25", occ=2),

     M(F, "February 28", D, "final_day", "2019-02-28"),
     M(F, "six weeks", N, "weeks", 6, cls="dur"),
     M(F, "February 24", D, "vote", "2019-02-24"),
     M(F, "90.15 percent", N, "turnout", 90.15, FI, cls=PCT),
     M(F, "84.4 percent", N, "turnout", 84.4, P, cls=PCT),
     M(F, "February 25", D, "announce", "2019-02-25"),
     M(F, "8,705,723", N, "registered", 8705723, FI, cls=V),
     M(F, "9,298,277", N, "registered", 9298277, P, cls=V),
     M(F, "594,580", N, "double", 594580, cls=V),
     M(F, "3,445", N, "deceased", 3445, cls=V),
     M(F, "6,816,169", N, "yes", 6816169, FI, cls=V),
     M(F, "86.85 percent", N, "yes_share", 86.85, FI, cls=PCT),
     M(F, "7,848,343", N, "voters", 7848343, FI, cls=V),
     M(F, "706,400", N, "no", 706400, FI, cls=V),
     M(F, "9 percent", N, "no_share", 9, FI, cls=PCT),
     M(F, "78.30 percent", N, "yes_reg", 78.30, FI, cls=PCT),
     M(F, "73.31 percent", N, "yes_reg", 73.31, P, cls=PCT),
     M(F, "February 25", D, "announce", "2019-02-25", occ=2),
     M(F, "8.11 percent", N, "no_reg", 8.11, FI, cls=PCT),
     M(F, "198", N, "special", 198, cls=S),
     M(F, "1976", D, "old", "1976"),
    ]
    build("cuba-referendum-2019", "Cuba's constitutional referendum of Sunday 24 February 2019: the National Electoral "
          "Commission's preliminary results, announced on Monday 25 February 2019: 7,848,343 voted "
          "(84.4% of 9,298,277 registered), 6,816,169 yes (86.85%), 706,400 no (9%), valid 95.85%, blank 198,674 "
          "(2.53%), spoiled 127,100 (1.62%); 25,345 polling stations (1,048 abroad) in 12,635 districts; the text "
          "approved by the National Assembly in December 2018, replacing the 1976 constitution; the final results of "
          "Thursday 28 February 2019 (recalled at the proclamation, 10 April 2019): the register corrected down to 8,705,723 (594,580 counted twice, 3,445 "
          "deceased), turnout 90.15%, the yes vote 78.30% of the register (73.31% on Monday), the counts unchanged",
          False, ms, names)


if __name__ == "__main__":
    cap_haitien()
    bahamas()
    cuba()
