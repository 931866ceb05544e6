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
          "Aligned claims give figures for the same thing that cannot both be true.",
          "“11.000 tentara” and “8.000 tentara”; “11.000” and “kurang dari 5.000”.",
          "“11.000 tentara” and “sekitar 11.000 pasukan”."),
    Check("date.agree", "date", "agree", "note", "Aligned claims give the same date.",
          "—", "“19 Juni” and “19 June”."),
    Check("date.compatible", "date", "compatible", "warning",
          "Aligned claims give dates of different precision that can both be true.",
          "—", "“pada hari Rabu” and “pekan ini”; “Juni 2024” and “19 Juni 2024”."),
    Check("date.mismatch", "date", "conflict", "error",
          "Aligned claims date the same event differently.",
          "“19 Juni” and “21 Juni”; “Rabu” and “Jumat”.", "“19 Juni 2024” and “Juni 2024”."),
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
