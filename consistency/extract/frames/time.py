"""Time: times of day, as-of phrases, the day a figure holds at (its own verb, the lead, the statement day),
recalled figures and carrying the lead's time to later sentences.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ...records import AsOf, DateMention, Quantity
from .lexicons import INF, LANGS, PREDICATE_REACH, STATEMENT_REACH, _alternation, _find, _load, lexicon, predicate_class
from .sentence import (PASSIVE_AGENT, _CONTRAST, _EN_VERB, _FROM_BEFORE, _ID_VERB, _NOT_VERBS, _Item, _Mention, _Sentence,
                       _clause_break_between, _function_words, _reach)
from .counted import _TO_VALUE
from .. import lexicon as L
from ..numbers import _SMALL
from .votes import _EVENT_YEAR

if TYPE_CHECKING:  # annotations only: importing it at run time would form a cycle
    from .discourse import Discourse


_TIME = re.compile(
    r"(?:(?P<cue>pukul|jam|pk\.?|at|around|sekitar pukul)\s+)?(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*"
    r"(?:(?P<ampm>[ap])\.?\s?m\b\.?|(?P<tz>WIB|WITA|WIT|GMT|UTC|local time|waktu setempat)\b)?",
    re.IGNORECASE,
)


def _times(text: str) -> list[tuple[int, int, int]]:
    """Times of day: (start, end, minutes after midnight) for "pukul 17.00 WIB", "16:00", "5 p.m."."""
    out = []
    for m in _TIME.finditer(text):
        h = int(m.group("h"))
        mins = int(m.group("m")) if m.group("m") else 0
        colon = m.group("m") and ":" in m.group(0)
        if not (m.group("cue") or m.group("ampm") or m.group("tz") or colon):
            continue
        if m.group("cue") and m.group("cue").lower() in ("at", "around") and not (m.group("m") or m.group("ampm")):
            continue
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        if m.group("ampm"):
            h = h % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        if h > 24 or mins > 59:
            continue
        out.append((m.start(), m.end(), h * 60 + mins))
    return out


@dataclass(frozen=True)
class _When:
    start: int
    end: int
    day: dt.date | None
    minute: int | None
    text: str
    basis: str  # explicit | statement
    owner: int | None = None  # a day written next to one figure holds for that figure only
    fronted: bool = False  # a day fronting its sentence, shared by its running tallies (``_OWN_TIME_AFTER``)


def _day_of(d: DateMention) -> dt.date | None:
    if d.resolved and d.low is not None and d.low == d.high:
        return d.low
    return None


@lru_cache(maxsize=1)
def _day_part_re() -> re.Pattern:
    return re.compile(rf"\s*(?:\(\S+\)\s*)?({_alternation(lexicon().day_parts)})\b", re.IGNORECASE)


def _day_part(text: str, pos: int, start: int | None = None) -> tuple[int, int] | None:
    """A day part right after ``pos`` ("malam", "pagi", "night"): (end, hour); or, given the date's ``start``, one
    written inside the date between its weekday and its day ("Thursday night, July 20", "Selasa malam
    (11/1/2011)"): (``pos``, hour)."""
    m = _day_part_re().match(text, pos)
    if m:
        return m.end(), lexicon().day_parts[" ".join(m.group(1).lower().split())]
    if start is not None:
        inner = re.match(r"[^\W\d]+", text[start:pos])
        m = _day_part_re().match(text, start + inner.end()) if inner else None
        if m and m.end() < pos:
            return pos, lexicon().day_parts[" ".join(m.group(1).lower().split())]
    return None


# a relative clause of obtaining after a figure's noun that closes with a past year: "63 kursi yang diraihnya pada
# 2019", "the 63 it took in 2019", "63 seats that it won in 2019", with a named winner ("17 kursi yang diraih PVV
# pada pemilu 2021", "the 17 seats the PVV won in 2021"); not a noun's attribute ("300 rumah yang dibangun pada 2019")
_NAMED_WINNER = r"(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?"
_RELATIVE_TO_YEAR = re.compile(rf"\s+(?:(?:yang|which|that)\s+)?(?:(?:it|they|he|she|the\s+party|partai\s+itu|{_NAMED_WINNER})\s+)?"
                               r"(?:(?:diraih|diperoleh|didapat|dimenangi|direbut)(?:nya|\s+(?:oleh\s+)?"
                               rf"{_NAMED_WINNER})?|"
                               r"won|took|got|secured|obtained|held|had)\s+(?:pada|in|tahun)\s+(?:tahun\s+|pemilu\s+|the\s+)?",
                               re.IGNORECASE)


def _figure_when(sent: _Sentence, it: _Item, dates, dspans, whens: list[_When],
                 discourse: "Discourse | None" = None, anchor: dt.date | None = None) \
        -> tuple[tuple[dt.date, dt.date], str] | None:
    """The date of the event a figure belongs to: written in its clause ("pada tahun 1983 hanya diikuti 1.300
    atlet"), opening the sentence ("In 2019, Widodo won 55.50 percent"), named with its event ("Pada Pilpres
    2019"); never the time the figure holds at or the day it was said."""
    best, best_cost = None, INF
    tally = it.predicate is not None and predicate_class(it.predicate.label).get("evolving")
    then = _THEN.match(sent.text)
    if then and discourse is not None and discourse.then is not None and not dspans:
        # "Pada Pilpres 2019, Prabowo … kalah. Saat itu Jokowi-Ma'ruf memperoleh 85.607.362 suara": 2019's
        return discourse.then, then.group(0).strip(" ,")
    if it.counted == "age":
        # "Prabowo, 72, … lost the 2014 and 2019 elections": an age is the person's now, unless the sentence
        # opens with its time ("In 2014, Prabowo, then 62, …")
        for k, (ds, de) in enumerate(dspans):
            d = dates[k]
            if d.low is not None and d.high is not None and _opens_sentence(sent.text, ds) \
                    and re.match(r"[\s)]*,", sent.text[de:]):
                return (d.low, d.high), d.text
        return None
    # a date dates the figures of its own clause: not those of a clause with its own subject and verb ("The Senate
    # approved it on Saturday, and the lower house passed it by 220 votes"); a date opening the sentence does,
    # unless the figure's clause names a day of its own ("Sejak 19 Januari, …; pada puncaknya, 7 Maret, polisi
    # menghitung 1,28 juta peserta")
    own_dated = _dated_clause(sent, it.start, dspans)

    def elsewhere(ds: int) -> bool:
        return _other_clause(sent, ds, it.start) and (own_dated or not _opens_sentence(sent.text, ds))

    for k, (ds, de) in enumerate(dspans):
        d = dates[k]
        if elsewhere(ds) or _comparison_base(sent.text, ds, it):
            continue
        if d.low is not None and de <= it.start and _WHEN_CLAUSE.match(sent.text, de) \
                and re.search(r"\d{4}\s*$", sent.text[ds:de]) \
                and not any(de <= s0 < it.start for s0, _ in dspans) and not _CLAUSE_END.search(sent.text, de, it.start):
            # "since 1990, when 1,426 pilgrims died", "sejak 2004, ketika tsunami menewaskan …": that year's
            return (d.low, dt.date(d.low.year, 12, 31) if d.high is None or d.granularity != "day" else d.high), d.text
        if d.low is None or d.high is None or any(w.start <= ds and de <= w.end for w in whens):
            continue
        # "In 2019, …", or a later clause's own fronted day ("…; pada puncaknya, 7 Maret, polisi menghitung …")
        opening = (_opens_sentence(sent.text, ds) or _opens_own_clause(sent, ds, it.start)) \
            and re.match(r"[\s)]*,", sent.text[de:])
        # a year, or a day long before the report, is never the time a running tally is counted at: it dates
        # the event ("in 1999 a quake of magnitude 7.6 near Izmit killed more than 17,000 people")
        past = d.granularity in ("year", "range", "decade") or (
            anchor is not None and (anchor - d.high).days > PAST_DAYS)
        clause = _clause_start(sent.text, ds)
        opens_clause = past and _opens_sentence(sent.text[clause:], ds - clause) \
            and clause <= it.start and not _CLAUSE_END.search(sent.text, de, it.start)
        if tally and not opening and not past:
            continue  # a running tally's days are when it was counted, not which event it counts
        c = _reach(sent, _Mention(ds, de, "date"), it.start, it.tail, it.index)
        if opening or opens_clause:
            c = min(c, 3.0)  # "In 2019, …", "in 1999 a quake … killed …": the whole sentence or clause
        elif past and de <= it.start and _dates_its_verb(sent.text, de, it):
            # "jatuh di Guam pada 1997 dan menewaskan 228 orang", "crashed near Busan in 2002, killing 129": the
            # year of a recalled incident whose own verb counts the figure
            c = min(c, 3.0)
        elif past and _RELATIVE_TO_YEAR.fullmatch(sent.text, it.tail, ds):
            # "63 kursi yang diraihnya pada 2019", "the 63 seats it won in 2019": a relative clause dates its noun
            c = min(c, 3.0)
        elif past and _WHEN_AFTER_FIGURE.fullmatch(sent.text, it.tail, ds) and _CLAUSE_CLOSES.match(sent.text, de) \
                and (anchor is None or d.high < anchor):
            # "won 98 votes when the previous parliament chose him in 2018", "98 suara yang diraihnya ketika terpilih
            # pada 2018": a clause of time right after the figure says when it was won
            c = min(c, 3.0)
        if c <= 3.0 and c < best_cost:
            best, best_cost = d, c
    evolving = it.predicate is not None and predicate_class(it.predicate.label).get("evolving")
    if best is None and not evolving:
        # one event date in the sentence frames all of it ("Kurang dari seribu atlet menjadi peserta
        # Kejuaraan Dunia Atletik tahun 1983"); a running tally's dates are its as-of times instead
        occasion = it.predicate is not None and predicate_class(it.predicate.label).get("occasion")
        events = [dates[k] for k, (ds, de) in enumerate(dspans) if dates[k].low is not None and dates[k].high is not None
                  and dates[k].granularity in ("day", "weekday", "month", "year")
                  and not any(w.start <= ds and de <= w.end and (w.basis == "explicit" or not occasion) for w in whens)
                  and not elsewhere(ds) and not _comparison_base(sent.text, ds, it)
                  # not across another figure: "1,187 pages, longer than the 812-page text that the House sent …
                  # in October" dates the 812 pages
                  and (_opens_sentence(sent.text, ds)
                       or (_reach(sent, _Mention(ds, de, "date"), it.start, it.tail, it.index) < INF
                           and not _clause_break_between(sent, it, ds, de)))]
        if len(events) == 1:
            best = events[0]  # for an occasion, even the day it was reported ("… pada puncaknya, Minggu (16/6)")
    if best is not None:
        return (best.low, best.high), best.text
    for year in _EVENT_YEAR.finditer(sent.text):
        # an event named with its year frames the figures of its own clause ("the 1939 Erzincan earthquake,
        # which killed about 33,000"), not another figure of the sentence ("31,643 deaths …, nearing the toll of
        # the 1939 Erzincan earthquake")
        if _reach(sent, _Mention(year.start(), year.end(), "date"), it.start, it.tail, it.index) > PREDICATE_REACH \
                and not _opens_sentence(sent.text, year.start()) \
                and not _RELATIVE_TO_YEAR.fullmatch(sent.text, it.tail, year.start()):
            continue  # (a relative clause of obtaining reaches its year: "17 kursi yang diraih PVV pada pemilu 2021")
        if year.end() <= it.start and _CONTRAST.search(sent.text, year.end(), it.start):
            continue  # "The 1995 Kobe quake killed 6,434, while this one has killed 10,000": this one's
        if _comparison_base(sent.text, year.start(), it):
            continue  # "62,13 persen, naik tajam dibandingkan pemilu 2020": the base's year
        y = int(year.group(1) or year.group(2))
        return (dt.date(y, 1, 1), dt.date(y, 12, 31)), year.group(0).strip()
    if discourse is not None and discourse.occasion is not None and it.predicate is not None \
            and predicate_class(it.predicate.label).get("occasion"):
        return discourse.occasion, "the occasion dated before"  # "polisi menyebut jumlah peserta … 338.000 orang"
    return None


# a comparison's base before a date: "62,13 persen, naik tajam dibandingkan pemilu 2020", "higher than in the 2019
# vote", "compared with 2019"; at most three words between the cue and the date, none a figure. Not "versus" (a
# match's opponent) nor "sooner than expected on Tuesday" (no base)
_COMPARED_TO = re.compile(r"(?<![\w-])(?:dibanding(?:kan)?(?:\s+dengan)?|ketimbang|daripada|compared\s+(?:with|to)|"
                          r"than(?!\s+(?:expected|forecast|anticipated|planned|scheduled|usual|predicted|hoped)\b))"
                          r"(?:\s+[^\W\d][\w-]*){0,3}\s*$", re.IGNORECASE)


def _comparison_base(text: str, ds: int, it: _Item) -> bool:
    """Is the date at ``ds`` the time of what a figure before it is compared with ("Partisipasi … mencapai 62,13
    persen, naik tajam dibandingkan pemilu 2020")? It dates the comparison's base, not the figure."""
    m = _COMPARED_TO.search(text, 0, ds)
    return m is not None and it.tail <= m.start()


# "in 1976 by an earthquake that killed": a passive's agent, then its relative clause, stands between them too
_VERB_LINK = re.compile(rf"[\s)]*(?:,\s*)?(?:{PASSIVE_AGENT}\s+[^\W\d]+\s+(?=(?:yang|which|that)\s))?"
                        r"(?:(?:dan|serta|yang|and|which|that)\s+)?(?:(?:telah|sudah|had|has|have)\s+)?$", re.IGNORECASE)


# "96 jenazah telah diserahkan", "four bodies had been released", "25 people were officially listed as missing",
# "25 orang dinyatakan resmi hilang": a verb right after the figure's phrase, past these words, is its own, whatever
# the clause's subject counts
_OWN_VERB_GAP = re.compile(r"\s*(?:(?:telah|sudah|juga|have|has|had|been|were|was|are|is|officially|reportedly|"
                           r"listed\s+as|declared|dinyatakan|resmi)\s+){0,4}", re.IGNORECASE)


def _dates_its_verb(text: str, date_end: int, it: _Item) -> bool:
    """Does a date lead straight into the verb of a figure's predicate, joined by at most "dan"/"yang"/"and"/
    "which"/a comma (so the date and the figure are one clause's event and its toll)?"""
    pred = it.predicate
    return pred is not None and date_end <= pred.start < it.start and bool(_VERB_LINK.match(text[date_end:pred.start]))


# a sentence set at the time the one before it dated: "Saat itu", "Ketika itu", "At the time", "Back then"
_THEN = re.compile(r"\s*(?:(?:pada\s+)?(?:saat|ketika|waktu|kala|masa)\s+itu|at\s+(?:the|that)\s+time|back\s+then)"
                   r"\b\s*,?", re.IGNORECASE)


# a clause of time right after a figure that ends in a past date: "… votes when parliament chose him in 2018",
# "… suara yang diraihnya ketika terpilih pada 2018"; at most three words before the cue, none a comparison ("98
# votes more than when he ran in 2013", "sama seperti saat krisis"), no punctuation in the clause; not "saat ini"
# (now) nor "when asked" (a question's time)
_WHEN_AFTER_FIGURE = re.compile(r"\s+(?:(?!(?:than|as|like|seperti|sama|daripada|ketimbang|dibanding\w*|dari)\s)[\w-]+\s+){0,3}?"
                                r"(?:when|ketika|saat|sewaktu|tatkala)\s+(?!(?:ini|asked|ditanya|ditanyai)(?![\w-]))"
                                r"[^,;:.()\d]{0,80}?\s(?:pada|in|on|tahun)\s+(?:tahun\s+)?", re.IGNORECASE)
# where a clause of time ends: at a punctuation mark, the sentence's end or a conjunction
_CLAUSE_CLOSES = re.compile(r"[\s)]*(?:[,;:.!?]|$|(?:and|dan|but|tetapi|namun|while|sedangkan|sementara)(?![\w-]))",
                            re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"[\s)]*,?\s*(?:when|ketika|saat|tatkala|manakala)\b", re.IGNORECASE)


PAST_DAYS = 180  # a date this long before the report dates an event, not the time a tally is counted at


_CLAUSE_END = re.compile(r";|(?<!\d):|:(?!\d)")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ";" or ":" before it (not a time's colon)."""
    return max([0] + [m.end() for m in _CLAUSE_END.finditer(text, 0, pos)])


@lru_cache(maxsize=1)
def _own_clause_cues() -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str]]:
    """frame_cues.json's "own_clause": the joints that always open a clause (and ";"), those that do after a
    comma, the coordinators after a comma that do when a subject and a verb of their own follow, and the
    pronouns that are no subject of their own."""
    data = _load("frame_cues.json")["own_clause"]
    words = lambda key: [w for lang in LANGS for w in data[key].get(lang, [])]  # noqa: E731
    return (re.compile(rf";|(?<![\w-])(?:{_alternation(words('contrast') + words('comparison'))})(?![\w-])", re.IGNORECASE),
            re.compile(rf",\s*(?:{_alternation(words('after_comma'))})(?![\w-])", re.IGNORECASE),
            re.compile(rf",\s*(?:{_alternation(words('and'))})(?![\w-])", re.IGNORECASE),
            frozenset(w.lower() for w in words("pronouns")))


