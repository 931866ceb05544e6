"""The three-hundred-and-ninety-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset392/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def quake():
    R, K, T, A = "reuters-jan26", "kompas-jan28", "antara-jan30", "ap-mar01"
    # as-of times of the running tallies: Tuesday 26 January 1999 at 17:00 (the civil defence's 628 dead, the Red
    # Cross's "more than 1,000", more than 4,000 injured, some 250,000 homeless), Wednesday 27 January (878 dead),
    # Thursday 28 January (at least 938 dead, the Red Cross still "more than 1,000"), the final count reported on
    # 1 March (1,185 dead, about 4,750 injured, the homeless revised down to about 160,000). The dead and the injured
    # do not fall; the homeless estimate falling is a revision. The magnitudes and the city's population do not change.
    TUE, WED, THU, FINAL = "1999-01-26", "1999-01-27", "1999-01-28", "1999-03-01"
    CD, RC = "the civil defence office", "the Colombian Red Cross"
    names = {
     "dead": "people killed by the earthquake", "injured": "people injured", "homeless": "people left homeless",
     "mag": "the quake's magnitude", "aftershock": "the aftershock's magnitude", "pop": "Armenia's population",
     # dates
     "quake": "day of the earthquake", "count_tue": "day of the count of 628", "count_wed": "day of the count of 878",
     "count_thu": "day of the count of 938", "visit": "night the president flew to Armenia",
     "looting": "day of the looting in Armenia", "emergency": "day the emergency was declared",
     "fund": "day the reconstruction fund was set up",
    }
    ms = [
     M(R, "628", N, "dead", 628, TUE, src=CD),
     M(R, "Tuesday", D, "count_tue", "1999-01-26"),
     M(R, "6.2", N, "mag", 6.2, cls="mag"),
     M(R, "Monday", D, "quake", "1999-01-25"),
     M(R, "5.8", N, "aftershock", 5.8, cls="mag"),
     M(R, "more than 1,000 people", N, "dead", 1000, TUE, qual="morethan", src=RC),
     M(R, "more than 4,000 people", N, "injured", 4000, TUE, qual="morethan"),
     M(R, "some 250,000", N, "homeless", 250000, TUE, qual="approx"),
     M(R, "280,000 people", N, "pop", 280000),
     M(R, "Monday night", D, "visit", "1999-01-25"),

     M(K, "878 orang", N, "dead", 878, WED, src=CD),
     M(K, "Rabu (27/1/1999)", D, "count_wed", "1999-01-27"),
     M(K, "6,2", N, "mag", 6.2, cls="mag"),
     M(K, "Minggu (24/1/1999)", D, "quake", "1999-01-24", planted=True),
     M(K, "Selasa sore", D, "count_tue", "1999-01-26"),
     M(K, "628 korban tewas", N, "dead", 628, TUE, src=CD),
     M(K, "melampaui seribu", N, "dead", 1000, TUE, qual="morethan", src=RC),
     M(K, "sekitar 250.000 orang", N, "homeless", 250000, WED, qual="approx"),
     M(K, "Rabu lalu", D, "looting", "1999-01-27"),

     M(T, "Jumat (29/1/1999)", D, "emergency", "1999-01-29"),
     M(T, "sedikitnya 938 orang", N, "dead", 938, THU, qual="atleast", src=CD),
     M(T, "Kamis malam", D, "count_thu", "1999-01-28"),
     M(T, "878 orang", N, "dead", 878, WED, src=CD),
     M(T, "Senin (25/1/1999)", D, "quake", "1999-01-25"),
     M(T, "lebih dari 4.000 orang", N, "injured", 4000, THU, qual="morethan"),
     M(T, "Selasa (26/1/1999)", D, "count_tue", "1999-01-26"),
     M(T, "682 orang", N, "dead", 682, TUE, src=CD, planted=True),
     M(T, "lebih dari 1.000 orang", N, "dead", 1000, THU, qual="morethan", src=RC),
     M(T, "Sabtu (30/1/1999)", D, "fund", "1999-01-30"),

     M(A, "Jan. 25", D, "quake", "1999-01-25"),
     M(A, "1,185", N, "dead", 1185, FINAL),
     M(A, "about 4,750 injured", N, "injured", 4750, FINAL, qual="approx"),
     M(A, "about 160,000", N, "homeless", 160000, FINAL, qual="approx"),
     M(A, "the 250,000", N, "homeless", 250000, TUE, qual="approx"),
     M(A, "magnitude-6.2", N, "mag", 6.2, cls="mag"),
     M(A, "Jan. 29", D, "emergency", "1999-01-29"),
     M(A, "Jan. 30", D, "fund", "1999-01-30"),
     M(A, "more than 1,000 dead", N, "dead", 1000, TUE, qual="morethan", src=RC),
    ]
    build("quindio-quake-1999", "The earthquake in Colombia's coffee region (Monday 25 January 1999, magnitude 6.2, "
          "epicentre near Cordoba in Quindio, Armenia worst hit; an aftershock of 5.8 hours later): the civil defence's "
          "count of 628 dead as of Tuesday 26 January at 17:00, 878 by Wednesday 27 January, at least 938 by Thursday "
          "28 January, a final 1,185; the Colombian Red Cross's estimate of more than 1,000 as another source; more "
          "than 4,000 injured, about 4,750 in the final count; some 250,000 homeless revised down to about 160,000; "
          "President Andres Pastrana's economic and social emergency of Friday 29 January and the reconstruction fund "
          "of Saturday 30 January", False, ms, names)


def marriage():
    R, K, T, A = "reuters-may05", "kompas-may07", "antara-jul15", "ap-jul22"
    # two chambers on different dates: the Chamber of Deputies' vote of Wednesday 5 May 2010 (126-110, four
    # abstentions) and the Senate's of Thursday 15 July 2010 (33-27, three abstentions), the law signed on Wednesday
    # 21 July 2010. The crowd at the church-backed protest of Tuesday 13 July is put at about 60,000 by the police and
    # 200,000 by the organizers (sources). No tally runs over days.
    POLICE, ORG = "the police", "the organizers"
    names = {
     "dep_yes": "deputies voting for the bill", "dep_no": "deputies voting against",
     "dep_abst": "deputies abstaining", "dep_size": "seats in the Chamber of Deputies",
     "sen_yes": "senators voting for the bill", "sen_no": "senators voting against", "sen_abst": "senators abstaining",
     "sen_size": "seats in the Senate", "crowd": "people at the protest of 13 July", "hours": "hours of the Senate debate",
     # dates
     "dep_vote": "day of the Chamber of Deputies' vote", "sen_vote": "day of the Senate's vote",
     "signed": "day the law was signed", "ushuaia": "day of the wedding in Ushuaia",
     "unions": "year Buenos Aires allowed civil unions", "protest": "day of the protest against the bill",
    }
    ms = [
     M(R, "Wednesday", D, "dep_vote", "2010-05-05"),
     M(R, "126", N, "dep_yes", 126, cls="votes"),
     M(R, "110", N, "dep_no", 110, cls="votes"),
     M(R, "four abstentions", N, "dep_abst", 4, cls="votes"),
     M(R, "257-seat", N, "dep_size", 257, cls="votes"),
     M(R, "72-member", N, "sen_size", 72, cls="votes"),
     M(R, "2002", D, "unions", "2002"),
     M(R, "Dec. 28", D, "ushuaia", "2009-12-28"),

     M(K, "Kamis (6/5/2010)", D, "dep_vote", "2010-05-06", planted=True),
     M(K, "126 anggota", N, "dep_yes", 126, cls="votes"),
     M(K, "110 anggota", N, "dep_no", 110, cls="votes"),
     M(K, "empat anggota", N, "dep_abst", 4, cls="votes"),
     M(K, "257 orang", N, "dep_size", 257, cls="votes"),
     M(K, "72 senator", N, "sen_size", 72, cls="votes"),
     M(K, "28 Desember 2009", D, "ushuaia", "2009-12-28"),
     M(K, "2002", D, "unions", "2002"),

     M(T, "Kamis (15/7/2010)", D, "sen_vote", "2010-07-15"),
     M(T, "lebih dari 14 jam", N, "hours", 14, qual="morethan", cls="hours"),
     M(T, "33 senator", N, "sen_yes", 33, cls="votes"),
     M(T, "27 menolak", N, "sen_no", 27, cls="votes"),
     M(T, "tiga abstain", N, "sen_abst", 3, cls="votes"),
     M(T, "Rabu (5/5/2010)", D, "dep_vote", "2010-05-05"),
     M(T, "126 suara", N, "dep_yes", 126, cls="votes"),
     M(T, "110", N, "dep_no", 110, cls="votes"),
     M(T, "Selasa (13/7/2010)", D, "protest", "2010-07-13"),
     M(T, "sekitar 60.000 orang", N, "crowd", 60000, qual="approx", src=POLICE),
     M(T, "200.000 peserta", N, "crowd", 200000, src=ORG),

     M(A, "Wednesday", D, "signed", "2010-07-21"),
     M(A, "July 15", D, "sen_vote", "2010-07-15"),
     M(A, "33 votes", N, "sen_yes", 33, cls="votes"),
     M(A, "27", N, "sen_no", 27, cls="votes"),
     M(A, "three abstentions", N, "sen_abst", 3, cls="votes"),
     M(A, "May 5", D, "dep_vote", "2010-05-05"),
     M(A, "126 votes", N, "dep_yes", 126, cls="votes"),
     M(A, "101", N, "dep_no", 101, cls="votes", planted=True),
     M(A, "four abstentions", N, "dep_abst", 4, cls="votes"),
     M(A, "July 13", D, "protest", "2010-07-13"),
     M(A, "about 60,000", N, "crowd", 60000, qual="approx", src=POLICE),
     M(A, "200,000", N, "crowd", 200000, src=ORG),
    ]
    build("equal-marriage-argentina-2010", "Argentina's same-sex marriage law: the Chamber of Deputies' vote of "
          "Wednesday 5 May 2010 (126 for, 110 against, four abstentions in the 257-seat house), the Senate's of "
          "Thursday 15 July 2010 after more than 14 hours of debate (33 for, 27 against, three abstentions in the "
          "72-seat house), the law signed by President Cristina Fernandez on Wednesday 21 July 2010; the church-backed "
          "protest of Tuesday 13 July, about 60,000 by the police's count and 200,000 by the organizers'; the wedding "
          "in Ushuaia of 28 December 2009 and Buenos Aires' civil unions of 2002", False, ms, names)


def semifinal():
    R, K, T, A = "reuters-jul08", "kompas-jul09", "antara-jul10", "ap-jul11"
    names = {
     "ger": "Germany's goals", "bra": "Brazil's goals", "lead": "Germany's lead after 29 minutes (goals)",
     "lead_min": "minutes into the match of the 5-0 lead", "span": "minutes in which four goals were scored",
     "m_mueller": "minute of Mueller's goal", "m_klose": "minute of Klose's goal", "m_kroos1": "minute of Kroos's first goal",
     "m_kroos2": "minute of Kroos's second goal", "m_khedira": "minute of Khedira's goal",
     "m_schuerrle1": "minute of Schuerrle's first goal", "m_schuerrle2": "minute of Schuerrle's second goal",
     "m_oscar": "minute of Oscar's goal", "klose_goals": "Klose's World Cup goals",
     "ronaldo_goals": "Ronaldo's World Cup goals (the old record)", "loss1920": "goals of Brazil's 1920 defeat",
     "crowd": "spectators at the Mineirao",
     # dates
     "semi": "day of the semi-final", "neymar": "day Neymar was hurt", "year1920": "year of the 6-0 defeat",
     "year1975": "year of Brazil's previous competitive home defeat", "final": "day of the final",
     "third": "day of the third-place match", "other_semi": "day of the other semi-final", "year1950": "year of the 1950 final",
     "year2002": "year of Scolari's title",
    }
    ms = [
     M(R, "7-1", N, "ger", 7, cls="goals", also={"bra": 1}),
     M(R, "Tuesday", D, "semi", "2014-07-08"),
     M(R, "five goals", N, "lead", 5, cls="goals"),
     M(R, "29 minutes", N, "lead_min", 29, cls="minute"),
     M(R, "11th minute", N, "m_mueller", 11, cls="minute"),
     M(R, "23rd minute", N, "m_klose", 23, cls="minute"),
     M(R, "16th World Cup goal", N, "klose_goals", 16, cls="goals"),
     M(R, "24th", N, "m_kroos1", 24, cls="minute"),
     M(R, "26th", N, "m_kroos2", 26, cls="minute"),
     M(R, "29th", N, "m_khedira", 29, cls="minute"),
     M(R, "69th", N, "m_schuerrle1", 69, cls="minute"),
     M(R, "79th", N, "m_schuerrle2", 79, cls="minute"),
     M(R, "90th", N, "m_oscar", 90, cls="minute"),
     M(R, "58,141", N, "crowd", 58141),
     M(R, "July 4", D, "neymar", "2014-07-04"),
     M(R, "6-0", N, "loss1920", 6, cls="goals"),
     M(R, "1920", D, "year1920", "1920"),
     M(R, "1975", D, "year1975", "1975"),
     M(R, "July 13", D, "final", "2014-07-13"),

     M(K, "1-7", N, "bra", 1, cls="goals", also={"ger": 7}),
     M(K, "Selasa (8/7/2014)", D, "semi", "2014-07-08"),
     M(K, "5-0", N, "lead", 5, cls="goals"),
     M(K, "29 menit", N, "lead_min", 29, cls="minute"),
     M(K, "enam menit", N, "span", 6, cls="minute"),
     M(K, "menit ke-11", N, "m_mueller", 11, cls="minute"),
     M(K, "menit ke-23", N, "m_klose", 23, cls="minute"),
     M(K, "gol ke-16", N, "klose_goals", 16, cls="goals"),
     M(K, "15 gol", N, "ronaldo_goals", 15, cls="goals"),
     M(K, "menit ke-24", N, "m_kroos1", 24, cls="minute"),
     M(K, "ke-26", N, "m_kroos2", 26, cls="minute"),
     M(K, "menit ke-29", N, "m_khedira", 29, cls="minute"),
     M(K, "menit ke-69", N, "m_schuerrle1", 69, cls="minute"),
     M(K, "ke-79", N, "m_schuerrle2", 79, cls="minute"),
     M(K, "menit ke-90", N, "m_oscar", 90, cls="minute"),
     M(K, "4 Juli", D, "neymar", "2014-07-04"),
     M(K, "0-6", N, "loss1920", 6, cls="goals"),
     M(K, "1920", D, "year1920", "1920"),
     M(K, "1975", D, "year1975", "1975"),
     M(K, "58.141 penonton", N, "crowd", 58141),
     M(K, "Minggu (13/7/2014)", D, "final", "2014-07-13"),

     M(T, "1-7", N, "bra", 1, cls="goals", also={"ger": 7}),
     M(T, "Selasa (8/7/2014)", D, "semi", "2014-07-08"),
     M(T, "lima gol", N, "lead", 5, cls="goals"),
     M(T, "29 menit", N, "lead_min", 29, cls="minute"),
     M(T, "58.141 penonton", N, "crowd", 58141),
     M(T, "gol ke-16", N, "klose_goals", 16, cls="goals"),
     M(T, "menit ke-23", N, "m_klose", 23, cls="minute"),
     M(T, "15 gol", N, "ronaldo_goals", 15, cls="goals"),
     M(T, "menit ke-24", N, "m_kroos1", 24, cls="minute"),
     M(T, "ke-26", N, "m_kroos2", 26, cls="minute"),
     M(T, "menit ke-69", N, "m_schuerrle1", 69, cls="minute"),
     M(T, "ke-79", N, "m_schuerrle2", 79, cls="minute"),
     M(T, "menit ke-90", N, "m_oscar", 90, cls="minute"),
     M(T, "0-6", N, "loss1920", 6, cls="goals"),
     M(T, "1920", D, "year1920", "1920"),
     M(T, "Sabtu (12/7/2014)", D, "third", "2014-07-12"),
     M(T, "Minggu (13/7/2014)", D, "final", "2014-07-13"),
     M(T, "1950", D, "year1950", "1950"),

     M(A, "Tuesday", D, "semi", "2014-07-08"),
     M(A, "7-1", N, "ger", 7, cls="goals", also={"bra": 1}),
     M(A, "Saturday", D, "third", "2014-07-12"),
     M(A, "5-0", N, "lead", 5, cls="goals"),
     M(A, "29 minutes", N, "lead_min", 29, cls="minute"),
     M(A, "24th", N, "m_kroos1", 24, cls="minute"),
     M(A, "26th", N, "m_kroos2", 26, cls="minute"),
     M(A, "11th minute", N, "m_mueller", 11, cls="minute"),
     M(A, "16th World Cup goal", N, "klose_goals", 16, cls="goals"),
     M(A, "23rd", N, "m_klose", 23, cls="minute"),
     M(A, "29th", N, "m_khedira", 29, cls="minute"),
     M(A, "69th", N, "m_schuerrle1", 69, cls="minute"),
     M(A, "79th", N, "m_schuerrle2", 79, cls="minute"),
     M(A, "90th", N, "m_oscar", 90, cls="minute"),
     M(A, "58,141", N, "crowd", 58141),
     M(A, "6-0", N, "loss1920", 6, cls="goals"),
     M(A, "1920", D, "year1920", "1920"),
     M(A, "1975", D, "year1975", "1975"),
     M(A, "2002", D, "year2002", "2002"),
     M(A, "Sunday", D, "final", "2014-07-13"),
     M(A, "Wednesday", D, "other_semi", "2014-07-09"),
     M(A, "July 4", D, "neymar", "2014-07-04"),
    ]
    build("mineirao-rout-2014", "The World Cup semi-final of Tuesday 8 July 2014 at the Mineirao in Belo Horizonte "
          "(control): Germany 7, Brazil 1 before 58,141 spectators, 5-0 after 29 minutes; goals by Mueller (11th "
          "minute), Klose (23rd, his 16th World Cup goal, past Ronaldo's 15), Kroos (24th and 26th), Khedira (29th), "
          "Schuerrle (69th and 79th) and Oscar (90th); Neymar hurt on 4 July; Brazil's heaviest defeat equalling the "
          "6-0 of 1920 and its first competitive home defeat since 1975; the third-place match on Saturday 12 July and "
          "the final on Sunday 13 July 2014. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    quake()
    marriage()
    semifinal()
