"""The three-hundred-and-thirtieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset330/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def moore():
    K, R, T, A = "kompas-may21", "reuters-may22", "detik-may27", "ap-jun12"
    # as-of times of the running tallies: Monday night 20 May 2013 (the medical examiner's first count of 51 dead,
    # 20 of them children; 145 injured taken to hospitals), Tuesday 21 May (the count revised down to 24, nine
    # children; 237 injured; 101 pulled out alive), Sunday 26 May (Obama's visit: 24, nine children) and 12 June
    # (24). The dead and the children among them are revised down by the office that gave them (revision); the
    # injured rise. Wind, path, width, the insurance estimate, the 1999 and El Reno tornadoes do not change with the
    # day of the report.
    MON, TUE, SUN26, JUN12 = "2013-05-20", "2013-05-21", "2013-05-26", "2013-06-12"
    names = {
     "dead": "people killed by the Moore tornado", "children": "children among the dead",
     "plaza": "children killed at Plaza Towers Elementary", "injured": "people injured (hospital count)",
     "inj_children": "injured children at the children's hospital", "hospitals": "hospitals receiving the injured",
     "guard": "National Guard members deployed", "population": "population of Moore",
     "dead1999": "dead in the 1999 tornado", "rescued": "people pulled alive from the debris",
     "wind": "the tornado's winds (mph)", "minutes": "minutes on the ground", "path": "path length (miles)",
     "width": "path width (miles)", "damage": "insured damage estimate (US$)", "dead_elreno": "dead in the El Reno tornado",
     "chasers": "storm chasers killed near El Reno",
     # dates
     "tornado": "day of the Moore tornado", "count_mon": "day of the first count (Monday night)",
     "t1999": "day of the 1999 tornado", "revised": "day the toll was revised", "asof_tue": "day of the 237 injured",
     "visit": "day of Obama's visit", "elreno": "day of the El Reno tornado",
    }
    ms = [
     M(K, "Senin (20/5/2013)", D, "tornado", "2013-05-20"),
     M(K, "Senin malam", D, "count_mon", "2013-05-20"),
     M(K, "sedikitnya 51 orang", N, "dead", 51, MON, qual="atleast"),
     M(K, "sedikitnya 20 anak-anak", N, "children", 20, MON, qual="atleast"),
     M(K, "Sedikitnya 145 korban luka", N, "injured", 145, MON, qual="atleast"),
     M(K, "45 anak", N, "inj_children", 45, MON),
     M(K, "tiga rumah sakit", N, "hospitals", 3),
     M(K, "80 personel", N, "guard", 80),
     M(K, "sekitar 56.000 jiwa", N, "population", 56000, qual="approx"),
     M(K, "3 Mei 1999", D, "t1999", "1999-05-03"),
     M(K, "36 orang", N, "dead1999", 36),

     M(R, "Monday", D, "tornado", "2013-05-20"),
     M(R, "24", N, "dead", 24, TUE),
     M(R, "Tuesday", D, "revised", "2013-05-21"),
     M(R, "Monday", D, "count_mon", "2013-05-20", occ=2),
     M(R, "51 people", N, "dead", 51, MON),
     M(R, "20", N, "children", 20, MON),
     M(R, "nine children", N, "children", 9, TUE),
     M(R, "Seven", N, "plaza", 7),
     M(R, "237 people", N, "injured", 237, TUE),
     M(R, "by Tuesday", D, "asof_tue", "2013-05-21"),
     M(R, "101 people", N, "rescued", 101, TUE),
     M(R, "more than 200 miles per hour", N, "wind", 200, qual="morethan", cls="mph"),
     M(R, "about 40 minutes", N, "minutes", 40, qual="approx", cls="dur"),
     M(R, "17-mile", N, "path", 17, cls="mi"),
     M(R, "1.3 miles", N, "width", 1.3, cls="mi"),
     M(R, "about 56,000 people", N, "population", 56000, qual="approx"),
     M(R, "May 3, 1999", D, "t1999", "1999-05-03"),
     M(R, "36 people", N, "dead1999", 36),

     M(T, "Minggu (26/5/2013)", D, "visit", "2013-05-26"),
     M(T, "Senin (20/5/2013)", D, "tornado", "2013-05-20"),
     M(T, "24 orang", N, "dead", 24, SUN26),
     M(T, "sembilan anak", N, "children", 9, SUN26),
     M(T, "tujuh murid", N, "plaza", 7),
     M(T, "51 orang", N, "dead", 51, MON),
     M(T, "Selasa (21/5/2013)", D, "revised", "2013-05-21"),
     M(T, "Hingga Selasa", D, "asof_tue", "2013-05-21"),
     M(T, "273 korban luka", N, "injured", 273, TUE, planted=True),
     M(T, "17 mil", N, "path", 17, cls="mi"),
     M(T, "sekitar 27 kilometer", N, "path", 17, qual="approx", cls="mi"),
     M(T, "1,3 mil", N, "width", 1.3, cls="mi"),
     M(T, "2 miliar dolar AS", N, "damage", 2e9, qual="morethan", cls="usd"),

     M(A, "May 21", D, "tornado", "2013-05-21", planted=True),
     M(A, "24 people", N, "dead", 24, JUN12),
     M(A, "seven children", N, "plaza", 7),
     M(A, "51", N, "dead", 51, MON),
     M(A, "$2 billion", N, "damage", 2e9, qual="morethan", cls="usd"),
     M(A, "200 mph", N, "wind", 200, qual="morethan", cls="mph"),
     M(A, "about 17 miles", N, "path", 17, qual="approx", cls="mi"),
     M(A, "May 31", D, "elreno", "2013-05-31"),
     M(A, "eight people", N, "dead_elreno", 8),
     M(A, "three storm chasers", N, "chasers", 3),
     M(A, "May 26", D, "visit", "2013-05-26"),
    ]
    build("moore-tornado-2013", "The EF5 tornado in Moore, Oklahoma (Monday 20 May 2013): the state medical "
          "examiner's first count of 51 dead (20 children) on Monday night revised down on Tuesday 21 May to 24 (nine "
          "children, seven at Plaza Towers Elementary), some victims having been counted twice; injured at least 145 "
          "on Monday night -> 237 by Tuesday; 101 pulled out alive; winds above 200 mph along a 17-mile path up to 1.3 "
          "miles wide; insured damage above $2 billion; Obama's visit on Sunday 26 May; the 1999 tornado (36 dead) and "
          "the El Reno tornado of 31 May 2013 (eight dead)", False, ms, names)


def health():
    R, K, T, A = "reuters-dec24", "kompas-mar22", "detik-mar26", "ap-mar31"
    # Votes and dates do not change with the day of the report: the House's first bill (Saturday 7 November 2009,
    # 220-215), the Senate's bill (Thursday 24 December 2009, 60-39), the Massachusetts special election (19 January
    # 2010), the House's passage of the Senate bill (Sunday 21 March 2010, 219-212) and of the reconciliation package
    # (220-211) that night, the signing (Tuesday 23 March), the Senate's passage of the package (Thursday 25 March,
    # 56-43), the House's second vote on it (220-207) that night and the last signing (Tuesday 30 March) are
    # different events; the same 220 in three House votes is three facts. The budget office's December figures for
    # the Senate bill ($871 billion, $132 billion, 31 million) are another bill's than its March figures for the law
    # with its fixes ($940 billion, $138 billion, 32 million). The cost: the Congressional Budget Office's $940
    # billion against the Republicans' about $2.5 trillion (sources).
    CBO, GOP = "the Congressional Budget Office", "the Republicans"
    names = {
     "s1_yes": "Senate votes for the bill (Dec. 24)", "s1_no": "Senate votes against the bill (Dec. 24)",
     "s1_dems": "Democrats voting for it in the Senate", "s1_ind": "independents voting for it in the Senate",
     "s1_absent": "Republican senators not voting", "cost_senate": "the Senate bill's cost (CBO, Dec.)",
     "horizon": "years of the budget estimate", "deficit_senate": "the Senate bill's deficit cut (CBO, Dec.)",
     "insured_senate": "people the Senate bill would cover (CBO, Dec.)", "h1_yes": "House votes for its first bill",
     "h1_no": "House votes against its first bill", "h_yes": "House votes for the Senate bill (March 21)",
     "h_no": "House votes against the Senate bill (March 21)", "h_rep_no": "Republicans voting no in the House",
     "h_dem_no": "Democrats voting no in the House", "rec_yes": "House votes for the fixes (March 21)",
     "rec_no": "House votes against the fixes (March 21)", "cost": "the law's cost over ten years",
     "deficit": "the law's deficit cut (CBO, March)", "insured": "people the law would cover (CBO, March)",
     "gop_horizon": "years of the Republicans' estimate", "seat60": "the Democrats' lost Senate seat (60th)",
     "srec_yes": "Senate votes for the fixes (March 25)", "srec_no": "Senate votes against the fixes (March 25)",
     "srec_dem_no": "Democrats voting no on the fixes in the Senate", "struck": "provisions struck from the fixes",
     "hrec2_yes": "House votes for the fixes again (March 25)", "hrec2_no": "House votes against the fixes again",
     "days": "days between the House vote and the signing",
     # dates
     "senate1": "day of the Senate vote", "house1": "day of the House's first bill", "house_vote": "day of the House vote",
     "mass": "day of the Massachusetts special election", "sign1": "day the main bill was signed",
     "senate_rec": "day of the Senate vote on the fixes", "midterms": "the midterm elections",
     "sign2": "day the fixes were signed",
    }
    ms = [
     M(R, "Thursday", D, "senate1", "2009-12-24"),
     M(R, "60-39", N, "s1_yes", 60, cls="votes", also={"s1_no": 39}),
     M(R, "58 Democrats", N, "s1_dems", 58, cls="votes"),
     M(R, "two independents", N, "s1_ind", 2, cls="votes"),
     M(R, "39 Republicans", N, "s1_no", 39, cls="votes"),
     M(R, "one Republican", N, "s1_absent", 1, cls="votes"),
     M(R, "$871 billion", N, "cost_senate", 871, cls="usdbn"),
     M(R, "10 years", N, "horizon", 10, cls="dur"),
     M(R, "$132 billion", N, "deficit_senate", 132, cls="usdbn"),
     M(R, "about 31 million Americans", N, "insured_senate", 31e6, qual="approx", cls="people"),
     M(R, "Nov. 7", D, "house1", "2009-11-07"),
     M(R, "220-215", N, "h1_yes", 220, cls="votes", also={"h1_no": 215}),

     M(K, "Minggu (21/3/2010)", D, "house_vote", "2010-03-21"),
     M(K, "219 suara", N, "h_yes", 219, cls="votes"),
     M(K, "212 suara", N, "h_no", 212, cls="votes"),
     M(K, "178 anggota", N, "h_rep_no", 178, cls="votes"),
     M(K, "34 anggota", N, "h_dem_no", 34, cls="votes"),
     M(K, "24 Desember 2009", D, "senate1", "2009-12-24"),
     M(K, "60 suara", N, "s1_yes", 60, cls="votes"),
     M(K, "39", N, "s1_no", 39, cls="votes"),
     M(K, "220 suara", N, "rec_yes", 220, cls="votes"),
     M(K, "211", N, "rec_no", 211, cls="votes"),
     M(K, "940 miliar dolar AS", N, "cost", 940, src=CBO, cls="usdbn"),
     M(K, "10 tahun", N, "horizon", 10, cls="dur"),
     M(K, "138 miliar dolar AS", N, "deficit", 138, cls="usdbn"),
     M(K, "32 juta warga", N, "insured", 32e6, cls="people"),
     M(K, "sekitar 2,5 triliun dolar AS", N, "cost", 2500, src=GOP, qual="approx", cls="usdbn"),
     M(K, "10 tahun", N, "gop_horizon", 10, cls="dur", occ=2),
     M(K, "ke-60", N, "seat60", 60, cls="votes"),
     M(K, "19 Januari 2010", D, "mass", "2010-01-19"),
     M(K, "Selasa (23/3/2010)", D, "sign1", "2010-03-23"),

     M(T, "Kamis (25/3/2010)", D, "senate_rec", "2010-03-25"),
     M(T, "65 suara", N, "srec_yes", 65, cls="votes", planted=True),
     M(T, "43", N, "srec_no", 43, cls="votes"),
     M(T, "tiga senator", N, "srec_dem_no", 3, cls="votes"),
     M(T, "dua ketentuan", N, "struck", 2, cls="votes"),
     M(T, "220 suara", N, "hrec2_yes", 220, cls="votes"),
     M(T, "207", N, "hrec2_no", 207, cls="votes"),
     M(T, "Selasa (23/3/2010)", D, "sign1", "2010-03-23"),
     M(T, "dua hari", N, "days", 2, cls="dur"),
     M(T, "Minggu (21/3/2010)", D, "house_vote", "2010-03-21"),
     M(T, "940 miliar dolar AS", N, "cost", 940, src=CBO, cls="usdbn"),
     M(T, "32 juta warga", N, "insured", 32e6, cls="people"),
     M(T, "November 2010", D, "midterms", "2010-11"),

     M(A, "Tuesday", D, "sign2", "2010-03-30"),
     M(A, "Thursday", D, "senate_rec", "2010-03-25"),
     M(A, "56-43", N, "srec_yes", 56, cls="votes", also={"srec_no": 43}),
     M(A, "220-207", N, "hrec2_yes", 220, cls="votes", also={"hrec2_no": 207}),
     M(A, "two provisions", N, "struck", 2, cls="votes"),
     M(A, "March 23", D, "sign1", "2010-03-23"),
     M(A, "two days", N, "days", 2, cls="dur"),
     M(A, "219-212", N, "h_yes", 219, cls="votes", also={"h_no": 212}),
     M(A, "Sunday night", D, "house_vote", "2010-03-21"),
     M(A, "$940 billion", N, "cost", 940, src=CBO, cls="usdbn"),
     M(A, "$138 billion", N, "deficit", 138, cls="usdbn"),
     M(A, "32 million people", N, "insured", 32e6, cls="people"),
     M(A, "10 years", N, "gop_horizon", 10, cls="dur"),
     M(A, "about $2.5 trillion", N, "cost", 2500, src=GOP, qual="approx", cls="usdbn"),
     M(A, "Tuesday", D, "sign2", "2010-03-30", occ=2),
     M(A, "Dec. 24", D, "senate1", "2009-12-24"),
     M(A, "60-39", N, "s1_yes", 60, cls="votes", also={"s1_no": 39}),
     M(A, "60th", N, "seat60", 60, cls="votes"),
     M(A, "January", D, "mass", "2010-01"),
    ]
    build("health-overhaul-votes-2010", "The US health care overhaul in stages: the House's first bill (7 November 2009, "
          "220-215), the Senate's bill (Thursday 24 December 2009, 60-39; CBO $871 billion, deficit cut $132 billion, "
          "31 million covered), the Massachusetts special election (19 January 2010), the House's passage of the Senate "
          "bill (Sunday 21 March 2010, 219-212; 34 Democrats and 178 Republicans against) and of the fixes (220-211), "
          "the signing (Tuesday 23 March), the Senate's passage of the fixes (Thursday 25 March, 56-43), the House's "
          "second vote (220-207) and the last signing (Tuesday 30 March); CBO $940 billion over 10 years, deficit cut "
          "$138 billion, 32 million covered, against the Republicans' about $2.5 trillion", False, ms, names)


def census():
    R, K, T, A = "reuters-dec21", "kompas-dec22", "detik-dec23", "ap-dec24"
    names = {
     "pop": "US resident population (1 April 2010)", "growth": "growth since 2000 (%)", "pop2000": "population in 2000",
     "g1930s": "growth in the 1930s (%)", "shift": "House seats that change states", "seats435": "House seats",
     "states18": "states whose delegation changes", "gain_states": "states gaining seats",
     "lose_states": "states losing seats", "tx_gain": "seats Texas gains", "fl_gain": "seats Florida gains",
     "ny_loss": "seats New York and Ohio each lose", "one_gain": "seat each of six states gains",
     "lose1_states": "states losing one seat", "lose_one": "seat each of eight states loses",
     "nv": "Nevada's growth (%)", "mi": "Michigan's decline (%)", "south": "the South's growth (%)",
     "west": "the West's growth (%)", "midwest": "the Midwest's growth (%)", "northeast": "the Northeast's growth (%)",
     "ca": "California's population", "tx": "Texas's population", "mail": "households mailing back forms (%)",
     "decade": "years between the censuses", "ca_seats": "California's House seats",
     # dates
     "announce": "day of the announcement", "census_day": "census day", "c2000": "the 2000 census",
     "d1930": "the decade of the slowest earlier growth", "first_election": "first election on the new map",
     "pres2008": "the 2008 presidential election",
    }
    ms = [
     M(R, "308,745,538", N, "pop", 308745538, cls="people"),
     M(R, "April 1", D, "census_day", "2010-04-01"),
     M(R, "9.7 percent", N, "growth", 9.7, cls="pct"),
     M(R, "2000", D, "c2000", "2000"),
     M(R, "Tuesday", D, "announce", "2010-12-21"),
     M(R, "2010", D, "census_day", "2010"),
     M(R, "1930s", D, "d1930", "1930s"),
     M(R, "7.3 percent", N, "g1930s", 7.3, cls="pct"),
     M(R, "12 seats", N, "shift", 12, cls="seats"),
     M(R, "435-member", N, "seats435", 435, cls="seats"),
     M(R, "18 states", N, "states18", 18, cls="seats"),
     M(R, "eight states", N, "gain_states", 8, cls="seats"),
     M(R, "10", N, "lose_states", 10, cls="seats"),
     M(R, "four seats", N, "tx_gain", 4, cls="seats"),
     M(R, "two", N, "fl_gain", 2, cls="seats"),
     M(R, "two seats", N, "ny_loss", 2, cls="seats"),
     M(R, "35.1 percent", N, "nv", 35.1, cls="pct"),
     M(R, "0.6 percent", N, "mi", 0.6, cls="pct"),
     M(R, "14.3 percent", N, "south", 14.3, cls="pct"),
     M(R, "13.8 percent", N, "west", 13.8, cls="pct"),
     M(R, "3.9 percent", N, "midwest", 3.9, cls="pct"),
     M(R, "3.2 percent", N, "northeast", 3.2, cls="pct"),
     M(R, "37,253,956 people", N, "ca", 37253956, cls="people"),
     M(R, "74 percent", N, "mail", 74, cls="pct"),
     M(R, "2000", D, "c2000", "2000", occ=2),

     M(K, "Selasa (21/12/2010)", D, "announce", "2010-12-21"),
     M(K, "308.745.538 jiwa", N, "pop", 308745538, cls="people"),
     M(K, "1 April 2010", D, "census_day", "2010-04-01"),
     M(K, "9,7 persen", N, "growth", 9.7, cls="pct"),
     M(K, "tahun 2000", D, "c2000", "2000"),
     M(K, "sekitar 281,4 juta jiwa", N, "pop2000", 281.4e6, qual="approx", cls="people"),
     M(K, "1930-an", D, "d1930", "1930s"),
     M(K, "7,3 persen", N, "g1930s", 7.3, cls="pct"),
     M(K, "12", N, "shift", 12, cls="seats", occ=2),
     M(K, "435 kursi", N, "seats435", 435, cls="seats"),
     M(K, "delapan negara bagian", N, "gain_states", 8, cls="seats"),
     M(K, "10 negara bagian", N, "lose_states", 10, cls="seats"),
     M(K, "empat kursi tambahan", N, "tx_gain", 4, cls="seats"),
     M(K, "dua kursi", N, "fl_gain", 2, cls="seats"),
     M(K, "dua kursi", N, "ny_loss", 2, cls="seats", occ=2),
     M(K, "35,1 persen", N, "nv", 35.1, cls="pct"),
     M(K, "0,6 persen", N, "mi", 0.6, cls="pct"),
     M(K, "14,3 persen", N, "south", 14.3, cls="pct"),
     M(K, "13,8 persen", N, "west", 13.8, cls="pct"),
     M(K, "3,9 persen", N, "midwest", 3.9, cls="pct"),
     M(K, "3,2 persen", N, "northeast", 3.2, cls="pct"),
     M(K, "37.253.956 jiwa", N, "ca", 37253956, cls="people"),
     M(K, "25.145.561 jiwa", N, "tx", 25145561, cls="people"),
     M(K, "74 persen", N, "mail", 74, cls="pct"),
     M(K, "2000", D, "c2000", "2000", occ=2),

     M(T, "hampir 309 juta jiwa", N, "pop", 309e6, qual="nearly", cls="people"),
     M(T, "308.745.538 jiwa", N, "pop", 308745538, cls="people"),
     M(T, "Selasa (21/12/2010)", D, "announce", "2010-12-21"),
     M(T, "sepuluh tahun", N, "decade", 10, cls="dur"),
     M(T, "9,7 persen", N, "growth", 9.7, cls="pct"),
     M(T, "1930-an", D, "d1930", "1930s"),
     M(T, "12 kursi", N, "shift", 12, cls="seats"),
     M(T, "18 negara bagian", N, "states18", 18, cls="seats"),
     M(T, "435", N, "seats435", 435, cls="seats"),
     M(T, "empat kursi tambahan", N, "tx_gain", 4, cls="seats"),
     M(T, "dua kursi", N, "fl_gain", 2, cls="seats"),
     M(T, "satu kursi tambahan", N, "one_gain", 1, cls="seats"),
     M(T, "dua kursi", N, "ny_loss", 2, cls="seats", occ=2),
     M(T, "delapan negara bagian lain", N, "lose1_states", 8, cls="seats"),
     M(T, "satu kursi", N, "lose_one", 1, cls="seats", occ=2),
     M(T, "35,1 persen", N, "nv", 35.1, cls="pct"),
     M(T, "0,6 persen", N, "mi", 0.6, cls="pct"),
     M(T, "25.145.561 jiwa", N, "tx", 25145561, cls="people"),
     M(T, "37.253.956 jiwa", N, "ca", 37253956, cls="people"),
     M(T, "tahun 2012", D, "first_election", "2012"),

     M(A, "Tuesday", D, "announce", "2010-12-21"),
     M(A, "2008", D, "pres2008", "2008"),
     M(A, "12 House seats", N, "shift", 12, cls="seats"),
     M(A, "308,745,538 residents", N, "pop", 308745538, cls="people"),
     M(A, "April 1", D, "census_day", "2010-04-01"),
     M(A, "9.7 percent", N, "growth", 9.7, cls="pct"),
     M(A, "10 years", N, "decade", 10, cls="dur"),
     M(A, "1930s", D, "d1930", "1930s"),
     M(A, "four seats", N, "tx_gain", 4, cls="seats"),
     M(A, "two", N, "fl_gain", 2, cls="seats"),
     M(A, "two", N, "ny_loss", 2, cls="seats", occ=2),
     M(A, "10 states", N, "lose_states", 10, cls="seats"),
     M(A, "35.1 percent", N, "nv", 35.1, cls="pct"),
     M(A, "0.6 percent", N, "mi", 0.6, cls="pct"),
     M(A, "14.3 percent", N, "south", 14.3, cls="pct"),
     M(A, "13.8 percent", N, "west", 13.8, cls="pct"),
     M(A, "3.9 percent", N, "midwest", 3.9, cls="pct"),
     M(A, "3.2 percent", N, "northeast", 3.2, cls="pct"),
     M(A, "435 House seats", N, "seats435", 435, cls="seats"),
     M(A, "2012", D, "first_election", "2012"),
     M(A, "37.3 million people", N, "ca", 37.3e6, qual="approx", cls="people"),
     M(A, "53 seats", N, "ca_seats", 53, cls="seats"),
     M(A, "74 percent", N, "mail", 74, cls="pct"),
     M(A, "2000", D, "c2000", "2000"),
    ]
    build("census-apportionment-2010", "The Census Bureau's first 2010 census results (control), announced on Tuesday 21 "
          "December 2010: 308,745,538 residents on 1 April 2010, up 9.7% from 2000 (about 281.4 million), the slowest "
          "decade since the 1930s (7.3%); 12 of the 435 House seats moving among 18 states (eight gaining, 10 "
          "losing): Texas +4, Florida +2, six states +1, New York and Ohio -2, eight states -1; Nevada +35.1%, "
          "Michigan -0.6%; South 14.3%, West 13.8%, Midwest 3.9%, Northeast 3.2%; California 37,253,956, Texas "
          "25,145,561; mail-back 74%; the new map from the 2012 elections. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    moore()
    health()
    census()
