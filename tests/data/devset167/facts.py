"""The hundred-and-sixty-seventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset167/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def masamba():
    A, K, R, T, J = "antara-jul14", "kompas-jul15", "reuters-jul16", "detik-jul19", "jakpost-aug14"
    # as-of times of the running tallies: Tuesday 14 July 2020 evening (the search office's 13 dead, 10 injured, 46
    # missing, the national agency's 4,930 families affected), Wednesday 15 July afternoon (19 dead, 23 missing after
    # the lists were checked, three bodies unidentified, about 15,000 displaced), Thursday 16 July (the regency's
    # disaster agency: 24 dead, 30 injured, 14,483 displaced, 4,202 families or 15,994 people affected; the search
    # office: 21 dead), Saturday 18 July (the national agency's 36 dead, 40 missing, 58 injured, given at its Sunday
    # briefing), Sunday 19 July (the search office's 38 dead, 11 missing, seven unidentified, 1,001 rescuers). The dead,
    # the injured and the families affected do not fall: the 4,202 families of Thursday against the 4,930 of Tuesday
    # is a revision. The missing, the displaced and the unidentified may fall (fall=True). Tolls credited to two
    # agencies are sources (the regency's 24 and the search office's 21 on Thursday, the national agency's 36).
    TUE, WED, THU, SAT, SUN = "2020-07-14", "2020-07-15", "2020-07-16", "2020-07-18", "2020-07-19"
    BPBD, SAR = "the regency's disaster agency (BPBD)", "the search and rescue office (Basarnas)"
    BNPB = "the national disaster agency (BNPB)"
    names = {
     "dead": "people killed", "injured": "people injured", "missing": "people missing",
     "mud": "depth of mud in the homes on the first day (m)", "mud_search": "depth of mud at the search sites (m)", "families": "families affected", "affected": "people affected", "districts": "districts affected",
     "flights": "days flights were suspended", "sar_basarnas": "Basarnas personnel sent on the first day",
     "sar_mks": "Basarnas personnel from Makassar", "sar_palopo": "Basarnas personnel from Palopo",
     "sar_bone": "Basarnas personnel from Bone", "unident": "bodies not yet identified",
     "displaced": "people displaced", "points": "main search points", "male": "male dead", "female": "female dead",
     "ident": "bodies identified", "sar_all": "rescuers in the joint operation",
     "disp_masamba": "displaced from Masamba district", "disp_baebunta": "displaced from Baebunta",
     "disp_sabbang": "displaced from Sabbang",
     # dates
     "flood": "day of the flash flood", "asof_tue": "day of Tuesday's count", "asof_wed": "day of Wednesday's count",
     "rain": "day the heavy rain began", "asof_sun": "day of Sunday's count", "resume": "day the search resumes",
     "asof_thu": "day of Thursday's counts", "asof_sat": "day of the national agency's count",
    }
    ms = [
     M(A, "Senin (13/7/2020)", D, "flood", "2020-07-13"),
     M(A, "13 orang", N, "dead", 13, TUE),
     M(A, "Selasa (14/7/2020)", D, "asof_tue", "2020-07-14"),
     M(A, "10 orang luka-luka", N, "injured", 10, TUE),
     M(A, "46 orang", N, "missing", 46, TUE, fall=True),
     M(A, "1,5 meter", N, "mud", 1.5, cls="m"),
     M(A, "4.930 keluarga", N, "families", 4930, TUE),
     M(A, "enam kecamatan", N, "districts", 6),
     M(A, "14 hari", N, "flights", 14, cls="dur"),
     M(A, "26 personel", N, "sar_basarnas", 26, TUE),
     M(A, "14 orang dari Makassar", N, "sar_mks", 14, TUE),
     M(A, "enam dari Palopo", N, "sar_palopo", 6, TUE),
     M(A, "enam dari Bone", N, "sar_bone", 6, TUE),

     M(K, "19 orang", N, "dead", 19, WED),
     M(K, "Rabu (15/7/2020)", D, "asof_wed", "2020-07-15"),
     M(K, "23 orang", N, "missing", 23, WED, fall=True),
     M(K, "Tiga jenazah", N, "unident", 3, WED, fall=True),
     M(K, "2 meter", N, "mud_search", 2, cls="m"),
     M(K, "sekitar 15.000 warga", N, "displaced", 15000, WED, qual="approx", fall=True),
     M(K, "Senin (13/7/2020)", D, "flood", "2020-07-13"),
     M(K, "Minggu", D, "rain", "2020-07-12"),
     M(K, "tiga titik utama", N, "points", 3),

     M(R, "21", N, "dead", 21, THU, src=SAR),
     M(R, "Thursday", D, "asof_thu", "2020-07-16"),
     M(R, "24", N, "dead", 24, THU, src=BPBD),
     M(R, "30 people", N, "injured", 30, THU),
     M(R, "Monday", D, "flood", "2020-07-13"),
     M(R, "More than 14,000 people", N, "displaced", 14000, THU, qual="morethan", fall=True),
     M(R, "4,202 families", N, "families", 4202, THU),
     M(R, "15,994 people", N, "affected", 15994, THU),

     M(T, "38 orang", N, "dead", 38, SUN),
     M(T, "Minggu (19/7/2020)", D, "asof_sun", "2020-07-19"),
     M(T, "11 orang", N, "missing", 11, SUN, fall=True),
     M(T, "38 jenazah", N, "dead", 38, SUN),
     M(T, "15 berjenis kelamin laki-laki", N, "male", 15, SUN),
     M(T, "23 perempuan", N, "female", 23, SUN),
     M(T, "31 jenazah", N, "ident", 31, SUN),
     M(T, "tujuh lainnya", N, "unident", 7, SUN, fall=True),
     M(T, "1.001 personel", N, "sar_all", 1001, SUN),
     M(T, "Senin (20/7/2020)", D, "resume", "2020-07-20"),
     M(T, "Sabtu (18/7/2020)", D, "asof_sat", "2020-07-18"),
     M(T, "36 orang meninggal", N, "dead", 36, SAT, src=BNPB),
     M(T, "40 orang hilang", N, "missing", 40, SAT, fall=True),
     M(T, "58 orang luka-luka", N, "injured", 58, SAT),
     M(T, "Selasa (14/7/2020)", D, "flood", "2020-07-14", planted=True),

     M(J, "July 13", D, "flood", "2020-07-13"),
     M(J, "July 19", D, "asof_sun", "2020-07-19"),
     M(J, "38 dead", N, "dead", 38, SUN),
     M(J, "11 people", N, "missing", 11, SUN, fall=True),
     M(J, "Thursday", D, "asof_thu", "2020-07-16"),
     M(J, "14,483 people", N, "displaced", 14483, THU, fall=True),
     M(J, "7,748", N, "disp_masamba", 7748, THU, fall=True),
     M(J, "5,808", N, "disp_baebunta", 5808, THU, fall=True),
     M(J, "927", N, "disp_sabbang", 927, THU, fall=True),
     M(J, "24 dead", N, "dead", 24, THU, src=BPBD),
     M(J, "30 injured", N, "injured", 30, THU),
     M(J, "21", N, "dead", 21, THU, src=SAR),
    ]
    build("masamba-flood-2020", "The flash flood in Masamba, North Luwu regency, South Sulawesi (Monday 13 July 2020, "
          "about 20.00 WITA; the Masamba, Radda and Rongkong rivers): 13 dead by Tuesday 14 July evening (10 injured, 46 "
          "missing), 19 by Wednesday 15 July (23 missing, about 15,000 displaced), 24 by the regency's disaster agency "
          "against the search office's 21 on Thursday 16 July (30 injured, 14,483 displaced), 38 by Sunday 19 July (11 "
          "missing), recalled a month on (the two agencies' Thursday tolls in two outlets)", False, ms, names)


def enembe():
    T, K, R, D1 = "tempo-sep13", "kompas-oct19", "reuters-oct20", "detik-dec26"
    # three stages on different dates: the prosecutors' demand (Wednesday 13 September 2023), the anti-corruption
    # court's verdict (Thursday 19 October 2023, put off from Monday 9 October), the appeal court's heavier sentence
    # (reported after it, undated in the set) and the defendant's death (Tuesday 26 December 2023). The demand, the
    # verdict and the appeal ruling are different facts: their prison terms, fines, subsidiary detentions and
    # restitution sums are tempting pairs (none), also where the value is the same (Rp 1 billion demanded and imposed on
    # appeal, Rp 47.8 billion demanded and imposed on appeal, four months' detention at trial and on appeal).
    names = {
     "demand": "prison term the prosecutors demanded", "demand_fine": "fine the prosecutors demanded",
     "demand_sub": "detention in lieu of the demanded fine", "demand_rest": "restitution the prosecutors demanded",
     "verdict": "prison term at trial", "fine": "fine at trial", "sub": "detention in lieu of the fine at trial",
     "rest": "restitution ordered at trial", "bribes": "bribes the court found", "grat": "gratuities the court found",
     "think": "days the prosecutors took to consider an appeal", "age": "the defendant's age at death",
     "appeal": "prison term on appeal", "appeal_fine": "fine on appeal", "appeal_sub": "detention in lieu of the fine on appeal",
     "appeal_rest": "restitution on appeal",
     # dates
     "demand_day": "day of the prosecutors' demand", "trial_start": "day the trial began", "arrest": "day of the arrest",
     "mic": "day of the hearing with the microphone", "verdict_day": "day of the verdict",
     "scheduled": "day the verdict was first scheduled", "governor": "year he became governor",
     "guarded": "year his home was guarded", "death": "day of his death", "flight": "day the body is flown home",
     "suspect": "month he was named a suspect",
    }
    ms = [
     M(T, "10 tahun 6 bulan", N, "demand", 10.5, cls="dur"),
     M(T, "Rabu, 13 September 2023", D, "demand_day", "2023-09-13"),
     M(T, "Rp 1 miliar", N, "demand_fine", 1e9, cls="rp"),
     M(T, "enam bulan kurungan", N, "demand_sub", 0.5, cls="dur"),
     M(T, "Rp 47.833.485.350", N, "demand_rest", 47833485350, cls="rp"),
     M(T, "19 Juni 2023", D, "trial_start", "2023-06-19"),
     M(T, "10 Januari 2023", D, "arrest", "2023-01-10"),
     M(T, "4 September 2023", D, "mic", "2023-09-04"),

     M(K, "8 tahun penjara", N, "verdict", 8, cls="dur"),
     M(K, "Kamis (19/10/2023)", D, "verdict_day", "2023-10-19"),
     M(K, "Rp 500 juta", N, "fine", 5e8, cls="rp"),
     M(K, "empat bulan kurungan", N, "sub", 4 / 12, cls="dur"),
     M(K, "Rp 19.690.793.900", N, "rest", 19690793900, cls="rp"),
     M(K, "Rp 17,7 miliar", N, "bribes", 17.7e9, cls="rp"),
     M(K, "Rp 1,99 miliar", N, "grat", 1.99e9, cls="rp"),
     M(K, "10 tahun 6 bulan", N, "demand", 10.5, cls="dur"),
     M(K, "Rp 47,8 miliar", N, "demand_rest", 47.8e9, qual="approx", cls="rp"),
     M(K, "Senin (9/10/2023)", D, "scheduled", "2023-10-09"),
     M(K, "tujuh hari", N, "think", 7 / 365, cls="dur"),

     M(R, "Thursday", D, "verdict_day", "2023-10-19"),
     M(R, "eight years", N, "verdict", 8, cls="dur"),
     M(R, "500 million rupiah", N, "fine", 5e8, cls="rp"),
     M(R, "19.96 billion rupiah", N, "rest", 19.96e9, cls="rp", planted=True),
     M(R, "17.7 billion rupiah", N, "bribes", 17.7e9, cls="rp"),
     M(R, "1.99 billion rupiah", N, "grat", 1.99e9, cls="rp"),
     M(R, "10-1/2 years", N, "demand", 10.5, cls="dur"),
     M(R, "2013", D, "governor", "2013"),
     M(R, "January", D, "arrest", "2023-01"),
     M(R, "Oct. 9", D, "scheduled", "2023-10-09"),
     M(R, "56", N, "age", 56, cls="age"),
     M(R, "2022", D, "guarded", "2022"),

     M(D1, "Selasa (26/12/2023)", D, "death", "2023-12-26"),
     M(D1, "56 tahun", N, "age", 56, cls="age"),
     M(D1, "Rabu (27/12/2023)", D, "flight", "2023-12-27"),
     M(D1, "10 tahun penjara", N, "appeal", 10, cls="dur"),
     M(D1, "Rp 1 miliar", N, "appeal_fine", 1e9, cls="rp"),
     M(D1, "empat bulan kurungan", N, "appeal_sub", 4 / 12, cls="dur"),
     M(D1, "Rp 47,8 miliar", N, "appeal_rest", 47.8e9, qual="approx", cls="rp"),
     M(D1, "8 tahun penjara", N, "verdict", 8, cls="dur"),
     M(D1, "Rabu (18/10/2023)", D, "verdict_day", "2023-10-18", planted=True),
     M(D1, "2013", D, "governor", "2013"),
     M(D1, "September 2022", D, "suspect", "2022-09"),
     M(D1, "10 Januari 2023", D, "arrest", "2023-01-10"),
    ]
    build("enembe-verdict-2023", "The bribery and gratuities case of the former Papua governor Lukas Enembe: the "
          "prosecutors' demand of 10 years 6 months, a Rp 1 billion fine and Rp 47.8 billion restitution (Wednesday 13 "
          "September 2023), the Jakarta anti-corruption court's verdict of 8 years, a Rp 500 million fine and Rp "
          "19,690,793,900 restitution (Thursday 19 October 2023, put off from 9 October), the appeal's 10 years, and "
          "his death on Tuesday 26 December 2023", False, ms, names)


def freeport():
    K, R, C, A = "kompas-dec21", "reuters-dec22", "cnbc-dec23", "antara-dec24"
    names = {
     "stake": "Inalum's stake after the deal", "price": "the price paid", "prior": "Indonesia's stake before the deal",
     "fcx": "Freeport-McMoRan's remaining stake", "smelter": "time allowed to build the smelter",
     "regional": "the Papuan governments' share", "rio": "paid to Rio Tinto", "fcx_paid": "paid to Freeport-McMoRan",
     "tax": "corporate income tax", "roy_cu": "copper royalty", "roy_au": "gold royalty", "bonds": "global bonds sold",
     "jv_inalum": "Inalum's share of the regional joint venture", "jv_region": "the regions' share of the joint venture",
     # dates
     "closing": "day the deal was completed", "licence": "end of the licence with its extension",
     "first_term": "end of the licence's first term", "bonds_month": "month the bonds were sold",
     "old_contract": "end of the old contract of work", "hoa": "month of the heads of agreement",
    }
    ms = [
     M(K, "51,23 persen", N, "stake", 51.23, cls="pct"),
     M(K, "Jumat (21/12/2018)", D, "closing", "2018-12-21"),
     M(K, "3,85 miliar dollar AS", N, "price", 3.85e9, cls="usd"),
     M(K, "9,36 persen", N, "prior", 9.36, cls="pct"),
     M(K, "48,76 persen", N, "fcx", 48.76, cls="pct"),
     M(K, "2041", D, "licence", "2041"),
     M(K, "lima tahun", N, "smelter", 5, cls="dur"),
     M(K, "10 persen", N, "regional", 10, cls="pct"),

     M(R, "Friday", D, "closing", "2018-12-21"),
     M(R, "$3.85 billion", N, "price", 3.85e9, cls="usd"),
     M(R, "51.23 percent", N, "stake", 51.23, cls="pct"),
     M(R, "$3.5 billion", N, "rio", 3.5e9, cls="usd"),
     M(R, "$350 million", N, "fcx_paid", 3.5e8, cls="usd"),
     M(R, "9.36 percent", N, "prior", 9.36, cls="pct"),
     M(R, "48.76 percent", N, "fcx", 48.76, cls="pct"),
     M(R, "2031", D, "first_term", "2031"),
     M(R, "2041", D, "licence", "2041"),
     M(R, "25 percent", N, "tax", 25, cls="pct"),
     M(R, "4 percent", N, "roy_cu", 4, cls="pct"),
     M(R, "3.75 percent", N, "roy_au", 3.75, cls="pct"),
     M(R, "five years", N, "smelter", 5, cls="dur"),
     M(R, "$4 billion", N, "bonds", 4e9, cls="usd"),
     M(R, "November", D, "bonds_month", "2018-11"),
     M(R, "10 percent", N, "regional", 10, cls="pct"),

     M(C, "51,23%", N, "stake", 51.23, cls="pct"),
     M(C, "US$ 3,85 miliar", N, "price", 3.85e9, cls="usd"),
     M(C, "Jumat (21/12/2018)", D, "closing", "2018-12-21"),
     M(C, "US$ 3,5 miliar", N, "rio", 3.5e9, cls="usd"),
     M(C, "US$ 350 juta", N, "fcx_paid", 3.5e8, cls="usd"),
     M(C, "48,76%", N, "fcx", 48.76, cls="pct"),
     M(C, "US$ 4 miliar", N, "bonds", 4e9, cls="usd"),
     M(C, "November 2018", D, "bonds_month", "2018-11"),
     M(C, "2041", D, "licence", "2041"),
     M(C, "2021", D, "old_contract", "2021"),
     M(C, "25%", N, "tax", 25, cls="pct"),
     M(C, "4%", N, "roy_cu", 4, cls="pct"),
     M(C, "3,75%", N, "roy_au", 3.75, cls="pct"),
     M(C, "Juli 2018", D, "hoa", "2018-07"),
     M(C, "lima tahun", N, "smelter", 5, cls="dur"),

     M(A, "3,85 miliar dolar AS", N, "price", 3.85e9, cls="usd"),
     M(A, "Jumat (21/12/2018)", D, "closing", "2018-12-21"),
     M(A, "9,36 persen", N, "prior", 9.36, cls="pct"),
     M(A, "51,23 persen", N, "stake", 51.23, cls="pct"),
     M(A, "10 persen", N, "regional", 10, cls="pct"),
     M(A, "60 persen", N, "jv_inalum", 60, cls="pct"),
     M(A, "40 persen", N, "jv_region", 40, cls="pct"),
     M(A, "48,76 persen", N, "fcx", 48.76, cls="pct"),
     M(A, "2031", D, "first_term", "2031"),
     M(A, "2041", D, "licence", "2041"),
     M(A, "lima tahun", N, "smelter", 5, cls="dur"),
     M(A, "Juli 2018", D, "hoa", "2018-07"),
    ]
    build("freeport-divestment-2018", "The completion of Inalum's purchase of a majority of PT Freeport Indonesia "
          "(control) on Friday 21 December 2018: $3.85 billion ($3.5 billion to Rio Tinto, $350 million to "
          "Freeport-McMoRan) for 51.23% (from 9.36%), Freeport-McMoRan keeping 48.76%; the special licence to 2031, "
          "extendable to 2041 (the contract of work was to end in 2021); 25% income tax, royalties of 4% (copper) and "
          "3.75% (gold); a smelter within five years; 10% for Papua's governments (a joint venture 60:40); $4 billion of "
          "bonds sold in November 2018; the heads of agreement of July 2018. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    masamba()
    enembe()
    freeport()
