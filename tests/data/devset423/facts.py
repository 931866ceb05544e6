"""The four-hundred-and-twenty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset423/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def spill():
    R, K, A, J = "reuters-apr01", "kompas-apr03", "antara-apr05", "jakpost-mar12"
    # as-of times of the running tallies: Saturday 31 March 2018 evening (two bodies), Sunday 1 April (four dead, one
    # missing), Monday 2 April (the same), Tuesday 3 April (the fifth body: five dead; about 1,200 residents with
    # complaints; 34 ha of mangrove), Thursday 5 April (five dead; the complaints revised down to 1,050 after double
    # entries were struck: a revision), the verdict of Monday 11 March 2019 (five dead; 86 ha of mangrove). The
    # oil-covered area: the environment ministry's ground team's about 7,000 ha against the space agency's satellite
    # 12,987 ha (sources). The missing may fall.
    SAT, SUN, MON, APR3, APR5, VERD = ("2018-03-31", "2018-04-01", "2018-04-02", "2018-04-03", "2018-04-05",
                                       "2019-03-11")
    GROUND, LAPAN = "the environment ministry's ground team", "the space agency LAPAN's satellite analysis"
    names = {
     "dead": "fishermen killed by the fire", "missing": "people missing after the fire", "crew": "crew of the coal carrier",
     "complaints": "residents with nausea or breathing complaints", "samples": "points sampled by Pertamina",
     "clinics": "clinics with double entries", "police_witn": "witnesses questioned by the police",
     "court_witn": "witnesses heard by the court", "experts": "experts heard by the court",
     "diam": "pipeline diameter (inches)", "depth": "depth of the pipeline (m)", "drag": "distance the pipeline was dragged (m)",
     "area": "oil-covered sea area (ha)", "coast": "polluted coastline (km)", "mangrove": "mangrove polluted or damaged (ha)",
     "seawater": "sea area of lowered water quality in the verdict (ha)",
     # dates
     "spill": "day of the spill and fire", "count_sat": "day two bodies were recovered", "count_sun": "day of the count of four",
     "count_mon": "day of the Monday count", "emergency": "day the emergency was declared", "dolphin": "day the dead dolphin was found",
     "found5": "day the fifth body was found", "admit": "day Pertamina admitted the pipeline broke",
     "groundcheck": "day of the ministry's ground check", "pipe_since": "year the pipeline came into use",
     "verdict": "day of the verdict", "seized": "month the ship was seized",
    }
    ms = [
     M(R, "Four fishermen", N, "dead", 4, SUN),
     M(R, "one was missing", N, "missing", 1, SUN, fall=True),
     M(R, "Sunday", D, "count_sun", "2018-04-01"),
     M(R, "Saturday", D, "spill", "2018-03-31"),
     M(R, "two bodies", N, "dead", 2, SAT),
     M(R, "Saturday", D, "count_sat", "2018-03-31", occ=2),
     M(R, "20 crew members", N, "crew", 20),

     M(K, "Selasa (3/4/2018)", D, "found5", "2018-04-03"),
     M(K, "5 orang", N, "dead", 5, APR3),
     M(K, "Senin (2/4/2018)", D, "count_mon", "2018-04-02"),
     M(K, "4 nelayan tewas", N, "dead", 4, MON),
     M(K, "1 orang hilang", N, "missing", 1, MON, fall=True),
     M(K, "Sabtu (31/3/2018)", D, "spill", "2018-03-31"),
     M(K, "Senin (2/4/2018)", D, "emergency", "2018-04-02", occ=2),
     M(K, "sekitar 1.200 warga", N, "complaints", 1200, APR3, qual="approx"),
     M(K, "Minggu (1/4/2018)", D, "dolphin", "2018-04-01"),
     M(K, "sembilan titik", N, "samples", 9),

     M(A, "Rabu (4/4/2018)", D, "admit", "2018-04-04"),
     M(A, "20 inci", N, "diam", 20, cls="inch"),
     M(A, "52 meter", N, "depth", 52, cls="m", planted=True),
     M(A, "sekitar 120 meter", N, "drag", 120, qual="approx", cls="m"),
     M(A, "1998", D, "pipe_since", "1998"),
     M(A, "Selasa (3/4/2018)", D, "groundcheck", "2018-04-03"),
     M(A, "sekitar 7.000 hektare", N, "area", 7000, qual="approx", cls="ha", src=GROUND),
     M(A, "60 kilometer", N, "coast", 60, qual="approx", cls="km"),
     M(A, "sekitar 34 hektare", N, "mangrove", 34, APR3, qual="approx", cls="ha"),
     M(A, "5 nelayan", N, "dead", 5, APR5),
     M(A, "1.050 warga", N, "complaints", 1050, APR5),
     M(A, "dua puskesmas", N, "clinics", 2),
     M(A, "11 saksi", N, "police_witn", 11),

     M(J, "Monday", D, "verdict", "2019-03-11"),
     M(J, "five fishermen", N, "dead", 5, VERD),
     M(J, "25 meters", N, "depth", 25, cls="m"),
     M(J, "March 31, 2018", D, "spill", "2018-03-31"),
     M(J, "about 120 meters", N, "drag", 120, qual="approx", cls="m"),
     M(J, "39,000 hectares", N, "seawater", 39000, cls="ha"),
     M(J, "86 hectares", N, "mangrove", 86, VERD, cls="ha"),
     M(J, "12,987 hectares", N, "area", 12987, cls="ha", src=LAPAN),
     M(J, "roughly 7,000 hectares", N, "area", 7000, qual="approx", cls="ha", src=GROUND),
     M(J, "28 witnesses", N, "court_witn", 28),
     M(J, "nine experts", N, "experts", 9),
     M(J, "April 2018", D, "seized", "2018-04"),
     M(J, "21 crew members", N, "crew", 21, planted=True),
    ]
    build("balikpapan-oil-spill-2018", "The oil spill and fire in Balikpapan Bay, East Kalimantan, on Saturday 31 March "
          "2018: crude from a Pertamina pipeline (20 inches, 25 m deep, dragged about 120 m by the anchor of the coal "
          "carrier MV Ever Judger) caught fire; the toll rising from two bodies on Saturday evening to four dead and one "
          "missing on Sunday and five dead when the fifth body was found on Tuesday 3 April; about 1,200 residents with "
          "complaints on 3 April, revised down to 1,050 after double entries; Pertamina's denial and its admission on "
          "Wednesday 4 April; about 7,000 ha by the ministry's ground team against 12,987 ha by satellite (sources); "
          "34 ha of mangrove, 86 ha in the verdict; the captain Zhang Deyi sentenced on Monday 11 March 2019 to 10 "
          "years and a Rp 15 billion fine", False, ms, names)


def engeline():
    K, T, A, J = "kompas-jun11", "tempo-jun30", "antara-oct22", "jakpost-mar01"
    # steps on different dates: reported missing and killed on Saturday 16 May 2015, body found on Wednesday 10 June,
    # blood traces found on Friday 19 June, the police statement on Monday 29 June that the adoptive mother is a
    # suspect, the reconstruction on Monday 6 July, the pre-trial challenge rejected on Wednesday 29 July, the trial
    # opened on Thursday 22 October 2015, the defence plea on Monday 15 February and the verdict on Monday 29 February
    # 2016. Tempting pairs: the girl's 8, the housekeeper's 25 and the mother's 60 (ages); two tenants and two suspects.
    names = {
     "e_age": "the girl's age (years)", "a_age": "the housekeeper's age (years)", "m_age": "the adoptive mother's age (years)",
     "tenants": "tenants of the house", "suspects": "suspects in the case", "scenes": "scenes of the reconstruction",
     "bribe": "money the housekeeper said he was promised (Rp)", "a_term": "the housekeeper's prison term (years)",
     "a_demand": "prison term sought for the housekeeper (years)",
     # dates
     "missing": "day she was reported missing", "killing": "day of the killing in the indictment",
     "found": "day the body was found", "suspect_stmt": "day of the police statement on the mother as suspect",
     "blood": "day the blood traces were found", "trial": "day the trial opened", "pretrial": "day the pre-trial challenge was rejected",
     "recon": "day of the reconstruction", "verdict": "day of the verdict", "plea": "day of the defence plea",
    }
    ms = [
     M(K, "8 tahun", N, "e_age", 8, cls="age"),
     M(K, "Sabtu (16/5/2015)", D, "missing", "2015-05-16"),
     M(K, "Rabu (10/6/2015)", D, "found", "2015-06-10"),
     M(K, "25 tahun", N, "a_age", 25, cls="age"),
     M(K, "dua penyewa", N, "tenants", 2),

     M(T, "8 tahun", N, "e_age", 8, cls="age"),
     M(T, "Senin (29/6/2015)", D, "suspect_stmt", "2015-06-29"),
     M(T, "dua tersangka", N, "suspects", 2),
     M(T, "60 tahun", N, "m_age", 60, cls="age"),
     M(T, "25 tahun", N, "a_age", 25, cls="age"),
     M(T, "Selasa (9/6/2015)", D, "found", "2015-06-09", planted=True),
     M(T, "Rp 200 juta", N, "bribe", 200_000_000, cls="rp"),
     M(T, "Jumat (19/6/2015)", D, "blood", "2015-06-19"),
     M(T, "dua penyewa", N, "tenants", 2),

     M(A, "Kamis (22/10/2015)", D, "trial", "2015-10-22"),
     M(A, "8 tahun", N, "e_age", 8, cls="age"),
     M(A, "Sabtu (16/5/2015)", D, "killing", "2015-05-16"),
     M(A, "Rabu (29/7/2015)", D, "pretrial", "2015-07-29"),
     M(A, "Senin (6/7/2015)", D, "recon", "2015-07-06"),
     M(A, "98 adegan", N, "scenes", 98),
     M(A, "60 tahun", N, "m_age", 60, cls="age"),

     M(J, "Monday", D, "verdict", "2016-02-29"),
     M(J, "60", N, "m_age", 60, cls="age"),
     M(J, "8-year-old", N, "e_age", 8, cls="age"),
     M(J, "10 years", N, "a_term", 10, cls="yrs"),
     M(J, "12 years", N, "a_demand", 12, cls="yrs"),
     M(J, "May 16, 2015", D, "missing", "2015-05-16"),
     M(J, "June 10", D, "found", "2015-06-10"),
     M(J, "100 million rupiah", N, "bribe", 100_000_000, cls="rp", planted=True),
     M(J, "Feb. 15", D, "plea", "2016-02-15"),
    ]
    build("engeline-murder-trial-2015", "The murder of Engeline (8) in Denpasar, Bali: reported missing on Saturday 16 May "
          "2015, her body found buried in her adoptive mother's backyard on Wednesday 10 June; the former housekeeper "
          "Agus Tay Hamba May (25) and the adoptive mother Margriet Christina Megawe (60) named suspects (the police's "
          "statement on Monday 29 June); the reconstruction (98 scenes) on Monday 6 July, the pre-trial challenge "
          "rejected on Wednesday 29 July, the trial opened on Thursday 22 October 2015, the mother's plea on Monday 15 "
          "February and her life sentence on Monday 29 February 2016; the housekeeper 10 years (12 sought); the Rp 200 "
          "million he said he was promised", False, ms, names)


def bintan():
    R, K, A, S = "reuters-jan25", "kompas-jan26", "antara-jan27", "straitstimes-jan28"
    names = {
     "pacts": "agreements signed", "alt": "ceiling of the delegated airspace (ft)",
     "fir_yrs": "years of the airspace delegation", "dca_yrs": "years the defence agreement runs",
     "offences": "types of offences in the extradition treaty", "retro": "years the extradition treaty reaches back",
     # dates
     "signing": "day of the signing", "stmt_id": "day of the Indonesian minister's remarks",
     "stmt_sg": "day of the Singapore minister's remarks",
    }
    ms = [
     M(R, "three long-delayed agreements", N, "pacts", 3),
     M(R, "Tuesday", D, "signing", "2022-01-25"),
     M(R, "37,000 feet", N, "alt", 37000, cls="ft"),
     M(R, "25 years", N, "fir_yrs", 25, cls="yrs"),
     M(R, "31 types", N, "offences", 31),
     M(R, "18 years", N, "retro", 18, cls="yrs"),
     M(R, "25 years", N, "dca_yrs", 25, cls="yrs", occ=2),

     M(K, "tiga perjanjian", N, "pacts", 3),
     M(K, "Selasa (25/1/2022)", D, "signing", "2022-01-25"),
     M(K, "37.000 kaki", N, "alt", 37000, cls="ft"),
     M(K, "25 tahun", N, "fir_yrs", 25, cls="yrs"),
     M(K, "31 jenis", N, "offences", 31),
     M(K, "18 tahun", N, "retro", 18, cls="yrs"),
     M(K, "18 tahun", N, "retro", 18, cls="yrs", occ=2),
     M(K, "25 tahun", N, "dca_yrs", 25, cls="yrs", occ=2),
     M(K, "Rabu (26/1/2022)", D, "stmt_id", "2022-01-26"),

     M(A, "tiga perjanjian", N, "pacts", 3),
     M(A, "Selasa (25/1/2022)", D, "signing", "2022-01-25"),
     M(A, "31 jenis", N, "offences", 31),
     M(A, "18 tahun", N, "retro", 18, cls="yrs"),
     M(A, "37.000 kaki", N, "alt", 37000, cls="ft"),
     M(A, "25 tahun", N, "fir_yrs", 25, cls="yrs"),
     M(A, "25 tahun", N, "dca_yrs", 25, cls="yrs", occ=2),

     M(S, "three agreements", N, "pacts", 3),
     M(S, "Jan. 25", D, "signing", "2022-01-25"),
     M(S, "31 types", N, "offences", 31),
     M(S, "18 years", N, "retro", 18, cls="yrs"),
     M(S, "37,000 feet", N, "alt", 37000, cls="ft"),
     M(S, "25 years", N, "fir_yrs", 25, cls="yrs"),
     M(S, "25 years", N, "dca_yrs", 25, cls="yrs", occ=2),
     M(S, "Wednesday", D, "stmt_sg", "2022-01-26"),
    ]
    build("bintan-agreements-2022", "The three agreements Indonesia and Singapore signed at the leaders' retreat on "
          "Bintan, Riau Islands, on Tuesday 25 January 2022 (control): the flight information region realigned over "
          "the Riau and Natuna islands with air traffic services from the surface to 37,000 feet delegated to Singapore "
          "for 25 years; an extradition treaty covering 31 types of offences and reaching back 18 years; a defence "
          "cooperation agreement for 25 years; ministers' remarks on Wednesday 26 January. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    spill()
    engeline()
    bintan()