def _verbish(word: str) -> bool:
    """Does a word look like a finite verb ("passed", "mengesahkannya")? Lexicon predicates are asked apart, by
    position; a verb of change ("rose to", "fell to", "naik menjadi") is none."""
    low = word.lower()
    if low in lexicon().value_verbs:
        return False
    if _EN_VERB.fullmatch(low):
        return low not in _function_words()
    if _ID_VERB.fullmatch(low):
        return low not in _NOT_VERBS and low not in lexicon().skip and low not in _function_words()
    return False


def _own_subject(text: str, start: int, end: int, verbs: frozenset[int], pronouns: frozenset[str],
                 figures: tuple[tuple[int, int], ...]) -> bool:
    """Do the words in ``text[start:end]`` after a coordinator open with a subject of their own and its verb
    ("and the lower house passed it", "dan DPR mengesahkannya")? Not a verb straight after the coordinator ("and
    killed 12 people": the same subject goes on), a pronoun ("and it killed 12"), or a figure as the subject
    ("and the two dams collapsed", "and 12 people died": the figure is what the clause counts, in its first
    clause's event)."""
    lex = lexicon()
    words = [(start + m.start(), m.group(0)) for m in re.finditer(r"[\w'’]+(?:[-/][\w'’]+)*", text[start:end])]
    for i, (pos, word) in enumerate(words):
        if pos in verbs or _verbish(word):
            subject = [w for _, w in words[:i]]
            return bool(subject) and subject[0].lower() not in pronouns \
                and not any(start <= fs < pos for fs, _ in figures) \
                and any(w.lower() not in lex.skip and w.lower() not in pronouns for w in subject)
    return False


