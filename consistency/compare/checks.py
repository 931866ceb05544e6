"""The checks: each has a stable code, a kind, the verdict it reports, a default severity and examples.

Configuration enables, disables ("off") or re-grades checks by code. Severity decides what a finding can
do to a CI run: error and warning findings fail it when their verdict meets --fail-on; note findings are
reported but never fail it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    code: str
    kind: str
    verdict: str
    severity: str
    summary: str
    conflicting: str  # an example the check reports
    consistent: str  # an example it does not report as a problem


CHECKS: dict[str, Check] = {c.code: c for c in [
    Check("number.agree", "number", "agree", "note", "Aligned claims give the same figure.",
          "—", "“11.000 tentara” and “Sebanyak 11.000 pasukan”."),
    Check("number.compatible", "number", "compatible", "warning",
          "Aligned claims give figures of different precision or wording that can both be true.",
          "—", "“11.000 tentara” and “lebih dari 10.000 tentaranya”; “13 kelurahan” and “belasan kelurahan”."),
    Check("number.mismatch", "number", "conflict", "error",
          "Aligned claims give figures for the same fact (same predicate, counted thing, place and time) that "
          "cannot both be true.",
          "“11.000 tentara” and “8.000 tentara”; “11.000” and “kurang dari 5.000”.",
          "“11.000 tentara” and “sekitar 11.000 pasukan”; “41 orang meninggal” and “1,250 people were injured” "
          "(different facts: no comparison)."),
    Check("number.update", "number", "compatible", "note",
          "A later report gives a higher or the same figure for one fact: an update, shown with the fact's timeline "
          "(\"19 (Mon 21:00) → 41 (Tue 17:00) → 58 (Wed)\").",
          "—", "“41 orang meninggal hingga Selasa pukul 17.00 WIB” and, the next day, “58 people were killed”; "
          "“90 aftershocks by 16:00” and “96 aftershocks by 17:00”."),
    Check("number.revision", "number", "conflict", "warning",
          "A later report gives a lower figure for one fact: a downward revision, worth checking.",
          "“at least 47 killed” on Monday and “the toll was revised down to 33” on Tuesday.",
          "“41 (Tuesday)” and “58 (Wednesday)”: a rise is an update."),
    Check("number.sources", "number", "compatible", "warning",
          "Different named sources give different figures for one fact at one time: two estimates, each listed "
          "with its source, not a contradiction.",
          "—", "“magnitudo 7,4 menurut BMKG” and “magnitude 7.5, the USGS said”; "
          "“100.000 peserta, kata polisi” and “300,000 people, the organisers said”."),
    Check("date.agree", "date", "agree", "note", "Aligned claims give the same date.",
          "—", "“19 Juni” and “19 June”."),
    Check("date.compatible", "date", "compatible", "warning",
          "Aligned claims give dates of different precision that can both be true.",
          "—", "“pada hari Rabu” and “pekan ini”; “Juni 2024” and “19 Juni 2024”."),
    Check("date.mismatch", "date", "conflict", "error",
          "Aligned claims date the same event (same event, actor and place) differently.",
          "“19 Juni” and “21 Juni”; “Rabu” and “Jumat”.",
          "“19 Juni 2024” and “Juni 2024”; “the Senate voted on 2 April” and “DPR mengesahkan pada 12 Maret” "
          "(different actors: no comparison); “…, kata juru bicara, Selasa” and “Monday's flood” (the day of a "
          "statement and the day of the event: no comparison)."),
    Check("date.weekday", "date", "conflict", "error",
          "An article names a weekday that does not fall on the date it gives.",
          "“Kamis (8/11/2024)”: 8 November 2024 was a Friday.", "“Jumat (8/11/2024)”."),
    Check("attribution.source", "attribution", "compatible", "warning",
          "Aligned figures or dates are credited to different sources.",
          "“11.000” as Ukraine's estimate in one article and as Zelensky's statement in another.",
          "Both articles credit the figure to Zelensky (Zelenskyy)."),
    Check("attribution.speaker", "attribution", "conflict", "error",
          "The same quotation is given to different people.",
          "“Pertanyaan ini …,” kata Peskov / “Pertanyaan ini …,” kata Zakharova.",
          "“Pertanyaan ini …,” kata Peskov / … said Dmitry Peskov."),
    Check("entity.variant", "entity", "agree", "note",
          "Articles spell one person or place differently.",
          "—", "“Zelenskyy” and “Zelensky”; “Kiev” and “Kyiv”."),
]}


def check(code: str) -> Check:
    return CHECKS[code]
