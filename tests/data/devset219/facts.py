"""The two-hundred-and-nineteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset219/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ankara():
    R, K, T, A = "reuters-oct10", "kompas-oct12", "detik-oct13", "ap-nov10"
    # as-of times of the running tallies: Saturday 10 October 2015 (the health minister's 86 dead and 186 injured on
    # the day of the bombing), Sunday 11 October (the prime minister's office: 95 dead, 246 injured, 48 in intensive
    # care), Monday 12 October (97), the official count of 102 a month on (the report of 10 November). The dead and the
    # injured do not fall. The day of the police chief's removal (Wednesday 14 October) is another event's date.
    SAT, SUN, MON, NOV10 = "2015-10-10", "2015-10-11", "2015-10-12", "2015-11-10"
    # Sources: the government's counts (the health minister's, the prime minister's office's, "Turkish officials")
    # against the pro-Kurdish party's own count of 128 dead.
    GOV, HDP = "the Turkish government", "the HDP"
    names = {
     "dead": "people killed in the Ankara bombing", "injured": "people injured in the Ankara bombing",
     "icu": "wounded in intensive care", "bombers": "suicide bombers", "mourning": "days of national mourning",
     "weeks": "weeks before the election", "dead_suruc": "people killed in the Suruc bombing",
     # dates
     "bomb": "day of the Ankara bombing", "asof_sun": "day of the prime minister's office's count of 95",
     "asof_mon": "day of the count of 97", "election": "day of the snap election",
     "june_election": "day of the June election", "suruc": "day of the Suruc bombing",
     "removal": "day Ankara's police chief was removed",
    }
    ms = [
     M(R, "at least 86 people", N, "dead", 86, SAT, qual="atleast", src=GOV),
     M(R, "186", N, "injured", 186, SAT),
     M(R, "Saturday", D, "bomb", "2015-10-10"),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "three weeks", N, "weeks", 3, cls="dur"),
     M(R, "Nov. 1", D, "election", "2015-11-01"),
     M(R, "July 20", D, "suruc", "2015-07-20"),
     M(R, "more than 30 people", N, "dead_suruc", 30, qual="morethan"),

     M(K, "95 orang", N, "dead", 95, SUN, src=GOV),
     M(K, "Minggu (11/10/2015)", D, "asof_sun", "2015-10-11"),
     M(K, "246 orang", N, "injured", 246, SUN),
     M(K, "48 di antaranya", N, "icu", 48, SUN),
     M(K, "86 korban tewas", N, "dead", 86, SAT, src=GOV),
     M(K, "186 orang", N, "injured", 186, SAT),
     M(K, "128 orang", N, "dead", 128, SUN, src=HDP),
     M(K, "Sabtu (10/10/2015)", D, "bomb", "2015-10-10"),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "tiga minggu", N, "weeks", 3, cls="dur"),
     M(K, "1 November 2015", D, "election", "2015-11-01"),
     M(K, "7 Juni 2015", D, "june_election", "2015-06-07"),

     M(T, "97 orang", N, "dead", 97, MON, src=GOV),
     M(T, "Senin (12/10/2015)", D, "asof_mon", "2015-10-12"),
     M(T, "dua pelaku", N, "bombers", 2),
     M(T, "Sabtu (10/10/2015)", D, "bomb", "2015-10-10"),
     M(T, "Minggu (11/10/2015)", D, "asof_sun", "2015-10-11"),
     M(T, "95 korban tewas", N, "dead", 95, SUN, src=GOV),
     M(T, "264 orang", N, "injured", 264, SUN, planted=True),
     M(T, "128 korban tewas", N, "dead", 128, MON, src=HDP),
     M(T, "1 November", D, "election", "2015-11-01"),
     M(T, "20 Juli 2015", D, "suruc", "2015-07-20"),
     M(T, "lebih dari 30 orang", N, "dead_suruc", 30, qual="morethan"),

     M(A, "102", N, "dead", 102, NOV10, src=GOV),
     M(A, "86", N, "dead", 86, SAT, src=GOV),
     M(A, "97", N, "dead", 97, MON, src=GOV),
     M(A, "Oct. 12", D, "asof_mon", "2015-10-12"),
     M(A, "two bombers", N, "bombers", 2),
     M(A, "July 20", D, "suruc", "2015-07-20"),
     M(A, "128", N, "dead", 128, NOV10, src=HDP),
     M(A, "Oct. 10", D, "bomb", "2015-10-10"),
     M(A, "Oct. 14", D, "removal", "2015-10-14"),
     M(A, "Nov. 2", D, "election", "2015-11-02", planted=True),
    ]
    build("ankara-bombing-2015", "The twin suicide bombing of a peace rally near Ankara's main railway station "
          "(Saturday 10 October 2015): the health minister's 86 dead and 186 injured on the day, the prime minister's "
          "office's 95 dead and 246 injured (48 in intensive care) on Sunday 11 October, 97 on Monday 12 October, 102 a "
          "month on; the pro-Kurdish HDP's own count of 128 dead; three days of mourning; the snap election "
          "of 1 November 2015 and the election of 7 June 2015; the Suruc bombing of 20 July 2015; Ankara's police chief "
          "removed on Wednesday 14 October", False, ms, names)


def ps752():
    R, K, T, A = "reuters-jan8", "kompas-jan10", "detik-jan12", "ap-feb8"
    # The Canadians killed: 63 by the first counts (Ukraine's foreign minister on Wednesday 8 January 2020, Canada's
    # prime minister on Thursday 9 January), revised down by Canada to 57 on Friday 10 January (a revision), 57
    # repeated a month on (8 February). Everyone aboard, the passengers, the crew, the other nationalities and the 138 passengers
    # bound for Canada do not change with the day of the report.
    JAN8, JAN9, JAN10, FEB8 = "2020-01-08", "2020-01-09", "2020-01-10", "2020-02-08"
    names = {
     "aboard": "people aboard (all killed)", "passengers": "passengers", "crew": "crew members",
     "iranians": "Iranians killed", "canadians": "Canadians killed", "ukrainians": "Ukrainians killed",
     "swedes": "Swedes killed", "afghans": "Afghans killed", "germans": "Germans killed", "britons": "Britons killed",
     "to_canada": "passengers bound for Canada", "seconds": "seconds the operator had to decide",
     "missiles": "missiles fired at the plane",
     # dates
     "crash": "day of the crash", "general": "day a senior Iranian general was killed", "built": "year the plane was built",
     "trudeau": "day Canada's prime minister spoke of a missile", "admit": "day Iran admitted shooting the plane down",
     "protest": "day of the protest in Tehran", "arrests": "day the arrests were announced",
     "london": "day of the ministers' meeting in London",
    }
    ms = [
     M(R, "176 people", N, "aboard", 176),
     M(R, "Wednesday", D, "crash", "2020-01-08"),
     M(R, "167 passengers", N, "passengers", 167),
     M(R, "nine crew members", N, "crew", 9),
     M(R, "82 Iranians", N, "iranians", 82),
     M(R, "63 Canadians", N, "canadians", 63, JAN8),
     M(R, "11 Ukrainians", N, "ukrainians", 11),
     M(R, "10 Swedes", N, "swedes", 10),
     M(R, "four Afghans", N, "afghans", 4),
     M(R, "three Germans", N, "germans", 3),
     M(R, "three Britons", N, "britons", 3),
     M(R, "Jan. 3", D, "general", "2020-01-03"),
     M(R, "2016", D, "built", "2016"),

     M(K, "Kamis (9/1/2020)", D, "trudeau", "2020-01-09"),
     M(K, "Rabu (8/1/2020)", D, "crash", "2020-01-08"),
     M(K, "176 orang", N, "aboard", 176),
     M(K, "63 warga Kanada", N, "canadians", 63, JAN9),
     M(K, "138 penumpang", N, "to_canada", 138),
     M(K, "82 warga Iran", N, "iranians", 82),
     M(K, "11 warga Ukraina", N, "ukrainians", 11),
     M(K, "sembilan awak", N, "crew", 9),

     M(T, "Sabtu (11/1/2020)", D, "admit", "2020-01-11"),
     M(T, "176 orang", N, "aboard", 176),
     M(T, "Kamis (9/1/2020)", D, "crash", "2020-01-09", planted=True),
     M(T, "10 detik", N, "seconds", 10, cls="dur"),
     M(T, "57 orang", N, "canadians", 57, JAN10),
     M(T, "63 orang", N, "canadians", 63, JAN8),
     M(T, "82 warga Iran", N, "iranians", 82),
     M(T, "11 warga Ukraina", N, "ukrainians", 11),
     M(T, "Sabtu malam", D, "protest", "2020-01-11"),

     M(A, "176 people", N, "aboard", 176),
     M(A, "Jan. 8", D, "crash", "2020-01-08"),
     M(A, "Jan. 11", D, "admit", "2020-01-11"),
     M(A, "two missiles", N, "missiles", 2),
     M(A, "Jan. 14", D, "arrests", "2020-01-14"),
     M(A, "57 of its citizens", N, "canadians", 57, FEB8),
     M(A, "138 of the passengers", N, "to_canada", 138),
     M(A, "83 Iranians", N, "iranians", 83, planted=True),
     M(A, "11 Ukrainians", N, "ukrainians", 11),
     M(A, "Jan. 16", D, "london", "2020-01-16"),
    ]
    build("ps752-2020", "Ukraine International Airlines flight PS752, a Boeing 737-800 shot down minutes after taking off "
          "from Tehran (Wednesday 8 January 2020), all 176 aboard killed (167 passengers, nine crew): 82 Iranians, 11 "
          "Ukrainians, 10 Swedes, four Afghans, three Germans, three Britons, and the Canadians first put at 63 and "
          "revised down by Canada to 57; 138 passengers bound for Canada; Canada's prime minister pointing to an Iranian "
          "missile on Thursday 9 January; Iran's admission on Saturday 11 January; arrests announced on Tuesday 14 "
          "January; the ministers' meeting in London on Thursday 16 January; two missiles by Iran's preliminary report", False, ms, names)


def budget():
    R, T, K, A = "reuters-jun12", "antara-jun13", "kompas-jun14", "ap-jun15"
    names = {
     "budget": "annual spending (trillion dinars)", "budget_usd": "annual spending (billion dollars)",
     "deficit": "annual deficit (trillion dinars)", "deficit_usd": "annual deficit (billion dollars)",
     "oil": "oil price assumed (dollars a barrel)", "exports": "oil exports assumed (barrels a day)",
     "kurd": "exports from the Kurdish region (barrels a day)", "years": "years the budget covers",
     "fx": "exchange rate (dinars per dollar)",
     # dates
     "approved": "day parliament approved the budget", "session": "day the session began",
     "cabinet": "month the cabinet approved the draft", "y1": "first year of the budget",
     "y2": "second year of the budget", "y3": "last year of the budget", "nobudget": "year without a budget",
    }
    ms = [
     M(R, "Monday", D, "approved", "2023-06-12"),
     M(R, "198.9 trillion Iraqi dinars", N, "budget", 198.9, cls="tdinar"),
     M(R, "$153 billion", N, "budget_usd", 153, cls="usdbn"),
     M(R, "2023", D, "y1", "2023"),
     M(R, "2024", D, "y2", "2024"),
     M(R, "2025", D, "y3", "2025"),
     M(R, "64.36 trillion dinars", N, "deficit", 64.36, cls="tdinar"),
     M(R, "about $49 billion", N, "deficit_usd", 49, qual="approx", cls="usdbn"),
     M(R, "$70 a barrel", N, "oil", 70, cls="usd"),
     M(R, "3.5 million barrels per day", N, "exports", 3.5e6, cls="bpd"),
     M(R, "400,000 bpd", N, "kurd", 4e5, cls="bpd"),
     M(R, "Sunday", D, "session", "2023-06-11"),
     M(R, "March", D, "cabinet", "2023-03"),
     M(R, "three years", N, "years", 3, cls="dur"),
     M(R, "2022", D, "nobudget", "2022"),
     M(R, "1,300 dinars", N, "fx", 1300, cls="fx"),

     M(T, "Senin (12/6/2023)", D, "approved", "2023-06-12"),
     M(T, "198,9 triliun dinar", N, "budget", 198.9, cls="tdinar"),
     M(T, "sekitar 153 miliar dolar AS", N, "budget_usd", 153, qual="approx", cls="usdbn"),
     M(T, "tiga tahun", N, "years", 3, cls="dur"),
     M(T, "2023", D, "y1", "2023", occ=2),
     M(T, "2025", D, "y3", "2025"),
     M(T, "64,36 triliun dinar", N, "deficit", 64.36, cls="tdinar"),
     M(T, "sekitar 49 miliar dolar AS", N, "deficit_usd", 49, qual="approx", cls="usdbn"),
     M(T, "70 dolar AS per barel", N, "oil", 70, cls="usd"),
     M(T, "3,5 juta barel per hari", N, "exports", 3.5e6, cls="bpd"),
     M(T, "400.000 barel per hari", N, "kurd", 4e5, cls="bpd"),
     M(T, "1.300 dinar", N, "fx", 1300, cls="fx"),
     M(T, "Maret 2023", D, "cabinet", "2023-03"),
     M(T, "2022", D, "nobudget", "2022"),

     M(K, "Senin (12/6/2023)", D, "approved", "2023-06-12"),
     M(K, "hampir 200 triliun dinar", N, "budget", 200, qual="nearly", cls="tdinar"),
     M(K, "198,9 triliun dinar", N, "budget", 198.9, cls="tdinar"),
     M(K, "153 miliar dolar AS", N, "budget_usd", 153, cls="usdbn"),
     M(K, "tiga tahun", N, "years", 3, cls="dur"),
     M(K, "2023", D, "y1", "2023", occ=2),
     M(K, "2024", D, "y2", "2024"),
     M(K, "2025", D, "y3", "2025"),
     M(K, "64,36 triliun dinar", N, "deficit", 64.36, cls="tdinar"),
     M(K, "70 dolar AS per barel", N, "oil", 70, cls="usd"),
     M(K, "3,5 juta barel per hari", N, "exports", 3.5e6, cls="bpd"),
     M(K, "400.000 barel", N, "kurd", 4e5, cls="bpd"),
     M(K, "Minggu (11/6/2023)", D, "session", "2023-06-11"),
     M(K, "1.300 dinar", N, "fx", 1300, cls="fx"),
     M(K, "2022", D, "nobudget", "2022"),

     M(A, "198.9 trillion dinars", N, "budget", 198.9, cls="tdinar"),
     M(A, "about $153 billion", N, "budget_usd", 153, qual="approx", cls="usdbn"),
     M(A, "June 12", D, "approved", "2023-06-12"),
     M(A, "2023", D, "y1", "2023"),
     M(A, "2024", D, "y2", "2024"),
     M(A, "2025", D, "y3", "2025"),
     M(A, "64.36 trillion dinars", N, "deficit", 64.36, cls="tdinar"),
     M(A, "about $49 billion", N, "deficit_usd", 49, qual="approx", cls="usdbn"),
     M(A, "$70 per barrel", N, "oil", 70, cls="usd"),
     M(A, "3.5 million barrels a day", N, "exports", 3.5e6, cls="bpd"),
     M(A, "400,000", N, "kurd", 4e5, cls="bpd"),
     M(A, "1,300 dinars", N, "fx", 1300, cls="fx"),
     M(A, "2022", D, "nobudget", "2022"),
     M(A, "March", D, "cabinet", "2023-03"),
    ]
    build("iraq-budget-2023", "Iraq's parliament approves a three-year budget (control), Monday 12 June 2023, in a "
          "session that began on Sunday 11 June: annual spending of 198.9 trillion dinars (about $153 billion) for 2023, "
          "2024 and 2025, an annual deficit of 64.36 trillion dinars (about $49 billion), an oil price of $70 a barrel, "
          "exports of 3.5 million barrels a day (400,000 from the Kurdish region), 1,300 dinars to the dollar; the cabinet "
          "approved the draft in March 2023; no budget in 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ankara()
    ps752()
    budget()