def _clause_starts(sent: _Sentence) -> tuple[int, ...]:
    """``_clause_starts_of`` the sentence, its figures' cores (its walls) known."""
    return _clause_starts_of(sent.text, sent.langs, tuple(sorted((s, e) for s, e, _ in sent.walls)))


# where the words after a coordinator stop being read for a subject and a verb of their own
_PHRASE_END = re.compile(r"[,;]|$")


@lru_cache(maxsize=1024)
def _clause_starts_of(text: str, langs: tuple[str, ...], figures: tuple[tuple[int, int], ...]) -> tuple[int, ...]:
    """Where the clauses of a sentence that have their own subject, verb and time start: after a semicolon, a
    contrast ("sedangkan", "whereas"; "sementara", "while", "but" after a comma), or a comma and a coordinator
    that a subject of its own and its verb follow ("…, and the lower house passed it by 220 votes to 207")."""
    contrast, after_comma, coordinator, pronouns = _own_clause_cues()
    starts = {m.end() for m in contrast.finditer(text)} | {m.end() for m in after_comma.finditer(text)}
    # a verb of change gives a level in the period its sentence dates ("employers added 49,000 jobs in January, and
    # the unemployment rate fell to 6.3%": January's rate): no verb of a clause of its own
    lex = lexicon()
    verbs = frozenset(s for table in (lex.predicates, lex.cues["statement"]) for s, _, _, _ in _find(table, text, langs))
    for m in coordinator.finditer(text):
        end = _PHRASE_END.search(text, m.end()).start()
        before = max([0] + [s for s in starts if s <= m.start()])
        # two clauses, each with its verb: not two subjects of one verb ("The boys, aged 11 to 16, and their coach
        # were found late on Monday")
        if _has_verb(text, before, m.start(), verbs) and _own_subject(text, m.end(), end, verbs, pronouns, figures):
            starts.add(m.end())
    return tuple(sorted(starts))


def _has_verb(text: str, start: int, end: int, verbs: frozenset[int]) -> bool:
    """Does ``text[start:end]`` hold a verb: a lexicon predicate or statement verb starting there (``verbs``, their
    start offsets), or a word that looks like a finite verb (``_verbish``)?"""
    return any(start <= v < end for v in verbs) or any(_verbish(m.group(0)) for m in re.finditer(r"[\w'’]+", text[start:end]))


def _own_clause(sent: _Sentence, pos: int) -> tuple[int, int]:
    """The span of the clause of its own (``_clause_starts``) that holds ``pos``."""
    starts = _clause_starts(sent)
    return (max([0] + [s for s in starts if s <= pos]), min([len(sent.text)] + [s for s in starts if s > pos]))


def _other_clause(sent: _Sentence, a: int, b: int) -> bool:
    """Do positions ``a`` and ``b`` lie in two clauses of their own?"""
    lo, hi = min(a, b), max(a, b)
    return any(lo < s <= hi for s in _clause_starts(sent))


def _dated_clause(sent: _Sentence, pos: int, dspans) -> bool:
    """Does the clause of its own that holds ``pos`` name a date?"""
    start, end = _own_clause(sent, pos)
    return any(start <= ds < end for ds, _ in dspans)


def _opens_own_clause(sent: _Sentence, ds: int, pos: int) -> bool:
    """Does a date open (perhaps after a short fronted phrase: "pada puncaknya, 7 Maret", "at the peak, on March
    7") the clause of its own that holds ``pos``, a later clause than the sentence's first ("…; by Wednesday the
    toll had risen to 41", "…, sementara Rabu jumlahnya menjadi 41 orang")?"""
    start, _ = _own_clause(sent, pos)
    return 0 < start <= ds < pos and _opens_sentence(sent.text[start:], ds - start)


def carry_lead_time(sentences: list[tuple[tuple[Quantity, ...], tuple[DateMention, ...]]]) \
        -> list[tuple[tuple[Quantity, ...], tuple[DateMention, ...]]]:
    """A report's figures hold at the time its lead gives. The first explicit as-of time of day on the
    publication day ("hingga Minggu (5/12/2021) pukul 09.00 WIB") carries to the later running tallies of the
    article that are dated only by the publication ("Sebanyak 902 warga mengungsi").

    Likewise the earlier report a lead compares with ("has risen to 430, … a slight increase from 429 on
    Tuesday") is the one later earlier values of the article come from ("The number of injured rose to 1,495
    from 1,485"): they hold on its day."""
    lead: AsOf | None = None
    before: AsOf | None = None
    out = []
    for qs, ds in sentences:
        new = []
        for q in qs:
            f = q.frame
            if f is not None and f.as_of is not None:
                a = f.as_of
                if lead is None and a.basis == "explicit" and a.minute is not None and f.role == "current":
                    lead = a
                elif lead is not None and a.basis == "published" and a.day == lead.day and f.evolving:
                    q = replace(q, frame=replace(f, as_of=AsOf(lead.day, lead.minute, lead.text, "lead")))
                if f.role == "previous" and f.evolving:
                    if before is None and a.basis == "explicit" and a.day is not None:
                        before = a
                    elif before is not None and a.basis == "previous" and (a.day is None or before.day <= a.day):
                        q = replace(q, frame=replace(f, as_of=AsOf(before.day, before.minute, before.text, "explicit")))
            new.append(q)
        out.append((tuple(new), ds))
    return out


