"""The hundred-and-twenty-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset125/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hamdaniya():
    R, K, A, T, F = "reuters-sep27", "kompas-sep28", "ap-oct01", "tempo-oct04", "afp-dec11"
    # the toll: state media's first count on Wednesday morning, the deputy governor's confirmed count later that day,
    # the investigating committee's count on Sunday 1 October (lower), and the count after the bride's father died on
    # Tuesday 3 October; the injured are counted by different bodies on different footings and may fall (fall=True)
    # the court's verdict of Wednesday 11 December 2024 recalls the fire and the committee's figures
    WED_AM, WED, SUN, TUE3, VERDICT = "2023-09-27T06", "2023-09-27T18", "2023-10-01", "2023-10-03", "2024-12-11"
    names = {
     "dead": "people killed in the fire", "injured": "people injured in the fire",
     "casualties": "dead and injured together (the Red Crescent)", "warrants": "arrest warrants for the hall's owners",
     "mourning": "days of national mourning", "guests": "guests in the hall", "died_thu": "injured who died on Thursday",
     "comp_dead": "compensation per person killed (million dinars)",
     "comp_injured": "compensation per person injured (million dinars)", "devices": "pyrotechnic devices",
     "spark_height": "height of the sparks (metres)", "capacity": "the hall's capacity",
     "bride_age": "the bride's age", "groom_age": "the groom's age", "bride_relatives": "the bride's relatives killed",
     "groom_relatives": "the groom's relatives killed",
     # dates
     "fire": "day of the fire", "count113_day": "day of the deputy governor's count",
     "visit": "day of the prime minister's visit", "died_thu_day": "day two more injured died",
     "owner_arrest": "day the hall's owner was arrested", "mass": "day of the mass for the victims",
     "committee": "day the committee gave its findings", "father_death": "day the bride's father died",
     "sentence": "the owner's prison sentence (years)", "verdict": "day of the verdict",
    }
    ms = [
     M(R, "At least 100 people", N, "dead", 100, WED_AM, qual="atleast"),
     M(R, "150", N, "injured", 150, WED_AM, fall=True),
     M(R, "Tuesday", D, "fire", "2023-09-26"),
     M(R, "Wednesday", D, "count113_day", "2023-09-27"),
     M(R, "113 deaths", N, "dead", 113, WED),
     M(R, "450", N, "casualties", 450, WED),
     M(R, "four arrest warrants", N, "warrants", 4),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(K, "Kamis (28/9/2023)", D, "visit", "2023-09-28"),
     M(K, "Selasa (26/9/2023)", D, "fire", "2023-09-26"),
     M(K, "Rabu", D, "count113_day", "2023-09-27"),
     M(K, "131 orang", N, "dead", 131, WED, planted=True),
     M(K, "150 orang", N, "injured", 150, WED_AM, fall=True),
     M(K, "hampir 900 tamu", N, "guests", 900, qual="nearly"),
     M(K, "dua korban luka", N, "died_thu", 2),
     M(K, "Kamis", D, "died_thu_day", "2023-09-28", occ=2),
     M(K, "10 juta dinar Irak", N, "comp_dead", 10, cls="mIQD"),
     M(K, "5 juta dinar", N, "comp_injured", 5, cls="mIQD"),
     M(K, "Rabu (27/9/2023)", D, "owner_arrest", "2023-09-27"),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "Kamis pagi", D, "mass", "2023-09-28"),

     M(A, "Sunday", D, "committee", "2023-10-01"),
     M(A, "107", N, "dead", 107, SUN),
     M(A, "82 people", N, "injured", 82, SUN, fall=True),
     M(A, "113", N, "dead", 113, WED),
     M(A, "Four pyrotechnic devices", N, "devices", 4),
     M(A, "4 meters", N, "spark_height", 4, cls="m"),
     M(A, "500 people", N, "capacity", 500),
     M(A, "Tuesday, Sept. 26", D, "fire", "2023-09-26"),
     M(A, "10 million dinars", N, "comp_dead", 10, cls="mIQD"),

     M(T, "Selasa (3/10/2023)", D, "father_death", "2023-10-03"),
     M(T, "26 September", D, "fire", "2023-09-26"),
     M(T, "sedikitnya 108 orang", N, "dead", 108, TUE3, qual="atleast"),
     M(T, "18 tahun", N, "bride_age", 18, cls="age"),
     M(T, "10 anggota keluarganya", N, "bride_relatives", 10),
     M(T, "27 tahun", N, "groom_age", 27, cls="age"),
     M(T, "15 kerabat", N, "groom_relatives", 15),
     M(T, "Minggu (1/10/2023)", D, "committee", "2023-10-01"),
     M(T, "107 orang", N, "dead", 107, SUN),
     M(T, "82 orang", N, "injured", 82, SUN, fall=True),
     M(T, "empat alat kembang api", N, "devices", 4),
     M(T, "500 orang", N, "capacity", 500),
     M(T, "10 juta dinar", N, "comp_dead", 10, cls="mIQD"),

     M(F, "Wednesday", D, "verdict", "2024-12-11"),
     M(F, "more than 100 guests", N, "dead", 100, VERDICT, qual="morethan"),
     M(F, "10 years", N, "sentence", 10, cls="dur"),
     M(F, "26 September 2023", D, "fire", "2023-09-26"),
     M(F, "About 900 guests", N, "guests", 900, qual="approx"),
     M(F, "500 people", N, "capacity", 500),
     M(F, "107 dead", N, "dead", 107, SUN),
     M(F, "82 injured", N, "injured", 82, SUN, fall=True),
     M(F, "10 million dinars", N, "comp_dead", 10, cls="mIQD"),
    ]
    build("hamdaniya-fire-2023", "The wedding-hall fire in Qaraqosh (Hamdaniya), Nineveh province, Iraq, on the night "
          "of Tuesday 26 September 2023: at least 100 dead and 150 injured in state media's first count on Wednesday "
          "27 September, 113 dead confirmed by the deputy governor that day, the Red Crescent's 450 dead and injured; "
          "the prime minister's visit on Thursday 28 September, compensation of 10 million dinars per death and 5 "
          "million per injury; the investigating committee's 107 dead and 82 injured on Sunday 1 October (lower); "
          "at least 108 dead after the bride's father died on Tuesday 3 October; the owner sentenced to 10 years on "
          "Wednesday 11 December 2024", False, ms, names)


def lebanon():
    R, K, A, T, AN = "reuters-may16", "kompas-may18", "ap-may31", "tempo-jun01", "antara-jun24"
    # the preliminary results on the day after the vote, the interior ministry's final results on Tuesday 17 May;
    # the Lebanese Forces' own claim on the night against the official results (sources)
    NIGHT, FINAL = "2022-05-16", "2022-05-17"
    LF, OFF = "the Lebanese Forces' own count", "the official results"
    names = {
     "turnout": "turnout", "turnout2018": "turnout in 2018", "voters": "registered voters", "seats": "seats in parliament",
     "candidates": "candidates", "lists": "lists", "districts": "electoral districts",
     "lf_seats": "the Lebanese Forces' seats", "lf_seats2018": "the Lebanese Forces' seats in 2018",
     "alliance2018": "seats of Hezbollah and its allies in 2018", "alliance": "seats of Hezbollah and its allies",
     "years_since": "years since the previous election", "arslan_years": "years Arslan held his seat",
     "indep_seats": "seats won by independents from the protest movement", "shia_seats": "seats reserved for Shiites",
     "majority": "seats needed for a majority", "berri_age": "Berri's age", "berri_votes": "votes for Berri",
     "blank": "blank ballots in the speaker's vote", "cancelled": "cancelled ballots in the speaker's vote",
     "berri_votes2018": "votes for Berri in 2018", "deputy_votes": "votes for Bou Saab in the second round",
     "skaff_votes": "votes for Skaff in the second round", "bousaab_r1": "votes for Bou Saab in the first round",
     "skaff_r1": "votes for Skaff in the first round", "mikati_votes": "lawmakers naming Mikati",
     "salam_votes": "lawmakers naming Salam", "no_name": "lawmakers naming nobody", "mikati_age": "Mikati's age",
     "imf_amount": "the IMF package (billion dollars)", "imf_years": "years of the IMF package",
     # dates
     "election": "day of the election", "y2018": "the previous election (2018)", "protests": "the protest movement's year",
     "results": "day of the final results", "berri_since": "year Berri became speaker",
     "speaker_vote": "day of the speaker's election", "designation": "day Mikati was named",
     "aoun_term_end": "month Aoun's term ends", "imf_deal": "month of the IMF staff agreement",
    }
    ms = [
     M(R, "Sunday", D, "election", "2022-05-15"),
     M(R, "41%", N, "turnout", 41, cls="pct"),
     M(R, "49%", N, "turnout2018", 49, cls="pct"),
     M(R, "About 3.9 million", N, "voters", 3900000, qual="approx"),
     M(R, "128 members", N, "seats", 128),
     M(R, "718 candidates", N, "candidates", 718),
     M(R, "103 lists", N, "lists", 103),
     M(R, "15 districts", N, "districts", 15),
     M(R, "at least 20 seats", N, "lf_seats", 20, NIGHT, qual="atleast", src=LF),
     M(R, "15", N, "lf_seats2018", 15, occ=2),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "71 seats", N, "alliance2018", 71),
     M(R, "four years", N, "years_since", 4, cls="dur"),
     M(R, "30 years", N, "arslan_years", 30, cls="dur"),
     M(R, "2019", D, "protests", "2019"),
     M(R, "at least 10 seats", N, "indep_seats", 10, NIGHT, qual="atleast"),
     M(R, "27 seats", N, "shia_seats", 27),

     M(K, "Minggu (15/5/2022)", D, "election", "2022-05-15"),
     M(K, "Selasa (17/5/2022)", D, "results", "2022-05-17"),
     M(K, "sekitar 62 kursi", N, "alliance", 62, FINAL, qual="approx"),
     M(K, "65 kursi", N, "majority", 65),
     M(K, "128 orang", N, "seats", 128),
     M(K, "71 kursi", N, "alliance2018", 71),
     M(K, "19 kursi", N, "lf_seats", 19, FINAL, src=OFF),
     M(K, "2019", D, "protests", "2019"),
     M(K, "13 kursi", N, "indep_seats", 13, FINAL),
     M(K, "27 kursi", N, "shia_seats", 27),
     M(K, "41 persen", N, "turnout", 41, cls="pct"),
     M(K, "49 persen", N, "turnout2018", 49, cls="pct"),
     M(K, "2018", D, "y2018", "2018"),
     M(K, "718 kandidat", N, "candidates", 718),
     M(K, "103 daftar", N, "lists", 103),
     M(K, "15 daerah pemilihan", N, "districts", 15),
     M(K, "84 tahun", N, "berri_age", 84, cls="age"),
     M(K, "1992", D, "berri_since", "1992"),

     M(A, "Tuesday", D, "speaker_vote", "2022-05-31"),
     M(A, "65 votes", N, "berri_votes", 65),
     M(A, "128-member", N, "seats", 128),
     M(A, "23 ballots", N, "blank", 23),
     M(A, "40", N, "cancelled", 40),
     M(A, "84", N, "berri_age", 84, cls="age"),
     M(A, "1992", D, "berri_since", "1992"),
     M(A, "98 votes", N, "berri_votes2018", 98),
     M(A, "2018", D, "y2018", "2018"),
     M(A, "27 Shiite seats", N, "shia_seats", 27),
     M(A, "May 15", D, "election", "2022-05-15"),
     M(A, "19 lawmakers", N, "lf_seats", 19, FINAL, src=OFF),
     M(A, "13 independents", N, "indep_seats", 13, FINAL),
     M(A, "2019", D, "protests", "2019"),
     M(A, "65 votes", N, "deputy_votes", 65, occ=2),
     M(A, "60", N, "skaff_votes", 60),
     M(A, "64 votes", N, "bousaab_r1", 64),
     M(A, "49", N, "skaff_r1", 49),

     M(T, "Selasa (31/5/2022)", D, "speaker_vote", "2022-05-31"),
     M(T, "84 tahun", N, "berri_age", 84, cls="age"),
     M(T, "65 suara", N, "berri_votes", 65),
     M(T, "128 anggota parlemen", N, "seats", 128),
     M(T, "32 kertas suara", N, "blank", 32, planted=True),
     M(T, "40 lainnya", N, "cancelled", 40),
     M(T, "98 suara", N, "berri_votes2018", 98),
     M(T, "2018", D, "y2018", "2018"),
     M(T, "65 suara", N, "deputy_votes", 65, occ=2),
     M(T, "60 suara", N, "skaff_votes", 60),
     M(T, "19 kursi", N, "lf_seats", 19, FINAL, src=OFF),
     M(T, "15 Mei", D, "election", "2022-05-15"),
     M(T, "71 kursi", N, "alliance2018", 71),
     M(T, "1992", D, "berri_since", "1992"),

     M(AN, "54 anggota parlemen", N, "mikati_votes", 54),
     M(AN, "Kamis (23/6/2022)", D, "designation", "2022-06-23"),
     M(AN, "25 anggota parlemen", N, "salam_votes", 25),
     M(AN, "46 anggota parlemen", N, "no_name", 46),
     M(AN, "66 tahun", N, "mikati_age", 66, cls="age"),
     M(AN, "15 Mei 2022", D, "election", "2022-05-15"),
     M(AN, "128 kursinya", N, "seats", 128),
     M(AN, "30 Mei", D, "speaker_vote", "2022-05-30", planted=True),
     M(AN, "65 suara", N, "berri_votes", 65),
     M(AN, "Oktober", D, "aoun_term_end", "2022-10"),
     M(AN, "April", D, "imf_deal", "2022-04"),
     M(AN, "3 miliar dolar AS", N, "imf_amount", 3, cls="usdbn"),
     M(AN, "empat tahun", N, "imf_years", 4, cls="dur"),
    ]
    build("lebanon-election-2022", "Lebanon's parliamentary election of Sunday 15 May 2022 (128 seats, 718 candidates "
          "on 103 lists in 15 districts, about 3.9 million voters, turnout 41% against 49% in 2018): the Lebanese "
          "Forces' claim of at least 20 seats on the night against the official 19, independents from at least 10 to "
          "13 seats, the final results on Tuesday 17 May (Hezbollah and its allies about 62 seats, 71 in 2018); Nabih "
          "Berri re-elected speaker with 65 votes (23 blank, 40 cancelled; 98 in 2018) and Elias Bou Saab deputy "
          "speaker 65-60 in a second round (64-49 in the first) on Tuesday 31 May; Najib Mikati named prime minister "
          "by 54 lawmakers (25 for Nawaf Salam, 46 naming nobody) on Thursday 23 June 2022", False, ms, names)


def jordan():
    R, J, K, B = "reuters-sep18", "jordantimes-sep19", "kontan-sep22", "bisnis-sep20"
    names = {
     "cut": "size of the cut", "peg": "the dinar's peg to the dollar", "infl": "average inflation in the first eight months",
     "infl_proj": "projected inflation for the year", "period8": "months of the tourism and inflation figures",
     "period7": "months of the remittance figures", "reserves": "foreign reserves (billion dollars)",
     "cover": "months of imports the reserves cover", "dep_growth": "growth of bank deposits",
     "deposits": "bank deposits (billion dinars)", "credit_growth": "growth of bank credit",
     "credit": "bank credit (billion dinars)", "car": "the capital adequacy ratio", "liq": "the liquidity ratio",
     "liq_min": "the liquidity ratio's minimum", "tour_growth": "growth of tourism receipts",
     "tourism": "tourism receipts (billion dollars)", "remit_growth": "growth of remittances",
     "remit": "remittances (billion dollars)", "exp_growth": "growth of exports", "exports": "exports (billion dollars)",
     # dates
     "decision": "day of the decision", "effective": "day the cut takes effect", "peg_since": "year the peg began",
     "reserves_date": "month of the reserves figure", "deposits_date": "month of the deposit and credit figures",
     "fed_cut": "day of the Federal Reserve's cut",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "Thursday", D, "decision", "2025-09-18"),
     M(R, "Sunday", D, "effective", "2025-09-21"),
     M(R, "0.709", N, "peg", 0.709, cls="fx"),
     M(R, "1995", D, "peg_since", "1995"),
     M(R, "1.86%", N, "infl", 1.86, cls="pct"),
     M(R, "eight months", N, "period8", 8, cls="months"),
     M(R, "2.2%", N, "infl_proj", 2.2, qual="approx", cls="pct"),
     M(R, "$22.8 billion", N, "reserves", 22.8, cls="usdbn"),
     M(R, "August", D, "reserves_date", "2025-08"),
     M(R, "8.7 months", N, "cover", 8.7, cls="months"),
     M(R, "5.7%", N, "dep_growth", 5.7, cls="pct"),
     M(R, "48.3 billion dinars", N, "deposits", 48.3, cls="jdbn"),
     M(R, "July", D, "deposits_date", "2025-07"),
     M(R, "2.8%", N, "credit_growth", 2.8, cls="pct"),
     M(R, "35.6 billion dinars", N, "credit", 35.6, cls="jdbn"),
     M(R, "18%", N, "car", 18, cls="pct"),
     M(R, "142.4%", N, "liq", 142.4, cls="pct"),
     M(R, "100%", N, "liq_min", 100, cls="pct"),
     M(R, "7.5%", N, "tour_growth", 7.5, cls="pct"),
     M(R, "$5.3 billion", N, "tourism", 5.3, cls="usdbn"),
     M(R, "eight months", N, "period8", 8, cls="months", occ=2),
     M(R, "1.5%", N, "remit_growth", 1.5, cls="pct"),
     M(R, "$2.1 billion", N, "remit", 2.1, cls="usdbn"),
     M(R, "seven months", N, "period7", 7, cls="months"),
     M(R, "8.3%", N, "exp_growth", 8.3, cls="pct"),
     M(R, "$6.8 billion", N, "exports", 6.8, cls="usdbn"),

     M(J, "Thursday", D, "decision", "2025-09-18"),
     M(J, "25 basis points", N, "cut", 25, cls="bp"),
     M(J, "Sunday, September 21", D, "effective", "2025-09-21"),
     M(J, "$22.8 billion", N, "reserves", 22.8, cls="usdbn"),
     M(J, "8.7 months", N, "cover", 8.7, cls="months"),
     M(J, "1.86 per cent", N, "infl", 1.86, cls="pct"),
     M(J, "eight months", N, "period8", 8, cls="months"),
     M(J, "2.2 per cent", N, "infl_proj", 2.2, qual="approx", cls="pct"),
     M(J, "5.7 per cent", N, "dep_growth", 5.7, cls="pct"),
     M(J, "JD48.3 billion", N, "deposits", 48.3, cls="jdbn"),
     M(J, "July", D, "deposits_date", "2025-07"),
     M(J, "2.8 per cent", N, "credit_growth", 2.8, cls="pct"),
     M(J, "JD35.6 billion", N, "credit", 35.6, cls="jdbn"),
     M(J, "18 per cent", N, "car", 18, cls="pct"),
     M(J, "142.4 per cent", N, "liq", 142.4, cls="pct"),
     M(J, "100 per cent", N, "liq_min", 100, cls="pct"),
     M(J, "$5.3 billion", N, "tourism", 5.3, cls="usdbn"),
     M(J, "eight months", N, "period8", 8, cls="months", occ=2),
     M(J, "7.5 per cent", N, "tour_growth", 7.5, cls="pct"),
     M(J, "1.5 per cent", N, "remit_growth", 1.5, cls="pct"),
     M(J, "$2.1 billion", N, "remit", 2.1, cls="usdbn"),
     M(J, "seven months", N, "period7", 7, cls="months"),
     M(J, "8.3 per cent", N, "exp_growth", 8.3, cls="pct"),
     M(J, "$6.8 billion", N, "exports", 6.8, cls="usdbn"),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "Kamis (18/9/2025)", D, "decision", "2025-09-18"),
     M(K, "Minggu (21/9/2025)", D, "effective", "2025-09-21"),
     M(K, "Rabu (17/9/2025)", D, "fed_cut", "2025-09-17"),
     M(K, "1,86%", N, "infl", 1.86, cls="pct"),
     M(K, "delapan bulan", N, "period8", 8, cls="months"),
     M(K, "2,2%", N, "infl_proj", 2.2, qual="approx", cls="pct"),
     M(K, "22,8 miliar dolar AS", N, "reserves", 22.8, cls="usdbn"),
     M(K, "Agustus", D, "reserves_date", "2025-08"),
     M(K, "8,7 bulan", N, "cover", 8.7, cls="months"),
     M(K, "5,7%", N, "dep_growth", 5.7, cls="pct"),
     M(K, "48,3 miliar dinar", N, "deposits", 48.3, cls="jdbn"),
     M(K, "Juli", D, "deposits_date", "2025-07"),
     M(K, "2,8%", N, "credit_growth", 2.8, cls="pct"),
     M(K, "35,6 miliar dinar", N, "credit", 35.6, cls="jdbn"),
     M(K, "18%", N, "car", 18, cls="pct"),
     M(K, "142,4%", N, "liq", 142.4, cls="pct"),
     M(K, "100%", N, "liq_min", 100, cls="pct"),
     M(K, "7,5%", N, "tour_growth", 7.5, cls="pct"),
     M(K, "5,3 miliar dolar AS", N, "tourism", 5.3, cls="usdbn"),
     M(K, "delapan bulan", N, "period8", 8, cls="months", occ=2),
     M(K, "1,5%", N, "remit_growth", 1.5, cls="pct"),
     M(K, "2,1 miliar dolar AS", N, "remit", 2.1, cls="usdbn"),
     M(K, "tujuh bulan", N, "period7", 7, cls="months"),
     M(K, "8,3%", N, "exp_growth", 8.3, cls="pct"),
     M(K, "6,8 miliar dolar AS", N, "exports", 6.8, cls="usdbn"),

     M(B, "25 basis poin", N, "cut", 25, cls="bp"),
     M(B, "Kamis (18/9/2025)", D, "decision", "2025-09-18"),
     M(B, "21 September 2025", D, "effective", "2025-09-21"),
     M(B, "25 basis poin", N, "cut", 25, cls="bp", occ=2),
     M(B, "1,86%", N, "infl", 1.86, cls="pct"),
     M(B, "delapan bulan", N, "period8", 8, cls="months"),
     M(B, "2,2%", N, "infl_proj", 2.2, qual="approx", cls="pct"),
     M(B, "22,8 miliar dolar AS", N, "reserves", 22.8, cls="usdbn"),
     M(B, "Agustus 2025", D, "reserves_date", "2025-08"),
     M(B, "8,7 bulan", N, "cover", 8.7, cls="months"),
     M(B, "0,709", N, "peg", 0.709, cls="fx"),
     M(B, "1995", D, "peg_since", "1995"),
     M(B, "5,7%", N, "dep_growth", 5.7, cls="pct"),
     M(B, "48,3 miliar dinar", N, "deposits", 48.3, cls="jdbn"),
     M(B, "Juli 2025", D, "deposits_date", "2025-07"),
     M(B, "2,8%", N, "credit_growth", 2.8, cls="pct"),
     M(B, "35,6 miliar dinar", N, "credit", 35.6, cls="jdbn"),
     M(B, "18%", N, "car", 18, cls="pct"),
     M(B, "8,3%", N, "exp_growth", 8.3, cls="pct"),
     M(B, "6,8 miliar dolar AS", N, "exports", 6.8, cls="usdbn"),
     M(B, "7,5%", N, "tour_growth", 7.5, cls="pct"),
     M(B, "5,3 miliar dolar AS", N, "tourism", 5.3, cls="usdbn"),
     M(B, "delapan bulan", N, "period8", 8, cls="months", occ=2),
    ]
    build("jordan-rate-2025", "The Central Bank of Jordan's rate decision (control) of Thursday 18 September 2025, "
          "effective Sunday 21 September: all policy rates cut 25 basis points; inflation averaging 1.86% in the first "
          "eight months (about 2.2% expected for the year); reserves of $22.8 billion at the end of August (8.7 months "
          "of imports); deposits up 5.7% to 48.3 billion dinars and credit up 2.8% to 35.6 billion at the end of July; "
          "capital adequacy 18%, liquidity 142.4% (minimum 100%); tourism up 7.5% to $5.3 billion, remittances up 1.5% "
          "to $2.1 billion, exports up 8.3% to $6.8 billion; the dinar pegged at 0.709 to the dollar since 1995. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    hamdaniya()
    lebanon()
    jordan()
