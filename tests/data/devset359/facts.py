"""The three-hundred-and-fifty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset359/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def armero():
    R, K, T, A = "reuters-nov14", "kompas-nov17", "antara-nov19", "ap-dec14"
    # as-of times of the running tallies: Thursday 14 November 1985 (civil defence: at least 1,000 dead), Friday 15
    # November (civil defence about 20,000; the Colombian Red Cross about 22,000: sources), Sunday 17 November (civil
    # defence more than 21,000), 14 December (the government's count, more than 23,000). The wounded (about 5,000) are
    # repeated on later days. The dead do not fall. Armero's population, the volcano's height, the girl's age and the
    # hours she was trapped do not change with the day of the report.
    THU, FRI, SAT, SUN, DEC = "1985-11-14", "1985-11-15", "1985-11-16", "1985-11-17", "1985-12-14"
    CD, RC = "Colombia's civil defence", "the Colombian Red Cross"
    names = {
     "dead": "people killed by the mudflows", "wounded": "people injured", "pop": "Armero's population",
     "height": "the volcano's height (m)", "age": "Omayra Sanchez's age", "trapped": "hours Omayra Sanchez was trapped",
     "sheltered": "survivors in tents and shelters",
     # dates
     "eruption": "day of the eruption", "count_thu": "day of the first count", "count_fri": "day of the count of about 20,000",
     "count_sun": "day of the count of more than 21,000", "statement_mon": "day civil defence gave the Sunday count",
     "omayra": "day Omayra Sanchez died", "rescue_start": "day rescuers began trying to free her",
     "warning": "month of the geologists' warning", "palace": "day guerrillas seized the Palace of Justice",
     "pelee": "year of Mount Pelee's eruption",
    }
    ms = [
     M(R, "at least 1,000 people", N, "dead", 1000, THU, qual="atleast", src=CD),
     M(R, "Thursday", D, "count_thu", "1985-11-14"),
     M(R, "Wednesday", D, "eruption", "1985-11-13"),
     M(R, "about 29,000 people", N, "pop", 29000, qual="approx"),
     M(R, "5,321-metre", N, "height", 5321, cls="m"),
     M(R, "October", D, "warning", "1985-10"),
     M(R, "Nov. 6", D, "palace", "1985-11-06"),

     M(K, "sekitar 20.000 orang", N, "dead", 20000, FRI, qual="approx", src=CD),
     M(K, "Jumat (15/11/1985)", D, "count_fri", "1985-11-15"),
     M(K, "sekitar 22.000 orang", N, "dead", 22000, FRI, qual="approx", src=RC),
     M(K, "Selasa (12/11/1985)", D, "eruption", "1985-11-12", planted=True),
     M(K, "sekitar 29.000 jiwa", N, "pop", 29000, qual="approx"),
     M(K, "Sekitar 5.000 orang", N, "wounded", 5000, SAT, qual="approx"),
     M(K, "13 tahun", N, "age", 13, cls="age"),
     M(K, "Sabtu (16/11/1985)", D, "omayra", "1985-11-16"),
     M(K, "sekitar 60 jam", N, "trapped", 60, qual="approx", cls="hours"),
     M(K, "Kamis", D, "rescue_start", "1985-11-14"),
     M(K, "5.321 meter", N, "height", 5321, cls="m"),

     M(T, "Senin (18/11/1985)", D, "statement_mon", "1985-11-18"),
     M(T, "lebih dari 21.000 orang", N, "dead", 21000, SUN, qual="morethan", src=CD),
     M(T, "Minggu malam", D, "count_sun", "1985-11-17"),
     M(T, "Rabu (13/11/1985)", D, "eruption", "1985-11-13"),
     M(T, "sekitar 5.000 orang", N, "wounded", 5000, SUN, qual="approx"),
     M(T, "13 tahun", N, "age", 13, cls="age"),
     M(T, "Sabtu (16/11/1985)", D, "omayra", "1985-11-16"),
     M(T, "sekitar 60 jam", N, "trapped", 60, qual="approx", cls="hours"),
     M(T, "Oktober", D, "warning", "1985-10"),

     M(A, "more than 23,000", N, "dead", 23000, DEC, qual="morethan", src=CD),
     M(A, "1902", D, "pelee", "1902"),
     M(A, "Nov. 13", D, "eruption", "1985-11-13"),
     M(A, "roughly 29,000 people", N, "pop", 29000, qual="approx"),
     M(A, "About 5,000 people", N, "wounded", 5000, DEC, qual="approx"),
     M(A, "13-year-old", N, "age", 13, cls="age"),
     M(A, "Nov. 17", D, "omayra", "1985-11-17", planted=True),
     M(A, "October", D, "warning", "1985-10"),
     M(A, "about 7,000 survivors", N, "sheltered", 7000, DEC, qual="approx"),
    ]
    build("armero-eruption-1985", "The eruption of the Nevado del Ruiz volcano in Colombia (Wednesday 13 November 1985) "
          "and the mudflows that buried Armero (about 29,000 inhabitants): civil defence's count of at least 1,000 dead "
          "on Thursday 14 November, about 20,000 on Friday 15 November (the Colombian Red Cross: about 22,000), more than "
          "21,000 by Sunday 17 November and more than 23,000 a month later; about 5,000 injured; Omayra Sanchez, 13, "
          "trapped about 60 hours, died on Saturday 16 November; the geologists' warning of October; the Palace of "
          "Justice seized on 6 November and Mount Pelee's eruption of 1902 as other events", False, ms, names)


def reform():
    R, K, T, A = "reuters-dec03", "kompas-dec04", "antara-dec10", "ap-feb16"
    # as-of times: the electoral council's first bulletin early on Monday 3 December 2007 (88% counted) and its final
    # count, recalled on 16 February 2009. A share falling from the first bulletin to the final count is a revision
    # (No on the first block 50.70% -> 50.65%, No on the second 51.05% -> 51.01%); rising, an update (Yes 49.29% ->
    # 49.34%, 48.94% -> 48.99%). Abstention, the vote counts and the articles of the package are the first bulletin's
    # or do not change.
    FIRST, FINAL = "2007-12-03", "2009-02-16"
    names = {
     "counted": "share of ballots counted at the first bulletin", "noA": "No on the first block (%)",
     "yesA": "Yes on the first block (%)", "noB": "No on the second block (%)", "yesB": "Yes on the second block (%)",
     "abst": "abstention (%)", "noA_votes": "No votes on the first block", "yesA_votes": "Yes votes on the first block",
     "noB_votes": "No votes on the second block", "yesB_votes": "Yes votes on the second block",
     "marginA": "margin on the first block (votes)", "articles": "articles the 2007 package would change",
     "amend_articles": "articles the 2009 amendment changes", "term_old": "the presidential term (years)",
     "term_new": "the proposed presidential term (years)", "workday_old": "the working day (hours)",
     "workday_new": "the proposed working day (hours)", "terms_limit": "consecutive terms allowed",
     "amend_yes": "Yes to the 2009 amendment (%)",
     # dates
     "vote": "day of the 2007 referendum", "announced": "day the first bulletin was read", "first_won": "year Chavez first won",
     "constitution": "year of the constitution", "assembly": "day the National Assembly approved the package",
     "statement": "day Chavez said he would not resubmit the package", "inaug": "month of Chavez's second inauguration",
     "term_end": "year the current term ends", "amend_vote": "day of the 2009 amendment vote",
     "took_office": "year Chavez took office", "next_run": "year of the next presidential election",
    }
    ms = [
     M(R, "Sunday", D, "vote", "2007-12-02"),
     M(R, "1998", D, "first_won", "1998"),
     M(R, "88 percent", N, "counted", 88, cls="pct"),
     M(R, "50.70 percent", N, "noA", 50.70, FIRST, cls="pct"),
     M(R, "49.29 percent", N, "yesA", 49.29, FIRST, cls="pct"),
     M(R, "51.05 percent", N, "noB", 51.05, FIRST, cls="pct"),
     M(R, "48.94 percent", N, "yesB", 48.94, FIRST, cls="pct"),
     M(R, "44.11 percent", N, "abst", 44.11, cls="pct"),
     M(R, "Monday", D, "announced", "2007-12-03"),
     M(R, "69 articles", N, "articles", 69, cls="articles"),
     M(R, "1999", D, "constitution", "1999"),
     M(R, "six", N, "term_old", 6, cls="years"),
     M(R, "seven years", N, "term_new", 7, cls="years"),
     M(R, "eight", N, "workday_old", 8, cls="hours"),
     M(R, "six hours", N, "workday_new", 6, cls="hours"),
     M(R, "Nov. 2", D, "assembly", "2007-11-02"),

     M(K, "Minggu (2/12/2007)", D, "vote", "2007-12-02"),
     M(K, "88 persen", N, "counted", 88, cls="pct"),
     M(K, "4.504.354", N, "noA_votes", 4504354, cls="votes"),
     M(K, "50,07 persen", N, "noA", 50.07, FIRST, cls="pct", planted=True),
     M(K, "4.379.392", N, "yesA_votes", 4379392, cls="votes"),
     M(K, "49,29 persen", N, "yesA", 49.29, FIRST, cls="pct"),
     M(K, "4.522.332", N, "noB_votes", 4522332, cls="votes"),
     M(K, "51,05 persen", N, "noB", 51.05, FIRST, cls="pct"),
     M(K, "4.335.136", N, "yesB_votes", 4335136, cls="votes"),
     M(K, "48,94 persen", N, "yesB", 48.94, FIRST, cls="pct"),
     M(K, "44,11 persen", N, "abst", 44.11, cls="pct"),
     M(K, "Senin (3/12/2007)", D, "announced", "2007-12-03"),
     M(K, "69 pasal", N, "articles", 69, cls="articles"),
     M(K, "enam", N, "term_old", 6, cls="years"),
     M(K, "tujuh tahun", N, "term_new", 7, cls="years"),
     M(K, "Jumat (2/11/2007)", D, "assembly", "2007-11-02"),
     M(K, "1998", D, "first_won", "1998"),

     M(T, "Minggu (9/12/2007)", D, "statement", "2007-12-09"),
     M(T, "Sabtu (1/12/2007)", D, "vote", "2007-12-01", planted=True),
     M(T, "49,29 persen", N, "yesA", 49.29, FIRST, cls="pct"),
     M(T, "50,70 persen", N, "noA", 50.70, FIRST, cls="pct"),
     M(T, "enam jam", N, "workday_new", 6, cls="hours"),
     M(T, "48,94 persen", N, "yesB", 48.94, FIRST, cls="pct"),
     M(T, "sekitar 125.000 suara", N, "marginA", 125000, qual="approx", cls="votes"),
     M(T, "Sekitar 44 persen", N, "abst", 44, qual="approx", cls="pct"),
     M(T, "enam tahun", N, "term_old", 6, cls="years"),
     M(T, "Januari 2007", D, "inaug", "2007-01"),
     M(T, "1999", D, "constitution", "1999"),
     M(T, "dua periode", N, "terms_limit", 2),
     M(T, "2013", D, "term_end", "2013"),
     M(T, "2 November", D, "assembly", "2007-11-02"),
     M(T, "69 pasal", N, "articles", 69, cls="articles"),

     M(A, "Sunday", D, "amend_vote", "2009-02-15"),
     M(A, "more than 54 percent", N, "amend_yes", 54, qual="morethan", cls="pct"),
     M(A, "69 changes", N, "articles", 69, cls="articles"),
     M(A, "50.65 percent", N, "noA", 50.65, FINAL, cls="pct"),
     M(A, "49.34 percent", N, "yesA", 49.34, FINAL, cls="pct"),
     M(A, "51.01 percent", N, "noB", 51.01, FINAL, cls="pct"),
     M(A, "48.99 percent", N, "yesB", 48.99, FINAL, cls="pct"),
     M(A, "Sunday", D, "amend_vote", "2009-02-15", occ=2),
     M(A, "five articles", N, "amend_articles", 5, cls="articles"),
     M(A, "1999", D, "took_office", "1999"),
     M(A, "2012", D, "next_run", "2012"),
     M(A, "six-year term", N, "term_old", 6, cls="years"),
     M(A, "2013", D, "term_end", "2013"),
    ]
    build("venezuela-reform-2007", "Venezuela's constitutional referendum of Sunday 2 December 2007 on Hugo Chavez's "
          "package of 69 changes (approved by the National Assembly on Friday 2 November 2007): the electoral council's "
          "first bulletin early on Monday 3 December with 88% counted (first block No 50.70%, 4,504,354 votes, Yes "
          "49.29%, 4,379,392; second block No 51.05%, 4,522,332, Yes 48.94%, 4,335,136; abstention 44.11%) and its final "
          "count as recalled in February 2009 (first block 50.65% against 49.34%, second 51.01% against 48.99%); the "
          "term-limit amendment approved on Sunday 15 February 2009 as another vote", False, ms, names)


def gas():
    R, K, A, T = "reuters-may02", "kompas-may03", "ap-may04", "antara-may05"
    names = {
     "decree_no": "the decree's number", "deadline": "days to sign new contracts", "threshold": "output of the largest "
     "fields (million cubic feet a day)", "state_share": "the state's share of the largest fields' output (%)",
     "co_share": "the companies' share (%)", "ypfb_share": "YPFB's stake in the privatized companies (%)",
     "installations": "installations occupied by troops", "reserves": "gas reserves (trillion cubic feet)",
     "petro_inv": "Petrobras's investment (US$ billion)", "imports": "Brazil's daily imports (million cubic metres)",
     # dates
     "decree_day": "day of the decree", "took_office": "month Morales took office", "first_nat": "year of the first "
     "nationalization", "second_nat": "year of the second nationalization", "talks_call": "day Brazil and Spain asked "
     "for talks",
    }
    ms = [
     M(R, "Monday", D, "decree_day", "2006-05-01"),
     M(R, "180 days", N, "deadline", 180, cls="days"),
     M(R, "28701", N, "decree_no", 28701, cls="id"),
     M(R, "more than 100 million cubic feet", N, "threshold", 100, cls="gas"),
     M(R, "82 percent", N, "state_share", 82, cls="pct"),
     M(R, "18 percent", N, "co_share", 18, cls="pct"),
     M(R, "50 percent plus one share", N, "ypfb_share", 50, cls="pct"),
     M(R, "56 installations", N, "installations", 56),
     M(R, "48.7 trillion cubic feet", N, "reserves", 48.7, cls="gas"),
     M(R, "January", D, "took_office", "2006-01"),
     M(R, "1937", D, "first_nat", "1937"),
     M(R, "1969", D, "second_nat", "1969"),

     M(K, "Senin (1/5/2006)", D, "decree_day", "2006-05-01"),
     M(K, "28701", N, "decree_no", 28701, cls="id"),
     M(K, "lebih dari 100 juta kaki kubik", N, "threshold", 100, cls="gas"),
     M(K, "82 persen", N, "state_share", 82, cls="pct"),
     M(K, "18 persen", N, "co_share", 18, cls="pct"),
     M(K, "180 hari", N, "deadline", 180, cls="days"),
     M(K, "50 persen plus satu saham", N, "ypfb_share", 50, cls="pct"),
     M(K, "56 instalasi", N, "installations", 56),
     M(K, "sekitar 48,7 triliun kaki kubik", N, "reserves", 48.7, qual="approx", cls="gas"),
     M(K, "1937", D, "first_nat", "1937"),
     M(K, "1969", D, "second_nat", "1969"),

     M(A, "Wednesday", D, "talks_call", "2006-05-03"),
     M(A, "May 1", D, "decree_day", "2006-05-01"),
     M(A, "82 percent", N, "state_share", 82, cls="pct"),
     M(A, "more than 100 million cubic feet", N, "threshold", 100, cls="gas"),
     M(A, "18 percent", N, "co_share", 18, cls="pct"),
     M(A, "180 days", N, "deadline", 180, cls="days"),
     M(A, "50 percent plus one share", N, "ypfb_share", 50, cls="pct"),
     M(A, "about $1.5 billion", N, "petro_inv", 1.5, qual="approx", cls="bn"),
     M(A, "about 26 million cubic meters", N, "imports", 26, qual="approx", cls="gas"),
     M(A, "56 oil and gas installations", N, "installations", 56),
     M(A, "48.7 trillion cubic feet", N, "reserves", 48.7, cls="gas"),
     M(A, "28701", N, "decree_no", 28701, cls="id"),
     M(A, "Monday", D, "decree_day", "2006-05-01"),

     M(T, "Senin (1/5/2006)", D, "decree_day", "2006-05-01"),
     M(T, "28701", N, "decree_no", 28701, cls="id"),
     M(T, "82 persen", N, "state_share", 82, cls="pct"),
     M(T, "lebih dari 100 juta kaki kubik", N, "threshold", 100, cls="gas"),
     M(T, "18 persen", N, "co_share", 18, cls="pct"),
     M(T, "180 hari", N, "deadline", 180, cls="days"),
     M(T, "50 persen plus satu saham", N, "ypfb_share", 50, cls="pct"),
     M(T, "sekitar 1,5 miliar dolar AS", N, "petro_inv", 1.5, qual="approx", cls="bn"),
     M(T, "sekitar 26 juta meter kubik", N, "imports", 26, qual="approx", cls="gas"),
     M(T, "56 instalasi", N, "installations", 56),
     M(T, "Januari lalu", D, "took_office", "2006-01"),
    ]
    build("bolivia-gas-2006", "Bolivia's nationalization of its natural gas industry by Evo Morales's Supreme Decree "
          "28701 on Monday 1 May 2006 (control): 82% of the value of the output of fields producing more than 100 million "
          "cubic feet a day to the state and 18% to the companies, 180 days to sign new contracts with YPFB, which takes "
          "50% plus one share of the privatized companies; troops at 56 installations; reserves of 48.7 trillion cubic "
          "feet; Petrobras's investment of about US$1.5 billion and Brazil's imports of about 26 million cubic metres a "
          "day; the nationalizations of 1937 and 1969. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    armero()
    reform()
    gas()