# what may stand between an as-of cue and its date: "hari", "tanggal", "the end of", or a part of the day named before
# the date ("by noon on Wednesday", "by the evening of Sept. 12", "by late Tuesday")
_AS_OF_LEAD_PLAIN = re.compile(r"\s*(?:hari\s+|tanggal\s+|the\s+end\s+of\s+)?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _as_of_lead() -> re.Pattern:
    """The plain lead, or a part of the day before the date, one of frame_cues.json "day_parts" (its hour with it)."""
    return re.compile(r"\s*(?:hari\s+|tanggal\s+|the\s+end\s+of\s+|(?:the\s+)?(?:(?:late|early)\s+)?"
                      rf"(?P<part>{_alternation(lexicon().day_parts)})\s+(?:on|of)\s+|"
                      r"(?P<late>late|early)\s+(?:on\s+)?)?", re.IGNORECASE)


def _as_of_phrases(sent: _Sentence, dates, dspans, times, anchor, statement) -> list[_When]:
    """Explicit as-of phrases ("hingga Selasa pukul 17.00 WIB", "as of Wednesday", "by 16:00") and statement
    days ("kata juru bicara, Selasa", "said on Tuesday"), each with its day and time of day."""
    lex = lexicon()
    text = sent.text
    out: list[_When] = []
    used_dates: set[int] = set()
    for s, e, _, cue in _find(lex.cues["as_of"], text, sent.langs):
        rest = text[e:]
        lead_m = _as_of_lead().match(rest)
        day, minute, end = None, None, None
        # "by noon on Wednesday", "by the evening of Sept. 12": the part of the day named before the date, after "by"
        # or "as of" only ("worked through the night on Monday" is no tally's time)
        if (lead_m.group("part") or lead_m.group("late")) and " ".join(text[s:e].lower().split()) not in ("by", "as of", "as at"):
            lead_m = _AS_OF_LEAD_PLAIN.match(rest)
        lead = lead_m.end()
        at = e + lead
        part = " ".join((lead_m.groupdict().get("part") or "").lower().split())
        part_before = lexicon().day_parts[part] * 60 if part else None
        for k, (ds, de) in enumerate(dspans):
            if ds == at or (ds > e and text[e:ds].strip() in ("", "hari", "tanggal")):
                if re.match(r"['’]s\b", text[de:]):
                    break  # "killed by Saturday's earthquake": the incident's day, not a time the figure holds at
                day, end = _day_of(dates[k]), de
                used_dates.add(k)
                part = _day_part(text, de, ds)
                if part:
                    end, hour = part
                    minute = hour * 60
                elif part_before is not None:
                    minute = part_before
                break
        for ts, te, mins in times:
            start_from = end if end is not None else e
            if (ts < start_from < te) or (ts >= start_from and text[start_from:ts].strip(" ,") in ("", "pukul", "jam", "at")):
                minute, end = mins, te
                break
        if end is None:
            continue
        if day is None:
            # "As of 9 p.m. on Tuesday", "hingga pukul 17.00 WIB pada Selasa": the day after the time
            for k, (ds, de) in enumerate(dspans):
                if ds >= end and re.fullmatch(r"\s*(?:on|pada|,)?\s*", text[end:ds]) \
                        and not re.match(r"['’]s\b", text[de:]):
                    day, end = _day_of(dates[k]), de
                    used_dates.add(k)
                    break
        if day is None and anchor is not None and not any(k in used_dates for k in range(len(dates)) if dspans[k][0] < end and dspans[k][0] >= e):
            day = anchor  # "by 16:00": today
        out.append(_When(s, end, day, minute, text[s:end], "explicit"))
    # statement days: a date said with a reporting cue before it ("said on Tuesday", "ujarnya, Selasa (2/10)"),
    # a date closing a sentence after a cue ("…, kata juru bicara BNPB, Selasa"), or one before a cue
    # ("On Tuesday, the agency said …")
    for k, (ds, de) in enumerate(dspans):
        if k in used_dates or dates[k].granularity in ("event", "year"):
            # "a day after she suspended the bill" dates by another event, not by a day; "the 6.3 million recorded
            # in 2019" is the count of that year, no day anyone said it
            continue
        if _is_statement_day(sent, ds, de, statement):
            day = _day_of(dates[k])
            minute, end = None, de
            for ts, te, mins in times:
                if ts >= de and text[de:ts].strip(" ,") in ("", "pukul", "jam", "at"):
                    minute, end = mins, te
                    break
            part = _day_part(text, de, ds)
            if part and minute is None:
                end, hour = part
                minute = hour * 60
            if minute is None:
                minute = _early_late(text, ds)  # "fire officials said early on Sunday": the small hours, not the evening
            out.append(_When(ds, end, day, minute, text[ds:end], "statement"))
    return out


_EARLY_LATE = re.compile(r"(?<![\w-])(late|early)\s+(?:on\s+)?$", re.IGNORECASE)


def _early_late(text: str, ds: int) -> int | None:
    """The time of day "early" or "late" before a day gives ("early on Sunday", "late Monday"), in minutes. Indonesian
    writes the part after the day ("Minggu dini hari"), which ``_day_part`` reads."""
    m = _EARLY_LATE.search(text[:ds])
    return None if m is None else (21 if m.group(1).lower() == "late" else 3) * 60


def _tally_days(sent: _Sentence, items: list[_Item], dates, dspans, whens: list[_When], preds,
                previous_role: dict[int, bool] | None = None) -> list[_When]:
    """A day written right next to a running tally ("the toll was 19 on Monday night", "41 orang meninggal
    pada Senin") is the time the tally holds at, unless an event word is nearer ("Monday's flood")."""
    out = []
    taken = {(w.start, w.end) for w in whens}
    previous_role = previous_role or {}
    # an event word inside a counting body's name ("57 late on Thursday, the fire service said") is no event
    bodies = [m.span() for m in _BODY_EVENT_WORDS.finditer(sent.text)]
    events = [p for p in preds if predicate_class(p.label).get("kind") == "event"
              and not any(bs <= p.start and p.end <= be for bs, be in bodies)]
    for k, (ds, de) in enumerate(dspans):
        if any(w.start <= ds and de <= w.end for w in whens) or dates[k].granularity not in ("day", "weekday"):
            continue
        for it in items:
            if it.predicate is None:
                # a bare step of a climb that names no verb ("from at least five on the first evening to 18 by noon
                # on May 25 and 33 on May 29"): a day right after the number is that step's own time, not the
                # as-of phrase's before it
                if not (ds >= it.tail and it.counted is None and it.tail == it.end
                        and _BARE_STEP_DAY.fullmatch(sent.text, it.tail, ds) and _CLIMB_STEP.search(sent.text, 0, it.start)
                        and _CLIMB_FROM.search(sent.text, 0, it.start)):
                    continue
            elif not predicate_class(it.predicate.label).get("evolving"):
                continue
            if _AGENT_BEFORE.search(sent.text[: it.qstart if it.qstart >= 0 else it.start]):
                continue  # "ditemukan oleh dua penyelam … pada Selasa", "found by two divers on Monday": the agent
            if _passive_agent_figure(sent, it):
                continue  # "baru ditemukan dua penyelam asal Inggris pada 2 Juli": the divers found them
            if de <= it.start:
                # a day before the figure belongs to it only when it opens the sentence ("Pada Senin malam,
                # korban tewas tercatat 19 orang") or names an earlier value's data ("dibandingkan data Senin,
                # yakni 844 orang"); inside the subject it dates the event ("ledakan bom … pada Minggu
                # (21/4/2019) bertambah menjadi 290 orang")
                opens = _opens_sentence(sent.text, ds) and not (_other_clause(sent, ds, it.start)
                                                                 and _dated_clause(sent, it.start, dspans))
                if not (opens or _opens_own_clause(sent, ds, it.start)
                        or (previous_role.get(it.index) and sent.cost(de, it.start, walls=False) <= 3.0)):
                    continue
                c = sent.cost(de, it.start, walls=False)
                c = 0.0 if c < INF else c
            elif ds >= it.tail:
                late = _EARLY_LATE.search(sent.text, it.tail, ds)  # "76 dead late on Tuesday": no word between
                c = sent.cost(it.tail, late.start() if late else ds, walls=False)
            else:
                continue
            near_event = any(min(abs(e.start - de), abs(ds - e.end)) < 12 for e in events)
            if c <= 1.5 and not near_event:
                end, minute = de, None
                part = _day_part(sent.text, de, ds)
                if part:
                    end, hour = part
                    minute = hour * 60
                if minute is None:
                    minute = _early_late(sent.text, ds)  # "222 late on Sunday"
                if (ds, end) not in taken:
                    # a day opening the sentence ("On Wednesday, the agency said 20 bodies had been found and
                    # seven people were still missing") holds for every running tally of it, not the first alone
                    # ("Sehari sebelumnya, Jumat (8/12/2023) pukul 12.00, pemerintah mencatat 80 korban tewas, …
                    # serta 133 korban luka": its hour and part of day go with it)
                    shared = de <= it.start and opens and _FRONTED_DAY_END.match(sent.text, de) is not None
                    out.append(_When(ds, end, _day_of(dates[k]), minute, sent.text[ds:end], "explicit",
                                     None if shared else it.index, fronted=shared))
                    taken.add((ds, end))
                break
    return out


# a bare step of a climb: the number, then "on"/"pada" and the day; and a "to"/"and" before the number, after a
# "from", that makes it a step of a climb ("from at least five … to 18 …, and 33 on May 29", "dari 5 … menjadi 33
# pada 29 Mei"); not a revision's figure ("revising it down to 37 on April 6": the revision's day)
_BARE_STEP_DAY = re.compile(r"\s+(?:on|pada)\s+(?:hari\s+)?", re.IGNORECASE)
_CLIMB_STEP = re.compile(r"(?<![\w-])(?:to|and|then|menjadi|hingga|lalu|dan)\s+$", re.IGNORECASE)
_CLIMB_FROM = re.compile(r"(?<![\w-])(?:from|dari)\s", re.IGNORECASE)  # a climb says where it started


@lru_cache(maxsize=1)
def _reported_clause() -> tuple[str, str]:
    """The reporting verbs of a relative or appositive clause and the fillers allowed between such a verb and its
    figure, as regex alternations (frame_cues.json "reported_clause")."""
    data = _load("frame_cues.json")["reported_clause"]
    alt = _alternation
    return (alt(data["id"] + data["en"]), alt(data["fillers"]["id"] + data["fillers"]["en"]),
            alt(data["after_figure"]["id"] + data["after_figure"]["en"]), alt(data["figure_of_day"]["id"]))


# a relative or appositive clause's opening: "yang", a comma, "which was", "which officials" (an agent before the verb)
_CLAUSE_OPENER = r"(?:(?<![\w-])yang\s+|,\s*(?:yang\s+)?|(?<![\w-])(?:which|that)\s+(?:(?:was|were|had\s+been|has\s+been)\s+|" \
                 r"(?:[\w.'’-]+\s+){1,3}?))"


def _reported_days(sent: _Sentence, items: list[_Item], dates, dspans, whens: list[_When]) -> list[_When]:
    """A figure a relative or appositive clause reports with a day of its own ("Jumlah pengungsi yang pada Senin
    dilaporkan 1.200 orang dikoreksi menjadi 980 orang", "Korban hilang, yang disebut 45 orang pada Senin, kini
    38 orang", "The number of missing, put at 45 on Monday, was revised to 38"): that day is the figure's own
    time, a day it was reported, earlier than its sentence's. The day is the figure's alone (owned), so the
    correction beside it keeps its own time, not the clause's."""
    verbs, fillers, after, of_day = _reported_clause()
    text = sent.text
    out = list(whens)
    for it in items:
        start = it.qstart if it.qstart >= 0 else it.start
        for k, (ds, de) in enumerate(dspans):
            if dates[k].granularity not in ("day", "weekday") or any(w.owner is not None and w.start <= ds and de <= w.end
                                                                      for w in out):
                continue
            if de <= start:
                # the day first: "yang pada Senin dilaporkan 1.200 orang", "yang pada Senin masih 45 orang"; a figure's
                # noun the day follows: "angka hari Senin sebanyak 45 orang"
                ok = (re.search(rf"{_CLAUSE_OPENER}(?:(?:pada|on)\s+)?(?:hari\s+)?$", text[:ds], re.IGNORECASE) and
                      re.fullmatch(rf"\s*(?:\([^)]*\))?\s*(?:(?:{verbs})\s+(?:(?:{fillers})\s+)?|(?:{fillers})\s+)",
                                   text[de:start], re.IGNORECASE)) or \
                     (re.search(rf"(?<![\w-])(?:{of_day})\s+(?:hari\s+)?$", text[:ds], re.IGNORECASE) and
                      re.fullmatch(rf"\s*(?:\([^)]*\))?\s*,?\s*(?:(?:{fillers}|yakni|yaitu)\s+)?", text[de:start], re.IGNORECASE))
            elif ds >= it.tail:
                # the figure first: "yang disebut 45 orang pada Senin", ", put at 45 on Monday"; or the participle after
                # it: "45 orang yang dilaporkan hilang pada Senin", "the 45 missing reported on Monday"
                ok = (re.search(rf"{_CLAUSE_OPENER}(?:{verbs})\s+(?:(?:{fillers})\s+)?$", text[:start], re.IGNORECASE) and
                      re.fullmatch(r"\s*(?:[^\W\d]+\s+)?(?:pada|on)\s+(?:hari\s+)?", text[it.tail : ds], re.IGNORECASE)) or \
                    re.fullmatch(rf"\s*(?:[^\W\d]+\s+)?(?:yang\s+)?(?:{after})\s+(?:[^\W\d]+\s+)?(?:pada|on)\s+(?:hari\s+)?", text[it.tail : ds],
                                 re.IGNORECASE)
            else:
                continue
            if not ok:
                continue
            end, minute = de, None
            part = _day_part(text, de, ds)
            if part:
                end, hour = part
                minute = hour * 60
            said = [w for w in out if w.owner is None and w.start <= ds and de <= w.end]
            out = [w for w in out if not any(w is x for x in said)]
            # a day already read as the day something was said stays so ("769 orang yang diumumkan pada 26 September")
            basis = "statement" if any(w.basis == "statement" for w in said) else "explicit"
            out.append(_When(ds, end, _day_of(dates[k]), minute, text[ds:end], basis, it.index))
            break
    return out


def _passive_agent_figure(sent: _Sentence, it: _Item) -> bool:
    """Is a figure right after a passive verb ("ditemukan dua penyelam", "diselamatkan 20 petugas") that verb's
    agent, "oleh" left out? Only when it counts those who search and rescue: "ditemukan 12 jenazah" counts
    what was found."""
    p = it.predicate
    start = it.qstart if it.qstart >= 0 else it.start
    return bool(p is not None and p.end <= start and not sent.text[p.end : start].strip()
                and re.match(r"di\w+", p.text, re.IGNORECASE)
                and it.counted == "responder")


_AGENT_BEFORE = re.compile(r"(?<![\w-])(?:oleh|by)\s+$", re.IGNORECASE)


_SPEAKER_RUN = re.compile(r"\s+(?:(?:[A-Z][\w.'’-]*|dan|and|of|the|bin|binti|van|de|al|el)\s+){1,12}(?:pada|on)\s+")
# a speaker named by a common noun, at most six words ("kata juru bicara pemerintah pada Selasa (23/11/2010) malam.",
# "said a government spokesman on Tuesday."): read like ``_SPEAKER_RUN`` when no event word and no relative word stands
# among them ("said residents who crossed it on Monday": the crossing's day) and the cue does not open the sentence
# ("Kata sandi …" is a password)
_COMMON_SPEAKER_RUN = re.compile(r"\s+(?:(?!(?:yang|who|which|that|where|di\s+mana)\s)[\w.'’-]+\s+){1,6}(?:pada|on)\s+", re.IGNORECASE)


# the event words inside the names of bodies that count ("dinas pemadam kebakaran", "the fire service", "badan
# penanggulangan bencana"): a speaker's name, not an event the day could be of
_BODY_EVENT_WORDS = re.compile(r"(?<![\w-])(?:pemadam\s+kebakaran|penanggulangan\s+bencana|fire\s+(?:service|services|brigade|"
                               r"department|authorities|officials|chief)|disaster\s+(?:management|agency|authority))(?![\w-])",
                               re.IGNORECASE)
_CLOSING_DAY = re.compile(r"\s*(?:\([^)]*\))?\s*(?:(?:pukul|jam)\s+[\d.:]+\s*\w*)?\s*(?:malam|pagi|siang|sore|petang|"
                          r"morning|afternoon|evening|night)?\s*[.\"”’]*\s*", re.IGNORECASE)


# a verb of showing right before a day: the day the figures or results were shown ("results showed on Saturday",
# "data menunjukkan pada Senin"); not "data showed inflation in October", where the month is the figure's
# a statement and the verb of its release before a date: "pernyataan (pemerintah) yang dibacakan di televisi pada",
# "a statement read out on state television on", "siaran pers yang dirilis pada"
_STATEMENT_RELEASED = re.compile(
    r"(?<![\w-])(?:pernyataan|keterangan\s+(?:pers|tertulis)|siaran\s+pers|statement|press\s+release)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:yang\s+|that\s+was\s+|which\s+was\s+)?"
    r"(?:dibacakan|disiarkan|dirilis|dikeluarkan|diterbitkan|read\s+out|read|released|issued|broadcast|published)"
    r"(?:\s+(?:di|on|in|at|oleh|by|lewat|melalui)\s+[^,;.()]{1,40}?)?\s+(?:pada|on)\s+(?:hari\s+)?$", re.IGNORECASE)
_SHOWED_ON = re.compile(r"(?<![\w-])(?:showed|shows|show|menunjukkan|memperlihatkan)\s+(?:(?:on|pada)\s+)?$", re.IGNORECASE)


# a passive verb of reporting, and what its agent may be before "pada"/"on" and the day: "dilaporkan kantor yang sama
# pada", "reported by the same office on"; not "diumumkan", "announced": a result announced is the event itself
# ("hasil yang diumumkan Ketua IEBC pada Selasa")
_PASSIVE_REPORT = re.compile(r"(?:dilaporkan|disebutkan|dicatat|reported|recorded)", re.IGNORECASE)
_AGENT_THEN_DAY = re.compile(r"\s+(?:by\s+)?(?:[\w'’.-]+\s+){0,4}(?:pada|on)\s+", re.IGNORECASE)


# "now" words that are a noun's adjective, the time of their own clause's noun only ("laporan terbaru", "the latest
# bulletin"), unlike the adverbs ("kini", "so far")
_NOW_OF_A_NOUN = frozenset({"terbaru", "terkini", "latest"})


# a wire dateline: the city in capitals (a state or country after it), the day, then a dash ("TBILISI, June 14 —",
# "JAKARTA, Selasa (2/10) -", "KIGALI, Rwanda, Sept 20 (Reuters) —"): the day the dispatch was filed
_DATELINE_BEFORE = re.compile(r"\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:\s*\([^)]{1,30}\))?(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)*[—–-]")


def _is_statement_day(sent: _Sentence, ds: int, de: int, statement) -> bool:
    text = sent.text
    if _DATELINE_BEFORE.fullmatch(text, 0, ds) and _DATELINE_AFTER.match(text, de):
        return True  # "TBILISI, June 14 — A flash flood ripped through the capital overnight": the dispatch's day
    if re.match(r"['’]s\b", text[de:]):
        return False  # "Saturday's quake", "to rival Saturday's": a possessive date owns an event, said or not
    if _SHOWED_ON.search(text, 0, ds):
        return True  # "preliminary results showed on Saturday", "final results showed Monday": the day of the report
    if _STATEMENT_RELEASED.search(text, 0, ds):
        # "dalam pernyataan yang dibacakan di televisi pemerintah pada Kamis", "in a statement read out on state
        # television on Thursday": the day of the statement, not of the fire it tells of
        return True
    for s, e, _, _ in statement:
        if e <= ds and _PASSIVE_REPORT.fullmatch(text[s:e]) and _AGENT_THEN_DAY.fullmatch(text[e:ds]) \
                and not _find(lexicon().predicates, text[e:ds], sent.langs):
            # "14 korban jiwa yang dilaporkan kantor yang sama pada Selasa malam", "the 14 deaths reported by the
            # same office on Tuesday night": a passive report, its agent, then the day it was reported
            return True
        if e <= ds and _SPEAKER_RUN.fullmatch(text[e:ds]) and _CLOSING_DAY.fullmatch(text[de:]):
            # "…, kata Menteri Kesehatan Lebanon Hamad Hassan pada Rabu (5/8/2020) malam.": however long the
            # speaker's title and name, a day that closes the sentence after them is when it was said
            return True
        run = _BODY_EVENT_WORDS.sub(lambda m: " " * len(m.group(0)), text[e:ds])
        if e <= ds and s > 0 and _COMMON_SPEAKER_RUN.fullmatch(text[e:ds]) and _CLOSING_DAY.fullmatch(text[de:]) \
                and (_reporting_verb(text[s:e]) or text[s:e].strip().lower() in ("kata", "ujar", "ucap", "tutur", "menurut",
                                                                                  "according to")) \
                and not _find(lexicon().predicates, run, sent.langs) and not _find(lexicon().activities, run, sent.langs):
            # "…, kata juru bicara pemerintah pada Selasa (23/11/2010) malam.", "…, menurut dinas pemadam kebakaran
            # pada Rabu (25/7/2018).": a body's name that holds an event word ("kebakaran", "fire") names no event
            return True
        if e <= ds and sent.cost(e, ds, walls=False) <= STATEMENT_REACH \
                and not any(predicate_class(c).get("kind") in ("event", "both")
                            for _, _, c, _ in _find(lexicon().predicates, text[e:ds], sent.langs)):
            # "said on Tuesday"; not "menjelaskan, tsunami pada Sabtu malam itu diduga …", where the date is
            # the tsunami's
            return True
        if s >= de and not re.match(r"\s*'s\b", text[de:]) and _opens_sentence(text, ds) \
                and sent.cost(de, s, walls=False) <= 8.0 and not re.search(r"[;.]", text[de:s]) \
                and not any(predicate_class(c).get("kind") == "event" and not predicate_class(c).get("generic")
                            and c != "announced" for _, _, c, _ in _find(lexicon().predicates, text[e:], sent.langs)):
            # "On Tuesday, the agency said", "Pada April 2004, Menteri Luar Negeri Sergei Lavrov mengumumkan":
            # a date opening the sentence whose verb reports; not when what is reported is an event ("On
            # Saturday, she announced that the bill was suspended": the day of the suspension)
            return True
    # "Pemerintah Arab Saudi, yang pada Sabtu (26/9/2015) mengumumkan 796 korban", "the agency on Monday said":
    # a day right before a reporting verb is the day of the report
    # the two words before "pada" too: "seusai pemungutan suara pada Minggu (6/10) memperkirakan" dates the vote
    # (a phrase that ends right before "pada"; not "Otoritas pemilu ANIE pada 8 September mengumumkan": the body's)
    opener = re.search(r"((?:\S+\s+)?\S+)\s+(?:pada|on)\s+$", text[:ds], re.IGNORECASE)
    if opener and not any(e == len(opener.group(1)) for lex in (lexicon().predicates, lexicon().activities,
                                                                lexicon().cues["statement"])
                          for _s, e, _c, _w in _find(lex, opener.group(1), sent.langs)):
        # not "Laporan BNPB yang dirilis pada Selasa menyebut …": the date is the release's
        for s, e, _, _ in statement:
            if s >= de and re.fullmatch(r"\s*(?:\([^)]*\))?\s*", text[de:s]) and _reporting_verb(text[s:e]):
                return True
    # "…, kata juru bicara BNPB, Selasa (2/10/2018)." — the date closes the sentence after a comma
    tail = text[de:]
    if re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:(?:pukul|jam)\s+[\d.:]+\s*\w*)?\s*(?:dini\s+hari|tengah\s+malam|malam|pagi|siang|sore|petang)?\s*"
                    r"(?:[.\"”’]*\s*|,\s*(?:sementara|sedangkan|while|whereas|" + _COMPARED_TAIL + r")\s.*)", tail, re.DOTALL) \
            and re.search(r",\s*(?:hari\s+|pada\s+|on\s+)?$", text[:ds]):
        head = text[: ds]
        clause = head[head.rfind(",", 0, len(head.rstrip(" ,")) ) + 1 :] if "," in head.rstrip(" ,") else head
        prev = head.rstrip(" ,")
        last_clause = prev[prev.rfind(",") + 1 :] if "," in prev else prev
        for s, e, _, _ in statement:
            if s >= len(prev) - len(last_clause) and e <= len(prev):
                return True
        if re.search(r"\b(?:kata|ujar|ucap|tutur|said|says|told)\b", clause, re.I):
            return True
    return False


