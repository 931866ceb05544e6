"""The two-hundred-and-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset206/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hercules():
    A, R, K, T = "detik-jun30", "reuters-jul01", "kompas-jul02", "tempo-oct29"
    # as-of times of the running tallies: Tuesday 30 June 2015 afternoon (the first counts), Wednesday 1 July
    # (evening: the identified), Thursday 2 July (noon: the police's count; the air force chief's statement), Thursday
    # 29 October (the mass burial). The people on board rose with the manifest (113 -> 122: 101 -> 110 passengers); the
    # body bags rose (49 -> 141 -> 142: "more than 140" on Thursday is within its qualifier). The dead are given by two
    # bodies: the search and rescue office's "at least 30" on Tuesday and the air force chief's 91 on Thursday (the
    # rest of the bags held body parts): different sources. The crew (12) and the crash day do not change.
    TUE, WED, THU, OCT = "2015-06-30", "2015-07-01", "2015-07-02", "2015-10-29"
    SAR, AF = "the search and rescue office in Medan", "the air force chief"
    names = {
     "minutes": "minutes from take-off to the crash", "aboard": "people on board", "passengers": "passengers on board",
     "crew": "crew on board", "dead": "people killed", "bags": "body bags received at the hospital",
     "identified": "victims identified", "injured": "residents injured", "families": "families reporting to the post",
     "bagno": "the first bag holding only body parts", "tables_before": "identification tables before",
     "tables": "identification tables after", "unident": "unidentified bodies buried", "parts": "body parts buried",
     "forensic": "months of forensic work", "insurance": "insurance claims (rupiah)",
     # dates
     "crash": "day of the crash", "asof_tue": "day of Tuesday's counts", "asof_wed": "day of Wednesday's counts",
     "statement": "day of the air force chief's statement", "asof_thu": "day of Thursday's count",
     "built": "year the plane was built", "burial": "day of the mass burial",
    }
    ms = [
     M(A, "Selasa (30/6/2015)", D, "crash", "2015-06-30"),
     M(A, "dua menit", N, "minutes", 2, cls="min"),
     M(A, "113 orang", N, "aboard", 113, TUE),
     M(A, "101 penumpang", N, "passengers", 101, TUE),
     M(A, "12 awak", N, "crew", 12),
     M(A, "sedikitnya 30 orang", N, "dead", 30, TUE, qual="atleast", src=SAR),
     M(A, "49 kantong jenazah", N, "bags", 49, TUE),
     M(A, "Selasa", D, "asof_tue", "2015-06-30", occ=2),
     M(A, "23 di antaranya", N, "identified", 23, TUE),
     M(A, "Dua warga", N, "injured", 2, TUE),

     M(R, "141", N, "bags", 141, WED),
     M(R, "Wednesday", D, "asof_wed", "2015-07-01"),
     M(R, "Tuesday", D, "crash", "2015-06-30"),
     M(R, "two minutes", N, "minutes", 2, cls="min"),
     M(R, "113 people", N, "aboard", 113, WED),
     M(R, "101 passengers", N, "passengers", 101, WED),
     M(R, "12 crew", N, "crew", 12),
     M(R, "141 bags", N, "bags", 141, WED),
     M(R, "62 victims", N, "identified", 62, WED),
     M(R, "Wednesday", D, "asof_wed", "2015-07-01", occ=2),
     M(R, "23", N, "identified", 23, TUE),
     M(R, "79 families", N, "families", 79, WED),
     M(R, "1964", D, "built", "1964"),

     M(K, "91 orang", N, "dead", 91, THU, src=AF),
     M(K, "Kamis (2/7/2015)", D, "statement", "2015-07-02"),
     M(K, "lebih dari 140 kantong jenazah", N, "bags", 140, THU, qual="morethan"),
     M(K, "ke-92", N, "bagno", 92),
     M(K, "Selasa (30/6/2015)", D, "crash", "2015-06-30"),
     M(K, "113 orang", N, "aboard", 113, THU),
     M(K, "142 kantong jenazah", N, "bags", 142, THU),
     M(K, "63 jenazah", N, "identified", 63, THU),
     M(K, "Kamis siang", D, "asof_thu", "2015-07-02"),
     M(K, "tiga", N, "tables_before", 3),
     M(K, "tujuh", N, "tables", 7),

     M(T, "Lima jenazah", N, "unident", 5, OCT),
     M(T, "22 potongan tubuh", N, "parts", 22, OCT),
     M(T, "Kamis, 29 Oktober 2015", D, "burial", "2015-10-29"),
     M(T, "Senin, 29 Juni 2015", D, "crash", "2015-06-29", planted=True),
     M(T, "110 penumpang", N, "passengers", 110, OCT),
     M(T, "12 awak", N, "crew", 12),
     M(T, "hampir empat bulan", N, "forensic", 4, OCT, qual="nearly", cls="dur"),
     M(T, "1964", D, "built", "1964"),
     M(T, "Rp 2,25 triliun", N, "insurance", 2.25e12, cls="money"),
    ]
    build("medan-hercules-2015", "The crash of an Indonesian Air Force C-130 Hercules on Jalan Jamin Ginting, Medan "
          "(Tuesday 30 June 2015, about two minutes after take-off from the Soewondo air base): 113 on board by the "
          "first manifest (101 passengers, 12 crew), 110 passengers and 12 crew by the later record; the search and "
          "rescue office's at least 30 dead on Tuesday, body bags 49 -> 141 -> 142, the air force chief's 91 dead on "
          "Thursday 2 July (the rest body parts), identified 23 -> 62 -> 63; five unidentified bodies and 22 body "
          "parts buried on Thursday 29 October 2015", False, ms, names)


def medan():
    A, R, D1, K = "antara-dec09", "reuters-dec16", "detik-feb18", "kompas-feb26"
    # The count: the election commission's electronic tally (Sirekap) on the morning of Tuesday 15 December 2020
    # (393,533 for Bobby Nasution) and its plenary count that evening (393,327 and 342,580): two as-of times of one
    # count by one body, the lower later figure a revision. The final count does not change with the day of the report.
    # The quick counts of polling day are the pollsters' estimates (Charta Politika, Poltracking): sources against each
    # other and against the commission's shares. The stages are different events: the vote (Wednesday 9 December
    # 2020), the plenary count (Tuesday 15 December), the commission's naming of the winners (Thursday 18 February
    # 2021), the city council's proposal (Tuesday 23 February), the swearing-in (Friday 26 February 2021).
    SIREKAP, FINAL = "2020-12-15a", "2020-12-15b"
    KPU, CP, PT = "the election commission", "Charta Politika", "Poltracking"
    names = {
     "cp_sample": "share of Charta Politika's sample counted", "pt_sample": "share of Poltracking's sample counted",
     "bobby_pct": "Bobby Nasution-Aulia Rachman's share", "akhyar_pct": "Akhyar Nasution-Salman Alfarisi's share",
     "bobby_votes": "Bobby Nasution-Aulia Rachman's votes", "akhyar_votes": "Akhyar Nasution-Salman Alfarisi's votes",
     "pairs": "pairs of candidates", "tps": "polling stations", "districts": "districts of Medan",
     "dpt": "registered voters", "parties": "parties backing Bobby-Aulia", "turnout": "turnout",
     "turnout2015": "turnout in 2015", "regional": "regional elections held that day",
     "other_pairs": "other pairs sworn in with them", "days100": "a hundred days' programme",
     # dates
     "vote": "polling day", "recap": "day of the plenary count", "asof_sirekap": "day of the electronic tally",
     "prev": "year of the previous election", "named": "day the commission named the winners",
     "proposal": "day of the city council's proposal", "term_end": "year the term ends",
     "sworn": "day of the swearing-in", "akhyar_end": "day Akhyar's term ended",
    }
    ms = [
     M(A, "Rabu (9/12/2020)", D, "vote", "2020-12-09"),
     M(A, "100 persen", N, "cp_sample", 100, cls="pct"),
     M(A, "55,2 persen", N, "bobby_pct", 55.2, src=CP, cls="pct"),
     M(A, "44,8 persen", N, "akhyar_pct", 44.8, src=CP, cls="pct"),
     M(A, "95,71 persen", N, "pt_sample", 95.71, cls="pct"),
     M(A, "54,07 persen", N, "bobby_pct", 54.07, src=PT, cls="pct"),
     M(A, "45,93 persen", N, "akhyar_pct", 45.93, src=PT, cls="pct"),
     M(A, "dua pasangan calon", N, "pairs", 2),
     M(A, "4.303 tempat pemungutan suara", N, "tps", 4303),
     M(A, "21 kecamatan", N, "districts", 21),
     M(A, "1.601.001 orang", N, "dpt", 1601001),
     M(A, "delapan partai", N, "parties", 8),

     M(R, "393,327 votes", N, "bobby_votes", 393327, FINAL, src=KPU),
     M(R, "Tuesday", D, "recap", "2020-12-15"),
     M(R, "342,580 votes", N, "akhyar_votes", 342580, FINAL, src=KPU),
     M(R, "Dec. 9", D, "vote", "2020-12-09"),
     M(R, "53.45%", N, "bobby_pct", 53.45, src=KPU, cls="pct"),
     M(R, "46.55%", N, "akhyar_pct", 46.55, src=KPU, cls="pct"),
     M(R, "about 46%", N, "turnout", 46, qual="approx", cls="pct"),
     M(R, "1,601,001 registered voters", N, "dpt", 1601001),
     M(R, "25%", N, "turnout2015", 25, cls="pct"),
     M(R, "2015", D, "prev", "2015"),
     M(R, "55.2%", N, "bobby_pct", 55.2, src=CP, cls="pct"),
     M(R, "393,533 votes", N, "bobby_votes", 393533, SIREKAP, src=KPU),
     M(R, "Tuesday", D, "asof_sirekap", "2020-12-15", occ=2),
     M(R, "270 regional elections", N, "regional", 270),

     M(D1, "Kamis (18/2/2021)", D, "named", "2021-02-18"),
     M(D1, "393.372 suara", N, "bobby_votes", 393372, FINAL, src=KPU, planted=True),
     M(D1, "9 Desember 2020", D, "vote", "2020-12-09"),
     M(D1, "342.580 suara", N, "akhyar_votes", 342580, FINAL, src=KPU),
     M(D1, "Selasa (15/12/2020)", D, "recap", "2020-12-15"),
     M(D1, "53,45 persen", N, "bobby_pct", 53.45, src=KPU, cls="pct"),
     M(D1, "Selasa (23/2/2021)", D, "proposal", "2021-02-23"),
     M(D1, "2024", D, "term_end", "2024"),

     M(K, "Jumat (26/2/2021)", D, "sworn", "2021-02-26"),
     M(K, "lima pasangan", N, "other_pairs", 5),
     M(K, "Kamis (10/12/2020)", D, "vote", "2020-12-10", planted=True),
     M(K, "393.327 suara", N, "bobby_votes", 393327, FINAL, src=KPU),
     M(K, "53,45 persen", N, "bobby_pct", 53.45, src=KPU, cls="pct"),
     M(K, "342.580 suara", N, "akhyar_votes", 342580, FINAL, src=KPU),
     M(K, "46,55 persen", N, "akhyar_pct", 46.55, src=KPU, cls="pct"),
     M(K, "Kamis (18/2/2021)", D, "named", "2021-02-18"),
     M(K, "Selasa (23/2/2021)", D, "proposal", "2021-02-23"),
     M(K, "100 hari", N, "days100", 100, cls="dur"),
     M(K, "2024", D, "term_end", "2024"),
     M(K, "16 Februari 2021", D, "akhyar_end", "2021-02-16"),
    ]
    build("medan-pilwalkot-2020", "The Medan mayoral election of Wednesday 9 December 2020 in stages: the quick counts "
          "of polling day (Charta Politika 55.2% to 44.8%, Poltracking 54.07% to 45.93%), the election commission's "
          "electronic tally on the morning of Tuesday 15 December (393,533 for Bobby Nasution-Aulia Rachman) and its "
          "plenary count that evening (393,327 to 342,580 for Akhyar Nasution-Salman Alfarisi, 53.45% to 46.55%), "
          "the naming of the winners on Thursday 18 February 2021, the city council's proposal on Tuesday 23 February "
          "and the swearing-in on Friday 26 February 2021", False, ms, names)


def aceh():
    K, A, J, S = "kompas-feb25", "antara-feb26", "jakpost-feb27", "serambi-feb28"
    # one plenary (Saturday 25 February 2017): the same count in four reports, exact, rounded ("37,2 persen",
    # "31.7 percent") and qualified ("hampir 17 persen"); the deadline "3 x 24 jam" = "three days".
    names = {
     "v_irwandi": "Irwandi Yusuf-Nova Iriansyah's votes", "v_muzakir": "Muzakir Manaf-TA Khalid's votes",
     "v_tarmizi": "Tarmizi Karim-Machsalmina Ali's votes", "v_zaini": "Zaini Abdullah-Nasaruddin's votes",
     "v_zakaria": "Zakaria Saman-T Alaidinsyah's votes", "v_puteh": "Abdullah Puteh-Sayed Mustafa Usab's votes",
     "valid": "valid votes", "invalid": "invalid votes", "regencies": "regencies and cities of Aceh",
     "p_irwandi": "Irwandi-Nova's share", "p_muzakir": "Muzakir-Khalid's share", "p_tarmizi": "Tarmizi-Machsalmina's share",
     "under": "the share three pairs stayed under", "turnout": "turnout", "target": "the national turnout target",
     "window": "days to file a challenge", "gap": "days from the vote to the plenary",
     "won_irwandi": "regencies and cities Irwandi-Nova won", "won_muzakir": "regencies and cities Muzakir-Khalid won",
     # dates
     "plenary": "day of the plenary", "vote": "polling day", "recap_start": "day the regencies' counts began",
     "prev": "year of the previous election", "naming": "planned day of naming the winners",
     "irwandi_win": "year Irwandi first won",
    }
    ms = [
     M(K, "Sabtu (25/2/2017)", D, "plenary", "2017-02-25"),
     M(K, "898.710 suara", N, "v_irwandi", 898710),
     M(K, "2.414.801 suara sah", N, "valid", 2414801),
     M(K, "23 kabupaten dan kota", N, "regencies", 23),
     M(K, "766.427 suara", N, "v_muzakir", 766427),
     M(K, "406.865 suara", N, "v_tarmizi", 406865),
     M(K, "167.910 suara", N, "v_zaini", 167910),
     M(K, "132.981 suara", N, "v_zakaria", 132981),
     M(K, "41.908 suara", N, "v_puteh", 41908),
     M(K, "Rabu (15/2/2017)", D, "vote", "2017-02-15"),
     M(K, "Rabu (22/2/2017)", D, "recap_start", "2017-02-22"),
     M(K, "109.612 suara", N, "invalid", 109612),

     M(A, "898.710 suara", N, "v_irwandi", 898710),
     M(A, "37,22 persen", N, "p_irwandi", 37.22, cls="pct"),
     M(A, "Sabtu (25/2/2017)", D, "plenary", "2017-02-25"),
     M(A, "766.427 suara", N, "v_muzakir", 766427),
     M(A, "31,74 persen", N, "p_muzakir", 31.74, cls="pct"),
     M(A, "406.865 suara", N, "v_tarmizi", 406865),
     M(A, "16,85 persen", N, "p_tarmizi", 16.85, cls="pct"),
     M(A, "kurang dari 10 persen", N, "under", 10, cls="pct"),
     M(A, "167.910 suara", N, "v_zaini", 167910),
     M(A, "132.981 suara", N, "v_zakaria", 132981),
     M(A, "41.908 suara", N, "v_puteh", 41908),
     M(A, "2.414.801", N, "valid", 2414801),
     M(A, "109.612", N, "invalid", 109612),
     M(A, "73 persen", N, "turnout", 73, cls="pct"),
     M(A, "77,5 persen", N, "target", 77.5, cls="pct"),
     M(A, "2012", D, "prev", "2012"),
     M(A, "3 x 24 jam", N, "window", 3, qual="unit", cls="dur"),
     M(A, "10 atau 11 Maret 2017", D, "naming", "2017-03-10"),
     M(A, "2006", D, "irwandi_win", "2006"),

     M(J, "898,710 votes", N, "v_irwandi", 898710),
     M(J, "37.2 percent", N, "p_irwandi", 37.2, qual="approx", cls="pct"),
     M(J, "Saturday", D, "plenary", "2017-02-25"),
     M(J, "766,427 votes", N, "v_muzakir", 766427),
     M(J, "31.7 percent", N, "p_muzakir", 31.7, qual="approx", cls="pct"),
     M(J, "406,865", N, "v_tarmizi", 406865),
     M(J, "167,910 votes", N, "v_zaini", 167910),
     M(J, "132,981", N, "v_zakaria", 132981),
     M(J, "41,908", N, "v_puteh", 41908),
     M(J, "2,414,801 valid votes", N, "valid", 2414801),
     M(J, "23 regencies and cities", N, "regencies", 23),
     M(J, "109,612 ballots", N, "invalid", 109612),
     M(J, "Feb. 25", D, "plenary", "2017-02-25"),
     M(J, "ten days", N, "gap", 10, cls="dur"),
     M(J, "Feb. 15", D, "vote", "2017-02-15"),
     M(J, "73 percent", N, "turnout", 73, cls="pct"),
     M(J, "77.5 percent", N, "target", 77.5, cls="pct"),
     M(J, "three days", N, "window", 3, cls="dur"),
     M(J, "March 10 or 11", D, "naming", "2017-03-10"),
     M(J, "2006", D, "irwandi_win", "2006"),

     M(S, "Sabtu (25/2/2017)", D, "plenary", "2017-02-25"),
     M(S, "898.710 suara", N, "v_irwandi", 898710),
     M(S, "sekitar 37,2 persen", N, "p_irwandi", 37.2, qual="approx", cls="pct"),
     M(S, "14", N, "won_irwandi", 14),
     M(S, "23 kabupaten dan kota", N, "regencies", 23),
     M(S, "766.427 suara", N, "v_muzakir", 766427),
     M(S, "delapan daerah", N, "won_muzakir", 8),
     M(S, "406.865 suara", N, "v_tarmizi", 406865),
     M(S, "hampir 17 persen", N, "p_tarmizi", 17, qual="nearly", cls="pct"),
     M(S, "167.910", N, "v_zaini", 167910),
     M(S, "132.981", N, "v_zakaria", 132981),
     M(S, "41.908 suara", N, "v_puteh", 41908),
     M(S, "2.414.801 suara sah", N, "valid", 2414801),
     M(S, "73 persen", N, "turnout", 73, cls="pct"),
     M(S, "10 atau 11 Maret 2017", D, "naming", "2017-03-10"),
     M(S, "Rabu (15/2/2017)", D, "vote", "2017-02-15"),
    ]
    build("aceh-pilgub-2017", "The Aceh election commission's (KIP Aceh) declaration of the 2017 gubernatorial result "
          "(control), at its plenary of Saturday 25 February 2017: Irwandi Yusuf-Nova Iriansyah 898,710 votes "
          "(37.22%), Muzakir Manaf-TA Khalid 766,427 (31.74%), Tarmizi Karim-Machsalmina Ali 406,865 (16.85%), Zaini "
          "Abdullah-Nasaruddin 167,910, Zakaria Saman-T Alaidinsyah 132,981, Abdullah Puteh-Sayed Mustafa Usab 41,908; "
          "2,414,801 valid and 109,612 invalid votes, turnout 73% against a national target of 77.5%; polling day "
          "Wednesday 15 February 2017, the winners to be named on 10 or 11 March. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    hercules()
    medan()
    aceh()
