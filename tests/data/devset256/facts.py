"""The two-hundred-and-fifty-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset256/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kunming():
    K, R, T, A = "kompas-mar02", "reuters-mar03", "detik-mar04", "ap-sep13"
    # as-of times of the tallies: early Sunday 2 March 2014 (27 dead, 109 injured), Sunday midday (29, 130), Sunday
    # night (29, 143), the court's verdict of Friday 12 September 2014 (31 dead, 141 injured: the injured revised
    # down). The attackers: the local officials' first "more than 10" against the public security ministry's gang of
    # eight (sources). The four shot dead, the three arrested and the three sentenced to death are different facts.
    SUNE, SUNM, SUNN, VERDICT = "2014-03-02a", "2014-03-02b", "2014-03-02c", "2014-09-12"
    LOCAL, MPS = "local officials", "the Ministry of Public Security"
    names = {
     "dead": "people killed (bystanders)", "injured": "people injured", "attackers": "attackers in the gang",
     "shot": "attackers shot dead by police", "arrested": "suspects arrested later",
     "death_sent": "defendants sentenced to death",
     # dates
     "attack": "day of the attack", "asof_sun": "day of the Sunday counts", "asof_sunnight": "day of the count of 143",
     "reopen": "day the station reopened", "announce": "day the ministry announced the arrests",
     "security": "day security was tightened", "verdict": "day of the verdict",
    }
    ms = [
     M(K, "Sabtu (1/3/2014)", D, "attack", "2014-03-01"),
     M(K, "27 orang", N, "dead", 27, SUNE),
     M(K, "109 orang", N, "injured", 109, SUNE),
     M(K, "Minggu (2/3/2014)", D, "asof_sun", "2014-03-02"),
     M(K, "29 orang", N, "dead", 29, SUNM),
     M(K, "130 orang", N, "injured", 130, SUNM),
     M(K, "empat penyerang", N, "shot", 4),
     M(K, "lebih dari 10 orang", N, "attackers", 10, qual="morethan", src=LOCAL),
     M(K, "Minggu pagi", D, "reopen", "2014-03-02"),

     M(R, "Monday", D, "announce", "2014-03-03"),
     M(R, "Saturday night", D, "attack", "2014-03-01"),
     M(R, "a gang of eight", N, "attackers", 8, src=MPS),
     M(R, "Four of the attackers", N, "shot", 4),
     M(R, "more than 10 attackers", N, "attackers", 10, qual="morethan", src=LOCAL),
     M(R, "29", N, "dead", 29, SUNN),
     M(R, "143 people", N, "injured", 143, SUNN),
     M(R, "Sunday night", D, "asof_sunnight", "2014-03-02"),
     M(R, "three suspects", N, "arrested", 3),
     M(R, "Monday", D, "security", "2014-03-03", occ=2),

     M(T, "tiga tersangka", N, "arrested", 3),
     M(T, "Senin (3/3/2014)", D, "announce", "2014-03-03"),
     M(T, "Jumat (28/2/2014)", D, "attack", "2014-02-28", planted=True),
     M(T, "delapan orang", N, "attackers", 8, src=MPS),
     M(T, "empat tewas", N, "shot", 4),
     M(T, "29 orang", N, "dead", 29, SUNN),
     M(T, "143 orang", N, "injured", 143, SUNN),
     M(T, "Minggu malam", D, "asof_sunnight", "2014-03-02"),
     M(T, "sejak Senin", D, "security", "2014-03-03"),

     M(A, "three men", N, "death_sent", 3),
     M(A, "in March", D, "attack", "2014-03"),
     M(A, "Friday, Sept. 12", D, "verdict", "2014-09-12"),
     M(A, "March 3", D, "announce", "2014-03-03"),
     M(A, "three men", N, "arrested", 3, occ=2),
     M(A, "March 1", D, "attack", "2014-03-01"),
     M(A, "31 people", N, "dead", 31, VERDICT),
     M(A, "141", N, "injured", 141, VERDICT),
     M(A, "143", N, "injured", 143, SUNN),
     M(A, "Four attackers", N, "shot", 4),
    ]
    build("kunming-station-2014", "The knife attack at the Kunming railway station, Yunnan (Saturday 1 March 2014, "
          "about 21.20): 27 dead and 109 injured early on Sunday, 29 and 130 by Sunday midday, 29 and 143 by Sunday "
          "night; four attackers shot dead and a woman caught at the station; the local officials' first 'more than "
          "10' attackers against the public security ministry's gang of eight, whose three other members' arrests it "
          "announced on Monday 3 March; the Kunming Intermediate People's Court's verdict of Friday 12 September 2014 "
          "(three death sentences, one life term) with 31 dead and 141 injured (the injured revised down)",
          False, ms, names)


def tainan():
    R, K, T, F = "reuters-feb07", "kompas-feb09", "tempo-feb14", "focustaiwan-mar01"
    # as-of times of the tallies: Saturday night 6 February 2016 (14 dead), Sunday 7 February (34, 32 of them at the
    # Weiguan Jinlong complex; more than 480 injured), Monday 8 February (38, 36 at the complex), Saturday 13
    # February when the search ended (116, 114 at the complex; more than 500 injured), the final tally reported on 1
    # March (117, 115; 551 injured). The missing fall as bodies are found (fall=True). The depth: the US Geological
    # Survey's 23 km against the Central Weather Bureau's 16.7 km (sources).
    SATN, SUN, MON, SAT13, FINAL = "2016-02-06", "2016-02-07", "2016-02-08", "2016-02-13", "2016-03-01"
    USGS, CWB = "the US Geological Survey", "the Central Weather Bureau"
    names = {
     "dead": "people killed", "dead_wg": "dead at the Weiguan Jinlong complex", "missing": "people missing",
     "injured": "people injured", "mag": "the quake's magnitude", "depth": "depth of the quake (km)",
     "dist": "distance of the epicentre from the collapsed building (km)", "mag1999": "magnitude of the 1999 quake",
     "dead1999": "dead in the 1999 quake",
     # dates
     "quake": "day of the earthquake", "asof_sat": "day of the first count of 14", "asof_sun": "day of the count of 34",
     "asof_mon": "day of the count of 38", "rescue_mon": "day two survivors were pulled out",
     "detained": "day the developer was detained", "built": "year the complex was completed",
     "search_end": "day the search ended", "asof_sat13": "day of the count of 116",
     "last_bodies": "day the last bodies were found", "chichi": "the September 1999 quake",
     "families": "day the families called for answers",
    }
    ms = [
     M(R, "Saturday", D, "quake", "2016-02-06"),
     M(R, "34", N, "dead", 34, SUN),
     M(R, "Sunday", D, "asof_sun", "2016-02-07"),
     M(R, "32 of the dead", N, "dead_wg", 32, SUN),
     M(R, "More than 100 people", N, "missing", 100, SUN, qual="morethan", fall=True),
     M(R, "Saturday night", D, "asof_sat", "2016-02-06"),
     M(R, "14", N, "dead", 14, SATN),
     M(R, "magnitude 6.4", N, "mag", 6.4, cls="mag"),
     M(R, "23 km", N, "depth", 23, src=USGS, cls="km"),
     M(R, "16.7 km", N, "depth", 16.7, src=CWB, cls="km"),
     M(R, "More than 480 people", N, "injured", 480, SUN, qual="morethan"),
     M(R, "magnitude 7.6", N, "mag1999", 7.6, cls="mag"),
     M(R, "September 1999", D, "chichi", "1999-09"),
     M(R, "about 2,400 people", N, "dead1999", 2400, qual="approx"),

     M(K, "38 orang", N, "dead", 38, MON),
     M(K, "Senin (8/2/2016)", D, "asof_mon", "2016-02-08"),
     M(K, "36 jenazah", N, "dead_wg", 36, MON),
     M(K, "lebih dari 100 orang", N, "missing", 100, MON, qual="morethan", fall=True),
     M(K, "bermagnitudo 6,4", N, "mag", 6.4, cls="mag"),
     M(K, "Sabtu (6/2/2016)", D, "quake", "2016-02-06"),
     M(K, "pada Senin", D, "rescue_mon", "2016-02-08"),
     M(K, "Selasa (9/2/2016)", D, "detained", "2016-02-09"),
     M(K, "1994", D, "built", "1994"),
     M(K, "14 korban", N, "dead", 14, SATN),
     M(K, "Sabtu malam", D, "asof_sat", "2016-02-06"),
     M(K, "sekitar 40 kilometer", N, "dist", 40, qual="approx", cls="km"),
     M(K, "23 km", N, "depth", 23, src=USGS, cls="km"),

     M(T, "Sabtu (13/2/2016)", D, "search_end", "2016-02-13"),
     M(T, "116 orang", N, "dead", 116, SAT13),
     M(T, "114 orang", N, "dead_wg", 114, SAT13),
     M(T, "Sabtu malam", D, "asof_sat13", "2016-02-13"),
     M(T, "Sabtu sore", D, "last_bodies", "2016-02-13"),
     M(T, "83 orang", N, "dead", 83, MON, planted=True),
     M(T, "Senin (8/2/2016)", D, "asof_mon", "2016-02-08"),
     M(T, "lebih dari 100 warga", N, "missing", 100, MON, qual="morethan", fall=True),
     M(T, "bermagnitudo 6,4", N, "mag", 6.4, cls="mag"),
     M(T, "Sabtu (6/2/2016)", D, "quake", "2016-02-06"),
     M(T, "lebih dari 500 orang", N, "injured", 500, SAT13, qual="morethan"),
     M(T, "Selasa (9/2/2016)", D, "detained", "2016-02-09"),
     M(T, "September 1999", D, "chichi", "1999-09"),
     M(T, "sekitar 2.400 orang", N, "dead1999", 2400, qual="approx"),

     M(F, "Tuesday", D, "families", "2016-03-01"),
     M(F, "magnitude 6.4", N, "mag", 6.4, cls="mag"),
     M(F, "16.7 km", N, "depth", 16.7, src=CWB, cls="km"),
     M(F, "Feb. 7", D, "quake", "2016-02-07", planted=True),
     M(F, "117 people", N, "dead", 117, FINAL),
     M(F, "115", N, "dead_wg", 115, FINAL),
     M(F, "Feb. 13", D, "search_end", "2016-02-13"),
     M(F, "551 people", N, "injured", 551, FINAL),
     M(F, "Feb. 9", D, "detained", "2016-02-09"),
     M(F, "1994", D, "built", "1994"),
     M(F, "September 1999", D, "chichi", "1999-09"),
     M(F, "about 2,400 people", N, "dead1999", 2400, qual="approx"),
    ]
    build("tainan-earthquake-2016", "The magnitude 6.4 earthquake in southern Taiwan (Saturday 6 February 2016, 03.57, "
          "epicentre in Meinong district, Kaohsiung; depth 23 km by the USGS, 16.7 km by the Central Weather Bureau) "
          "that brought down the Weiguan Jinlong complex in Tainan: 14 dead on Saturday night, 34 on Sunday (32 at the "
          "complex), 38 on Monday 8 February (36), 116 when the search ended on Saturday 13 February (114), 117 in all "
          "(115); more than 100 missing until the search ended; injured more than 480 -> more than 500 -> 551; the "
          "developer and two architects detained on Tuesday 9 February; the 1999 quake", False, ms, names)


def npc():
    R, A, K, P = "reuters-mar05", "antara-mar06", "kompas-mar07", "ap-mar08"
    names = {
     "growth": "growth target for 2024", "growth23": "growth achieved in 2023", "def_ratio": "deficit (% of GDP)",
     "cpi": "consumer inflation target", "unemp": "urban unemployment target", "energy": "cut in energy use per unit of GDP",
     "def_rise": "rise in defence spending", "def_amt": "the deficit (trillion yuan)",
     "ultra": "ultra-long special treasury bonds (trillion yuan)", "local": "local special bonds (trillion yuan)",
     "defence": "defence budget (trillion yuan)", "jobs": "new urban jobs",
     # dates
     "announced": "day the work report was delivered", "gyear": "year of the 5.2% growth",
     "tyear": "year of the target", "prev_def": "year of the previous 7.2% defence rise",
    }
    ms = [
     M(R, "around 5%", N, "growth", 5, qual="approx", cls="pct"),
     M(R, "2024", D, "tyear", "2024"),
     M(R, "Tuesday", D, "announced", "2024-03-05"),
     M(R, "5.2%", N, "growth23", 5.2, cls="pct"),
     M(R, "2023", D, "gyear", "2023"),
     M(R, "3%", N, "def_ratio", 3, cls="pct"),
     M(R, "4.06 trillion yuan", N, "def_amt", 4.06, cls="tn"),
     M(R, "1 trillion yuan", N, "ultra", 1, cls="tn"),
     M(R, "3.9 trillion yuan", N, "local", 3.9, cls="tn"),
     M(R, "around 3%", N, "cpi", 3, qual="approx", cls="pct"),
     M(R, "around 5.5%", N, "unemp", 5.5, qual="approx", cls="pct"),
     M(R, "more than 12 million", N, "jobs", 12, qual="morethan", cls="mn"),
     M(R, "about 2.5%", N, "energy", 2.5, qual="approx", cls="pct"),
     M(R, "7.2%", N, "def_rise", 7.2, cls="pct"),
     M(R, "1.67 trillion yuan", N, "defence", 1.67, cls="tn"),

     M(A, "sekitar 5 persen", N, "growth", 5, qual="approx", cls="pct"),
     M(A, "tahun 2024", D, "tyear", "2024"),
     M(A, "Selasa (5/3/2024)", D, "announced", "2024-03-05"),
     M(A, "Pada 2023", D, "gyear", "2023"),
     M(A, "5,2 persen", N, "growth23", 5.2, cls="pct"),
     M(A, "3 persen", N, "def_ratio", 3, cls="pct"),
     M(A, "4,06 triliun yuan", N, "def_amt", 4.06, cls="tn"),
     M(A, "1 triliun yuan", N, "ultra", 1, cls="tn"),
     M(A, "3,9 triliun yuan", N, "local", 3.9, cls="tn"),
     M(A, "sekitar 3 persen", N, "cpi", 3, qual="approx", cls="pct"),
     M(A, "sekitar 5,5 persen", N, "unemp", 5.5, qual="approx", cls="pct"),
     M(A, "lebih dari 12 juta", N, "jobs", 12, qual="morethan", cls="mn"),
     M(A, "7,2 persen", N, "def_rise", 7.2, cls="pct"),
     M(A, "1,67 triliun yuan", N, "defence", 1.67, cls="tn"),
     M(A, "sekitar 2,5 persen", N, "energy", 2.5, qual="approx", cls="pct"),

     M(K, "sekitar 5 persen", N, "growth", 5, qual="approx", cls="pct"),
     M(K, "Selasa (5/3/2024)", D, "announced", "2024-03-05"),
     M(K, "5,2 persen", N, "growth23", 5.2, cls="pct"),
     M(K, "1 triliun yuan", N, "ultra", 1, cls="tn"),
     M(K, "3,9 triliun yuan", N, "local", 3.9, cls="tn"),
     M(K, "3 persen", N, "def_ratio", 3, cls="pct"),
     M(K, "4,06 triliun yuan", N, "def_amt", 4.06, cls="tn"),
     M(K, "sekitar 3 persen", N, "cpi", 3, qual="approx", cls="pct"),
     M(K, "sekitar 5,5 persen", N, "unemp", 5.5, qual="approx", cls="pct"),
     M(K, "lebih dari 12 juta", N, "jobs", 12, qual="morethan", cls="mn"),
     M(K, "7,2 persen", N, "def_rise", 7.2, cls="pct"),
     M(K, "sekitar 1,67 triliun yuan", N, "defence", 1.67, qual="approx", cls="tn"),
     M(K, "sekitar 2,5 persen", N, "energy", 2.5, qual="approx", cls="pct"),

     M(P, "about 5%", N, "growth", 5, qual="approx", cls="pct"),
     M(P, "Tuesday, March 5", D, "announced", "2024-03-05"),
     M(P, "5.2%", N, "growth23", 5.2, cls="pct"),
     M(P, "3%", N, "def_ratio", 3, cls="pct"),
     M(P, "4.06 trillion yuan", N, "def_amt", 4.06, cls="tn"),
     M(P, "1 trillion yuan", N, "ultra", 1, cls="tn"),
     M(P, "3.9 trillion yuan", N, "local", 3.9, cls="tn"),
     M(P, "about 3%", N, "cpi", 3, qual="approx", cls="pct"),
     M(P, "around 5.5%", N, "unemp", 5.5, qual="approx", cls="pct"),
     M(P, "over 12 million", N, "jobs", 12, qual="morethan", cls="mn"),
     M(P, "7.2%", N, "def_rise", 7.2, cls="pct"),
     M(P, "1.67 trillion yuan", N, "defence", 1.67, cls="tn"),
     M(P, "2023", D, "prev_def", "2023"),
     M(P, "about 2.5%", N, "energy", 2.5, qual="approx", cls="pct"),
    ]
    build("npc-work-report-2024", "China's government work report to the National People's Congress (control), "
          "delivered by the premier on Tuesday 5 March 2024: growth of around 5% for 2024 (5.2% in 2023), a deficit of "
          "3% of GDP (4.06 trillion yuan), 1 trillion yuan of ultra-long special treasury bonds, 3.9 trillion yuan of "
          "local special bonds, consumer inflation around 3%, urban unemployment around 5.5%, more than 12 million new "
          "urban jobs, energy use per unit of GDP down about 2.5%, defence spending up 7.2% to 1.67 trillion yuan (the "
          "same rise as in 2023). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kunming()
    tainan()
    npc()