# a comparison set off after the closing day, of the figure said that day ("…, Selasa (6/3/2001), lebih sedikit
# dari perkiraan awal", "…, Tuesday, fewer than first feared"): the day still closes the statement
_COMPARED_TAIL = (r"lebih\s+(?:sedikit|banyak|rendah|tinggi|kecil|besar)|turun|naik|fewer|more|lower|higher|down|up|"
                  r"less")


def _reporting_verb(cue: str) -> bool:
    """Is a statement cue a verb of reporting ("mengumumkan", "diumumkan", "announced", "said"), not a noun or a
    preposition ("menurut", "pernyataan", "according to", "briefing")?"""
    return re.fullmatch(r"(?:me|di)\w+|\w+ed|said|says|told", cue.strip(), re.IGNORECASE) is not None \
        and cue.strip().lower() != "menurut"


def _announced_day(sent: _Sentence, it: _Item, whens: list[_When]) -> _When | None:
    """The day of the report that gives this very figure: a reporting verb between the two ("yang pada Sabtu
    (26/9/2015) mengumumkan 796 korban", "769 orang yang diumumkan pada 26 September", "769, announced on Sept.
    26"). The figure holds at that day, whatever later time its sentence says the report still stands at
    ("belum memperbarui angkanya hingga kini")."""
    text = sent.text
    for w in whens:
        if w.basis != "statement" or w.owner is not None:
            continue
        if w.end <= it.start:
            between = text[w.end : it.start]
            m = re.fullmatch(r"\s*(\S+)\s*", between)
        elif w.start >= it.tail:
            between = text[it.tail : w.start]
            m = re.fullmatch(r"\s*,?\s*(?:yang\s+|which\s+was\s+|that\s+was\s+)?(\S+)\s+(?:pada|on)\s*", between,
                             re.IGNORECASE)
        else:
            continue
        if m and _reporting_verb(m.group(1)) and _find(lexicon().cues["statement"], m.group(1), sent.langs):
            return w
    return None


