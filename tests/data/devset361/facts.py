"""The three-hundred-and-sixty-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset361/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def usbangla():
    R, K, A, J = "reuters-mar12", "kompas-mar14", "antara-mar20", "reuters-jan28"
    # as-of times of the running tallies: the night of the crash, Monday 12 March 2018 (the police's 49 dead and 22
    # survivors against the Nepal army's 50 dead: sources), Tuesday 13 March (49 dead with no source named: lower
    # than the army's 50, a revision), the final report of Sunday 27 January 2019 (51 dead, 20 survivors after two of
    # the injured died). The survivors may fall (the injured died); the dead do not. The people on board, the
    # passengers, the crew, the nationalities and the 1992 crash do not change with the day of the report.
    MONN, TUE, REPORT = "2018-03-12b", "2018-03-13", "2019-01-27"
    POLICE, ARMY = "Nepal Police", "the Nepal Army"
    names = {
     "dead": "people killed in the crash", "survivors": "people who survived the crash",
     "aboard": "people on board", "passengers": "passengers on board", "crew": "crew members on board",
     "nepali": "Nepali passengers", "bangladeshi": "Bangladeshi passengers", "bodies_home": "bodies flown to Dhaka",
     "died_later": "injured who died after the first count", "age": "the captain's age",
     "dead1992": "dead in the 1992 crash near the capital",
     # dates
     "crash": "day of the crash", "count_tue": "day of the count of 49", "army_count": "night of the army's count",
     "mourning": "Bangladesh's day of national mourning", "repatriation": "day the bodies reached Dhaka",
     "report": "day the final report was released", "leak": "month the draft report leaked",
     "crash1992": "month of the 1992 crash",
    }
    ms = [
     M(R, "Monday", D, "crash", "2018-03-12"),
     M(R, "49 people", N, "dead", 49, MONN, src=POLICE),
     M(R, "71 people", N, "aboard", 71),
     M(R, "67 passengers", N, "passengers", 67),
     M(R, "four crew members", N, "crew", 4),
     M(R, "22 survivors", N, "survivors", 22, MONN, src=POLICE, fall=True),
     M(R, "50 dead", N, "dead", 50, MONN, src=ARMY),
     M(R, "33 were Nepali", N, "nepali", 33),
     M(R, "32 Bangladeshi", N, "bangladeshi", 32),
     M(R, "September 1992", D, "crash1992", "1992-09"),
     M(R, "167 people", N, "dead1992", 167),

     M(K, "49 orang", N, "dead", 49, TUE),
     M(K, "Selasa (13/3/2018)", D, "count_tue", "2018-03-13"),
     M(K, "22 penumpang selamat", N, "survivors", 22, TUE, fall=True),
     M(K, "50 korban", N, "dead", 50, MONN, src=ARMY),
     M(K, "Senin malam", D, "army_count", "2018-03-12"),
     M(K, "Minggu (11/3/2018)", D, "crash", "2018-03-11", planted=True),
     M(K, "71 orang", N, "aboard", 71),
     M(K, "67 penumpang", N, "passengers", 67),
     M(K, "33 orang warga setempat", N, "nepali", 33),
     M(K, "32 orang warga Bangladesh", N, "bangladeshi", 32),
     M(K, "empat awak", N, "crew", 4),
     M(K, "Kamis (15/3/2018)", D, "mourning", "2018-03-15"),

     M(A, "23 warga Bangladesh", N, "bodies_home", 23),
     M(A, "Senin (19/3/2018)", D, "repatriation", "2018-03-19"),
     M(A, "Senin (12/3/2018)", D, "crash", "2018-03-12"),
     M(A, "menewaskan 49", N, "dead", 49, TUE),
     M(A, "71 orang", N, "aboard", 71),
     M(A, "Selasa pekan lalu", D, "count_tue", "2018-03-13"),
     M(A, "22 penumpang yang selamat", N, "survivors", 22, TUE, fall=True),
     M(A, "Kamis (15/3/2018)", D, "mourning", "2018-03-15"),

     M(J, "Sunday", D, "report", "2019-01-27"),
     M(J, "March 12, 2018", D, "crash", "2018-03-12"),
     M(J, "killed 51", N, "dead", 51, REPORT),
     M(J, "74 people", N, "aboard", 74, planted=True),
     M(J, "Two of the injured", N, "died_later", 2),
     M(J, "49 dead", N, "dead", 49, TUE),
     M(J, "20 people", N, "survivors", 20, REPORT, fall=True),
     M(J, "52", N, "age", 52, cls="age"),
     M(J, "August 2018", D, "leak", "2018-08"),
     M(J, "September 1992", D, "crash1992", "1992-09"),
     M(J, "167 people", N, "dead1992", 167),
    ]
    build("usbangla-crash-2018", "The crash of US-Bangla Airlines flight 211 from Dhaka on landing at Kathmandu's "
          "Tribhuvan International Airport (Monday 12 March 2018), 71 on board (67 passengers, four crew): the "
          "police's 49 dead and 22 survivors against the Nepal army's 50 dead on the night of the crash, 49 dead on "
          "Tuesday 13 March, 51 dead and 20 survivors in the investigation commission's final report (Sunday 27 "
          "January 2019); Bangladesh's day of mourning (Thursday 15 March), 23 bodies flown to Dhaka (Monday 19 "
          "March); the 1992 crash near Kathmandu (167 dead) as another event", False, ms, names)


def school():
    P, K, T, R = "ap-dec16", "kompas-dec18", "tempo-jan07", "reuters-dec02"
    # as-of times of the toll: late afternoon of Tuesday 16 December 2014 (126), the night of that Tuesday (141:
    # 132 children and nine staff), Wednesday 17 December (141), 6 January 2015 and 2 December 2015 (141). The
    # wounded: the provincial health officials' 114 on Tuesday against the army's 125 on Wednesday (sources). The
    # attackers, the children and staff among the dead, the school's pupils, the siege's length and the votes do not
    # change with the day of the report.
    TUEPM, TUEN, WED, JAN6, DEC2 = "2014-12-16a", "2014-12-16b", "2014-12-17", "2015-01-06", "2015-12-02"
    HEALTH, ARMY = "provincial health officials", "the army"
    names = {
     "dead": "people killed in the school attack", "children": "children among the dead",
     "staff": "staff among the dead", "attackers": "attackers", "wounded": "people wounded",
     "siege": "hours the siege lasted", "pupils": "pupils of the school", "mourning_days": "days of national mourning",
     "court_years": "years the military courts may sit", "na_votes": "National Assembly votes for the amendment",
     "senate_votes": "Senate votes for the amendment", "weeks": "weeks between the attack and the amendment",
     "first_hanged": "convicts hanged first after the moratorium", "hanged_aps": "men hanged over the attack",
     "hanged_total": "people hanged since the moratorium was lifted",
     # dates
     "attack": "day of the attack", "count_wed": "day of the count of 141", "moratorium": "day the moratorium was lifted",
     "moratorium_since": "year the moratorium began", "offensive": "month the North Waziristan offensive began",
     "funerals": "day of the funerals", "amendment": "day parliament passed the amendment",
     "first_hangings": "day of the first hangings", "hangings": "day the four were hanged",
    }
    ms = [
     M(P, "Tuesday", D, "attack", "2014-12-16"),
     M(P, "126 dead", N, "dead", 126, TUEPM),
     M(P, "climbed to 141", N, "dead", 141, TUEN),
     M(P, "132 children", N, "children", 132),
     M(P, "nine members of staff", N, "staff", 9),
     M(P, "seven attackers", N, "attackers", 7),
     M(P, "about eight hours", N, "siege", 8, qual="approx", cls="dur"),
     M(P, "114 people", N, "wounded", 114, TUEPM, src=HEALTH),
     M(P, "about 1,100 pupils", N, "pupils", 1100, qual="approx"),
     M(P, "June", D, "offensive", "2014-06"),
     M(P, "three days", N, "mourning_days", 3, cls="dur"),

     M(K, "141 orang", N, "dead", 141, WED),
     M(K, "Rabu (17/12/2014)", D, "count_wed", "2014-12-17"),
     M(K, "123 murid", N, "children", 123, planted=True),
     M(K, "sembilan staf", N, "staff", 9),
     M(K, "Selasa (16/12/2014)", D, "attack", "2014-12-16"),
     M(K, "tujuh pria bersenjata", N, "attackers", 7),
     M(K, "125 orang terluka", N, "wounded", 125, WED, src=ARMY),
     M(K, "Pada Rabu", D, "moratorium", "2014-12-17"),
     M(K, "sejak 2008", D, "moratorium_since", "2008"),
     M(K, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(K, "sekitar delapan jam", N, "siege", 8, qual="approx", cls="dur"),
     M(K, "sekitar 1.100 murid", N, "pupils", 1100, qual="approx"),
     M(K, "sejak Juni", D, "offensive", "2014-06"),
     M(K, "sepanjang Rabu", D, "funerals", "2014-12-17"),

     M(T, "Selasa (6/1/2015)", D, "amendment", "2015-01-06"),
     M(T, "dua tahun", N, "court_years", 2, cls="dur"),
     M(T, "247 suara", N, "na_votes", 247, cls="votes"),
     M(T, "78 suara", N, "senate_votes", 78, cls="votes"),
     M(T, "tiga pekan", N, "weeks", 3, cls="dur"),
     M(T, "Selasa (16/12/2014)", D, "attack", "2014-12-16"),
     M(T, "141 orang", N, "dead", 141, JAN6),
     M(T, "132", N, "children", 132),
     M(T, "Dua terpidana pertama", N, "first_hanged", 2),
     M(T, "Jumat (19/12/2014)", D, "first_hangings", "2014-12-19"),

     M(R, "Wednesday", D, "hangings", "2015-12-02"),
     M(R, "four men", N, "hanged_aps", 4),
     M(R, "Dec. 17, 2014", D, "attack", "2014-12-17", planted=True),
     M(R, "141 people", N, "dead", 141, DEC2),
     M(R, "132", N, "children", 132),
     M(R, "seven gunmen", N, "attackers", 7),
     M(R, "January", D, "amendment", "2015-01"),
     M(R, "two years", N, "court_years", 2, cls="dur"),
     M(R, "more than 300 people", N, "hanged_total", 300, qual="morethan"),
     M(R, "December 2014", D, "moratorium", "2014-12"),
    ]
    build("aps-peshawar-2014", "The Taliban attack on the Army Public School in Peshawar (Tuesday 16 December 2014): "
          "126 dead by late afternoon, 141 by the night (132 children and nine staff) and since; seven attackers "
          "killed in a siege of about eight hours; 114 wounded by the provincial health officials' count against 125 "
          "by the army's; the moratorium on executions lifted on Wednesday 17 December, the first two hangings on "
          "Friday 19 December, the 21st amendment passed by both houses on Tuesday 6 January 2015 (247 and 78 votes), "
          "four men hanged over the attack on Wednesday 2 December 2015", False, ms, names)


def imf():
    R, A, P, K = "reuters-sep01", "antara-sep02", "ap-sep03", "kompas-sep04"
    names = {
     "loan": "the loan ($ billion)", "months": "months of the programme", "surplus": "primary surplus target (% of GDP)",
     "revenue": "revenue in 2021 (% of GDP)", "inflation": "inflation in August (%)", "debt": "foreign debt ($ billion)",
     # dates
     "deal_day": "day of the staff-level agreement", "target_year": "year of the surplus target",
     "revenue_year": "year of the revenue figure", "inflation_month": "month of the inflation figure",
     "default_day": "day payments were suspended", "independence": "year of independence",
     "fled": "month the former president fled",
    }
    ms = [
     M(R, "Thursday", D, "deal_day", "2022-09-01"),
     M(R, "about $2.9 billion", N, "loan", 2.9, qual="approx", cls="bn"),
     M(R, "48 months", N, "months", 48, cls="dur"),
     M(R, "2.3%", N, "surplus", 2.3, cls="pct"),
     M(R, "2024", D, "target_year", "2024"),
     M(R, "8.2%", N, "revenue", 8.2, cls="pct"),
     M(R, "2021", D, "revenue_year", "2021"),
     M(R, "64.3%", N, "inflation", 64.3, cls="pct"),
     M(R, "August", D, "inflation_month", "2022-08"),
     M(R, "April 12", D, "default_day", "2022-04-12"),
     M(R, "1948", D, "independence", "1948"),
     M(R, "about $51 billion", N, "debt", 51, qual="approx", cls="bn"),
     M(R, "July", D, "fled", "2022-07"),

     M(A, "Kamis (1/9/2022)", D, "deal_day", "2022-09-01"),
     M(A, "sekitar 2,9 miliar dolar AS", N, "loan", 2.9, qual="approx", cls="bn"),
     M(A, "48 bulan", N, "months", 48, cls="dur"),
     M(A, "2,3 persen", N, "surplus", 2.3, cls="pct"),
     M(A, "2024", D, "target_year", "2024"),
     M(A, "8,2 persen", N, "revenue", 8.2, cls="pct"),
     M(A, "2021", D, "revenue_year", "2021"),
     M(A, "64,3 persen", N, "inflation", 64.3, cls="pct"),
     M(A, "Agustus", D, "inflation_month", "2022-08"),
     M(A, "12 April 2022", D, "default_day", "2022-04-12"),
     M(A, "1948", D, "independence", "1948"),
     M(A, "sekitar 51 miliar dolar AS", N, "debt", 51, qual="approx", cls="bn"),

     M(P, "Thursday", D, "deal_day", "2022-09-01"),
     M(P, "some $2.9 billion", N, "loan", 2.9, qual="approx", cls="bn"),
     M(P, "48 months", N, "months", 48, cls="dur"),
     M(P, "2.3%", N, "surplus", 2.3, cls="pct"),
     M(P, "2024", D, "target_year", "2024"),
     M(P, "8.2%", N, "revenue", 8.2, cls="pct"),
     M(P, "2021", D, "revenue_year", "2021"),
     M(P, "64.3%", N, "inflation", 64.3, cls="pct"),
     M(P, "August", D, "inflation_month", "2022-08"),
     M(P, "April 12", D, "default_day", "2022-04-12"),
     M(P, "1948", D, "independence", "1948"),
     M(P, "about $51 billion", N, "debt", 51, qual="approx", cls="bn"),

     M(K, "Kamis (1/9/2022)", D, "deal_day", "2022-09-01"),
     M(K, "sekitar 2,9 miliar dolar AS", N, "loan", 2.9, qual="approx", cls="bn"),
     M(K, "48 bulan", N, "months", 48, cls="dur"),
     M(K, "2,3 persen", N, "surplus", 2.3, cls="pct"),
     M(K, "2024", D, "target_year", "2024"),
     M(K, "8,2 persen", N, "revenue", 8.2, cls="pct"),
     M(K, "2021", D, "revenue_year", "2021"),
     M(K, "64,3 persen", N, "inflation", 64.3, cls="pct"),
     M(K, "Agustus lalu", D, "inflation_month", "2022-08"),
     M(K, "12 April 2022", D, "default_day", "2022-04-12"),
     M(K, "sekitar 51 miliar dolar AS", N, "debt", 51, qual="approx", cls="bn"),
     M(K, "1948", D, "independence", "1948"),
    ]
    build("lanka-imf-deal-2022", "Sri Lanka's staff-level agreement with the IMF (Thursday 1 September 2022) "
          "(control): about $2.9 billion over 48 months under the Extended Fund Facility; a primary surplus of 2.3% "
          "of GDP by 2024; revenue of 8.2% of GDP in 2021; inflation of 64.3% in August; foreign debt payments "
          "suspended on 12 April 2022 with about $51 billion owed; independence in 1948. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    usbangla()
    school()
    imf()
