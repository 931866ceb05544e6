"""The three-hundred-and-eleventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset311/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def luwu():
    Dt, A, K, J = "detik-may4", "ap-may5", "kompas-may7", "jakpost-may27"
    # as-of times of the running tallies: Friday 3 May 2024 (the provincial agency's first count of 7 dead, its 1,200
    # evacuated), Saturday 4 May (the regency agency's and BNPB's 14 dead, BNPB's 06.00 WIB report of houses and
    # displaced), Monday 6 May (the provincial agency's correction to 11, BNPB's 13 in the province), Tuesday 7 May
    # (12 dead once the last missing child was found), Thursday 16 May (the displaced by village). The dead in
    # Luwu fall from 14 to 11 (a correction: revision) and rise again to 12; the dead in Suli Barat fall from 6 to 4
    # (a revision). The displaced: BNPB's 115 against the provincial agency's 1,200 (sources).
    FRI, SAT, MON, TUE, MAY16 = "2024-05-03", "2024-05-04", "2024-05-06", "2024-05-07", "2024-05-16"
    BNPB, BPBDS = "BNPB", "the South Sulawesi disaster agency"
    names = {
     "dead": "people killed in Luwu", "dead_lat": "dead in Latimojong", "dead_suli": "dead in Suli Barat",
     "dead_prov": "people killed in South Sulawesi", "dead_sidrap": "dead in Sidrap", "dead_wajo": "dead in Wajo",
     "districts": "sub-districts flooded", "depth": "water depth (m)", "families": "families affected",
     "houses_flooded": "houses flooded", "houses_heavy": "houses heavily damaged", "houses_swept": "houses swept away",
     "displaced": "people displaced", "isolated": "residents cut off in Latimojong",
     "isolated_tib": "residents cut off in Tibussan", "emerg_reg": "days of the regency's emergency",
     "emerg_prov": "days of the province's emergency", "toraja_dead": "dead in the Tana Toraja landslides",
     "house_aid": "aid per heavily damaged house (rupiah)", "bnpb_fund": "BNPB's emergency fund (rupiah)",
     "disp_bajo": "displaced in Bajo", "disp_tib": "displaced in Tibussan", "disp_pajang": "displaced in Pajang",
     "soldiers": "soldiers sent to Kadundung",
     # dates
     "asof_sat": "day of the count of 14", "asof_fri": "day of the first count of 7", "rain": "day the rain began",
     "flood": "day of the floods", "emerg_reg_end": "last day of the regency's emergency",
     "emerg_prov_end": "last day of the province's emergency", "asof_tue": "day of the count of 12",
     "correction": "day the toll was corrected", "toraja": "the Tana Toraja landslides",
     "asof_may16": "day of the count of the displaced by village",
    }
    ms = [
     M(Dt, "14 orang", N, "dead", 14, SAT),
     M(Dt, "Sabtu (4/5/2024)", D, "asof_sat", "2024-05-04"),
     M(Dt, "delapan korban", N, "dead_lat", 8, SAT),
     M(Dt, "enam lainnya", N, "dead_suli", 6, SAT),
     M(Dt, "Jumat (3/5/2024)", D, "asof_fri", "2024-05-03"),
     M(Dt, "tujuh korban", N, "dead", 7, FRI),
     M(Dt, "Kamis malam", D, "rain", "2024-05-02"),
     M(Dt, "13 kecamatan", N, "districts", 13),
     M(Dt, "3 meter", N, "depth", 3, cls="m"),
     M(Dt, "1.385 KK", N, "families", 1385, SAT),
     M(Dt, "1.867 rumah", N, "houses_flooded", 1867, SAT),
     M(Dt, "103 rumah", N, "houses_heavy", 103, SAT),
     M(Dt, "42 rumah", N, "houses_swept", 42, SAT),
     M(Dt, "115 jiwa", N, "displaced", 115, SAT, src=BNPB),
     M(Dt, "sekitar 3.000 warga", N, "isolated", 3000, SAT, qual="approx"),
     M(Dt, "30 hari", N, "emerg_reg", 30, cls="days"),
     M(Dt, "1 Juni 2024", D, "emerg_reg_end", "2024-06-01"),
     M(Dt, "14 hari", N, "emerg_prov", 14, cls="days"),
     M(Dt, "Kamis (16/5/2024)", D, "emerg_prov_end", "2024-05-16"),

     M(A, "14 people", N, "dead", 14, SAT),
     M(A, "Thursday", D, "rain", "2024-05-02"),
     M(A, "Friday", D, "flood", "2024-05-03"),
     M(A, "3 meters", N, "depth", 3, cls="m"),
     M(A, "13 sub-districts", N, "districts", 13),
     M(A, "More than 1,800 houses", N, "houses_flooded", 1800, SAT, qual="morethan"),
     M(A, "24", N, "houses_swept", 24, SAT, planted=True),
     M(A, "Saturday", D, "asof_sat", "2024-05-04"),
     M(A, "115 people", N, "displaced", 115, SAT, src=BNPB),
     M(A, "Friday", D, "asof_fri", "2024-05-03", occ=2),
     M(A, "1,200 residents", N, "displaced", 1200, FRI, src=BPBDS),
     M(A, "14-day", N, "emerg_prov", 14, cls="days"),
     M(A, "30 days", N, "emerg_reg", 30, cls="days"),
     M(A, "20 people", N, "toraja_dead", 20),
     M(A, "In April", D, "toraja", "2024-04"),

     M(K, "12 orang", N, "dead", 12, TUE),
     M(K, "Selasa (7/5/2024)", D, "asof_tue", "2024-05-07"),
     M(K, "delapan korban", N, "dead_lat", 8, TUE),
     M(K, "empat korban", N, "dead_suli", 4, TUE),
     M(K, "Senin (6/5/2024)", D, "correction", "2024-05-06"),
     M(K, "14 korban", N, "dead", 14, SAT),
     M(K, "11 orang", N, "dead", 11, MON),
     M(K, "13 korban", N, "dead_prov", 13, MON),
     M(K, "11 di Luwu", N, "dead", 11, MON),
     M(K, "satu di Sidrap", N, "dead_sidrap", 1, MON),
     M(K, "satu di Wajo", N, "dead_wajo", 1, MON),
     M(K, "Rp60 juta", N, "house_aid", 60e6, cls="idr"),
     M(K, "Rp2,5 miliar", N, "bnpb_fund", 2.5e9, cls="idr"),
     M(K, "Sekitar 500 warga", N, "isolated_tib", 500, TUE, qual="approx"),

     M(J, "May 2", D, "flood", "2024-05-02", planted=True),
     M(J, "12 people", N, "dead", 12, TUE),
     M(J, "eight", N, "dead_lat", 8, TUE),
     M(J, "four", N, "dead_suli", 4, TUE),
     M(J, "14", N, "dead", 14, SAT),
     M(J, "May 6", D, "correction", "2024-05-06"),
     M(J, "May 16", D, "asof_may16", "2024-05-16"),
     M(J, "1,362 displaced people", N, "disp_bajo", 1362, MAY16),
     M(J, "440", N, "disp_tib", 440, MAY16),
     M(J, "50", N, "disp_pajang", 50, MAY16),
     M(J, "Seventy-eight soldiers", N, "soldiers", 78),
     M(J, "Rp 60 million", N, "house_aid", 60e6, cls="idr"),
     M(J, "June 1", D, "emerg_reg_end", "2024-06-01"),
    ]
    build("luwu-floods-2024", "Floods and landslides in Luwu regency, South Sulawesi (before dawn on Friday 3 May "
          "2024): the provincial agency's first 7 dead (Friday), 14 on Saturday 4 May (8 in Latimojong, 6 in Suli Barat), "
          "corrected down to 11 on Monday 6 May (BNPB: 13 in the province, 11 in Luwu, 1 in Sidrap, 1 in Wajo), 12 on "
          "Tuesday 7 May (8 and 4) once the last missing child was found; BNPB's 06.00 WIB report of Saturday (13 "
          "sub-districts, 1,385 families, 1,867 houses flooded, 103 heavily damaged, 42 swept away, 115 displaced) "
          "against the provincial agency's 1,200 evacuated on Friday; a 30-day regency emergency to 1 June and a 14-day "
          "provincial one to 16 May; the displaced by village on 16 May", False, ms, names)


def nurdin():
    T, A, R, J = "tempo-feb28", "antara-jul27", "reuters-nov30", "jakpost-dec08"
    # Stages on different days, none a running tally: the handover of the money (Friday 26 February 2021), the sting
    # (Saturday 27 February, about 01.00 WITA), the suspects named (early on Sunday 28 February), the first hearing
    # (Thursday 22 July), the briber's sentence (Monday 26 July), the prosecutors' demand (Monday 15 November), the
    # verdict (Monday 29 November), the governor's decision not to appeal (Monday 6 December) and the KPK's
    # (Tuesday 7 December). What the prosecutors asked (6 years, a 5-year ban, Rp3.187 billion) and what the court
    # imposed (5 years, a 3-year ban, Rp2.187 billion) are different facts; the fines are both Rp500 million.
    names = {
     "suspects": "suspects named", "taken": "people taken in the sting", "handover": "money handed over (rupiah)",
     "detention_first": "days of the first detention", "agung_prison": "the briber's prison term (years)",
     "agung_fine": "the briber's fine (rupiah)", "agung_sub": "the briber's jail in lieu of the fine (months)",
     "bribe_sgd": "bribe received directly (S$)", "bribe_idr": "bribe received through Edy Rahmat (rupiah)",
     "grat_idr": "gratuities charged (rupiah)", "grat_sgd": "gratuities charged (S$)",
     "prison": "Nurdin's prison term (years)", "fine": "Nurdin's fine (rupiah)",
     "sub": "Nurdin's jail in lieu of the fine (months)", "restit": "restitution ordered (rupiah)",
     "restit_sgd": "restitution ordered (S$)", "ban": "years barred from office", "demand_prison": "prison term sought",
     "demand_fine": "fine sought (rupiah)", "demand_ban": "ban from office sought (years)",
     "demand_restit": "restitution sought (rupiah)", "mosque": "gratuity for a mosque rejected (rupiah)",
     "edy_prison": "Edy Rahmat's prison term (years)", "appeal_window": "days to decide on an appeal",
     "custody": "days in custody by the verdict",
     # dates
     "named": "day the suspects were named", "handover_day": "day of the handover",
     "arrest": "day of the sting", "inaug": "day Nurdin took office", "agung_verdict": "day of the briber's sentence",
     "first_hearing": "day of Nurdin's first hearing", "verdict": "day of the verdict",
     "demand": "day of the prosecutors' demand", "noappeal": "day Nurdin chose not to appeal",
     "kpk_noappeal": "day the KPK said it would not appeal",
    }
    ms = [
     M(T, "Minggu dini hari (28/2/2021)", D, "named", "2021-02-28"),
     M(T, "tiga tersangka", N, "suspects", 3),
     M(T, "enam orang", N, "taken", 6),
     M(T, "sekitar Rp2 miliar", N, "handover", 2e9, qual="approx", cls="idr"),
     M(T, "Jumat (26/2/2021)", D, "handover_day", "2021-02-26"),
     M(T, "Sabtu (27/2/2021)", D, "arrest", "2021-02-27"),
     M(T, "20 hari", N, "detention_first", 20, cls="days"),
     M(T, "5 September 2018", D, "inaug", "2018-09-05"),

     M(A, "2 tahun penjara", N, "agung_prison", 2, cls="yrs"),
     M(A, "Senin (26/7/2021)", D, "agung_verdict", "2021-07-26"),
     M(A, "Rp150 juta", N, "agung_fine", 150e6, cls="idr"),
     M(A, "4 bulan kurungan", N, "agung_sub", 4, cls="mon"),
     M(A, "Kamis (22/7/2021)", D, "first_hearing", "2021-07-22"),
     M(A, "150.000 dolar Singapura", N, "bribe_sgd", 150000, cls="sgd"),
     M(A, "Rp2,5 miliar", N, "bribe_idr", 2.5e9, cls="idr"),
     M(A, "Rp6,5 miliar", N, "grat_idr", 6.5e9, cls="idr"),
     M(A, "200.000 dolar Singapura", N, "grat_sgd", 200000, cls="sgd"),
     M(A, "akhir Februari 2021", D, "arrest", "2021-02"),

     M(R, "Monday", D, "verdict", "2021-11-29"),
     M(R, "five years", N, "prison", 5, cls="yrs"),
     M(R, "500 million rupiah", N, "fine", 5e8, cls="idr"),
     M(R, "four months", N, "sub", 4, cls="mon"),
     M(R, "2.187 billion rupiah", N, "restit", 2.187e9, cls="idr"),
     M(R, "S$350,000", N, "restit_sgd", 350000, cls="sgd"),
     M(R, "three years", N, "ban", 3, cls="yrs"),
     M(R, "six years", N, "demand_prison", 6, cls="yrs"),
     M(R, "500 million rupiah", N, "demand_fine", 5e8, cls="idr", occ=2),
     M(R, "Nov. 16", D, "demand", "2021-11-16", planted=True),
     M(R, "five-year", N, "demand_ban", 5, cls="yrs"),
     M(R, "3.187 billion rupiah", N, "demand_restit", 3.187e9, cls="idr"),
     M(R, "1 billion rupiah", N, "mosque", 1e9, cls="idr"),
     M(R, "four years", N, "edy_prison", 4, cls="yrs"),
     M(R, "late February", D, "arrest", "2021-02"),
     M(R, "seven days", N, "appeal_window", 7, cls="days"),

     M(J, "five-year", N, "prison", 5, cls="yrs"),
     M(J, "Monday", D, "noappeal", "2021-12-06"),
     M(J, "Tuesday", D, "kpk_noappeal", "2021-12-07"),
     M(J, "Nov. 29", D, "verdict", "2021-11-29"),
     M(J, "2.178 billion rupiah", N, "restit", 2.178e9, cls="idr", planted=True),
     M(J, "S$350,000", N, "restit_sgd", 350000, cls="sgd"),
     M(J, "500 million rupiah", N, "fine", 5e8, cls="idr"),
     M(J, "three years", N, "ban", 3, cls="yrs"),
     M(J, "six years", N, "demand_prison", 6, cls="yrs"),
     M(J, "Nov. 15", D, "demand", "2021-11-15"),
     M(J, "five-year", N, "demand_ban", 5, cls="yrs", occ=2),
     M(J, "four-year", N, "edy_prison", 4, cls="yrs"),
     M(J, "276 days", N, "custody", 276, cls="days"),
     M(J, "Feb. 27", D, "arrest", "2021-02-27"),
    ]
    build("nurdin-graft-2021", "The bribery case of South Sulawesi's governor Nurdin Abdullah in stages: the KPK sting "
          "(money handed over on Friday 26 February 2021, the governor taken at about 01.00 WITA on Saturday 27 "
          "February, three of six people named suspects early on Sunday 28 February), the first hearing (Thursday 22 "
          "July), the contractor Agung Sucipto's sentence (Monday 26 July: 2 years, Rp150 million or 4 months), the "
          "prosecutors' demand (Monday 15 November: 6 years, Rp500 million, a 5-year ban, Rp3.187 billion), the verdict "
          "of the Makassar anti-corruption court (Monday 29 November 2021: 5 years, Rp500 million or 4 months, "
          "Rp2.187 billion and S$350,000, a 3-year ban; Edy Rahmat 4 years) and the decisions not to appeal (Monday 6 "
          "and Tuesday 7 December 2021)", False, ms, names)


def governor():
    AN, K, R, J = "antara-dec08", "kompas-dec09", "reuters-dec10", "jakpost-dec11"
    names = {
     "win_votes": "votes for Andi Sudirman-Fatmawati", "lose_votes": "votes for Danny Pomanto-Azhar Arsyad",
     "valid": "valid votes", "win_pct": "winners' share (%)", "lose_pct": "runners-up's share (%)",
     "margin": "winning margin", "voters": "registered voters", "regions_won": "regencies and cities won",
     "regions": "regencies and cities in the province", "lose_regions": "regencies and cities the runners-up won",
     "qc_pct": "the quick count's share for the winners (%)",
     # dates
     "decided": "day the commission declared the result", "vote": "polling day",
    }
    ms = [
     M(AN, "Minggu (8/12/2024)", D, "decided", "2024-12-08"),
     M(AN, "3.014.255 suara", N, "win_votes", 3014255),
     M(AN, "1.600.029 suara", N, "lose_votes", 1600029),
     M(AN, "4.614.284 suara", N, "valid", 4614284),
     M(AN, "65,32 persen", N, "win_pct", 65.32, cls="pct"),
     M(AN, "34,68 persen", N, "lose_pct", 34.68, cls="pct"),
     M(AN, "1.414.226 suara", N, "margin", 1414226),
     M(AN, "Rabu (27/11/2024)", D, "vote", "2024-11-27"),
     M(AN, "6.680.807 pemilih", N, "voters", 6680807),
     M(AN, "21", N, "regions_won", 21),
     M(AN, "24 kabupaten", N, "regions", 24),
     M(AN, "tiga daerah", N, "lose_regions", 3),

     M(K, "Minggu (8/12/2024)", D, "decided", "2024-12-08"),
     M(K, "3.014.255 suara", N, "win_votes", 3014255),
     M(K, "65,32 persen", N, "win_pct", 65.32, cls="pct"),
     M(K, "4.614.284 suara", N, "valid", 4614284),
     M(K, "1.600.029 suara", N, "lose_votes", 1600029),
     M(K, "34,68 persen", N, "lose_pct", 34.68, cls="pct"),
     M(K, "lebih dari 1,4 juta suara", N, "margin", 1.4e6, qual="morethan"),
     M(K, "76,34 persen", N, "qc_pct", 76.34, cls="pct"),
     M(K, "Rabu (27/11/2024)", D, "vote", "2024-11-27"),
     M(K, "hampir 6,7 juta pemilih", N, "voters", 6.7e6, qual="nearly"),
     M(K, "21", N, "regions_won", 21),
     M(K, "24 kabupaten", N, "regions", 24),
     M(K, "tiga daerah", N, "lose_regions", 3),

     M(R, "3,014,255 votes", N, "win_votes", 3014255),
     M(R, "65.32%", N, "win_pct", 65.32, cls="pct"),
     M(R, "Sunday", D, "decided", "2024-12-08"),
     M(R, "1,600,029 votes", N, "lose_votes", 1600029),
     M(R, "34.68%", N, "lose_pct", 34.68, cls="pct"),
     M(R, "4.61 million", N, "valid", 4.61e6, qual="approx"),
     M(R, "21", N, "regions_won", 21),
     M(R, "24 regencies", N, "regions", 24),
     M(R, "Nov. 27", D, "vote", "2024-11-27"),
     M(R, "6,680,807 registered voters", N, "voters", 6680807),
     M(R, "1,414,226 votes", N, "margin", 1414226),

     M(J, "Nov. 27", D, "vote", "2024-11-27"),
     M(J, "about 3 million votes", N, "win_votes", 3e6, qual="approx"),
     M(J, "65.3 percent", N, "win_pct", 65.3, qual="approx", cls="pct"),
     M(J, "about 1.6 million votes", N, "lose_votes", 1.6e6, qual="approx"),
     M(J, "34.7 percent", N, "lose_pct", 34.7, qual="approx", cls="pct"),
     M(J, "more than 1.4 million votes", N, "margin", 1.4e6, qual="morethan"),
     M(J, "Dec. 8", D, "decided", "2024-12-08"),
     M(J, "6.68 million people", N, "voters", 6.68e6, qual="approx"),
     M(J, "4,614,284 valid votes", N, "valid", 4614284),
     M(J, "21", N, "regions_won", 21),
     M(J, "24 regencies", N, "regions", 24),
     M(J, "other three", N, "lose_regions", 3),
     M(J, "76.34 percent", N, "qc_pct", 76.34, cls="pct"),
    ]
    build("sulsel-governor-2024", "The South Sulawesi election commission declares the 2024 governor result (control), "
          "on Sunday night 8 December 2024 after polling on Wednesday 27 November: Andi Sudirman Sulaiman-Fatmawati "
          "Rusdi 3,014,255 votes (65.32%), Danny Pomanto-Azhar Arsyad 1,600,029 (34.68%), 4,614,284 valid votes, a "
          "margin of 1,414,226, 6,680,807 registered voters, the winners ahead in 21 of 24 regencies and cities, the "
          "runners-up in three; Indikator's quick count of 76.34% as another fact. Zero conflicts expected.", True, ms,
          names)


if __name__ == "__main__":
    luwu()
    nurdin()
    governor()