# between a figure and a recall cue after it: at most two words ("637 injured people on the first day")
_POSTPOSED = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}")


RECALL_REACH = 60  # characters from a recall cue ("awalnya", "initially") to the figure it dates


def _recalled(text: str, items: list[_Item], cues, now_cues) -> dict[int, str | None]:
    """The figures a sentence recalls from an earlier time of their own ("Pada hari pertama, 637 orang luka-luka",
    "Initially, 637 people were reported injured", "the first toll … 637"): the figure a recall cue follows ("28 in
    the first count"), else the first figure after it, within RECALL_REACH, in the cue's clause (``_recall_reach``)
    and with no other figure or "now" cue ("kini", "now") between. Such a figure held at that
    earlier time, which the text does not date; it is no figure of the report's own day, so a later report's
    higher one is no rise from it, and its lower value no revision of an earlier report's. Each maps to the
    earlier day its cue names ("first_day"), if one, else None."""
    kinds = lexicon().recalled_kinds
    out: dict[int, str | None] = {}
    for s, e, _, cue in cues:
        kind = kinds.get(" ".join(cue.lower().split()))
        day = kind if kind not in (None, "adverb", "adjacent") else None
        after = [it for it in items if it.start >= e]
        nxt = min(after, key=lambda x: x.start) if after else None
        before = [it for it in items if it.tail <= s and _POSTPOSED.fullmatch(text[it.tail : s])]
        if before and not (nxt is not None and _POSTPOSED.fullmatch(text[e : nxt.start])
                           and not _TO_VALUE.search(text[e : nxt.start])):
            out[before[-1].index] = day  # "from 28 in the first count to 85": the cue follows the figure it dates
            continue  # not "menjadi 9,0 dari semula 8,9": a figure right after the cue is the one it dates
        if nxt is not None and nxt.start - e <= RECALL_REACH and not any(e <= ns < nxt.start for ns, _, _, _ in now_cues) \
                and _recall_reach(text, s, e, nxt.start, kind):
            out[nxt.index] = day
    return out


