"""The two-hundred-and-forty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset244/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def pulwama():
    R, K, T, A = "reuters-feb14", "kompas-feb16", "detik-feb28", "ap-mar16"
    # as-of times of the toll: Thursday 14 February 2019 in the evening (at least 30), Friday 15 February (the
    # force's 40), the 40 recalled on 28 February and on 16 March. The dead do not fall.
    THU, FRI, FEB28, MAR16 = "2019-02-14", "2019-02-15", "2019-02-28", "2019-03-16"
    # The air clash of Wednesday 27 February: Pakistan's military's two Indian jets downed against India's one aircraft
    # lost (sources); the pilots Pakistan said it held, first two and then one (the same source's count corrected
    # down: a revision).
    PAK, IND = "Pakistan's military", "the Indian government"
    FIRST, CORR = "2019-02-27a", "2019-02-27b"
    names = {
     "dead": "paramilitary police killed in the bombing", "vehicles": "vehicles in the convoy",
     "personnel": "personnel in the convoy", "duty": "customs duty on Pakistani goods (%)",
     "mirage": "Indian jets in the airstrike", "jets_down": "Indian aircraft downed in the air clash",
     "pak_down": "Pakistani jets India said it downed", "pilots": "Indian pilots Pakistan said it held",
     # dates
     "attack": "day of the bombing", "asof_fri": "day the toll stood at 40", "mfn": "day India withdrew the trade status",
     "duty_day": "day India raised the customs duty", "announce": "day Pakistan announced the pilot's release",
     "clash": "day of the air clash", "strike": "day of the airstrike", "release": "day the pilot was handed back",
    }
    ms = [
     M(R, "Thursday", D, "attack", "2019-02-14"),
     M(R, "at least 30", N, "dead", 30, THU, qual="atleast"),
     M(R, "78 vehicles", N, "vehicles", 78),
     M(R, "2,547 members", N, "personnel", 2547),

     M(K, "40 orang", N, "dead", 40, FRI),
     M(K, "Jumat (15/2/2019)", D, "asof_fri", "2019-02-15"),
     M(K, "Kamis (14/2/2019)", D, "attack", "2019-02-14"),
     M(K, "78 kendaraan", N, "vehicles", 78),
     M(K, "2.457 personel", N, "personnel", 2457, planted=True),
     M(K, "pada Jumat", D, "mfn", "2019-02-15", occ=2),
     M(K, "Sabtu (16/2/2019)", D, "duty_day", "2019-02-16"),
     M(K, "200 persen", N, "duty", 200, cls="pct"),

     M(T, "Kamis (28/2/2019)", D, "announce", "2019-02-28"),
     M(T, "Rabu (27/2/2019)", D, "clash", "2019-02-27"),
     M(T, "dua jet India", N, "jets_down", 2, src=PAK),
     M(T, "dua pilot", N, "pilots", 2, FIRST, src=PAK),
     M(T, "satu pilot", N, "pilots", 1, CORR, src=PAK),
     M(T, "satu pesawat MiG-21", N, "jets_down", 1, src=IND),
     M(T, "satu jet tempur Pakistan", N, "pak_down", 1, src=IND),
     M(T, "12 jet Mirage 2000", N, "mirage", 12),
     M(T, "Selasa (26/2/2019)", D, "strike", "2019-02-26"),
     M(T, "Jumat (15/2/2019)", D, "attack", "2019-02-15", planted=True),
     M(T, "40 anggota", N, "dead", 40, FEB28),

     M(A, "40 Indian paramilitary police", N, "dead", 40, MAR16),
     M(A, "Feb. 14", D, "attack", "2019-02-14"),
     M(A, "78 vehicles", N, "vehicles", 78),
     M(A, "2,547 troops", N, "personnel", 2547),
     M(A, "Feb. 26", D, "strike", "2019-02-26"),
     M(A, "12 Mirage 2000 jets", N, "mirage", 12),
     M(A, "Feb. 27", D, "clash", "2019-02-27"),
     M(A, "one MiG-21 fighter", N, "jets_down", 1, src=IND),
     M(A, "two Indian jets", N, "jets_down", 2, src=PAK),
     M(A, "two pilots", N, "pilots", 2, FIRST, src=PAK),
     M(A, "only one", N, "pilots", 1, CORR, src=PAK),
     M(A, "March 1", D, "release", "2019-03-01"),
     M(A, "200 percent", N, "duty", 200, cls="pct"),
    ]
    build("pulwama-attack-2019", "The suicide car bombing of a paramilitary convoy near Lethpora in Pulwama district "
          "(Thursday 14 February 2019; 78 vehicles, 2,547 personnel of the Central Reserve Police Force): at least 30 "
          "dead on Thursday evening, 40 on Friday 15 February; the trade status withdrawn on Friday 15 February and the "
          "customs duty raised to 200% on Saturday 16 February; the airstrike by 12 Mirage 2000 jets near Balakot on "
          "Tuesday 26 February; the air clash of Wednesday 27 February (India: one MiG-21 lost; Pakistan's military: "
          "two Indian jets downed, two pilots captured, corrected to one); the release announced on Thursday 28 "
          "February and the pilot Abhinandan Varthaman handed back at Wagah on Friday 1 March 2019", False, ms, names)


def amritsar():
    K, R, T, A = "kompas-oct20", "reuters-oct21", "tempo-oct23", "ap-nov21"
    # as-of times of the toll: Friday 19 October 2018 at night (more than 50), Saturday 20 October (61), Sunday 21
    # October (the state's corrected 59: some bodies had been counted twice), the 59 repeated on 23 October and on 21
    # November. The injured: 57 on Sunday, repeated on 21 November.
    FRIN, SAT, SUN, TUE, NOV21 = "2018-10-19", "2018-10-20", "2018-10-21", "2018-10-23", "2018-11-21"
    names = {
     "dead": "people killed by the train", "injured": "people injured",
     "comp_state": "state compensation per family (rupees)", "comp_pm": "prime minister's aid per family (rupees)",
     "comp_inj": "prime minister's aid per injured person (rupees)", "weeks": "weeks given to the inquiry",
     # dates
     "accident": "day of the accident", "count_fri": "night of the first count", "asof_sat": "day the toll stood at 61",
     "asof_sun": "day the toll was lowered to 59", "reopen": "day the line reopened",
     "ordered": "day the inquiry was ordered",
    }
    ms = [
     M(K, "Jumat (19/10/2018)", D, "accident", "2018-10-19"),
     M(K, "lebih dari 50 orang", N, "dead", 50, FRIN, qual="morethan"),
     M(K, "Jumat malam", D, "count_fri", "2018-10-19"),
     M(K, "Sabtu (20/10/2018)", D, "asof_sat", "2018-10-20"),
     M(K, "61 orang", N, "dead", 61, SAT),
     M(K, "500.000 rupee", N, "comp_state", 500000, cls="inr"),
     M(K, "200.000 rupee", N, "comp_pm", 200000, cls="inr"),
     M(K, "50.000 rupee", N, "comp_inj", 50000, cls="inr"),

     M(R, "on Sunday", D, "asof_sun", "2018-10-21"),
     M(R, "59", N, "dead", 59, SUN),
     M(R, "61", N, "dead", 61, SAT),
     M(R, "57 people", N, "injured", 57, SUN),
     M(R, "Friday evening", D, "accident", "2018-10-19"),
     M(R, "Monday", D, "reopen", "2018-10-22"),
     M(R, "four weeks", N, "weeks", 4, cls="dur"),
     M(R, "500,000 rupees", N, "comp_state", 500000, cls="inr"),

     M(T, "Senin (22/10/2018)", D, "reopen", "2018-10-22"),
     M(T, "59 orang", N, "dead", 59, TUE),
     M(T, "Kamis (18/10/2018)", D, "accident", "2018-10-18", planted=True),
     M(T, "57 korban luka", N, "injured", 57, SUN),
     M(T, "Minggu (21/10/2018)", D, "asof_sun", "2018-10-21"),
     M(T, "61 korban tewas", N, "dead", 61, SAT),
     M(T, "empat minggu", N, "weeks", 4, cls="dur"),
     M(T, "500.000 rupee", N, "comp_state", 500000, cls="inr"),
     M(T, "200.000 rupee", N, "comp_pm", 200000, cls="inr"),

     M(A, "59 people", N, "dead", 59, NOV21),
     M(A, "Oct. 19", D, "accident", "2018-10-19"),
     M(A, "four weeks", N, "weeks", 4, cls="dur"),
     M(A, "Oct. 20", D, "ordered", "2018-10-20"),
     M(A, "57 people", N, "injured", 57, NOV21),
     M(A, "500,000 rupees", N, "comp_state", 500000, cls="inr"),
    ]
    build("amritsar-train-2018", "The train that ran into a crowd watching the Dussehra effigy burn at Joda Phatak, "
          "Amritsar, Punjab (Friday 19 October 2018): more than 50 dead on Friday night, 61 on Saturday 20 October, "
          "lowered to 59 on Sunday 21 October (some bodies counted twice); 57 injured; 500,000 rupees per family from "
          "the state, 200,000 and 50,000 rupees from the prime minister's fund; a magisterial inquiry ordered on "
          "Saturday 20 October to report within four weeks; the line reopened on Monday 22 October", False, ms, names)


def rbi():
    R, K1, K2, A = "reuters-mar27", "kontan-mar28", "kompas-mar29", "mint-mar30"
    names = {
     "repo_cut": "cut in the repo rate (bps)", "repo": "the repo rate (%)", "rr_cut": "cut in the reverse repo rate (bps)",
     "rr": "the reverse repo rate (%)", "crr_cut": "cut in the cash reserve ratio (bps)",
     "crr": "the cash reserve ratio (%)", "crr_period": "period of the reserve ratio cut",
     "crr_release": "liquidity released by the reserve ratio cut (trillion rupees)",
     "tltro": "targeted long-term repo operations (trillion rupees)", "total": "total liquidity (trillion rupees)",
     "gdp_share": "total liquidity (% of GDP)", "moratorium": "loan moratorium", "msf": "marginal standing facility rate (%)",
     "mpc_yes": "committee members voting for the cut", "mpc_no": "committee members favouring a smaller cut",
     "mpc_size": "members of the committee", "lockdown_days": "length of the lockdown",
     # dates
     "decision": "day of the decision", "lockdown": "day the lockdown began",
    }
    ms = [
     M(R, "75 basis points", N, "repo_cut", 75, cls="bps"),
     M(R, "4.40%", N, "repo", 4.4, cls="pct"),
     M(R, "Friday", D, "decision", "2020-03-27"),
     M(R, "90 basis points", N, "rr_cut", 90, cls="bps"),
     M(R, "4.00%", N, "rr", 4.0, cls="pct"),
     M(R, "100 basis points", N, "crr_cut", 100, cls="bps"),
     M(R, "3%", N, "crr", 3, cls="pct"),
     M(R, "one year", N, "crr_period", 1, cls="dur"),
     M(R, "1.37 trillion rupees", N, "crr_release", 1.37, cls="inr"),
     M(R, "1 trillion rupees", N, "tltro", 1, cls="inr"),
     M(R, "3.74 trillion rupees", N, "total", 3.74, cls="inr"),
     M(R, "3.2%", N, "gdp_share", 3.2, cls="pct"),
     M(R, "three-month", N, "moratorium", 3, cls="dur"),
     M(R, "Four", N, "mpc_yes", 4),
     M(R, "six members", N, "mpc_size", 6),
     M(R, "other two", N, "mpc_no", 2),
     M(R, "4.65%", N, "msf", 4.65, cls="pct"),
     M(R, "21-day", N, "lockdown_days", 21, cls="dur"),
     M(R, "Wednesday", D, "lockdown", "2020-03-25"),

     M(K1, "75 basis poin", N, "repo_cut", 75, cls="bps"),
     M(K1, "4,4%", N, "repo", 4.4, cls="pct"),
     M(K1, "Jumat (27/3/2020)", D, "decision", "2020-03-27"),
     M(K1, "90 basis poin", N, "rr_cut", 90, cls="bps"),
     M(K1, "4%", N, "rr", 4.0, cls="pct"),
     M(K1, "100 basis poin", N, "crr_cut", 100, cls="bps"),
     M(K1, "3%", N, "crr", 3, cls="pct"),
     M(K1, "satu tahun", N, "crr_period", 1, cls="dur"),
     M(K1, "1,37 triliun rupee", N, "crr_release", 1.37, cls="inr"),
     M(K1, "1 triliun rupee", N, "tltro", 1, cls="inr"),
     M(K1, "3,74 triliun rupee", N, "total", 3.74, cls="inr"),
     M(K1, "3,2%", N, "gdp_share", 3.2, cls="pct"),
     M(K1, "Empat", N, "mpc_yes", 4),
     M(K1, "enam anggota", N, "mpc_size", 6),
     M(K1, "dua anggota", N, "mpc_no", 2),
     M(K1, "tiga bulan", N, "moratorium", 3, cls="dur"),
     M(K1, "4,65%", N, "msf", 4.65, cls="pct"),

     M(K2, "3,74 triliun rupee", N, "total", 3.74, cls="inr"),
     M(K2, "3,2%", N, "gdp_share", 3.2, cls="pct"),
     M(K2, "Jumat (27/3/2020)", D, "decision", "2020-03-27"),
     M(K2, "75 basis poin", N, "repo_cut", 75, cls="bps"),
     M(K2, "4,4%", N, "repo", 4.4, cls="pct"),
     M(K2, "90 basis poin", N, "rr_cut", 90, cls="bps"),
     M(K2, "4%", N, "rr", 4.0, cls="pct"),
     M(K2, "100 basis poin", N, "crr_cut", 100, cls="bps"),
     M(K2, "3%", N, "crr", 3, cls="pct"),
     M(K2, "satu tahun", N, "crr_period", 1, cls="dur"),
     M(K2, "sekitar 1,4 triliun rupee", N, "crr_release", 1.4, qual="approx", cls="inr"),
     M(K2, "1 triliun rupee", N, "tltro", 1, cls="inr"),
     M(K2, "tiga bulan", N, "moratorium", 3, cls="dur"),
     M(K2, "empat", N, "mpc_yes", 4),
     M(K2, "dua", N, "mpc_no", 2),
     M(K2, "enam orang", N, "mpc_size", 6),
     M(K2, "21 hari", N, "lockdown_days", 21, cls="dur"),
     M(K2, "Rabu (25/3/2020)", D, "lockdown", "2020-03-25"),

     M(A, "March 27", D, "decision", "2020-03-27"),
     M(A, "75 basis points", N, "repo_cut", 75, cls="bps"),
     M(A, "4.4%", N, "repo", 4.4, cls="pct"),
     M(A, "90 basis points", N, "rr_cut", 90, cls="bps"),
     M(A, "4%", N, "rr", 4.0, cls="pct"),
     M(A, "3%", N, "crr", 3, cls="pct"),
     M(A, "100 basis point", N, "crr_cut", 100, cls="bps"),
     M(A, "one year", N, "crr_period", 1, cls="dur"),
     M(A, "1.37 trillion rupees", N, "crr_release", 1.37, cls="inr"),
     M(A, "1 trillion rupees", N, "tltro", 1, cls="inr"),
     M(A, "3.74 trillion rupees", N, "total", 3.74, cls="inr"),
     M(A, "about 3.2%", N, "gdp_share", 3.2, qual="approx", cls="pct"),
     M(A, "three months", N, "moratorium", 3, cls="dur"),
     M(A, "four", N, "mpc_yes", 4),
     M(A, "two", N, "mpc_no", 2),
     M(A, "six-member", N, "mpc_size", 6),
     M(A, "4.65%", N, "msf", 4.65, cls="pct"),
    ]
    build("rbi-emergency-cut-2020", "The Reserve Bank of India's emergency cut (control), announced on Friday 27 March "
          "2020 after a meeting brought forward from early April: the repo rate cut by 75 basis points to 4.4%, the "
          "reverse repo rate by 90 basis points to 4%, the cash reserve ratio by 100 basis points to 3% for one year "
          "(releasing 1.37 trillion rupees), targeted long-term repo operations of up to 1 trillion rupees, 3.74 "
          "trillion rupees in all (3.2% of GDP), a three-month moratorium on term loans, the marginal standing facility "
          "at 4.65%, a 4-2 vote of the six-member committee; the 21-day lockdown begun on Wednesday 25 March. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    pulwama()
    amritsar()
    rbi()
