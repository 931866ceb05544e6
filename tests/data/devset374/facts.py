"""The three-hundred-and-seventy-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset374/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hung_parliament():
    R, K, T, S = "reuters-aug22", "kompas-aug26", "antara-sep08", "smh-sep29"
    # as-of times of the count: Sunday 22 August 2010 (the day after the vote), Wednesday 25 August (71 and 72 seats,
    # one seat undecided) and the final count reported after the independents' decision of Tuesday 7 September. Seats
    # won only rise as the count goes on; the seats still undecided fall (a count that may fall). Labor's share of the
    # two-party vote was 50.4% on the electoral commission's Sunday count, 50.3% on Wednesday and 50.12% at the end
    # (revisions); the ABC's projection of 50.2% on Sunday is another source. The house's size, the 76 seats of a
    # majority, the independents and the floor votes of the new government (76 to 74) do not change with the day.
    SUN, WED, FINAL = "2010-08-22", "2010-08-25", "2010-09-07"
    AEC, ABC = "the Australian Electoral Commission", "the ABC's projection"
    names = {
     "lab_seats": "Labor's seats", "coal_seats": "the Coalition's seats", "parl": "seats in the House",
     "majority": "seats needed to govern alone", "indep": "independents elected", "undecided": "seats still undecided",
     "lab_2pp": "Labor's share of the two-party vote", "coal_2pp": "the Coalition's share of the two-party vote",
     "gov_votes": "votes the Gillard government can count on", "opp_votes": "votes on the Coalition's side",
     "years_since": "years since the last hung parliament", "days_after": "days from the election to the decision",
     # dates
     "election": "election day", "count_sun": "day of the Sunday count", "count_wed": "day of the Wednesday count",
     "rudd": "day Gillard replaced Rudd", "hung1940": "year of the last hung parliament",
     "demands": "day the independents asked for costings", "indep_decision": "day Windsor and Oakeshott backed Labor",
     "greens_deal": "day of the Greens' agreement", "wilkie_deal": "day of Wilkie's agreement",
     "sworn": "day the ministry was sworn in", "first_sitting": "day of the new parliament's first sitting",
    }
    ms = [
     M(R, "1940", D, "hung1940", "1940"),
     M(R, "Sunday", D, "count_sun", "2010-08-22"),
     M(R, "Saturday", D, "election", "2010-08-21"),
     M(R, "70 seats", N, "lab_seats", 70, SUN, cls="seats"),
     M(R, "71", N, "coal_seats", 71, SUN, cls="seats"),
     M(R, "150-seat", N, "parl", 150, cls="seats"),
     M(R, "76 seats", N, "majority", 76, cls="seats"),
     M(R, "Four independents", N, "indep", 4, cls="seats"),
     M(R, "three seats", N, "undecided", 3, SUN, cls="seats", fall=True),
     M(R, "50.4 percent", N, "lab_2pp", 50.4, SUN, cls="pct", src=AEC),
     M(R, "50.2 percent", N, "lab_2pp", 50.2, SUN, cls="pct", src=ABC),
     M(R, "June 24", D, "rudd", "2010-06-24"),

     M(K, "Rabu (25/8/2010)", D, "count_wed", "2010-08-25"),
     M(K, "71 kursi", N, "lab_seats", 71, WED, cls="seats"),
     M(K, "72 kursi", N, "coal_seats", 72, WED, cls="seats"),
     M(K, "150 kursi", N, "parl", 150, cls="seats"),
     M(K, "satu kursi", N, "undecided", 1, WED, cls="seats", fall=True),
     M(K, "Minggu lalu", D, "count_sun", "2010-08-22"),
     M(K, "70 kursi", N, "lab_seats", 70, SUN, cls="seats"),
     M(K, "71 kursi", N, "coal_seats", 71, SUN, cls="seats", occ=2),
     M(K, "tiga kursi", N, "undecided", 3, SUN, cls="seats", fall=True),
     M(K, "76 kursi", N, "majority", 76, cls="seats"),
     M(K, "50,3 persen", N, "lab_2pp", 50.3, WED, cls="pct", src=AEC),
     M(K, "Empat anggota independen", N, "indep", 4, cls="seats"),
     M(K, "Selasa (24/8/2010)", D, "demands", "2010-08-24"),
     M(K, "1940", D, "hung1940", "1940"),
     M(K, "70 tahun", N, "years_since", 70, cls="dur"),

     M(T, "Selasa (7/9/2010)", D, "indep_decision", "2010-09-07"),
     M(T, "17 hari", N, "days_after", 17, cls="dur"),
     M(T, "76 suara", N, "gov_votes", 76, cls="seats"),
     M(T, "74 suara", N, "opp_votes", 74, cls="seats"),
     M(T, "72 kursi", N, "lab_seats", 72, FINAL, cls="seats", also={"coal_seats": 72}),
     M(T, "150 kursi", N, "parl", 150, cls="seats"),
     M(T, "50,21 persen", N, "lab_2pp", 50.21, FINAL, cls="pct", planted=True),
     M(T, "49,88 persen", N, "coal_2pp", 49.88, FINAL, cls="pct"),
     M(T, "Rabu (1/9/2010)", D, "greens_deal", "2010-09-01"),
     M(T, "Kamis (2/9/2010)", D, "wilkie_deal", "2010-09-02"),

     M(S, "Tuesday", D, "first_sitting", "2010-09-28"),
     M(S, "72 seats each", N, "lab_seats", 72, FINAL, cls="seats", also={"coal_seats": 72}),
     M(S, "150-seat", N, "parl", 150, cls="seats"),
     M(S, "Sept. 14", D, "sworn", "2010-09-14"),
     M(S, "76-74", N, "gov_votes", 76, cls="seats", also={"opp_votes": 74}),
     M(S, "Sept. 6", D, "indep_decision", "2010-09-06", planted=True),
     M(S, "50.12 per cent", N, "lab_2pp", 50.12, FINAL, cls="pct"),
     M(S, "49.88 per cent", N, "coal_2pp", 49.88, FINAL, cls="pct"),
     M(S, "72 members", N, "coal_seats", 72, FINAL, cls="seats"),
     M(S, "1940", D, "hung1940", "1940"),
    ]
    build("gillard-minority-2010", "Australia's federal election of Saturday 21 August 2010 and the hung parliament: "
          "the count rising over days (Labor 70 and the Coalition 71 seats on Sunday 22 August with three undecided, 71 "
          "and 72 by Wednesday 25 August with one undecided, 72 each at the end, of 150); Labor's two-party share 50.4% "
          "by the electoral commission's Sunday count against the ABC's projected 50.2%, 50.3% on Wednesday, 50.12% at "
          "the end (against the Coalition's 49.88%); the Greens' agreement (Wednesday 1 September), Andrew Wilkie's "
          "(Thursday 2 September), Tony Windsor and Rob Oakeshott backing Labor (Tuesday 7 September) for a 76-74 "
          "majority, the ministry sworn in on 14 September and the first sitting on Tuesday 28 September 2010; the last "
          "hung parliament in 1940", False, ms, names)


def lindt_siege():
    A, K, T, S = "ap-dec15", "kompas-dec16", "tempo-feb23", "smh-may25"
    # as-of times: Monday 15 December 2014 (the first estimates of about 30 people inside; three hostages out just
    # before 15:40, five by 17:00), Tuesday 16 December (the end of the siege: the police's count of 17 hostages and
    # four injured), the joint review of Sunday 22 February 2015 (18 hostages; the police's four injured against the
    # state ambulance service's six: sources) and the coroner's findings of Wednesday 24 May 2017 (18 hostages). The
    # hostages counted do not fall: 30 -> 17 and 30 -> 18 are revisions, 17 -> 18 an update. Ages, the hours of the
    # siege, the six who escaped at night, the charges and the recommendations do not change with the day.
    MON, MON1540, MON17, TUE, FEB, MAY = ("2014-12-15", "2014-12-15a", "2014-12-15b", "2014-12-16", "2015-02-22",
                                          "2017-05-24")
    POLICE, AMB = "New South Wales Police", "the state ambulance service"
    names = {
     "hostages": "people held hostage", "escaped": "hostages who got out on Monday afternoon",
     "escaped_night": "hostages who escaped at about 2 a.m.", "dead": "people killed, the gunman included",
     "hostages_dead": "hostages killed", "injured": "people injured", "age_johnson": "Tori Johnson's age",
     "age_dawson": "Katrina Dawson's age", "age_monis": "the gunman's age", "hours": "hours the siege lasted",
     "charges": "sexual assault charges the gunman faced", "recs": "the coroner's recommendations",
     # dates
     "start": "day the siege began", "end": "day the siege ended", "threat": "month the threat level was raised",
     "escape_day": "day of the afternoon escapes", "flowers": "day the flowers were laid",
     "review": "day the joint review was released", "arrival": "year the gunman arrived in Australia",
     "citizenship": "year the gunman became a citizen", "siege_month": "month of the siege",
     "findings": "day of the coroner's findings",
    }
    ms = [
     M(A, "Monday", D, "start", "2014-12-15"),
     M(A, "about 30", N, "hostages", 30, MON, qual="approx"),
     M(A, "Three men", N, "escaped", 3, MON1540),
     M(A, "five", N, "escaped", 5, MON17),
     M(A, "September 2014", D, "threat", "2014-09"),

     M(K, "sekitar 17 jam", N, "hours", 17, qual="approx", cls="dur"),
     M(K, "Selasa (16/12/2014)", D, "end", "2014-12-16"),
     M(K, "tiga orang", N, "dead", 3, TUE),
     M(K, "Senin (14/12/2014)", D, "start", "2014-12-14", planted=True),
     M(K, "Dua sandera", N, "hostages_dead", 2),
     M(K, "34", N, "age_johnson", 34, cls="age"),
     M(K, "38", N, "age_dawson", 38, cls="age"),
     M(K, "Empat orang", N, "injured", 4, TUE, src=POLICE),
     M(K, "17 orang", N, "hostages", 17, TUE),
     M(K, "sekitar 30 orang", N, "hostages", 30, MON, qual="approx"),
     M(K, "Enam sandera", N, "escaped_night", 6),
     M(K, "lima sandera", N, "escaped", 5, MON17),
     M(K, "Senin sore", D, "escape_day", "2014-12-15"),
     M(K, "50 tahun", N, "age_monis", 50, cls="age"),
     M(K, "Selasa pagi", D, "flowers", "2014-12-16"),

     M(T, "Minggu (22/2/2015)", D, "review", "2015-02-22"),
     M(T, "lebih dari 40 dakwaan", N, "charges", 40, qual="morethan"),
     M(T, "1996", D, "arrival", "1996"),
     M(T, "2004", D, "citizenship", "2004"),
     M(T, "18 orang", N, "hostages", 18, FEB),
     M(T, "sekitar 17 jam", N, "hours", 17, qual="approx", cls="dur"),
     M(T, "15 Desember 2014", D, "start", "2014-12-15"),
     M(T, "Dua sandera", N, "hostages_dead", 2),
     M(T, "empat orang", N, "injured", 4, FEB, src=POLICE),
     M(T, "enam korban luka", N, "injured", 6, FEB, src=AMB),

     M(S, "December 2014", D, "siege_month", "2014-12"),
     M(S, "Wednesday", D, "findings", "2017-05-24"),
     M(S, "45 recommendations", N, "recs", 45),
     M(S, "43", N, "age_johnson", 43, cls="age", planted=True),
     M(S, "Dec. 16", D, "end", "2014-12-16"),
     M(S, "38", N, "age_dawson", 38, cls="age"),
     M(S, "18 people", N, "hostages", 18, MAY),
     M(S, "about 17 hours", N, "hours", 17, qual="approx", cls="dur"),
     M(S, "Six hostages", N, "escaped_night", 6),
     M(S, "Dec. 15", D, "start", "2014-12-15"),
    ]
    build("lindt-siege-2014", "The Lindt cafe siege in Martin Place, Sydney (Monday 15 to Tuesday 16 December 2014): "
          "about 30 people thought to be inside on Monday, three hostages out before 15:40 and five by 17:00; 17 "
          "hostages by the police's count on Tuesday, 18 in the joint review of Sunday 22 February 2015 and at the "
          "coroner's findings of Wednesday 24 May 2017; two hostages killed (Tori Johnson, 34, and Katrina Dawson, 38) "
          "and the gunman, four injured by the police's count against six by the ambulance service's; six hostages "
          "escaping at about 2 a.m.; about 17 hours; the coroner's 45 recommendations", False, ms, names)


def jobkeeper():
    R, K, T, G = "reuters-mar30", "kompas-mar31", "antara-apr01", "guardian-apr02"
    names = {
     "subsidy": "the payment per worker per fortnight (A$)", "cost": "the scheme's cost (A$ billion)",
     "months": "months the scheme runs", "workers": "workers expected to be covered",
     "turnover_cap": "turnover dividing small and large businesses (A$ billion)",
     "drop_small": "revenue fall required of smaller businesses (%)", "drop_large": "revenue fall required of larger "
     "businesses (%)", "median_share": "the payment as a share of the median wage (%)",
     "casual_months": "months a casual must have worked for the employer", "total": "total support for the economy "
     "(A$ billion)", "gdp_share": "total support as a share of GDP (%)", "casuals_out": "casual workers left out",
     # dates
     "announce": "day of the announcement", "backdate": "day the payment is backdated to",
     "payroll": "day a worker must have been employed", "first_pay": "month of the first payments",
     "parliament": "day parliament sits to pass the bill",
    }
    ms = [
     M(R, "A$1,500", N, "subsidy", 1500, cls="aud"),
     M(R, "Monday", D, "announce", "2020-03-30"),
     M(R, "A$130 billion", N, "cost", 130, cls="bn"),
     M(R, "six months", N, "months", 6, cls="dur"),
     M(R, "about 6 million workers", N, "workers", 6000000, qual="approx"),
     M(R, "A$1 billion", N, "turnover_cap", 1, cls="bn"),
     M(R, "30 percent", N, "drop_small", 30, cls="pct"),
     M(R, "50 percent", N, "drop_large", 50, cls="pct"),
     M(R, "about 70 percent", N, "median_share", 70, qual="approx", cls="pct"),
     M(R, "May", D, "first_pay", "2020-05"),
     M(R, "March 30", D, "backdate", "2020-03-30"),
     M(R, "March 1", D, "payroll", "2020-03-01"),
     M(R, "12 months", N, "casual_months", 12, cls="dur"),
     M(R, "A$320 billion", N, "total", 320, cls="bn"),
     M(R, "16.4 percent", N, "gdp_share", 16.4, cls="pct"),
     M(R, "April 8", D, "parliament", "2020-04-08"),

     M(K, "Senin (30/3/2020)", D, "announce", "2020-03-30"),
     M(K, "130 miliar dolar Australia", N, "cost", 130, cls="bn"),
     M(K, "1.500 dolar Australia", N, "subsidy", 1500, cls="aud"),
     M(K, "enam bulan", N, "months", 6, cls="dur"),
     M(K, "sekitar 6 juta pekerja", N, "workers", 6000000, qual="approx"),
     M(K, "1 miliar dolar Australia", N, "turnover_cap", 1, cls="bn"),
     M(K, "30 persen", N, "drop_small", 30, cls="pct"),
     M(K, "50 persen", N, "drop_large", 50, cls="pct"),
     M(K, "sekitar 70 persen", N, "median_share", 70, qual="approx", cls="pct"),
     M(K, "30 Maret 2020", D, "backdate", "2020-03-30"),
     M(K, "Mei", D, "first_pay", "2020-05"),
     M(K, "12 bulan", N, "casual_months", 12, cls="dur"),
     M(K, "320 miliar dolar Australia", N, "total", 320, cls="bn"),
     M(K, "16,4 persen", N, "gdp_share", 16.4, cls="pct"),
     M(K, "Rabu (8/4/2020)", D, "parliament", "2020-04-08"),

     M(T, "Sekitar enam juta pekerja", N, "workers", 6000000, qual="approx"),
     M(T, "130 miliar dolar Australia", N, "cost", 130, cls="bn"),
     M(T, "Senin (30/3)", D, "announce", "2020-03-30"),
     M(T, "1.500 dolar Australia", N, "subsidy", 1500, cls="aud"),
     M(T, "enam bulan", N, "months", 6, cls="dur"),
     M(T, "1 miliar dolar Australia", N, "turnover_cap", 1, cls="bn"),
     M(T, "30 persen", N, "drop_small", 30, cls="pct"),
     M(T, "50 persen", N, "drop_large", 50, cls="pct"),
     M(T, "1 Maret 2020", D, "payroll", "2020-03-01"),
     M(T, "Mei", D, "first_pay", "2020-05"),
     M(T, "30 Maret", D, "backdate", "2020-03-30"),
     M(T, "kira-kira 70 persen", N, "median_share", 70, qual="approx", cls="pct"),
     M(T, "320 miliar dolar Australia", N, "total", 320, cls="bn"),
     M(T, "16,4 persen", N, "gdp_share", 16.4, cls="pct"),
     M(T, "8 April", D, "parliament", "2020-04-08"),

     M(G, "A$130 billion", N, "cost", 130, cls="bn"),
     M(G, "Monday", D, "announce", "2020-03-30"),
     M(G, "A$1,500", N, "subsidy", 1500, cls="aud"),
     M(G, "Around 6 million workers", N, "workers", 6000000, qual="approx"),
     M(G, "six months", N, "months", 6, cls="dur"),
     M(G, "30 per cent", N, "drop_small", 30, cls="pct"),
     M(G, "50 per cent", N, "drop_large", 50, cls="pct"),
     M(G, "A$1 billion", N, "turnover_cap", 1, cls="bn"),
     M(G, "May", D, "first_pay", "2020-05"),
     M(G, "March 30", D, "backdate", "2020-03-30"),
     M(G, "March 1", D, "payroll", "2020-03-01"),
     M(G, "12 months", N, "casual_months", 12, cls="dur"),
     M(G, "about a million people", N, "casuals_out", 1000000, qual="approx"),
     M(G, "about 70 per cent", N, "median_share", 70, qual="approx", cls="pct"),
     M(G, "A$320 billion", N, "total", 320, cls="bn"),
     M(G, "16.4 per cent", N, "gdp_share", 16.4, cls="pct"),
     M(G, "April 8", D, "parliament", "2020-04-08"),
    ]
    build("jobkeeper-2020", "Australia's JobKeeper wage subsidy announced on Monday 30 March 2020 (control): A$1,500 "
          "a fortnight per worker for six months, A$130 billion, about 6 million workers; businesses under A$1 billion "
          "of turnover qualifying with a 30% fall in revenue, larger ones with 50%; about 70% of the median wage; "
          "backdated to 30 March, first payments in the first week of May, workers on the books on 1 March, casuals "
          "after 12 months; total support of A$320 billion, 16.4% of GDP; parliament to sit on 8 April 2020. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    hung_parliament()
    lindt_siege()
    jobkeeper()