_OPENING_PREPS = frozenset({"pada", "di", "on", "in", "at"})


_CUE_PREP = re.compile(r"(?:pada|di|on|in)\s", re.IGNORECASE)


# a nominal cue's complement may name the incident its days follow ("in the first days after the landslide")
_AFTER_INCIDENT = frozenset({"after", "following", "setelah", "sesudah", "pasca", "usai"})
CUE_COMPLEMENT = 4  # words of a nominal cue's own complement before its comma ("hari pertama operasi SAR,")


def _now_dated(as_of: AsOf, now_cues, anchor) -> bool:
    """Is a figure's time only the report's own, taken from a "now" cue ("kini", "now", "so far")?"""
    return bool(now_cues) and as_of.basis == "explicit" and as_of.day == anchor and as_of.minute is None \
        and as_of.text == now_cues[0][3]


def _recall_reach(text: str, s: int, e: int, fig: int, kind: str | None) -> bool:
    """Does a recall cue at [s, e) date the figure at ``fig`` after it, in its own clause? Words between may not
    hold a comma, a semicolon or a clause break ("Awalnya diduga akibat korsleting, kebakaran itu menghanguskan
    40 rumah": the fault was suspected at first, not the 40 homes), but for the comma that closes the cue's own
    phrase: right after an adverb ("Awalnya, 518 orang"), or after a nominal cue and its short complement when
    the phrase opens the sentence or is set off by commas with its preposition ("On the first day of the
    operation, rescuers evacuated 1,200"; not "on Sept. 24, the first day of Eid, less than two weeks after").
    An "adjacent" cue ("semula", "originally") also means "as before" or "as planned" ("kembali seperti semula
    dan 1.200 pengungsi", "originally scheduled for Sunday, drew 40,000"): it dates only a figure right after
    it, skip words between ("semula 518", "originally estimated at 300"), or one after "dari"/"from"."""
    lex = lexicon()
    gap = text[e:fig]
    words = [w.lower() for w in re.findall(r"[\w'’-]+", gap)]
    if kind == "adjacent" and not _FROM_BEFORE.search(text[:s]):
        return not re.search(r"[^\w\s'’-]", gap) and len(words) <= 3 and all(w in lex.skip for w in words)
    head, comma, rest = gap.partition(",")
    if comma:
        lead = re.findall(r"[\w'’-]+", text[:s])
        opens = len(lead) <= 2 and all(w.lower() in lex.clause_break | lex.coordinate | _OPENING_PREPS for w in lead)
        set_off = text[:s].rstrip().endswith(",") and (not head.strip() or _CUE_PREP.match(text[s:e]))
        complement = re.findall(r"[\w'’-]+", head)
        if complement and kind is None and complement[0].lower() in _AFTER_INCIDENT:
            complement = complement[1:]  # "In the first days after the landslide,": the days the incident opened
        if not (opens or set_off) or (complement and kind in ("adverb", "adjacent")) or len(complement) > CUE_COMPLEMENT \
                or re.search(r"[^\w\s'’-]", head) or any(w.lower() in lex.clause_break for w in complement):
            return False
    else:
        rest = gap
    return not re.search(r"[,;:]", rest) and not any(w.lower() in lex.clause_break for w in re.findall(r"[\w'’-]+", rest))


# a time of a tally's own, or a comparison, between a fronted day and the tally: the day is not the tally's
_OWN_TIME_AFTER = re.compile(r"(?<![\w-])(?:now|kini|sekarang|currently|so\s+far|sejauh\s+ini|by\s+the\s+end|hingga\s+akhir|"
                             r"sampai\s+akhir|compared\s+(?:with|to)|dibanding(?:kan)?|in\s+the\s+first|pada\s+hari\s+pertama|"
                             r"later|kemudian|since|sejak|up\s+from|down\s+from|naik\s+dari|turun\s+dari)(?![\w-])",
                             re.IGNORECASE)


# between a figure and a day: the list's next figure, joined by "and"/"dan", and its noun ("47 dead and 85 injured
# on", "80 orang tewas dan 85 orang luka pada")
_LISTED_BEFORE_DAY = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:and|dan|serta)\s+(?:about\s+|sekitar\s+)?\d[\d.,]*(?:\s+[a-z][\w-]*){0,2}\s+(?:on|pada)\s+",
                                re.IGNORECASE)
# the list's figure before this one and its noun, joined by "and"/"dan": "… 12 dead and ", "… 80 orang tewas dan "
_LIST_BEFORE = re.compile(r"\d[\d.,]*(?:\s+[a-z][\w-]*){0,2}\s+(?:and|dan|serta)\s+(?:about\s+|sekitar\s+)?$", re.IGNORECASE)
# the end of a fronted day's phrase: its comma, past an hour and a part of the day
_FRONTED_DAY_END = re.compile(r"[\s)]*(?:(?:pukul|jam|at)\s+[\d.:]+(?:\s*(?:WIB|WITA|WIT|a\.m\.|p\.m\.|am|pm|GMT|UTC))?\s*)?"
                              r"(?:dini\s+hari|pagi|siang|sore|petang|malam|morning|afternoon|evening|night)?\s*,",
                              re.IGNORECASE)


