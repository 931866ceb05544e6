"""Weekday slips (compare.dates.weekday_slip): a date whose written weekday misses it but names the other
report's day, a few days away, dates that day's event; the pair's written days then differ. Case table:
(language, text, publication date) of each side, and whether the pair is a slip."""

import datetime as dt

import pytest

from consistency.compare.dates import weekday_slip
from consistency.extract import extract_dates

from .pairs import pair_findings, side_pair, summary


def _date(lang, text, published):
    (d,) = extract_dates(text, language=lang, anchor=dt.date.fromisoformat(published))
    return d


CASES = [
    # 6 November 2040 is a Tuesday: "Rabu" names the 7th, which the other report writes
    (("id", "Gempa terjadi pada Rabu (6/11/2040) pagi.", "2040-12-06"),
     ("id", "Gempa terjadi pada Rabu (7/11/2040) pagi.", "2040-11-08"), True),
    (("id", "Gempa terjadi pada Rabu (6/11/2040) pagi.", "2040-12-06"),
     ("en", "The quake struck on Wednesday morning.", "2040-11-07"), True),
    (("en", "The vote was held on Friday, May 25.", "2040-05-30"),  # 25 May 2040 is a Friday: no slip
     ("id", "Pemungutan suara digelar pada Jumat (25/5/2040).", "2040-05-26"), False),
    # the slip's weekday names neither day: "Senin (6/11/2040)" points to the 5th, not the 7th
    (("id", "Gempa terjadi pada Senin (6/11/2040) pagi.", "2040-12-06"),
     ("id", "Gempa terjadi pada Rabu (7/11/2040) pagi.", "2040-11-08"), False),
    # a week away is another day, not a slip
    (("id", "Gempa terjadi pada Rabu (6/11/2040) pagi.", "2040-12-06"),
     ("id", "Gempa terjadi pada Rabu (14/11/2040) pagi.", "2040-11-15"), False),
    # both weekdays off: neither is a second statement of the other's day
    (("id", "Gempa terjadi pada Rabu (6/11/2040) pagi.", "2040-12-06"),
     ("id", "Gempa terjadi pada Selasa (7/11/2040) pagi.", "2040-11-08"), False),
]


@pytest.mark.parametrize("a, b, expected", CASES)
def test_weekday_slip_case_table(a, b, expected):
    x, y = _date(*a), _date(*b)
    assert weekday_slip(x, y) is expected
    assert weekday_slip(y, x) is expected


# End to end (real model): two reports of one event, one of which writes a weekday its date does not fall on.
# Rows are invented, written after devset411's reports (a draft presented "Jumat (18/6/2011)",
# a Saturday; a minister dismissed "Wednesday, June 7", a Thursday).
SLIPS = [
    ("en-id draft",
     ("The king presented the final draft in a televised speech on Friday, June 14, two weeks before the vote.",
      "en", "2041-06-16"),
     ("Raja memaparkan rancangan final itu dalam pidato televisi pada Jumat (15/6/2041), dua pekan sebelum "
      "pemungutan suara.", "id", "2041-07-10"),
     ("Friday, June 14", "Jumat (15/6/2041)"), True),
    ("en-id",
     ("The prime minister dismissed the interior minister on Wednesday, June 5, a day after the sinking.", "en",
      "2041-06-10"),
     ("Perdana menteri memecat menteri dalam negeri pada Rabu (4/6/2041), sehari setelah kapal tenggelam.", "id",
      "2041-06-05"),
     ("Wednesday, June 5", "Rabu (4/6/2041)"), True),
    # a bare day that names no event beside a named one is not read as a slip's day
    ("en-id guard",
     ("The count rose from nine on Saturday night to 11 on Sunday as the wreckage was cleared.", "en",
      "2041-08-26"),
     ("Pesawat itu jatuh pada Sabtu (23/8/2041) sore di dekat jalan raya.", "id", "2041-08-25"),
     ("Saturday", "Sabtu (23/8/2041)"), False),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", SLIPS, ids=[c[0] for c in SLIPS])
def test_a_weekday_slip_is_a_date_conflict(case, default_embedder):
    _, a, b, dates, conflict = case
    found = summary(pair_findings(side_pair(a, b), default_embedder))
    hit = any(set(f[:2]) == set(dates) and f[2] == "date.mismatch" for f in found)
    assert hit is conflict, found
