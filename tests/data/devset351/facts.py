"""The three-hundred-and-fifty-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset351/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def murrah():
    R, K, P, A = "reuters-apr20", "kompas-apr24", "republika-jun03", "ap-aug15"
    # as-of times of the running tallies: late on Wednesday 19 April 1995 (31 dead), Thursday 20 April (52 dead, at
    # least 12 children, about 200 missing, more than 400 injured by the fire department's count), Sunday 23 April
    # (78 dead, 15 children, about 150 missing, 526 injured by the state health department's count) and the final
    # count as it stood at the trial (168 dead, 19 children, more than 500 injured), which both 1997 reports state.
    # The dead, the children and the injured do not fall; the missing fall as bodies are found (not_conflict). The
    # fire department's and the health department's injured are two sources. The charges, the jurors, the building's
    # floors, McVeigh's age at the trial and the Waco fire do not change with the day of the report.
    WEDN, THU, SUN, FINAL = "1995-04-19b", "1995-04-20", "1995-04-23", "1997-06-02"
    FIRE, HEALTH = "the Oklahoma City fire department", "the Oklahoma health department"
    names = {
     "dead": "people killed by the bomb", "children": "children among the dead", "missing": "people unaccounted for",
     "injured": "people injured", "floors": "floors of the federal building", "age": "McVeigh's age at the trial",
     "men": "men on the jury", "women": "women on the jury", "charges": "counts McVeigh was convicted on",
     "murders": "counts for the murder of federal agents", "waco_years": "years between the Waco fire and the bombing",
     "minutes": "minutes from the blast to the arrest",
     # dates
     "bombing": "day of the bombing", "count_wed": "day of the first count (Wednesday night)",
     "count_thu": "day of the count of 52", "count_sun": "day of the count of 78", "memorial": "day of the prayer service",
     "charged": "day McVeigh was charged with the bombing", "waco": "day of the Waco fire",
     "conviction": "day of the verdict", "trial_open": "day the trial opened", "recommend": "day the jury recommended death",
     "sentence": "day of the formal sentence", "demolished": "day the building was demolished",
    }
    ms = [
     M(R, "52", N, "dead", 52, THU),
     M(R, "Thursday", D, "count_thu", "1995-04-20"),
     M(R, "at least 12", N, "children", 12, THU, qual="atleast"),
     M(R, "about 200 people", N, "missing", 200, THU, qual="approx", fall=True),
     M(R, "Wednesday", D, "bombing", "1995-04-19"),
     M(R, "nine-story", N, "floors", 9, cls="floors"),
     M(R, "Wednesday night", D, "count_wed", "1995-04-19"),
     M(R, "31", N, "dead", 31, WEDN),
     M(R, "more than 400 people", N, "injured", 400, THU, qual="morethan", src=FIRE),
     M(R, "two years", N, "waco_years", 2, cls="dur"),
     M(R, "April 19, 1993", D, "waco", "1993-04-19"),

     M(K, "78 orang", N, "dead", 78, SUN),
     M(K, "Minggu (23/4/1995)", D, "count_sun", "1995-04-23"),
     M(K, "15 anak", N, "children", 15, SUN),
     M(K, "sekitar 150 orang", N, "missing", 150, SUN, qual="approx", fall=True),
     M(K, "sembilan lantai", N, "floors", 9, cls="floors"),
     M(K, "Rabu (19/4/1995)", D, "bombing", "1995-04-19"),
     M(K, "526 korban luka", N, "injured", 526, SUN, src=HEALTH),
     M(K, "Minggu siang", D, "memorial", "1995-04-23"),
     M(K, "90 menit", N, "minutes", 90, cls="dur"),
     M(K, "Jumat (21/4/1995)", D, "charged", "1995-04-21"),
     M(K, "dua tahun", N, "waco_years", 2, cls="dur"),
     M(K, "19 April 1993", D, "waco", "1993-04-19"),

     M(P, "Senin (2/6/1997)", D, "conviction", "1997-06-02"),
     M(P, "186 orang", N, "dead", 186, FINAL, planted=True),
     M(P, "tujuh pria", N, "men", 7, cls="jurors"),
     M(P, "lima perempuan", N, "women", 5, cls="jurors"),
     M(P, "29 tahun", N, "age", 29, cls="age"),
     M(P, "11 dakwaan", N, "charges", 11, cls="charges"),
     M(P, "Delapan dakwaan", N, "murders", 8, cls="charges"),
     M(P, "19 April 1995", D, "bombing", "1995-04-19"),
     M(P, "19 anak", N, "children", 19, FINAL),
     M(P, "lebih dari 500 orang", N, "injured", 500, FINAL, qual="morethan"),
     M(P, "dua tahun", N, "waco_years", 2, cls="dur"),
     M(P, "24 April 1997", D, "trial_open", "1997-04-24"),

     M(A, "Thursday", D, "sentence", "1997-08-14"),
     M(A, "168 people", N, "dead", 168, FINAL),
     M(A, "June 13", D, "recommend", "1997-06-13"),
     M(A, "seven men", N, "men", 7, cls="jurors"),
     M(A, "five women", N, "women", 5, cls="jurors"),
     M(A, "29-year-old", N, "age", 29, cls="age"),
     M(A, "June 3", D, "conviction", "1997-06-03", planted=True),
     M(A, "all 11 counts", N, "charges", 11, cls="charges"),
     M(A, "Eight", N, "murders", 8, cls="charges"),
     M(A, "April 19, 1995", D, "bombing", "1995-04-19"),
     M(A, "19 children", N, "children", 19, FINAL),
     M(A, "more than 500 people", N, "injured", 500, FINAL, qual="morethan"),
     M(A, "May 23, 1995", D, "demolished", "1995-05-23"),
     M(A, "April 19, 1993", D, "waco", "1993-04-19"),
    ]
    build("murrah-bombing-1995", "The truck bomb at the Alfred P. Murrah Federal Building in Oklahoma City (Wednesday "
          "19 April 1995): a toll rising from 31 late on Wednesday to 52 on Thursday 20 April and 78 by Sunday 23 April, "
          "168 in the final count (19 children); the missing falling (about 200 -> about 150); the injured counted by "
          "the city fire department (more than 400) and by the state health department (526) as two sources, more "
          "than 500 at the trial; McVeigh charged on Friday 21 April; the verdict on all 11 counts on Monday 2 June "
          "1997, the jury's recommendation of death on 13 June and the formal sentence on Thursday 14 August 1997; the "
          "Waco fire of 19 April 1993 as another event", False, ms, names)


def recount():
    R, K, P, A = "reuters-nov09", "kompas-nov19", "republika-nov28", "ap-dec14"
    # Bush's lead in Florida is one tally at several as-of times: 1,784 after the first count (Wednesday 8 November
    # 2000), 327 after the machine recount by the AP's tally (Friday 10 November) against 300 by the state's
    # (announced Tuesday 14 November) -- two sources --, 930 once the overseas ballots were counted (Saturday 18
    # November) and 537 as certified (Sunday 26 November). Lower later is a revision, higher an update. Each
    # candidate's statewide votes rise from the first count to the certified one. Court votes, electoral votes,
    # Buchanan's and Nader's votes and dates of different steps do not change with the day of the report.
    NOV8, NOV10, NOV14, NOV18, CERT = "2000-11-08", "2000-11-10", "2000-11-14", "2000-11-18", "2000-11-26"
    AP, STATE = "The Associated Press", "the Florida Division of Elections"
    names = {
     "lead": "Bush's lead in Florida (votes)", "bush_total": "Bush's votes in Florida", "gore_total": "Gore's votes in Florida",
     "ballots": "ballots cast in Florida", "counties": "Florida's counties", "manual_counties": "counties asked to count by hand",
     "threshold": "margin that triggers a recount (%)", "ev_fl": "Florida's electoral votes", "ev_needed": "electoral votes needed",
     "ev_bush": "Bush's electoral votes", "ev_gore": "Gore's electoral votes", "buchanan": "Buchanan's votes in Palm Beach",
     "nader": "Nader's votes in Florida", "fl1_yes": "Florida justices for the deadline extension",
     "fl1_no": "Florida justices against the deadline extension", "fl2_yes": "Florida justices for the statewide recount",
     "fl2_no": "Florida justices against the statewide recount", "us_yes": "U.S. justices in the majority (Dec. 12)",
     "us_no": "U.S. justices in dissent (Dec. 12)", "stay_yes": "U.S. justices for the stay", "stay_no": "U.S. justices against the stay",
     "days": "days of legal battles",
     # dates
     "election": "election day", "recount_start": "day the machine recount ran", "count_day": "day the first count was complete",
     "calls": "evening the networks called the state", "concede1": "day of Gore's withdrawn concession",
     "state_recount": "day the state announced the recount result", "count930": "day of the lead of 930",
     "overseas_deadline": "deadline for overseas ballots", "fl_order": "day the Florida court barred certification",
     "hearing": "day of the Florida court's hearing", "cert": "day of the certification", "miami_halt": "day Miami-Dade stopped",
     "fl_ruling1": "day of the Florida court's deadline ruling", "cert_deadline": "the certification deadline",
     "contest": "day Gore filed his contest", "us_args": "day of the first U.S. Supreme Court hearing",
     "concede2": "day of Gore's concession", "us_ruling": "day of the U.S. Supreme Court's ruling",
     "fl_ruling2": "day of the Florida court's recount order", "stay": "day of the stay", "electors": "day the electors vote",
    }
    ms = [
     M(R, "nearly 6 million ballots", N, "ballots", 6e6, qual="nearly", cls="votes"),
     M(R, "Thursday", D, "recount_start", "2000-11-09"),
     M(R, "Tuesday", D, "election", "2000-11-07"),
     M(R, "1,784 votes", N, "lead", 1784, NOV8, cls="votes"),
     M(R, "67 counties", N, "counties", 67),
     M(R, "Wednesday", D, "count_day", "2000-11-08"),
     M(R, "2,909,135 votes", N, "bush_total", 2909135, NOV8, cls="votes"),
     M(R, "2,907,351", N, "gore_total", 2907351, NOV8, cls="votes"),
     M(R, "0.5 percent", N, "threshold", 0.5, cls="pct"),
     M(R, "25 electoral votes", N, "ev_fl", 25, cls="ev"),
     M(R, "270", N, "ev_needed", 270, cls="ev"),
     M(R, "Tuesday evening", D, "calls", "2000-11-07"),
     M(R, "Wednesday", D, "concede1", "2000-11-08", occ=2),
     M(R, "3,407 votes", N, "buchanan", 3407, cls="votes"),
     M(R, "about 97,000 votes", N, "nader", 97000, qual="approx", cls="votes"),

     M(K, "930 suara", N, "lead", 930, NOV18, cls="votes"),
     M(K, "Sabtu (18/11/2000)", D, "count930", "2000-11-18"),
     M(K, "Selasa (14/11/2000)", D, "state_recount", "2000-11-14"),
     M(K, "300 suara", N, "lead", 300, NOV14, src=STATE, cls="votes"),
     M(K, "hampir 6 juta suara", N, "ballots", 6e6, qual="nearly", cls="votes"),
     M(K, "Jumat tengah malam", D, "overseas_deadline", "2000-11-17"),
     M(K, "Jumat (17/11/2000)", D, "fl_order", "2000-11-17"),
     M(K, "Senin (20/11/2000)", D, "hearing", "2000-11-20"),
     M(K, "empat county", N, "manual_counties", 4),
     M(K, "Rabu (8/11/2000)", D, "election", "2000-11-08", planted=True),
     M(K, "25 suara elektoral", N, "ev_fl", 25, cls="ev"),

     M(P, "Minggu (26/11/2000)", D, "cert", "2000-11-26"),
     M(P, "573 suara", N, "lead", 573, CERT, cls="votes", planted=True),
     M(P, "2.912.790 suara", N, "bush_total", 2912790, CERT, cls="votes"),
     M(P, "2.912.253 suara", N, "gore_total", 2912253, CERT, cls="votes"),
     M(P, "930 suara", N, "lead", 930, NOV18, cls="votes"),
     M(P, "Rabu (22/11/2000)", D, "miami_halt", "2000-11-22"),
     M(P, "Selasa (21/11/2000)", D, "fl_ruling1", "2000-11-21"),
     M(P, "7-0", N, "fl1_yes", 7, cls="court", also={"fl1_no": 0}),
     M(P, "Minggu sore", D, "cert_deadline", "2000-11-26"),
     M(P, "Senin (27/11/2000)", D, "contest", "2000-11-27"),
     M(P, "Jumat (1/12/2000)", D, "us_args", "2000-12-01"),
     M(P, "97.488 suara", N, "nader", 97488, cls="votes"),

     M(A, "Wednesday night", D, "concede2", "2000-12-13"),
     M(A, "5-4", N, "us_yes", 5, cls="court", also={"us_no": 4}),
     M(A, "Tuesday", D, "us_ruling", "2000-12-12"),
     M(A, "537 votes", N, "lead", 537, CERT, cls="votes"),
     M(A, "4-3", N, "fl2_yes", 4, cls="court", also={"fl2_no": 3}),
     M(A, "Dec. 8", D, "fl_ruling2", "2000-12-08"),
     M(A, "Saturday, Dec. 9", D, "stay", "2000-12-09"),
     M(A, "5-4", N, "stay_yes", 5, cls="court", occ=2, also={"stay_no": 4}),
     M(A, "1,784 votes", N, "lead", 1784, NOV8, cls="votes"),
     M(A, "327", N, "lead", 327, NOV10, src=AP, cls="votes"),
     M(A, "930", N, "lead", 930, NOV18, cls="votes"),
     M(A, "Nov. 26", D, "cert", "2000-11-26"),
     M(A, "25 electoral votes", N, "ev_fl", 25, cls="ev"),
     M(A, "271", N, "ev_bush", 271, cls="ev"),
     M(A, "267", N, "ev_gore", 267, cls="ev"),
     M(A, "270", N, "ev_needed", 270, cls="ev"),
     M(A, "36 days", N, "days", 36, cls="dur"),
     M(A, "Nov. 7", D, "election", "2000-11-07"),
     M(A, "Monday, Dec. 18", D, "electors", "2000-12-18"),
    ]
    build("florida-recount-2000", "The Florida recount of the presidential election of Tuesday 7 November 2000: Bush's "
          "lead of 1,784 votes after the first count (Wednesday 8 November) cut by the machine recount to 327 by the "
          "AP's tally and 300 by the state's (announced 14 November; two sources), raised to 930 by the overseas "
          "ballots (Saturday 18 November) and certified at 537 on Sunday 26 November (2,912,790 to 2,912,253); the "
          "Florida Supreme Court's rulings of 17 November, 21 November (7-0) and 8 December (4-3); the U.S. Supreme "
          "Court's stay of Saturday 9 December and ruling of Tuesday 12 December (5-4 each); Gore's concession on "
          "Wednesday 13 December; 25 electoral votes, 271 to 267", False, ms, names)


def ipo():
    R, K, T, A = "reuters-may17", "kompas-may18", "antara-may19", "ap-may20"
    names = {
     "price": "the offering price per share (US$)", "open": "the first-day opening price (US$)",
     "close": "the first-day closing price (US$)", "gain": "the first-day gain (cents)", "shares": "shares sold in all",
     "co_shares": "shares sold by the company", "old_shares": "shares sold by existing holders",
     "volume": "shares traded on the first day", "raised": "money raised (US$ billion)", "value": "valuation (US$ billion)",
     "co_money": "money the company receives (US$ billion)", "visa": "Visa's offering (US$ billion)",
     "gm": "General Motors' offering (US$ billion)", "revenue": "revenue last year (US$ billion)",
     "income": "net income last year (US$ billion)", "users": "monthly active users", "enlarged": "rise in the offering's size (%)",
     "age": "Zuckerberg's age",
     # dates
     "pricing": "day the price was set", "trading": "first day of trading", "visa_year": "year of Visa's offering",
     "gm_year": "year of General Motors' offering", "users_date": "date of the user count", "birthday": "Zuckerberg's birthday",
     "wedding": "day of the wedding",
    }
    ms = [
     M(R, "$38 a share", N, "price", 38, cls="pershare"),
     M(R, "Thursday", D, "pricing", "2012-05-17"),
     M(R, "$16 billion", N, "raised", 16, cls="bn"),
     M(R, "$104 billion", N, "value", 104, cls="bn"),
     M(R, "421.2 million shares", N, "shares", 421.2e6, cls="shares"),
     M(R, "25 percent", N, "enlarged", 25, cls="pct"),
     M(R, "180 million shares", N, "co_shares", 180e6, cls="shares"),
     M(R, "about $6.8 billion", N, "co_money", 6.8, qual="approx", cls="bn"),
     M(R, "241.2 million", N, "old_shares", 241.2e6, cls="shares"),
     M(R, "Friday", D, "trading", "2012-05-18"),
     M(R, "$17.9 billion", N, "visa", 17.9, cls="bn"),
     M(R, "2008", D, "visa_year", "2008"),
     M(R, "$20.1 billion", N, "gm", 20.1, cls="bn"),
     M(R, "2010", D, "gm_year", "2010"),
     M(R, "901 million", N, "users", 901e6, cls="users"),
     M(R, "March", D, "users_date", "2012-03"),
     M(R, "$1 billion", N, "income", 1, cls="bn"),
     M(R, "$3.71 billion", N, "revenue", 3.71, cls="bn"),
     M(R, "28", N, "age", 28, cls="age"),
     M(R, "Monday", D, "birthday", "2012-05-14"),

     M(K, "38 dolar AS per saham", N, "price", 38, cls="pershare"),
     M(K, "Kamis (17/5/2012)", D, "pricing", "2012-05-17"),
     M(K, "421,2 juta saham", N, "shares", 421.2e6, cls="shares"),
     M(K, "16 miliar dolar AS", N, "raised", 16, cls="bn"),
     M(K, "104 miliar dolar AS", N, "value", 104, cls="bn"),
     M(K, "180 juta saham", N, "co_shares", 180e6, cls="shares"),
     M(K, "241,2 juta saham", N, "old_shares", 241.2e6, cls="shares"),
     M(K, "sekitar 6,8 miliar dolar AS", N, "co_money", 6.8, qual="approx", cls="bn"),
     M(K, "Jumat (18/5/2012)", D, "trading", "2012-05-18"),
     M(K, "17,9 miliar dolar AS", N, "visa", 17.9, cls="bn"),
     M(K, "2008", D, "visa_year", "2008"),
     M(K, "20,1 miliar dolar AS", N, "gm", 20.1, cls="bn"),
     M(K, "2010", D, "gm_year", "2010"),
     M(K, "31 Maret 2012", D, "users_date", "2012-03-31"),
     M(K, "901 juta pengguna", N, "users", 901e6, cls="users"),
     M(K, "3,71 miliar dolar AS", N, "revenue", 3.71, cls="bn"),
     M(K, "1 miliar dolar AS", N, "income", 1, cls="bn"),
     M(K, "28 tahun", N, "age", 28, cls="age"),
     M(K, "Senin (14/5/2012)", D, "birthday", "2012-05-14"),

     M(T, "38,23 dolar AS", N, "close", 38.23, cls="pershare"),
     M(T, "Jumat (18/5/2012)", D, "trading", "2012-05-18"),
     M(T, "23 sen", N, "gain", 23, cls="cents"),
     M(T, "38 dolar AS", N, "price", 38, cls="pershare"),
     M(T, "42,05 dolar AS", N, "open", 42.05, cls="pershare"),
     M(T, "421,2 juta saham", N, "shares", 421.2e6, cls="shares"),
     M(T, "16 miliar dolar AS", N, "raised", 16, cls="bn"),
     M(T, "104 miliar dolar AS", N, "value", 104, cls="bn"),
     M(T, "Lebih dari 500 juta saham", N, "volume", 500e6, qual="morethan", cls="shares"),
     M(T, "Kamis (17/5/2012)", D, "pricing", "2012-05-17"),
     M(T, "901 juta pengguna", N, "users", 901e6, cls="users"),
     M(T, "28 tahun", N, "age", 28, cls="age"),

     M(A, "Saturday", D, "wedding", "2012-05-19"),
     M(A, "28-year-old", N, "age", 28, cls="age"),
     M(A, "Friday", D, "trading", "2012-05-18"),
     M(A, "421.2 million shares", N, "shares", 421.2e6, cls="shares"),
     M(A, "$38 each", N, "price", 38, cls="pershare"),
     M(A, "Thursday", D, "pricing", "2012-05-17"),
     M(A, "$16 billion", N, "raised", 16, cls="bn"),
     M(A, "$104 billion", N, "value", 104, cls="bn"),
     M(A, "$42.05", N, "open", 42.05, cls="pershare"),
     M(A, "$38.23", N, "close", 38.23, cls="pershare"),
     M(A, "23 cents", N, "gain", 23, cls="cents"),
     M(A, "More than 500 million shares", N, "volume", 500e6, qual="morethan", cls="shares"),
     M(A, "About 180 million", N, "co_shares", 180e6, qual="approx", cls="shares"),
     M(A, "roughly $6.8 billion", N, "co_money", 6.8, qual="approx", cls="bn"),
     M(A, "901 million", N, "users", 901e6, cls="users"),
     M(A, "March", D, "users_date", "2012-03"),
    ]
    build("facebook-ipo-2012", "Facebook's initial public offering (control): priced on Thursday 17 May 2012 at US$38 "
          "a share, 421.2 million shares (180 million by the company, worth about US$6.8 billion, 241.2 million by "
          "existing holders), US$16 billion raised, a valuation of US$104 billion; trading from Friday 18 May on the "
          "Nasdaq (opened at US$42.05, closed at US$38.23, up 23 cents, more than 500 million shares traded); Visa's "
          "US$17.9 billion (2008) and General Motors' US$20.1 billion (2010); 901 million monthly users at 31 March "
          "2012, US$3.71 billion revenue and US$1 billion profit in 2011; Zuckerberg 28 since Monday 14 May, married "
          "on Saturday 19 May. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    murrah()
    recount()
    ipo()