# so many days before a day the sentence or the report gives: "sehari sebelumnya", "dua hari sebelum itu", "a day
# earlier", "two days before", "the previous day", "the day before," (not "two days before the vote", "the day before
# the vote": another event's eve); the count, a small number word or digits, is "n" or "n_en"
DAYS_BEFORE = (rf"(?:(?:se|(?P<n>\d|{L.alternation(_SMALL)})\s+)hari\s+(?:sebelumnya|sebelum\s+itu)|"
               rf"(?:a|(?P<n_en>\d|{L.alternation(_SMALL)}))\s+days?\s+(?:earlier|before)"
               r"(?!\s+(?:the|a|an|his|her|its|their)\b)|the\s+previous\s+day|the\s+day\s+before(?=\s*(?:[,.;]|$)))(?![\w-])")


def days_before(m: re.Match) -> int:
    """How many days back a ``DAYS_BEFORE`` phrase goes (one unless it counts more)."""
    word = (m.group("n") or m.group("n_en") or "").lower()
    return int(word) if word.isdigit() else int(_SMALL.get(word, 1))


# an earlier value's own day, right after it ("naik dari 28.120 orang sehari sebelumnya")
_DAYS_BEFORE = re.compile(r"\s*,?\s*" + DAYS_BEFORE, re.IGNORECASE)


# a climb told with its dated steps ("from 3 dead on the first morning to 15 on Jan. 2"): a step this many days
# before the report is a recounted one, and the word that leads to its figure ("to 15", "menjadi sekitar 40"; not
# "according to police who found 15")
_RECOUNTED_DAYS = 7
_CLIMB_TO = re.compile(r"(?<![\w-])(?:to|menjadi|hingga)\s+(?:[^\W\d][\w-]*\s+)?\d", re.IGNORECASE)


def _figure_as_of(sent: _Sentence, it: _Item, whens: list[_When], now_cues, anchor, role) -> AsOf:
    """The time a figure holds at: its own day ("up from 1,324 on Tuesday"), the day of the report that gives
    it, an as-of phrase, the day it was said, "so far" (publication), else the publication date. An earlier
    value without a day of its own ("naik dari 19") holds just before the sentence's time: basis "previous"
    with that time."""
    own = [w for w in whens if w.owner == it.index]
    if own:
        return AsOf(own[0].day, own[0].minute, " ".join(own[0].text.split()), own[0].basis)
    for w in whens:
        if w.owner is not None and w.owner != it.index and w.start >= it.end and w.basis == "explicit" \
                and _LISTED_BEFORE_DAY.fullmatch(sent.text, max(it.tail, it.end), w.start):
            # "had reported 47 dead and 85 injured on Sunday evening": the day after a list dates each figure of it
            return AsOf(w.day, w.minute, " ".join(w.text.split()), w.basis)
        if w.owner is not None and w.owner != it.index and w.end <= it.start and w.basis == "explicit" \
                and _LIST_BEFORE.search(sent.text, w.end, it.start) and not re.search(r"[;:]", sent.text[w.end : it.start]) \
                and not _other_clause(sent, w.end, it.start):
            # "Late on Saturday the count stood at 12 dead and 64 injured": the list's day is each figure's
            return AsOf(w.day, w.minute, " ".join(w.text.split()), w.basis)
    announced = _announced_day(sent, it, whens) if role != "previous" else None
    if announced is not None:
        return AsOf(announced.day, announced.minute, " ".join(announced.text.split()), "statement")
    owned = [w for w in whens if w.owner is not None and w.owner != it.index]
    whens = [w for w in whens if w.owner is None]
    if role == "previous":
        now = _figure_as_of(sent, it, whens, now_cues, anchor, "current")
        later = [w for w in owned if w.start >= it.end and w.basis == "explicit" and w.day is not None
                 and now.basis == "published" and now.day is not None and (now.day - w.day).days > _RECOUNTED_DAYS
                 and _CLIMB_TO.search(sent.text, it.end, w.start)]
        if later:
            # "The count had climbed day by day, from 3 dead on the first morning to 15 on Jan. 2 and 31 on Jan. 5"
            # in a report of February: the first figure of a climb held some time before the climb's first dated
            # step, not just before the report; how long before is not said. Not a list of earlier counts ("rose
            # to 370, up from 343 earlier in the day and 311 late on Wednesday") nor yesterday's step ("dari 64
            # menjadi 2.975 orang, Selasa" in Wednesday's report), which the report's own time orders
            return AsOf(None, None, None, "previous")
        back = _DAYS_BEFORE.match(sent.text, max(it.tail, it.end))
        if back is not None and now.day is not None:
            # "naik dari 28.120 orang sehari sebelumnya", "up from 28,120 the day before": the day before the
            # sentence's own day
            return AsOf(now.day - dt.timedelta(days=days_before(back)), None, back.group(0).strip(), "explicit")
        return AsOf(now.day, now.minute, now.text, "previous")
    # a fronted day does not reach a tally past a time of its own or a comparison ("On Monday, rescuers found 20
    # bodies, and the toll now stands at 35", "…, compared with 12 in the first two days")
    whens = [w for w in whens if not (w.fronted and it.index != w.owner and w.end <= it.start
                                      and _OWN_TIME_AFTER.search(sent.text, w.end, it.start))]
    explicit = [w for w in whens if w.basis == "explicit"]
    pool = explicit or [w for w in whens if w.basis == "statement"]
    if pool:
        def dist(w: _When) -> float:
            if w.end <= it.start:
                c = sent.cost(w.end, it.start, walls=False)
            else:
                c = sent.cost(it.tail, w.start, walls=False)
            walls = sum(1 for s, e, who in sent.walls if who != it.index and min(w.start, it.start) <= s and e <= max(w.end, it.end))
            # a time in the figure's own clause before one in another ("Hingga Selasa …, sedangkan hingga Kamis …")
            return c + 10 * walls + 10 * _other_clause(sent, w.start, it.start)
        w = min(pool, key=dist)
        return AsOf(w.day, w.minute, " ".join(w.text.split()), w.basis)
    today = _TODAY_PART.search(sent.text)
    if today and anchor is not None:
        # "Pagi tadi, BNPB masih menyebut korban meninggal sebanyak 43 orang", "this morning": the report's day
        hour = lexicon().day_parts[(today.group("part1") or today.group("part2") or today.group("part3")).lower()]
        return AsOf(anchor, hour * 60, today.group(0), "explicit")
    # a "latest" of another clause's noun is not the figure's ("… 14 korban jiwa yang dilaporkan pada Selasa malam, dan
    # laporan terbaru tidak lagi menyebut …": the latest report is another clause's subject); an adverb ("kini",
    # "now") is the whole sentence's time ("63.608 warga masih mengungsi, sementara banjir kini melanda …")
    own_now = [c for c in now_cues if not (c[3].lower() in _NOW_OF_A_NOUN and _other_clause(sent, c[0], it.start))]
    if own_now and anchor is not None:
        s, e, _, cue = own_now[0]
        return AsOf(anchor, None, cue, "explicit")
    if anchor is not None:
        return AsOf(anchor, None, None, "published")
    return AsOf(None, None, None, "unknown")


_TODAY_PART = re.compile(r"(?<![\w-])(?:(?P<part1>pagi|siang|sore|petang|malam)\s+(?:tadi|ini)|tadi\s+(?P<part2>pagi|siang|sore)|"
                         r"this\s+(?P<part3>morning|afternoon|evening))(?![\w-])", re.IGNORECASE)


def _opens_sentence(text: str, start: int) -> bool:
    """Does the date open its sentence, perhaps after a short adverbial ("Sehari sebelumnya, Rabu (3/10), …")?"""
    # ("Late on Saturday the count stood at 12 dead", "Early on Sunday, …": a part of the day before "on")
    # ("On the evening of Sept. 14 the police counted …": a part of the day named before the date)
    return re.fullmatch(r"\s*(?:[\w ]{1,25},\s*)?(?:(?:late|early)\s+)?(?:(?:pada|on|hari|sejak|since|in|pada hari)\s+)*"
                        r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?",
                        text[:start], re.IGNORECASE) is not None
