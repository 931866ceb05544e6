"""Events: the story's incident, incident order and day, sub-events, the events a figure belongs to, planned
and hedged figures, and the event a date dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ...records import AsOf, DateMention, Quantity
from .. import lexicon as L
from .lexicons import (INF, LANGS, _Phrases, _alternation, _alternations, _compile, _extras, _find, _load, _overlaps, lexicon,
    predicate_class)
from .sentence import _ID_VERB, _NOT_VERBS, _Item, _Mention, _PUNCT, _Sentence, _reach, _verb_between
from .time import _CLAUSE_END, _When
from .votes import _another_round

if TYPE_CHECKING:  # annotations only: importing it at run time would form a cycle
    from .discourse import Discourse


_THE_INCIDENT = re.compile(r"(?<![\w-])(?:(?:peristiwa|kejadian|insiden|tragedi|bencana|musibah|gelombang)(?:\s+[\w-]+){0,3}?\s+"
                           r"(?:itu|tersebut|ini)|(?:the|this|that)\s+(?:incident|disaster|tragedy|catastrophe|waves?))(?![\w-])",
                           re.IGNORECASE)


@lru_cache(maxsize=1)
def _hazard_notice_rx() -> tuple[re.Pattern, re.Pattern]:
    """frame_cues.json "hazard_notice": the words right after a hazard's noun, and right before it, that make it a
    notice or a measure against the hazard."""
    cues = _load("frame_cues.json")["hazard_notice"]
    words = lambda side: _alternation(w for lang in LANGS for w in cues[side].get(lang, ()))  # noqa: E731
    return (re.compile(rf"\s+(?:{words('after')})(?![\w-])", re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{words('before')})\s+$", re.IGNORECASE))


def hazard_notice(text: str, start: int, end: int) -> bool:
    """Is the predicate word at ``start``–``end`` a hazard named by a notice or a measure against it ("a flood watch",
    "the tsunami warning", "peringatan dini tsunami", "status siaga banjir"), not an occurrence of it?"""
    after, before = _hazard_notice_rx()
    return bool(after.match(text, end) or before.search(text, max(0, start - 40), start))


@lru_cache(maxsize=1)
def _storming_rx() -> tuple[re.Pattern, re.Pattern]:
    """frame_cues.json "storming": who storms (the forces and the attackers) before the verb, and who right after a
    passive or a noun."""
    cues = _load("frame_cues.json")["storming"]
    words = lambda side: _alternation(w for lang in LANGS for w in cues[side].get(lang, ()))  # noqa: E731
    who = rf"(?:(?P<forces>{words('forces')})|(?:{words('attackers')}))"
    doers = re.compile(rf"(?<![\w-]){who}(?![\w-])", re.IGNORECASE)
    agent = re.compile(rf"\s+(?:oleh\s+|by\s+)?(?:the\s+|para\s+|sekelompok\s+)?{who}(?![\w-])", re.IGNORECASE)
    return doers, agent


def stormed_by_attackers(text: str, start: int, end: int) -> bool:
    """Do attackers do the storming at ``start``–``end``? "Kelompok bersenjata menyerbu hotel", "the hotel was
    stormed by gunmen" are the attack; "pasukan komando menyerbu kafe", "the hotel was stormed by troops",
    "Nariman House, stormed on Friday" stay the forces' assault (the class "stormed"), which ends a siege, or is
    the story itself when troops storm a building."""
    doers, agent = _storming_rx()
    after = agent.match(text, end)
    if after:
        return after.group("forces") is None
    lo = max(0, start - 80)
    clause = max([lo] + [lo + m.end() for m in re.finditer(r"[,;:]\s", text[lo:start])])
    last = None
    for m in doers.finditer(text, clause, start):
        last = m
    return last is not None and last.group("forces") is None


def _story_incident(d: DateMention, text: str, offset: int, discourse: "Discourse") -> DateMention:
    """"Peristiwa itu terjadi pada Sabtu", "The disaster struck on Saturday": an anaphoric incident noun dated
    by a generic verb (or by none) is the incident the article's lead names, when it names one."""
    f = d.frame
    if f is None or f.role != "event" or len(discourse.incidents) != 1:
        return d
    ds, de = d.start - offset, d.end - offset
    after = f.predicate_text is not None and re.match(r"\s*(?:\([^)]*\)\s*)?(?:\w+\s+)?(?:yang|which|that)\s+" + re.escape(f.predicate_text),
                                                      text[de:], re.IGNORECASE)
    if f.predicate and not predicate_class(f.predicate).get("generic") and not after:
        return d  # "tragedi … pada Sabtu malam yang menewaskan 156 orang": the relative clause is a consequence
    clause = max([0] + [m.end() for m in _PUNCT.finditer(text[:ds])])
    if clause and re.match(r"\s*(?:which|yang)\b", text[clause:ds], re.IGNORECASE):
        # "the waves, which hit at about 9:30 p.m. on Saturday": a relative clause dates the noun before its comma
        clause = max([0] + [m.end() for m in _PUNCT.finditer(text[: clause - 1])])
    m = None
    for m in _THE_INCIDENT.finditer(text, clause, ds):
        pass
    if m is None:
        # "dalam tragedi Halloween di Itaewon pada Sabtu": the noun phrase the date closes
        m = re.search(r"(?<![\w-])(?:peristiwa|kejadian|insiden|tragedi|bencana|musibah|incident|disaster|tragedy)"
                      r"(?:\s+[\w'’-]+){0,5}?\s+(?:pada|on|of)\s+(?:hari\s+|tanggal\s+|the\s+night\s+of\s+)?$",
                      text[clause:ds], re.IGNORECASE)
        if m is None or _ID_VERB.search(m.group(0).lower()):
            return d
        m = re.search(re.escape(m.group(0).split()[0]), text[clause:ds])
    if m is None:
        return d
    shift = clause if m.string is not text else 0  # a match in the clause's slice counts from the clause
    at, end = m.start() + shift, m.end() + shift
    if re.search(r";|(?<!\d)\.|\.(?!\d)", re.sub(r"(?<![\w-])[ap]\.m\.", "", text[end:ds], flags=re.IGNORECASE)):
        return d  # a sentence's end between them; not the dots of "9:30 p.m." or "pukul 21.30"
    if _object_of_verb(text, clause, at, end, ds, f):
        return d  # "The court, which took up the disaster on its own in November": the day of the act done about it
    when = _WHEN_CLAUSE.match(text, de)
    if when:
        # "marked by tragedy on April 2, when a navy helicopter crashed": the clause says what the day saw, an
        # incident of its own; with none named there the day keeps its own frame
        stop = re.search(r"[,;]|(?<!\d)\.(?!\d)", text[when.end() :])
        clause_end = when.end() + (stop.start() if stop else len(text) - when.end())
        seen = [(cls, w) for _s, _e, cls, w in _find(lexicon().predicates, text[when.end() : clause_end], LANGS)
                if predicate_class(cls).get("incident")]
        return replace(d, frame=replace(f, predicate=seen[0][0], predicate_text=seen[0][1], event=seen[0][0])) \
            if seen else d
    incident = discourse.incidents[0]
    return replace(d, frame=replace(f, predicate=incident, predicate_text=m.group(0), event=incident))


# an anaphoric incident noun as the object of a verb right before it ("took up the disaster", "membahas peristiwa
# itu"): a past form in -ed or a common irregular one, an Indonesian meN- verb, perhaps with a particle
_OBJECT_OF_VERB = re.compile(rf"(?<![\w-])(?P<verb>{L.EN_PAST_VERB}|took|made|gave|held|set|put|{L.ID_MEN_VERB})"
                             r"(?:\s+(?:up|over|on))?\s+(?:the|this|that|itu|tersebut)?\s*$", re.IGNORECASE)
_NOT_OBJECT_VERBS = frozenset({"meski", "meskipun", "menurut", "mengenai", "melalui", "indeed", "need", "united", "based",
                               "related", "alleged", "reported"})
# a verb after the noun: the noun is the subject of its own clause ("mengatakan bencana itu terjadi pada Senin")
_VERB_AFTER_NOUN = re.compile(rf"(?<![\w-])(?:{L.EN_PAST_VERB}|struck|hit|took\s+place|happened|occurred|began|was|were|"
                              rf"terjadi|berlangsung|{L.ID_MEN_VERB}|{L.ID_DI_VERB}|ber[a-z]{{3,}})(?![\w-])",
                              re.IGNORECASE)


def _object_of_verb(text: str, clause: int, start: int, end: int, ds: int, f) -> bool:
    """Is the anaphoric incident noun at ``start``–``end`` the object of a verb right before it that is not a
    reporting verb ("took up the disaster … in November", "membahas peristiwa itu pada November"), with no verb of
    its own before the date?"""
    m = _OBJECT_OF_VERB.search(text, clause, start)
    if m is None or m.group("verb").lower() in _NOT_OBJECT_VERBS \
            or _find(lexicon().cues["statement"], m.group("verb"), LANGS):
        return False
    between = text[end:ds]
    if f.predicate_text and f.predicate_text in between:
        return False  # the date's own verb stands after the noun ("the disaster struck on Sunday")
    return _VERB_AFTER_NOUN.search(between) is None


@lru_cache(maxsize=1)
def _period_end() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The "until" cues of frame_cues.json as patterns: a day after "hingga"/"until"/"by" (at the end of the text
    before it), a deadline named before the day ("menjelang tenggat 5 Juni", "before the deadline of June 5"), a
    deadline named after it ("the June 5 deadline", at the text after it)."""
    cues = _load("frame_cues.json")["until"]

    def alt(kind: str) -> str:
        words = sorted({w for lang in LANGS for w in cues[kind].get(lang, [])}, key=lambda w: (-len(w), w))
        return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words)

    return (re.compile(rf"(?<![\w-])(?:{alt('before')})\s+(?:hari\s+|tanggal\s+)?$", re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{alt('deadline_before')})\s+(?:pada\s+|hari\s+|tanggal\s+|on\s+)?$", re.IGNORECASE),
            re.compile(rf"['’]?s?\s+(?:{alt('deadline_after')})(?![\w-])", re.IGNORECASE))


def _until(d: DateMention, figures: list[Quantity], text: str, offset: int) -> DateMention:
    """A day after "hingga"/"until"/"by" that no figure of its sentence holds at ("Status tanggap darurat berlaku
    hingga Jumat", "hope to reach the village by Friday") ends a period or sets a deadline: its event is
    ``until``, never the day something happened."""
    f = d.frame
    until, deadline_before, deadline_after = _period_end()
    if f is not None and (deadline_before.search(text[: d.start - offset]) or deadline_after.match(text, d.end - offset)):
        return replace(d, frame=replace(f, event="until"))  # "menjelang tenggat 5 Juni", "the June 5 deadline"
    if f is None or f.role != "as_of" or not until.search(text[: d.start - offset]):
        return d
    if f.event is not None and f.event.startswith("activity:") and f.event.count(":") == 1:
        # "masa berkabung nasional selama tujuh hari hingga 4 Januari", "national mourning runs until Saturday": the
        # last day of that activity, as "Masa berkabung berakhir pada Minggu" and "the mourning ends on Sunday" give it
        return replace(d, frame=replace(f, event=f.event + ":end"))
    if any(q.frame is not None and q.frame.as_of is not None and q.frame.as_of.basis == "explicit"
           and q.frame.as_of.text and " ".join(d.text.split()) in q.frame.as_of.text for q in figures):
        return d
    return replace(d, frame=replace(f, event="until"))


INCIDENT_DAY_GAP = 7  # days: a running tally is not dated this far back without an as-of cue ("hingga", "as of")


def _dated_by_incident(sent: _Sentence, it: _Item, whens: list[_When], as_of: AsOf, anchor, preds, changed) -> bool:
    """Is the day written next to a tally the day of the incident its sentence names, not the time the tally
    holds at ("the Bali bombings, which killed more than 190 people on October 12", written weeks later;
    "ledakan yang menewaskan 202 orang pada 12 Oktober")? Only a day of the figure's own, with no as-of cue (those
    are not owned), with no change verb ("rose to … on Tuesday"), a week or more before the report, in a
    sentence that names an incident."""
    own = [w for w in whens if w.owner == it.index]
    if not own or changed or anchor is None or own[0].day is None or as_of.basis != "explicit":
        return False
    if (anchor - own[0].day).days < INCIDENT_DAY_GAP:
        return False
    return any(predicate_class(p.label).get("incident") for p in preds)


# Which of two incidents of one kind a measure belongs to: "the first earthquake, measuring 7.8", "gempa
# pertama bermagnitudo 7,8", "Gempa utama … M 7,9", "a second quake of magnitude 7.5", "disusul gempa M 7,5".
_ORDINALS = {"first": "order:1", "pertama": "order:1", "utama": "order:1", "main": "order:1", "initial": "order:1",
             "second": "order:2", "kedua": "order:2", "disusul": "order:2", "followed by": "order:2"}


_ORDINAL_WORD = r"(?:first|pertama|utama|main|initial|second|kedua)"


_INCIDENT_NOUN = r"(?:earthquake|quake|tremor|shock|gempa(?:\s+bumi)?|guncangan|eruption|erupsi|letusan|explosion|blast|ledakan)"


_ORDER_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?P<pre>{_ORDINAL_WORD}|disusul|followed\s+by)\s+(?:(?:a|an|the|large|big|strong|besar|kuat)\s+)*"
    rf"{_INCIDENT_NOUN}|(?<![\w-]){_INCIDENT_NOUN}\s+(?P<post>{_ORDINAL_WORD}))"
    rf"(?:\s+[\w-]+){{0,2}}?,?(?:\s+(?:of|measuring|with|at|dengan|ber\w+|sebesar|M))*\s*(?:magnitude|magnitudo|M)?\s*$",
    re.IGNORECASE)


def _incident_order(text: str, it: _Item) -> str | None:
    """"order:1" or "order:2" when the figure measures the first or the second of two incidents of a kind."""
    start = it.qstart if it.qstart >= 0 else it.start
    if _FOLLOWED_BY.search(text[max(0, start - 30) : start]):
        return "order:2"  # "… and was followed by a magnitude 7.5 tremor"
    m = _ORDER_BEFORE.search(text[max(0, start - 60) : start])
    if m is not None:
        return _ORDINALS.get(" ".join((m.group("pre") or m.group("post")).lower().split()))
    if _SECOND_LATER.search(text, it.end):
        return "order:1"  # "A magnitude 7.8 earthquake struck …, followed hours later by a second large quake"
    return None


_FOLLOWED_BY = re.compile(r"(?:followed\s+by|disusul(?:\s+oleh)?)\s+(?:(?:a|an|the|gempa)\s+)?(?:magnitude|magnitudo|M)?\s*$",
                          re.IGNORECASE)


_SECOND_LATER = re.compile(rf"(?<![\w-])(?:(?:second|kedua)\s+(?:(?:large|big|strong|besar|kuat)\s+)?{_INCIDENT_NOUN}|"
                           rf"{_INCIDENT_NOUN}\s+kedua|followed\s+(?:\w+\s+){{0,3}}by|disusul)", re.IGNORECASE)



# what ends a part of a sentence for its figures and incidents: a semicolon or a full stop that is no decimal point
_PART_END = re.compile(r";|(?<!\d)\.(?!\d)")


def _part_start(text: str, pos: int) -> int:
    """Where the part of the sentence that holds ``pos`` opens (after the last ``_PART_END`` before it)."""
    return max([0] + [m.end() for m in _PART_END.finditer(text[:pos])])

PLAN_REACH = 2.5
# a measure is often written inside the planned verb's object: "to bore a vertical shaft of about 86 metres"
PLAN_REACH_MEASURE = 4.5


HEDGE_REACH = 3.0


def _written_as(words: str, forms: frozenset[str]) -> bool:
    """Is a cue, as the text writes it ("Would", "is  to"), one of ``forms`` (lower case, single spaces)?"""
    return " ".join(words.lower().split()) in forms


def _cued(sent: _Sentence, it: _Item, kind: str, reach: float, *, ignore: frozenset[str] = frozenset()) -> bool:
    """Is a cue of ``kind`` within ``reach`` before the figure or date, right after it ("850 meter yang diduga
    …"), or right before the predicate it belongs to ("believed to lie at a depth of 850m")? Cues written as one
    of ``ignore`` do not count."""
    p = it.predicate
    start = it.qstart if it.qstart >= 0 else it.start
    for s, e, _, w in _find(lexicon().cues[kind], sent.text, sent.langs):
        if _written_as(w, ignore):
            continue
        if e <= start and not _CLAUSE_END.search(sent.text, e, start) \
                and sent.cost(e, start, owner=it.index if reach < INF else None, walls=reach < INF) <= reach:
            return True
        tail = max(it.tail, it.qend)
        if s >= tail and re.fullmatch(r"\s*(?:yang|which|that|who)?\s*(?:is|are|was|were)?\s*", sent.text[tail:s], re.I):
            return True
        if p is not None and p.start >= 0 and e <= p.start and sent.cost(e, p.start, walls=False) <= 1.0:
            return True
    return False


# "bertambah 32,56 juta orang", "an increase of 32.56 million", "naik 7 persen", "rose by 40": how much a
# figure changed, not the figure; "32.56 million higher than …", "lebih banyak dari …" likewise. "turned down by 50.70
# percent to 49.29 percent", "voted down", "shot down": a rejection's or a downing's "down", no fall
_CHANGE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:bertambah|berkurang|naik|turun|meningkat|menurun|melonjak|merosot|increased|decreased|rose|fell|"
    r"grew|jumped|dropped|climbed|declined|up|(?<!turned\s)(?<!voted\s)(?<!shot\s)down)\s+(?:by\s+|sebanyak\s+|sebesar\s+)?|"
    r"(?<![\w-])(?:an?\s+)?(?:increase|decrease|rise|fall|drop|jump|gain|loss|growth)\s+of\s+|"
    r"(?<![\w-])(?:kenaikan|penambahan|peningkatan|penurunan|pengurangan|tambahan|pertambahan)\s+(?:sebanyak\s+|sebesar\s+)?)"
    r"(?:sekitar\s+|about\s+|around\s+|nearly\s+|almost\s+|hampir\s+|some\s+)?$", re.IGNORECASE)


_CHANGE_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:higher|lower|more|fewer|less|bigger|smaller|larger)\s+than\b|"
                           r"\s*(?:\w+\s+)?lebih\s+(?:banyak|tinggi|rendah|sedikit|besar|kecil)\s+(?:dari|daripada|dibanding)",
                           re.IGNORECASE)


# "raised its benchmark rate by 25 basis points", "menaikkan suku bunga acuan sebesar 25 basis poin": a verb of
# change with its object, then "by"/"sebesar"
_CHANGE_BY = re.compile(r"(?<![\w-])(?:rais\w*|lower\w*|cut\w*|increas\w*|decreas\w*|reduc\w*|hik\w*|boost\w*|"
                        r"menaikkan|menurunkan|memangkas|mengurangi|menambah)\b[^.;,]{0,60}?\s(?:by|sebesar|sebanyak)\s+"
                        r"(?:a\s+total\s+of\s+|total\s+|another\s+|lagi\s+)?(?:sekitar\s+|about\s+|around\s+)?$", re.IGNORECASE)


# seats a party lost since the last election: "31 kursi, kehilangan 18 kursi", "won 31 seats, losing 18": how its
# seats changed, not how many it holds. Not "gained 157 seats", which is as often the seats won
_SEAT_CHANGE = re.compile(r"(?<![\w-])(?:kehilangan|lost|losing|loses|shed|shedding)\s+(?:another\s+|lagi\s+)?$",
                          re.IGNORECASE)


def _is_change(text: str, it: _Item) -> bool:
    start = it.qstart if it.qstart >= 0 else it.start
    head = text[max(0, start - 100) : start]
    if it.counted == "seat" and _SEAT_CHANGE.search(head[-30:]):
        return True
    return bool(_CHANGE_BEFORE.search(head[-40:]) or _CHANGE_BY.search(head) or _CHANGE_AFTER.match(text, it.tail))


def _planned(sent: _Sentence, it: _Item, reach: float = PLAN_REACH, *, ignore: frozenset[str] = frozenset()) -> bool:
    """A figure in a plan, a target or a forecast ("berencana membangun 1.000 rumah", "1,000 troops will be
    sent", "akan dikirim 800 tentara") is not what has happened. A measure may sit deeper in the planned verb's
    object ("a rig readied to bore a vertical shaft of about 86 metres"): ``PLAN_REACH_MEASURE``. Cues written
    as one of ``ignore`` do not count."""
    for s, e, _, w in _find(lexicon().cues["plan"], sent.text, sent.langs):
        if _written_as(w, ignore):
            continue
        if e <= it.qstart and sent.cost(e, it.qstart, owner=it.index) <= reach:
            return True
        if s >= it.tail and sent.cost(it.tail, s, owner=it.index) <= 1.0 and not _RELATIVE_GAP.search(sent.text[it.tail : s]):
            return True  # "1,000 troops will be sent"; not "raising $25.6 billion in what will be the largest listing"
    return False


# how far before a figure a plan named as its clause's subject may stand ("The bill sets aside $80 billion",
# "the new spending bill, passed on Sunday, would give the tax agency $80 billion")
PROVISION_REACH = 6.0


@lru_cache(maxsize=1)
def provision_modals() -> frozenset[str]:
    """The words that, in a plan's clause, say what the plan provides ("would", "will", "akan"; frame_cues
    ``provision.modals``)."""
    return frozenset(w for lang in LANGS for w in _load("frame_cues.json")["provision"]["modals"][lang])


def _provision(sent: _Sentence, it: _Item) -> bool:
    """Is a figure's clause a plan's: a law, a bill, a budget, a programme or a deal its subject before the figure
    ("The bill sets aside $80 billion", "RUU itu mengalokasikan 80 miliar dolar", "the budget would give …") or
    the plan the clause is under ("under the law the agency would get $80 billion", "menurut RUU itu, badan pajak
    akan mendapat …")? What such a clause gives is the plan's figure, the one every report of the plan states."""
    text = sent.text
    start = it.qstart if it.qstart >= 0 else it.start
    tail = max(it.tail, it.qend)
    part_start = _part_start(text, start)
    end = _PART_END.search(text, tail)
    part_end = end.start() if end else len(text)
    ex = _extras()
    not_docs = _find(ex.not_plan_documents, text, sent.langs)
    for lang in sent.langs:
        for m in ex.plan_under[lang].finditer(text, part_start, part_end):
            if not _overlaps(m.span(), not_docs):
                return True  # "under the law", "menurut RUU itu", on either side of the figure
        for m in ex.plan_documents[lang].finditer(text, part_start, start):
            if not _overlaps(m.span(), not_docs) and _opens_clause(sent, part_start, m.start()) \
                    and sent.cost(m.end(), start, owner=it.index) <= PROVISION_REACH:
                return True
    return False


# what may stand between a clause's start and its subject: "that", "bahwa" after a verb of saying
_THAT_BEFORE = re.compile(r"(?:(?<![\w-])(?:that|bahwa))?\s*$", re.IGNORECASE)


def _opens_clause(sent: _Sentence, part_start: int, pos: int) -> bool:
    """Does a plan named at ``pos`` open its clause, as its subject ("The bill sets aside …", "In Jakarta, the
    budget allocates …", "said the deal would …"), not the object of another verb ("The upper house approved
    the treaty by 97 votes", "menyetujui undang-undang itu dengan 63 suara")?"""
    text = sent.text
    start = max([part_start] + [m.end() for m in re.finditer(r"[,;:(]", text[:pos])])
    head = _THAT_BEFORE.search(text, start, pos)
    if head is None or not text[start : head.start()].strip():
        return True
    said = [e for _, e, _, _ in _find(lexicon().cues["statement"], text, sent.langs) if start <= e <= head.start()]
    return bool(said) and not text[max(said) : head.start()].strip()


# a relative pronoun between a figure and a plan cue after it: the cue is the relative clause's, not the figure's
_RELATIVE_GAP = re.compile(r"(?<![\w-])(?:what|which|that|who|yang)(?![\w-])", re.IGNORECASE)


_CONTEXT_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _context(text: str, start: int, end: int, n: int = 3) -> tuple[str, ...]:
    """The words right before a figure's phrase and right after it, as "l:…" and "r:…", so figures in the same
    position of like phrasing can be recognised even when nothing says what they count."""
    left = [w.lower() for w in _CONTEXT_WORD.findall(text[max(0, start - 60) : start])][-n:]
    right = [w.lower() for w in _CONTEXT_WORD.findall(text[end : end + 60])][:n]
    return tuple(["l:" + w for w in left] + ["r:" + w for w in right])


EVENT_REACH = 6.0


_SERVICE_AFTER = re.compile(r"\s+(?:officials?|department|services?|chiefs?|authorit(?:y|ies)|fighters?|brigades?|"
                            r"stations?|agency|crews?|trucks?|engines?|administration|bureau|institute|centre|center|commission|commissioners?|observers?|monitors?|workers?|board|tribunal|watchdog|networks?)\b", re.IGNORECASE)


_SERVICE_BEFORE = re.compile(r"(?:pemadam|damkar|penanggulangan|biro|petugas|komisi|komisioner|panitia|penyelenggara|pengawas|pemantau|lembaga|badan|institut)\s+$", re.IGNORECASE)


def _service(text: str, start: int, end: int) -> bool:
    """Is an incident word the name of a service ("fire officials", "pemadam kebakaran"), not an incident?"""
    return bool(_SERVICE_AFTER.match(text, end) or _SERVICE_BEFORE.search(text[max(0, start - 20) : start]))


# words that make an epidemic the time of what a clause tells, not its incident
_AMID = re.compile(r"(?<![\w-])(?:amid|during|in\s+the\s+middle\s+of|di\s+tengah|selama|pada\s+masa|masa|saat|ketika)"
                   r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _figure_events(sent: _Sentence, it: _Item, preds: list[_Mention]) -> tuple[str, ...]:
    """The events named in a figure's clause ("korban meninggal akibat gempa dan tsunami": quake, tsunami;
    "the civil war killed 80,000": war), so a background toll of another event is not compared with this one's."""
    found = set()
    for p in preds:
        info = predicate_class(p.label)
        if not info.get("incident") or p.label.endswith(".planned") or _service(sent.text, p.start, p.end):
            continue  # "fire officials said", "petugas pemadam kebakaran": who speaks, not what happened
        if p.label == "epidemic" and _AMID.search(sent.text, max(0, p.start - 20), p.start):
            continue  # "di tengah pandemi", "during the pandemic": when it happened, not what killed
        c = _reach(sent, p, it.start, it.tail, it.index)
        if it.predicate is not None and it.predicate.start >= 0:
            c = min(c, _reach(sent, p, it.predicate.start, it.predicate.end, it.index))
        if c <= EVENT_REACH:
            found.add(p.label)
    # a police raid or an operation named in the figure's clause ("Dua orang tewas dalam operasi tersebut", "two
    # killed in the raid"): its toll is not the attacks' however the lead names them
    clause = max([0] + [m.end() for m in _PUNCT.finditer(sent.text[: it.start])])
    for s, e, cls, _ in _find(lexicon().activities, sent.text, sent.langs):
        if cls in ("police", "operation") and s >= clause and not _PUNCT.search(sent.text[min(e, it.end) : max(s, it.start)]) \
                and _reach(sent, _Mention(s, e, "activity"), it.start, it.tail, it.index) <= EVENT_REACH:
            found.add("activity:raid")  # "operasi tersebut" is the raid the article told of
    return tuple(sorted(found))


def _incident_day(sent: _Sentence, it: _Item, dates, dspans, preds: list[_Mention], events: tuple[str, ...]) \
        -> tuple[tuple[dt.date, dt.date], str] | None:
    """The day of a figure's incident when a date names it in the incident's noun phrase ("Tuesday's
    7.3-magnitude earthquake", "killed … by Tuesday's tremor"): that quake's figures, not the earlier one's."""
    for k, (ds, de) in enumerate(dspans):
        d = dates[k]
        if d.low is None or d.high is None:
            continue
        nominal = _nominal_incident(sent.text, ds, de, preds)
        if nominal is not None and nominal[0].label in events \
                and (_reach(sent, nominal[0], it.start, it.tail, it.index) <= EVENT_REACH or _toll_of(sent.text, it, nominal[0])):
            return (d.low, d.high), d.text
    return None


def _toll_of(text: str, it: _Item, incident: _Mention) -> bool:
    """Is the incident's noun right after the figure's own predicate noun ("Korban tewas gempa … bertambah menjadi
    283 orang", "The death toll from the quake … rose to 283")? The figure counts that incident's toll however
    long the incident's phrase runs before it."""
    p = it.predicate
    return p is not None and 0 <= p.end <= incident.start < it.start \
        and bool(re.fullmatch(r"\s+(?:(?:akibat|from|of|in)\s+)?(?:the\s+)?", text[p.end : incident.start]))


def when_clause_day(sent: _Sentence, it: _Item, dates, dspans) -> tuple[tuple[dt.date, dt.date], str] | None:
    """The day a figure's ", when …" clause tells of ("The shrine was struck again on August 13, when a lone gunman
    killed two people and wounded eight", "diserang pada 26 Oktober tahun lalu, ketika seorang pria bersenjata
    menewaskan 13 orang"): the day before the clause, or None."""
    for k, (ds, de) in enumerate(dspans):
        d = dates[k]
        if d.low is None or d.high is None:
            continue
        when = _WHEN_CLAUSE.match(sent.text, de)
        if when is not None and when.end() <= it.start and not re.search(r"[;.]", sent.text[when.end() : it.start]) \
                and not _find(lexicon().cues["statement"], sent.text[when.end() : it.tail], sent.langs) \
                and not _STOOD_AT.search(sent.text, when.end(), it.tail):
            # (not a tally said or recorded that day: "pada 22 Agustus, ketika korban tewas tercatat 2.207 orang",
            # "sejak Kamis, ketika Presiden … mengumumkan 326 korban tewas": the day is the tally's as-of)
            return (d.low, d.high), d.text
    return None


_STOOD_AT = re.compile(r"(?<![\w-])(?:stood\s+at|stands\s+at|reached|rose\s+to|mencapai|bertambah|naik\s+menjadi)(?![\w-])",
                       re.IGNORECASE)


# a clause that tells what happened on the day before it: ", when", ", ketika", ", saat"
_WHEN_CLAUSE = re.compile(r"(?:\s+(?:last|this|next)\s+(?:year|month|week)|\s+(?:tahun|bulan|pekan)\s+(?:lalu|ini))?\s*,\s*"
                          r"(?:when|ketika|saat)\s", re.IGNORECASE)


# an earlier incident named as the story's background: "less than two weeks after a crane toppled onto the Grand
# Mosque …, killing 111 people", "dua pekan setelah sebuah crane jatuh … dan menewaskan 111 orang"; or a sentence
# fronted by how much earlier it was: "Earlier this month, a crane toppled …", "Awal bulan ini, sebuah crane jatuh …"
_BACKGROUND_AFTER = re.compile(r"(?<![\w-])(?:after|following|setelah|sesudah|pasca)\s+(?:[\w'’-]+\s+){0,2}$",
                               re.IGNORECASE)
_BACKGROUND_FRONTED = re.compile(r"\s*(?:earlier\s+(?:this|that|last)\s+(?:week|month|year)|(?:a|one|two|three|several)\s+"
                                 r"(?:days?|weeks?|months?)\s+(?:earlier|before)|(?:awal|pekan|bulan)\s+(?:bulan\s+)?(?:ini|lalu)"
                                 r"|(?:se|satu|dua|tiga|beberapa)\s*(?:hari|pekan|minggu|bulan)\s+sebelumnya)\s*,\s*",
                                 re.IGNORECASE)


_LONG_AGO_FRONTED = re.compile(r"\s*(?:(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|\d+)\s*"
                               r"(?:bulan|tahun)\s+(?:sebelumnya|silam|lalu)|(?:a|one|two|three|four|five|six|seven|eight|nine|"
                               r"ten|several|\d+)\s+(?:months?|years?)\s+(?:earlier|before|ago))\s*,\s*", re.IGNORECASE)


def _background_incident(sent: _Sentence, it: _Item, preds: list[_Mention], events: tuple[str, ...],
                         lead: tuple[str, ...], inherited: bool = False) -> tuple[str, ...]:
    """The figure's incidents as another event's ("collapse:other") when its clause names an incident that is not
    the one its article's lead is about, and names it as earlier than the story: right after "after"/"setelah"
    ("… after a crane toppled …, killing 111"), or in a sentence fronted by how much earlier it was ("Earlier
    this month, a crane toppled …, killing 111"). Such a toll is not the story's, whatever an outlet that names no
    incident of its own says of the story's dead. With ``inherited`` (the figure's clause named no incident within
    reach, its events are the lead's), an earlier incident so named before it in its clause with no comma between
    ("setelah sebuah crane jatuh … pada Jumat (11/9/2015) dan menewaskan 111 orang") is its. Else ``events``."""
    if not lead or (not inherited and (not events or any(e.partition(":")[0] in lead or ":" in e for e in events))):
        return _recalled_beside_lead(sent, it, preds, events, lead) if lead and not inherited else events
    start = it.qstart if it.qstart >= 0 else it.start
    fronted = _BACKGROUND_FRONTED.match(sent.text)
    if inherited and _LONG_AGO_FRONTED.match(sent.text):
        # "Empat bulan sebelumnya, pesawat MH370 yang membawa 239 orang … hilang", "A year earlier, a ferry carrying
        # 300 people sank": a sentence set months or years before the story tells another occasion, whose
        # figures are not the lead's incident's
        return tuple(sorted(e + ":other" for e in events))
    for p in preds:
        if p.start >= start or (p.label not in events if not inherited else (
                p.label in lead or not predicate_class(p.label).get("incident") or _PUNCT.search(sent.text, p.end, start))):
            continue
        clause = _part_start(sent.text, p.start)
        if _BACKGROUND_AFTER.search(sent.text, clause, p.start) or (fronted is not None and fronted.end() <= p.start):
            return tuple(sorted(e + ":other" for e in events)) if not inherited else (p.label + ":other",)
    return events


_RELATIVE_WORD = re.compile(r"(?<![\w-])(?:yang|which|that|who)(?![\w-])", re.IGNORECASE)


def _recalled_beside_lead(sent: _Sentence, it: _Item, preds: list[_Mention], events: tuple[str, ...],
                          lead: tuple[str, ...]) -> tuple[str, ...]:
    """A figure whose clause names the lead's incident and, after "after"/"setelah", another incident that comes
    closer to it ("The quake came two days after Typhoon Jebi … killed 11 people", "Gempa itu terjadi dua hari
    setelah Topan Jebi … menewaskan 11 orang"): the other incident's toll ("storm:other"), not the lead's. Not
    when the lead's incident is named again between ("After the typhoon passed, the floods killed 50" in a
    flood story) or the other incident is itself the lead's. Else ``events``."""
    if not events or any(":" in e for e in events) or not any(e in lead for e in events):
        return events
    start = it.qstart if it.qstart >= 0 else it.start
    if any(q.label in lead and q.start >= it.end for q in preds):
        return events  # "After the typhoon, 16 people died in the quake": the lead's, named after the figure
    for p in preds:
        if p.start >= start or p.label in lead or not predicate_class(p.label).get("incident") \
                or p.label.endswith(".planned") or _service(sent.text, p.start, p.end):
            continue
        if any(q.label in lead and p.end <= q.start < start for q in preds):
            continue  # the lead's incident named nearer the figure: its toll
        if any(q.label in lead and q.end <= p.start and _RELATIVE_WORD.search(sent.text, q.end, p.start) for q in preds):
            continue  # "The quake, which came a week after the floods, killed 16": the other dates the lead's
        if _BACKGROUND_AFTER.search(sent.text, _part_start(sent.text, p.start), p.start):
            return (p.label + ":other",)
    return events


OBJECT_REACH = 3.0


def _object_event(sent: _Sentence, it: _Item, preds: list[_Mention]) -> tuple[str, ...]:
    """The event whose object a figure describes, when nothing counts it ("meneken undang-undang setebal
    1.178 halaman", "The signed version runs to 1,187 pages", "menandatangani kontrak senilai …"): the pages
    of the signed law are one fact, the pages of a draft another."""
    start = it.qstart if it.qstart >= 0 else it.start
    for p in reversed(preds):
        info = predicate_class(p.label)
        if info.get("kind") != "event" or info.get("generic") or info.get("incident") or p.label.endswith(".planned"):
            continue
        if p.end <= start and not _PUNCT.search(sent.text[p.end : start]) \
                and sent.cost(p.end, start, owner=it.index) <= OBJECT_REACH:
            return (p.label,)
    return ()


_RELATIVE_OPENS = re.compile(r"\s*,?\s*(?:yang|that|which)\s", re.IGNORECASE)


def _relative_head(text: str, subjects: list[_Mention]) -> _Mention:
    """Of the incidents before a verb, the one a relative clause holding the others describes: "Gempa yang memicu
    tsunami itu terjadi pada Kamis" is the quake's day, not the tsunami's; else the nearest."""
    for n, p in enumerate(subjects[:-1]):
        if _RELATIVE_OPENS.match(text, p.end) and not re.search(r"[;.]", text[p.end : subjects[-1].start]):
            return p
    return subjects[-1]


def _relative_incident(sent: _Sentence, it: _Item, preds: list[_Mention]) -> _Mention | None:
    """The incident noun heading a relative clause that holds the date ("Ledakan yang mengguncang pelabuhan
    Beirut pada Rabu", "the explosion that rocked the port on Tuesday"), when nothing closes the clause before
    the date; else None."""
    text = sent.text
    clause = max([0] + [m.end() for m in re.finditer(r"[;.]|(?<!\d),(?!\d)", text[: it.start])])
    for p in reversed([p for p in preds if p.end <= it.start and p.start >= clause]):
        if predicate_class(p.label).get("incident") and not p.label.endswith(".planned"):
            m = _RELATIVE_OPENS.match(text, p.end)
            if m and m.end() <= it.start:
                return p
    # "The blast, which struck just after 6pm on Tuesday": the comma before "which" opens the clause
    m = list(re.finditer(r",\s*(?:which|yang)\s", text[: it.start], re.IGNORECASE))
    if m and "," not in text[m[-1].end() : it.start]:
        for p in preds:
            if p.end <= m[-1].start() and predicate_class(p.label).get("incident") and not p.label.endswith(".planned") \
                    and not text[p.end : m[-1].start()].strip():
                return p
    return None


# A date inside the noun phrase of an incident belongs to that incident: "the November 13 attacks", "Saturday's
# earthquake", "Tuesday's 7.3-magnitude earthquake", "the earthquake of April 25", "gempa 25 April",
# "kebakaran pada Rabu".
_NOUN_AFTER_DATE = re.compile(r"(?:['’]s\s+(?:[\w.,-]+\s+){0,2}?|\s+)$")


_NOUN_BEFORE_DATE = re.compile(r"^\s+(?P<later>susulan\s+|kedua\s+)?(?:of\s+(?:the\s+)?|in\s+|pada\s+(?:hari\s+|tanggal\s+|bulan\s+)?|"
                               r"(?:tanggal|bulan)\s+)?$", re.IGNORECASE)


# "mengunjungi lokasi ledakan pada Kamis", "visited the site of the blast on Thursday", "flew to the crash site on
# Friday": the incident names a place; the date is the day of the visit
_SITE_OF = re.compile(r"(?<![\w-])(?:lokasi|tempat\s+kejadian|site\s+of|scene\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# "flew to the crash site on Friday", "the blast scene": English names the place by the incident before its noun
_SITE_AFTER = re.compile(r"\s+(?:site|scene)(?![\w-])", re.IGNORECASE)


def _nominal_incident(text: str, ds: int, de: int, preds: list[_Mention]) -> tuple[_Mention, bool] | None:
    """The incident noun whose phrase holds the date at ``ds:de`` ("Saturday's earthquake", "the November 13
    attacks", "gempa susulan 26 April"), and whether the phrase says it is a second incident, or None."""
    for p in preds:
        if not predicate_class(p.label).get("incident") or predicate_class(p.label).get("of_incident"):
            continue  # "menghantam pantai pada Sabtu": a verb, no incident's noun phrase
        between = text[de : p.start]
        if p.start >= de and p.start - de <= 40 and _NOUN_AFTER_DATE.fullmatch(between) \
                and (not between.strip() or re.match(r"['’]s", between)):
            return p, False
        if p.end <= ds and ds - p.end <= 24:
            m = _NOUN_BEFORE_DATE.match(text[p.end : ds])
            if m:
                return p, bool(m.group("later"))
        named = _NAMED_NOUN_BEFORE_DATE.match(text[p.end : ds]) if p.end <= ds and ds - p.end <= 48 else None
        if named and not _id_verb(text[p.start : p.end].split()[0]) \
                and not (named.group("word") and (_id_verb(named.group("word")) or named.group("word") in L.STOPWORDS["id"])):
            # "serangan kilat Azerbaijan pada Senin": the named incident's day; not a verb's object ("mengguncang
            # Haiti pada Rabu", which the verb's own reading dates)
            return p, False
        # (a date written out, "Selasa (13/2/2001)", "Jan. 13"; a bare weekday is read from the report's own day)
        rel = _RELATIVE_BEFORE_DATE.match(text[p.end : ds]) if p.end <= ds and ds - p.end <= 90 \
            and re.search(r"\d", text[ds:de]) else None
        if rel and rel.group("pre") and any(_id_verb(w) or re.fullmatch(r"[a-z]+ed", w) for w in rel.group("pre").split()):
            rel = None  # "Banjir merusak 300 rumah yang dibangun pada 2019": the clause is the houses', after a verb
        if rel and _INCIDENT_NOUN_WORD.search(text[p.start : p.end]) and not _STOOD_AT.search(rel.group(0)) \
                and not any(_find(lexicon().cues[k], rel.group(0), LANGS) for k in ("rise", "fall", "statement")):
            # "gempa bermagnitudo 6,6 yang melanda El Salvador bagian tengah pada Selasa (13/2/2001)", "the quake
            # that struck the coast on Jan. 13": the day the relative clause gives is the incident's; not when the
            # main clause's verb stands in it ("a landslide that buried the town rose on Monday": the toll's day)
            return p, bool(re.match(r"\s+(?:susulan|kedua)(?![\w-])", text[p.end : ds], re.IGNORECASE))
    return None


# an incident noun's relative clause up to the date it gives: "[gempa] bermagnitudo 6,6 yang melanda El Salvador
# pada", "[quake] that struck off the coast on"
_PHRASE_CHAR = r"(?:[^,;.()]|(?<=\d)[.,](?=\d))"  # no clause break; a decimal's comma or point ("6,6") is none
_RELATIVE_BEFORE_DATE = re.compile(rf"^(?P<pre>\s+{_PHRASE_CHAR}{{1,30}}?)?\s+(?:yang|that|which)\s+{_PHRASE_CHAR}{{1,60}}?\s+(?:pada|on)\s+"
                                   r"(?:hari\s+|tanggal\s+)?$", re.IGNORECASE)
# an incident's noun, not a verb ("gempa", "the quake"; not "melanda", "struck")
_INCIDENT_NOUN_WORD = re.compile(r"^(?!(?:me|di|ber|ter)\w{3,}$|\w+(?:ed|ing)$)\w[\w-]*(?:\s+\w[\w-]*)?$", re.IGNORECASE)


# an incident noun, a word that is no verb nor function word and the name of who did it or where, then the date
# ("serangan kilat Azerbaijan pada Senin", "serangan Rusia pada Selasa"): the date is in the incident's noun phrase
_NAMED_NOUN_BEFORE_DATE = re.compile(r"^\s+(?:(?P<word>[a-z]+)\s+)?(?:[A-Z][\w'’-]*\s+){1,3}pada\s+(?:hari\s+|tanggal\s+)?$")


def _id_verb(word: str) -> bool:
    """Is an Indonesian word a verb's shape (``sentence._ID_VERB``: "mengguncang", "ditetapkan")?"""
    return bool(_ID_VERB.fullmatch(word.lower())) and word.lower() not in _NOT_VERBS


# what stands between "died" and the day of a later death in hospital ("died in hospital on Thursday", "died of
# their burns in hospital on Saturday", "meninggal di rumah sakit pada hari Jumat", "meninggal dunia saat dirawat di
# RS pada Kamis")
_IN_HOSPITAL = re.compile(r"\s+(?:(?:of|from)\s+(?:his|her|their|its)\s+(?:injuries|wounds|burns)\s+)?"
                          r"(?:(?:dunia\s+)?(?:saat|ketika|setelah|usai)\s+(?:menjalani\s+perawatan|dirawat)\s+)?"
                          r"(?:in\s+(?:a\s+|the\s+)?hospital|at\s+(?:a\s+|the\s+)?hospital|di\s+(?:rumah\s+sakit|RS|RSUD)\b[^,;.]{0,30}?|"
                          r"(?:dalam|selama)\s+(?:masa\s+)?perawatan|while\s+(?:being\s+)?treated|under\s+treatment)"
                          r"\s*(?:,\s*)?(?:(?:on|pada)\s+)?(?:hari\s+)?", re.IGNORECASE)


# what stands between a word and the date it governs right after it: "pemungutan suara Kamis", "died on Tuesday",
# "meninggal pada hari Jumat"
_RIGHT_BEFORE_DATE = re.compile(r"\s+(?:(?:pada|on|hari)\s+)*", re.IGNORECASE)
# a death dated, then told to have come after days of treatment ("meninggal pada Minggu (31/12/2023) setelah lima hari
# dirawat", "died on Sunday after five days in hospital")
_AFTER_TREATMENT = re.compile(r"[\s(/\d)]*(?:malam|pagi|siang|sore|dini\s+hari|morning|evening|night)?\s*,?\s*"
                              r"(?:(?:setelah|usai|after)\s+[^,;.]{0,25}?(?:dirawat|perawatan|in\s+hospital|of\s+treatment)|"
                              r"of\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries)|akibat\s+luka(?:-luka)?(?:nya)?(?![\w-]))",
                              re.IGNORECASE)
# the subject of a death that came later: more victims, the injured, a victim counted by its order ("Four more people
# hurt in the blast died on Tuesday", "Dua korban luka lagi meninggal pada Rabu", "A third person died on Thursday")
_LATER_DEATHS = re.compile(r"(?<![\w-])(?:more|another|further|lagi|hurt|injured|wounded|terluka|luka-luka|korban\s+luka|"
                           r"(?:second|third|fourth|fifth|sixth|seventh)\s+(?:person|victim|man|woman)|"
                           r"(?:korban|orang)\s+(?:kedua|ketiga|keempat|kelima|keenam|ketujuh))"
                           r"(?![\w-])", re.IGNORECASE)


def _date_event(sent: _Sentence, it: _Item, preds: list[_Mention], pred: _Mention | None) -> str | None:
    """The event a date is the day of, so that two dates of different events are not one fact: the incident
    whose noun phrase holds it ("attack" for "the November 13 attacks"), else an activity that governs it in
    its clause ("activity:police" for "raids in Brussels on Thursday", "activity:inquiry" for "mengumumkan
    penyelidikan … pada Kamis"), else its predicate's class. ":later" marks a second incident of the kind
    ("a strong aftershock … on Sunday", "gempa susulan … pada Minggu")."""
    text = sent.text
    compared = _compared_event(sent, it.start)
    if compared is not None:
        return compared[0]  # "the 2013 Kedar flood, which struck on 16 June": that flood's day, not the story's
    if any(p.label == "dead" and p.end <= it.start and _IN_HOSPITAL.fullmatch(text, p.end, it.start)
           for p in ([pred] if pred is not None else []) + list(preds)):
        # "two more of the injured died in hospital on Thursday", "meninggal di rumah sakit pada hari Jumat": a
        # death days after the incident, on a day of its own
        return "dead:later"
    clause = max([0] + [m.end() for m in _PUNCT.finditer(text[: it.start])])
    if any(p.label == "dead" and p.end <= it.start and _RIGHT_BEFORE_DATE.fullmatch(text, p.end, it.start)
           and _AFTER_TREATMENT.match(text, it.end) for p in ([pred] if pred is not None else []) + list(preds)):
        return "dead:later"  # "meninggal pada Minggu (31/12/2023) setelah lima hari dirawat": a death days on
    if any(p.label == "dead" and p.end <= it.start and _RIGHT_BEFORE_DATE.fullmatch(text, p.end, it.start)
           and _LATER_DEATHS.search(text, clause, p.start)
           for p in ([pred] if pred is not None else []) + list(preds)):
        # "Four more people hurt in the explosion died on Tuesday", "Dua korban luka lagi meninggal pada Rabu": the
        # injured or more victims dying days on, on a day of their own
        return "dead:later"
    nominal = _nominal_incident(text, it.start, it.end, preds)
    if nominal is not None and nominal[0].end <= it.start:
        # "menghentikan pencarian korban tsunami pada Kamis": the incident is a noun inside the activity's phrase,
        # the date the activity's (the search called off on Thursday)
        heads = [a for a in _find(lexicon().activities, text[clause : nominal[0].start], sent.langs)
                 if not any(clause + a[1] <= p.start and p.end <= nominal[0].start for p in preds
                            if predicate_class(p.label).get("kind") in ("event", "both"))]
        if heads and _activity(sent, it, preds) is not None and not _step_found(heads[-1][2], pred):
            return "activity:" + heads[-1][2]
    if nominal is not None:
        return nominal[0].label + (":later" if nominal[1] else "")
    activity = _activity(sent, it, preds)
    if activity is not None and not _step_found(activity.removeprefix("activity:"), pred):
        if pred is not None and predicate_class(pred.label).get("end") \
                and activity.removeprefix("activity:") not in _SEARCH_STEPS:
            return activity + ":end"  # "The summit ended on Wednesday": its last day, not the day it opened
        if pred is not None and predicate_class(pred.label).get("stage"):
            # "The trial opened on March 3 and the verdict was read on June 12": each step of one trial has its
            # own day; the first hearing is compared with the first hearing ("sidang perdana"), never the verdict
            return f"{activity}:{pred.label}"
        return activity
    # "a strong aftershock … on Sunday", "The strongest aftershock, of magnitude 5.1, hit on Saturday", "a foreshock
    # on Thursday"; not a series counted since the main one's day ("more than 1,000 aftershocks since Monday")
    sub = _sub_event(sent, it.start, it.end, dated=True)
    if sub is not None and not (pred is not None and pred.label == "announced" and sub.split(":")[0] != "announced"):
        # not an announcement's day: "mengumumkan hasil resmi putaran kedua … pada Rabu" dates the announcement,
        # not the run-off
        return sub
    ending = _ending_clause(sent, it, preds)
    if ending is not None and (pred is None or not predicate_class(pred.label).get("end")):
        return ending.label  # "The last gunmen were killed on Saturday, ending the siege": the siege's end
    own = _own_clause_text(text, it.start, it.end)
    if _ABROAD.search(own) and (pred is not None and pred.label == "elected" or _VOTED.search(own)):
        # "sementara warga di luar negeri sudah memilih di sejumlah kedutaan pada 20 Mei", "expatriates voted at
        # embassies on May 20": the voting abroad, days before the polling day at home
        return "elected:abroad"
    if pred is None:
        return _referenced(sent, it, preds)  # "Shares fell on Friday after the announcement": not its day
    if predicate_class(pred.label).get("incident") and pred.start >= it.end and _FRONTED_LATER.match(text) \
            and _FRONTED_LATER.match(text).end() <= it.start:
        # "Less than a week later, on July 7, 2016, militants attacked police …", "Seminggu kemudian, pada 7 Juli,
        # kelompok bersenjata menyerang …": an incident the sentence puts after the story's own is a later one
        return pred.label + ":later"
    return pred.label


# voters abroad: the part of an electorate that votes days before the polling day at home
_ABROAD = re.compile(r"(?<![\w-])(?:di\s+luar\s+negeri|diaspora|kedutaan(?:\s+besar)?|abroad|overseas|expatriates?|embass(?:y|ies))"
                     r"(?![\w-])", re.IGNORECASE)


_VOTED = re.compile(r"(?<![\w-])(?:memilih|mencoblos|memberikan\s+suara|voted|vote|voting|cast\s+(?:their\s+)?ballots)(?![\w-])",
                    re.IGNORECASE)


_CLAUSE_BOUNDS = re.compile(r"[,;]|(?<![\w-])(?:sementara|sedangkan|while|whereas)(?![\w-])", re.IGNORECASE)


def _own_clause_text(text: str, start: int, end: int) -> str:
    """The words of the clause that holds ``start:end``, between the punctuation or contrast that bounds it."""
    lo = max([m.end() for m in _CLAUSE_BOUNDS.finditer(text, 0, start)], default=0)
    hi = _CLAUSE_BOUNDS.search(text, end)
    return text[lo : hi.start() if hi else len(text)]


# a sentence opened by a shift later than the story's last occasion: "Less than a week later,", "Two days later,",
# "Seminggu kemudian,", "Tiga hari setelahnya,"
_FRONTED_LATER = re.compile(r"\s*(?:(?:less\s+than|more\s+than|just|only|about|some|kurang\s+dari|lebih\s+dari|hanya)\s+)?"
                            r"(?:a|an|one|two|three|four|five|six|seven|\d+|se|dua|tiga|empat|lima|enam|tujuh)\s*"
                            r"(?:days?|weeks?|months?|hari|pekan|minggu|bulan)\s+(?:later|kemudian|setelahnya|sesudahnya)\s*,",
                            re.IGNORECASE)


@lru_cache(maxsize=1)
def _reference_cue() -> re.Pattern:
    """frame_cues.json's "reference_after": what, between a date and a predicate after it, makes the predicate the
    event the date is told against ("fell on Friday after the announcement"), with its direction."""
    cues = _load("frame_cues.json")["reference_after"]
    alt = {side: _alternation(w for lang in LANGS for w in cues[side].get(lang, ())) for side in ("after", "before")}
    det = _alternation(cues["determiners"])
    return re.compile(rf"^[^,;.:]{{0,25}}?(?<![\w-])(?:(?P<after>{alt['after']})|(?P<before>{alt['before']}))\s+"
                      rf"(?:(?:{det})\s+(?:[^\W\d]+\s+){{0,2}})?$", re.IGNORECASE)


def _reference_event(sent: _Sentence, it: _Item, p: _Mention) -> str | None:
    """"after" or "before" when ``p``, written after the date, is reached across a reference cue ("fell on Friday
    after the announcement", "turun pada Jumat setelah pengumuman"): the event the date is told against."""
    if p.end <= it.start:
        # "Sehari sebelum letusan, Jumat (31/1/2014), …", "A day before the eruption, on Friday, …": the day is
        # told against the event named before it, set off as its apposition
        shift = _SHIFT_BEFORE_NOUN.search(sent.text, max(0, p.start - 30), p.start)
        if shift is not None and shift.end() == p.start \
                and re.fullmatch(r"\s*,\s*(?:(?:pada|on|hari)\s+)?", sent.text[p.end : it.start]):
            return "before" if shift.group("dir").lower() in ("sebelum", "before") else "after"
        return None
    if p.start < it.end:
        return None
    # "on Friday, a day after a vote held under …", "pada Jumat, sehari setelah pemungutan suara": set off after the
    # day, a shift towards the event names the event it is told against
    shift = SHIFT_AFTER_DAY.fullmatch(sent.text, it.end, p.start)
    if shift is not None:
        return "before" if shift.group("dir").lower() in ("sebelum", "before") else "after"
    m = _reference_cue().match(sent.text[it.end : p.start])
    return None if m is None else ("after" if m.group("after") else "before")


def _shift_towards(*, any_count: bool, hours: bool) -> str:
    """A shift of days (and, with ``hours``, of hours) before or after an event noun: "sehari sebelum", "dua hari
    setelah", "a day before the", "hours after the"; with ``any_count``, any small count written as a word
    ("lima hari setelah", "four days after")."""
    more_id, more_en = ("empat|lima|enam|tujuh|delapan|sembilan|sepuluh|", "four|five|six|seven|eight|nine|ten|") \
        if any_count else ("", "")
    one, units_id, units_en, bare = ("sehari|sejam", "hari|jam|pekan|minggu", r"days?|hours?|weeks?", "hours|days") if hours \
        else ("sehari", "hari|pekan|minggu", r"days?|weeks?", "days")
    return (rf"(?<![\w-])(?:{one}|(?:satu|dua|tiga|{more_id}beberapa|\d+)\s+(?:{units_id})|"
            rf"(?:a|one|two|three|{more_en}several|\d+)\s+(?:{units_en})|{bare})\s+"
            r"(?P<dir>sebelum|setelah|sesudah|before|after)\s+(?:the\s+|its\s+)?")


SHIFT_TOWARDS = _shift_towards(any_count=False, hours=True)
_SHIFT_BEFORE_NOUN = re.compile(SHIFT_TOWARDS, re.IGNORECASE)
# the same shift set off right after a day: "Friday, a day after a vote", "Jumat, sehari setelah pemungutan suara"
# (any count of days: "on June 9, four days after the killings")
SHIFT_AFTER_DAY = re.compile(r"\s*,\s*" + _shift_towards(any_count=True, hours=True) + r"(?:an?\s+)?", re.IGNORECASE)
# a shift of whole days or weeks only (hours after an event fall on its day): "lima hari setelah", "six days after a"
SHIFT_DAYS = re.compile(_shift_towards(any_count=True, hours=False) + r"(?:an?\s+)?", re.IGNORECASE)


def _referenced(sent: _Sentence, it: _Item, preds: list[_Mention]) -> str | None:
    """The event a date with no predicate of its own is told against, as "class:after" / "class:before"."""
    for p in preds:
        side = _reference_event(sent, it, p)
        if side is not None:
            return f"{p.label}:{side}"
    return None


# what may stand between a date and a participle clause set off after it: the rest of the date's own clause
_BEFORE_ENDING = re.compile(r"[^,;.:]{0,40},\s*")


def _ending_clause(sent: _Sentence, it: _Item, preds: list[_Mention]) -> _Mention | None:
    """An end's predicate opening the participle clause set off right after a date's clause ("… were killed on
    Saturday, ending the siege", "… tewas pada Sabtu, mengakhiri pengepungan"): the date is the day the event
    ended, not the day of the clause's own verb."""
    gap = _BEFORE_ENDING.match(sent.text, it.end)
    if gap is None:
        return None
    end = next((p for p in preds if p.start == gap.end() and predicate_class(p.label).get("end")), None)
    if end is None or not _ended_object().match(sent.text, end.end):
        return None  # "…, mengakhiri penantian Stockholm", "…, ending an ordeal": the clause's own verb's day
    return end


@lru_cache(maxsize=1)
def _ended_object() -> re.Pattern:
    """frame_cues.json's "ending_clause": what an ending clause must end (a siege, a standoff, an operation),
    after an article or a determiner."""
    words = sorted({w for lang in LANGS for w in _load("frame_cues.json")["ending_clause"][lang]}, key=len, reverse=True)
    return re.compile(r"\s+(?:(?:the|a|an|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:"
                      + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _sub_event_phrases() -> dict[str, _Phrases]:
    """frame_cues.json's "sub_event" as phrases → "class:tag" ("aftershock" → "quake:later", "the main quake" →
    "quake:main")."""
    cues = _load("frame_cues.json")["sub_event"]
    return {lang: _compile({w: f"{cls}:{tag}" for cls, tags in cues.items() if not cls.startswith("_")
                            for tag, forms in tags.items() if not tag.startswith("_") for w in forms.get(lang, [])})
            for lang in LANGS}


# a plain incident noun: the main incident, named without a place in a sequence ("the 6.2 quake", "gempa itu")
_PLAIN_INCIDENT = re.compile(rf"(?<![\w-])(?:{_INCIDENT_NOUN}|attacks?|serangan|bombings?|pengeboman|bom|bombs?|sieges?|"
                             rf"pengepungan|penyanderaan|hostage[- ]taking)(?![\w-])",
                             re.IGNORECASE)


# what may stand between a figure or a date and the sub-event noun after it: "a 5.9 foreshock", "a magnitude 5.1
# aftershock", "Thursday's foreshock"; or a preposition after a toll's verb: "nine were killed in the second blast"
_SUB_EVENT_NEXT = re.compile(r"(?:['’]s)?(?:[\s-]+(?:magnitude|magnitudo|M|SR|strong|powerful|kuat|besar|deadly|"
                             r"shallow|dangkal))*[\s-]+$", re.IGNORECASE)


# a day fronting its clause, the sub-event its subject: "Pada Jumat sore sebuah gempa susulan … mengguncang", "On
# Friday afternoon, a strong aftershock shook …"
_OPENING_DAY = re.compile(r"\s*(?:(?:pada|on)\s+)?", re.IGNORECASE)
_DATED_SUBJECT = re.compile(r"(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari|morning|afternoon|evening|night))?\s*,?"
                            r"\s+(?:sebuah|satu|a|an|the)(?:[\s-]+(?:magnitude|magnitudo|strong|powerful|kuat|besar|deadly|"
                            r"shallow|dangkal))*[\s-]+", re.IGNORECASE)


_SUB_EVENT_BY = re.compile(r"\s+(?:[\w'’]+\s+){0,3}?(?:in|by|during|from|dalam|akibat|oleh|saat|karena|ketika)\s+"
                           r"(?:the\s+|a\s+|an\s+|that\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _sub_event_breaks() -> frozenset[str]:
    """frame_cues.json's "sub_event_breaks": words that open another clause between a sub-event's noun and a
    figure or date; a relative clause or a coordinated verb keeps the sub-event's."""
    cues = _load("frame_cues.json")["sub_event_breaks"]
    return frozenset(w for lang in LANGS for w in cues[lang])


@lru_cache(maxsize=1)
def _first_cue() -> re.Pattern:
    """frame_cues.json's "sub_event_first" cues ("had" only as a past perfect: "had killed", not "had a
    magnitude of 6.4")."""
    cues = _load("frame_cues.json")["sub_event_first"]
    words = sorted({w for lang in LANGS for w in cues[lang]}, key=len, reverse=True)
    alts = [r"had\s+(?!(?:a|an|the|no|its|their|some|many|more|to|been\s+(?:a|an|the))(?![\w-]))[a-z]+" if w == "had"
            else r"\s+".join(map(re.escape, w.split())) for w in words]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


_MONTH_WORD = (r"(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
               r"january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|aug|agu|sep|"
               r"sept|okt|oct|nov|des|dec)\.?")
# a day or month right after the first incident's noun (a place name may stand between): "Gempa pertama pada akhir
# Juli", "gempa pertama di Lombok pada akhir Juli", "the first quake on July 29"
_FIRST_DATED = re.compile(rf"(?:\s+(?:di|in|on|at|off)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*,?\s*(?:pada|on|in)\s+(?:(?:akhir|awal|pertengahan|late|early|mid)[\s-]+)?"
                          rf"(?:(?:tanggal\s+)?\d{{1,2}}\s+)?{_MONTH_WORD}(?![\w-])", re.IGNORECASE)


def _first_is_earlier(text: str, clause: int, noun_end: int) -> bool:
    """Is the first of a sequence ("gempa pertama", "the first quake") a phase earlier than the story's incident,
    recalled by its clause ("The first quake, a week earlier, had killed 20", "Gempa pertama pada akhir Juli
    menewaskan 20 orang")? A cue of "sub_event_first" in its clause, or a day or month right after the noun."""
    stop = _PART_END.search(text, noun_end)
    return bool(_first_cue().search(text, clause, stop.start() if stop else len(text))
                or _FIRST_DATED.match(text, noun_end))


@lru_cache(maxsize=1)
def _past_cue() -> re.Pattern:
    """frame_cues.json's "past_cues", and a year after "in"/"pada"/"tahun": the clause says its event is past."""
    cues = _load("frame_cues.json")["past_cues"]
    words = sorted({w for lang in LANGS for w in cues[lang]}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
                      + r"|(?:in|pada|tahun)\s+(?:19|20)\d\d)(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _compared_cues() -> dict[str, re.Pattern]:
    """frame_cues.json's "compared_event": its word lists ("compare", "since", "superlative") as patterns."""
    cues = _load("frame_cues.json")["compared_event"]

    def rx(key: str) -> re.Pattern:
        words = sorted({w for lang in LANGS for w in cues[key][lang]}, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
                          + r")(?![\w-])", re.IGNORECASE)

    return {key: rx(key) for key in ("compare", "since", "superlative")}


# the noun of an incident a comparison names, beyond the lexicon's incidents: storms are named ("Cyclone Nargis")
_COMPARED_NOUN = re.compile(r"(?<![\w-])(?:cyclone|typhoon|hurricane|storm|topan|badai|siklon|failure|disaster|tragedy|"
                            r"tragedi|bencana|kegagalan|accident|kecelakaan|operation|operasi|raid|penggerebekan|"
                            r"penyerbuan|crackdown)s?(?![\w-])", re.IGNORECASE)
_COMPARED_RELATIVE = re.compile(r"\s*,?\s*(?<![\w-])(?:(?:in|during)\s+which|which|that|yang|di\s+mana)\s+", re.IGNORECASE)
# an apposition that renames the compared event before its relative clause: "since militants seized a school in
# Beslan in 2004, a siege in which 334 people died"
_COMPARED_APPOSITION = re.compile(r"[^,;:]+,\s*(?:a|an|the|sebuah|suatu)\s+[^,;:]+", re.IGNORECASE)


def _compared_event(sent: _Sentence, start: int) -> tuple[str, int | None] | None:
    """("class:other", its year or None) when the figure or date at ``start`` stands in a relative clause of another
    event named for comparison: "the worst blaze in the state since the 1998 Ridge Fire, which destroyed 410
    homes", "melampaui banjir bandang 2010 yang menewaskan 90 orang" (frame_cues.json "compared_event"). The
    compared noun phrase follows a comparison word ("surpassing", "melampaui", "than"; or "since"/"sejak" after a
    superlative in its clause: "the deadliest since"), holds an incident noun and a name (a year, a capitalised
    word), and the relative clause opens right after it; nothing but the clause's own words stands between that
    and the figure. A year names the event's time: a figure dated by it is told apart by that time, as "The 1995
    Kobe earthquake killed 6,434 people" is, and still meets that sentence's figure."""
    text = sent.text
    clause = _part_start(text, start)
    rels = list(_COMPARED_RELATIVE.finditer(text, clause, start))
    if not rels:
        return None
    rel = rels[-1]
    inner = text[rel.end() : start]
    if re.search(r"[;:]|(?<!\d),|,(?!\d)", inner) or len(inner.split()) > 5 \
            or any(w in _sub_event_breaks() for w in re.findall(r"[\w'’-]+", inner.lower())):
        return None  # "…, which killed 90, but this year 72 died": the figure is past the relative clause
    cues = _compared_cues()
    head = text[clause : rel.start()]
    compare = list(cues["compare"].finditer(head))
    since = [m for m in cues["since"].finditer(head) if cues["superlative"].search(head, 0, m.start())]
    opener = max(compare + since, key=lambda m: m.end(), default=None)
    if opener is None:
        return None
    phrase = head[opener.end() :]
    dated_phrase = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", phrase) is not None
    if re.search(r"[;:]|(?<!\d),|,(?!\d)", phrase) or len(phrase.split()) > (10 if dated_phrase else 7):
        # a year lets the phrase be longer: "the 1983 failure of the Mianus River bridge in Connecticut"
        if not (_COMPARED_APPOSITION.fullmatch(phrase.strip()) and len(phrase.split()) <= 14):
            return None
    year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", phrase)
    if not (year or any(w[0].isupper() for w in re.findall(r"[\w'’-]+", phrase))):
        return None
    nouns = [cls for s0, e0, cls, _ in _find(lexicon().predicates, phrase, sent.langs)
             if predicate_class(cls).get("incident")]
    if not nouns and not (_COMPARED_NOUN.search(phrase) or _PLAIN_INCIDENT.search(phrase)):
        return None
    return (nouns[-1] if nouns else "incident") + ":other", int(year.group(0)) if year else None


# the strongest of a counted series, set off after it: "40 gempa susulan, dengan magnitudo terbesar 4,8", "There
# were 40 aftershocks, the strongest of magnitude 4.8": that one sub-event's magnitude, though a series is counted
_SUB_EVENT_STRONGEST = re.compile(r"\s*,?\s*(?:(?:dengan|yang|dan)\s+)?(?:(?:magnitudo|kekuatan)\s+)?(?:terbesar|terkuat)"
                                  r"(?:\s+(?:bermagnitudo|berkekuatan|magnitudo|M|SR|sebesar|adalah|mencapai))*\s*|"
                                  r"\s*,\s*(?:with\s+)?the\s+(?:strongest|largest|biggest|most\s+powerful)(?:\s+(?:one|"
                                  r"of|measuring|at|with|a|magnitude|M|reaching))*\s*", re.IGNORECASE)
_SUB_EVENT_FRONTED = re.compile(r"\s*(?:in|during|dalam|pada|saat)\s+(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)


# a magnitude set off right after its sub-event's noun ("Salah satu gempa susulan, bermagnitudo 5,7,", "One of the
# aftershocks, a magnitude 5.7, …"): the figure is that sub-event's size, not a clause of its own
_MAGNITUDE_APPOSITION = re.compile(r"\s*,\s*(?:an?\s+)?", re.IGNORECASE)
_SUB_EVENT_APPOSITION = re.compile(r"(?:\s+(?:in|on|at|off|near|di|dekat)\s+[^\W\d][^,;]{0,24})?\s*,[^,;]{1,40},|\s*,\s*(?:of|measuring|with|at|berkekuatan|dengan)\s+[^,;]{0,20}$",
                                    re.IGNORECASE)


# an earlier shock named by its relation to the story's quake: "The quake followed a magnitude 5.6 tremor on
# Tuesday", "was preceded by a 5.6 tremor", "didahului gempa bermagnitudo 5,6"; or fronted by how much earlier it
# was: "Sehari sebelumnya, gempa bermagnitudo 5,6 mengguncang …", "A day earlier, a magnitude 5.6 quake hit …"
_PRECEDED_BY = re.compile(r"(?<![\w-])(?:(?<!was\s)(?<!were\s)(?<!and\s)followed(?!\s+by)|came\s+after|"
                          r"preceded\s+by|didahului(?:\s+oleh)?)\s+", re.IGNORECASE)
_SHORTLY_AFTER = re.compile(r"(?<![\w-])(?:(?:(?:a\s+few|several|just|only|some|\d+)\s+)?(?:minutes|hours|moments|seconds)\s+after|"
                            r"shortly\s+after|(?:beberapa|\d+)\s+(?:menit|jam|detik)\s+(?:setelah|sesudah))\s+",
                            re.IGNORECASE)
_EARLIER_FRONTED = re.compile(r"(?:(?:se|satu|dua|tiga|beberapa)\s*hari|beberapa\s+jam|(?:se|satu|dua)?\s*pekan)\s+"
                              r"sebelumnya|(?:a|one|two|three|several|the)\s+(?:days?|hours?|weeks?)\s+(?:earlier|before)|"
                              r"hours\s+earlier|days\s+earlier", re.IGNORECASE)
_QUAKE_NOUN = r"(?:gempa(?:\s+bumi)?|(?:earth)?quake|tremor|shock|guncangan)"
_FRONTED_DAY = re.compile(r"[^,;.]{2,40}?,\s*")
# the words of a quake's noun phrase between the relation and the figure or date: "a magnitude 5.6 tremor on"
_QUAKE_PHRASE = re.compile(rf"(?:(?:a|an|the|sebuah|one|another|magnitude|magnitudo|bermagnitudo|berkekuatan|"
                           rf"M|SR|strong|powerful|smaller|weaker|moderate|kuat|kecil|sedang|{_QUAKE_NOUN}|"
                           rf"\d+(?:[.,]\d+)?(?:-magnitude)?|on|pada|hari|of|at|measuring)\s*)*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _earlier_toll_verb() -> re.Pattern:
    """frame_cues.json's "earlier_shock_toll": the verb of a fronted earlier shock's toll right before the figure
    ("menewaskan", "had killed", "killed at least")."""
    cues = _load("frame_cues.json")["earlier_shock_toll"]
    alt = _alternations(cues)
    return re.compile(rf"(?:had\s+)?(?:{alt('verbs')})\s+(?:(?:{alt('hedges')})\s+)*", re.IGNORECASE)


def _earlier_shock(text: str, clause: int, start: int, end: int) -> bool:
    """Is the figure or date at ``start:end`` an earlier shock's, named by its relation to the story's quake
    (``_PRECEDED_BY``) or fronted by how much earlier it came (``_EARLIER_FRONTED``)? The quake noun stands in the
    phrase before it or right after it ("a magnitude 5.6 tremor")."""
    # the relation's subject is a quake ("The quake followed …"), not what came after one ("Panic followed a
    # magnitude 6.4 quake")
    lead = [m for m in _PRECEDED_BY.finditer(text, clause, start)
            if re.search(rf"(?<![\w-]){_QUAKE_NOUN}(?![\w-])|(?<![\w-])it(?![\w-])", text[clause : m.start()], re.IGNORECASE)]
    # "The quake hit at 8:39 a.m. …, minutes after a magnitude 5.2 tremor", "Gempa itu terjadi beberapa menit
    # setelah gempa bermagnitudo 5,2": a shock a quake came shortly after is an earlier one; not when something else
    # came after it ("The tsunami struck …, minutes after a 7.7-magnitude quake": the story's own)
    lead += [m for m in _SHORTLY_AFTER.finditer(text, 0, start)
             if re.match(rf"\s*(?:[^,;.]{{0,40}}?\s)?{_QUAKE_NOUN}(?![\w-])", text, re.IGNORECASE)
             and not re.search(r"(?<![\w-])(?:tsunami|panic|kepanikan|landslides?|longsor|fires?|kebakaran)(?![\w-])",
                               text[: m.start()], re.IGNORECASE)]
    fronted = _EARLIER_FRONTED.match(text, clause + len(text[clause:start]) - len(text[clause:start].lstrip()))
    if fronted is not None:
        comma = re.match(r"\s*,\s*", text[fronted.end() :])
        fronted = fronted.end() + comma.end() if comma else None
    if fronted is not None:
        # "Sehari sebelumnya, Kamis (14/1) siang, gempa bermagnitudo 5,9 …", "A day earlier, on Tuesday, a 5.6
        # quake …": the day set off after the fronted phrase is the earlier shock's, and so is what follows it
        day = _FRONTED_DAY.match(text, fronted)
        if day is not None and re.match(rf"(?:a|an|sebuah)?\s*(?:magnitude\s+)?(?:[\d.,]+(?:-magnitude)?\s+)?{_QUAKE_NOUN}(?![\w-])",
                                        text[day.end() :], re.IGNORECASE):
            if fronted <= start and end <= day.end():
                return True
            fronted = day.end()
    opens = [m.end() for m in lead] + ([fronted] if fronted is not None else [])
    if not opens:
        return False
    phrase = text[max(opens) : start]
    if not _QUAKE_PHRASE.fullmatch(phrase):
        # "Sepekan sebelumnya, gempa bermagnitudo 6,4 menewaskan 20 orang", "A week earlier, a 6.4 quake had killed
        # 20 people": the earlier shock's own toll, its verb right before the figure
        head = max([0] + [m.start() for m in re.finditer(r"(?<=\s)\S", phrase) if _QUAKE_PHRASE.fullmatch(phrase[: m.start()])])
        if max(opens) != fronted or not re.search(rf"(?<![\w-]){_QUAKE_NOUN}(?![\w-])", phrase[:head], re.IGNORECASE) \
                or not _earlier_toll_verb().fullmatch(phrase, head):
            return False
        phrase = phrase[:head]
    if max(opens) == fronted and (re.match(r"the\s", phrase, re.IGNORECASE)
                                  or re.match(r"\s*(?:\w+\s+)?(?:itu|tersebut)(?![\w-])", text[end:])):
        return False  # "Two days earlier, the 7.8 quake struck", "gempa bermagnitudo 6,4 itu": the story's own
    return bool(re.search(rf"(?<![\w-]){_QUAKE_NOUN}(?![\w-])", phrase, re.IGNORECASE)
                or any(re.match(rf"\s*(?:-magnitude\s+|[\w-]+\s+)?{_QUAKE_NOUN}(?![\w-])", text[pos:], re.IGNORECASE)
                       for pos in (end, re.match(r"\S*", text[start:]).end() + start)))


@lru_cache(maxsize=1)
def _earlier_shift() -> tuple[re.Pattern, re.Pattern]:
    """frame_cues.json's "earlier_shift": the shift back in time right after an incident noun ("a week before",
    "dua hari sebelumnya", "sepekan sebelumnya"), and a definite word before the noun ("the", "this")."""
    cues = _load("frame_cues.json")["earlier_shift"]
    alt = _alternations(cues)
    shift = re.compile(rf"\s+(?:(?:{alt('counts')})\s+(?:{alt('units')})|{alt('one_word')})\s+(?:{alt('relative')})(?![\w-])",
                       re.IGNORECASE)
    definite = re.compile(rf"(?<![\w-])(?:{alt('definite')})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
    return shift, definite


# a verb among the incident words ("erupted", "meletus", "diguncang"): "The volcano erupted two days earlier" dates
# the story's own eruption, only a noun is recalled by the shift after it
_VERBAL = re.compile(r"[\w-]+ed|(?:me|ber|ter|di)[\w-]+", re.IGNORECASE)


def _shifted_earlier(sent: _Sentence, start: int, end: int, dated: bool) -> str | None:
    """"class:earlier" when the figure or date at ``start:end`` is an earlier incident's, recalled by its noun and a
    shift back in time right after it ("A quake a week before had killed 20 people", "Gempa sepekan sebelumnya
    telah menewaskan 20 orang", "killed 20 in a quake a week earlier"); None otherwise. The figure stands after
    the shift in its clause (no comma, no other incident noun between), or right before the noun."""
    text = sent.text
    shift, definite = _earlier_shift()
    incidents = [(s, e, cls) for s, e, cls, _ in _find(lexicon().predicates, text, sent.langs)
                 if predicate_class(cls).get("incident")]
    for s, e, cls in incidents:
        m = shift.match(text, e)
        if m is None or _VERBAL.fullmatch(text[s:e]) or definite.search(text[max(0, s - 30) : s]) \
                or re.match(r"\s*(?:itu|tersebut)(?![\w-])", text[m.end() :]):
            continue
        if s >= end:
            gap = text[end:s]
            if _SUB_EVENT_NEXT.fullmatch(gap) and (dated or not gap.startswith(("'", "’"))) \
                    or not dated and _SUB_EVENT_BY.fullmatch(gap):
                return cls + ":earlier"
        elif m.end() <= start:
            gap = text[m.end() : start]
            if re.fullmatch(r"\s*,\s*(?:on|pada|hari|of|measuring|berkekuatan|bermagnitudo|magnitude|magnitudo|M|\s)*", gap):
                return cls + ":earlier"  # "a smaller quake two days earlier, on Friday": its day, set off
            gap = re.sub(r"^\s*,[^,;]{1,40},", " ", gap)  # "…, on Friday, injured 4 people": past the apposition
            if re.search(r"[;:]|(?<!\d)[.,]|[.,](?!\d)", gap) or len(gap.split()) > 8 \
                    or any(w in _sub_event_breaks() for w in re.findall(r"[\w'’-]+", gap.lower())) \
                    or any(m.end() <= s2 and e2 <= start for s2, e2, _ in incidents):
                continue
            return cls + ":earlier"
    return None


def _sub_event(sent: _Sentence, start: int, end: int, *, dated: bool = False, count: bool = False,
               magnitude: bool = False) -> str | None:
    """The incident of a sequence the figure or date at ``start:end`` belongs to, as "class:tag" ("quake:fore"
    for "a 5.9 foreshock on Thursday", "attack:later" for "the second blast killed nine", "eruption:earlier"),
    or None for the main incident. The sub-event noun right after it ("a 5.9 foreshock", "Thursday's
    foreshock", "killed in the second blast"), else the nearest incident noun before it in its clause ("Gempa
    pendahuluan bermagnitudo 5,9 … pada Kamis"; an apposition may stand between: "The strongest aftershock,
    of magnitude 5.1, hit on Saturday"): when that is the main incident's ("the quake", "gempa utama"), None.
    An earlier event of the kind cited for comparison ("gempa serupa pernah menewaskan …", "in a similar crash
    years ago") is "class:other" when its clause says it is past. A ``count`` of the sub-events themselves
    ("96 aftershocks", "96 kali gempa susulan") is none's figure."""
    text = sent.text
    if _earlier_shock(text, _part_start(text, start), start, end):
        return "quake:fore"
    shifted = _shifted_earlier(sent, start, end, dated)
    if shifted is not None:
        return shifted  # "A quake a week before had killed 20 people": the earlier quake's
    found = [f for f in _find(_sub_event_phrases(), text, sent.langs)
             if not (f[2].startswith("elected:") and _another_round(text, f[0], f[1]))]
    if not found:
        return None
    for s, e, label, _ in found:
        if s >= end:
            gap = text[end:s]
            if count and re.fullmatch(r"\s+(?:kali\s+)?", gap, re.IGNORECASE):
                return None
            if _SUB_EVENT_NEXT.fullmatch(gap) and (dated or not gap.startswith(("'", "’"))) \
                    or not dated and _SUB_EVENT_BY.fullmatch(gap) \
                    or dated and _DATED_SUBJECT.fullmatch(gap) \
                    and _OPENING_DAY.fullmatch(text, _part_start(text, start), start):
                if label.endswith(":main") or label.endswith(":other") and not _past_cue().search(text):
                    return None
                if label.endswith(":first") and not _first_is_earlier(text, _part_start(text, s), e):
                    return None  # the first of a sequence, with nothing saying it is past: the story's own
                return label
            break
    clause = _part_start(text, start)
    if clause > 0 and _RELATIVE_OPENS.match(text, clause) and re.search(r",\s*$", text[:clause]):
        # "ledakan kedua, yang setara dengan 21 ton TNT", "the second blast, which equalled 21 tonnes of TNT": a
        # relative clause set off after the sub-event's noun is that sub-event's
        clause = _part_start(text, len(text[:clause].rstrip().rstrip(",")))
    nouns = [(s, e, label) for s, e, label, _ in found if clause <= s and e <= start]
    nouns += [(m.start(), m.end(), None) for m in _PLAIN_INCIDENT.finditer(text, clause, start)
              if not _overlaps(m.span(), found)]
    if not nouns:
        return None
    s, e, label = max(nouns, key=lambda n: n[1])
    if label is None or label.endswith(":main") or label.endswith(":first") and not _first_is_earlier(text, clause, e):
        return None
    if label.endswith(":other") and not _past_cue().search(text, clause):
        return None  # "Ledakan serupa sudah menghancurkan gedung reaktor nomor 1 pada Minggu": one of the story's
    gap = re.sub(r"^\s*,\s*(?:yang|which|that)\s", " ", text[e:start])
    if _SUB_EVENT_FRONTED.fullmatch(text, clause, s):
        gap = re.sub(r"^[^,;]*,", " ", gap)  # "In a similar crash, 162 people died": a fronted phrase's comma
    # "87 kali gempa susulan hingga Jumat pagi, dengan kekuatan terbesar magnitudo 4,8": the series' as-of phrase
    # stands between the series and its strongest
    strongest = _SUB_EVENT_STRONGEST.fullmatch(re.sub(r"^\s*(?:hingga|sampai|until|by|as\s+of)\s+[^,;]{1,30}(?=,)", "", gap,
                                                      flags=re.IGNORECASE))
    m = _SUB_EVENT_APPOSITION.match(gap)
    if strongest:
        gap = ""
    elif m:
        gap = gap[m.end():]
    elif magnitude and _MAGNITUDE_APPOSITION.fullmatch(gap):
        gap = ""  # "Salah satu gempa susulan, bermagnitudo 5,7, terjadi …": the sub-event's own size, set off
    if re.search(r"[;:]|(?<!\d)[.,]|[.,](?!\d)", gap):
        return None  # "Despite the aftershocks, rescuers pulled 12 people out": another clause's noun
    if any(w in _sub_event_breaks() for w in re.findall(r"[\w'’-]+", gap.lower())):
        return None
    if not strongest and re.search(r"\d\s*(?:kali\s+)?$", text[max(clause, s - 12) : s]) \
            and not re.search(r"\d[.,]\d\s*$", text[max(clause, s - 12) : s]):
        return None  # "more than 1,000 aftershocks since Monday": a series counted, not one sub-event's day
    return label


_RELATIVE_OPENS = re.compile(r"\s*(?:yang|which|that)\s", re.IGNORECASE)


# the search and its steps: what they found, rescued or identified on a day is that step's, whoever did it
# ("ditemukan dua penyelam pada 2 Juli", "Divers retrieved the flight data recorder on Thursday": found)
_SEARCH_STEPS = frozenset({"search", "dive", "detection", "salvage"})


def _step_found(activity: str, pred: _Mention | None) -> bool:
    """Is a date the search step's own result (a predicate marked 'after': found, rescued, identified) rather
    than the search activity's day?"""
    return activity in _SEARCH_STEPS and pred is not None and bool(predicate_class(pred.label).get("after"))


def _activity(sent: _Sentence, it: _Item, preds: "list[_Mention] | tuple" = ()) -> str | None:
    """An activity that governs a date in its clause ("raids in Brussels on Thursday", "Police arrested three
    suspects on Thursday", "The verdict, first due on Friday", "konferensi pers … pada Senin"): the date is its
    day, whatever role the date plays for the clause's figures."""
    text = sent.text
    clause = max([0] + [m.end() for m in _PUNCT.finditer(text[: it.start])])
    activities = _find(lexicon().activities, text[clause : it.start], sent.langs)
    base = clause
    if not activities and clause > 0 and len(text[clause : it.start].split()) <= 4 and text[clause - 1] == ",":
        # "The verdict, first due on Friday, …": a short appositive is its head noun's
        head = re.search(r"(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*,$", text[:clause])
        activities = _find(lexicon().activities, head.group(0), sent.langs) if head else []
        base = head.start() if head else clause
    if activities:
        e = base + activities[-1][1]
        if activities[-1][2] == "detection" and any(
                predicate_class(p.label).get("incident") and clause <= p.start and p.end <= base + activities[-1][0]
                for p in preds):
            return None  # "Gempa terdeteksi pada Minggu", "The quake was detected on Sunday": the quake's own day
        if _SUBORDINATE.search(text, e, it.start):
            return None  # "Unjuk rasa itu digelar sehari setelah Lam menangguhkan RUU … pada Sabtu": the suspension's
        rel = _RELATIVE_WORD.search(text, e, it.start)
        if rel is not None and any(rel.end() <= p.start and p.end <= it.start and predicate_class(p.label).get("incident")
                                   and not _verb_between(text[p.end : it.start], preds, p.end) for p in preds):
            return None  # "mencari korban pesawat yang jatuh pada Minggu", "searching for the plane that crashed on
            # Sunday": the date is the relative clause's incident's, not the search's (unless a verb after it is
            # the main clause's: "Pencarian korban pesawat yang jatuh dilanjutkan pada Rabu")
        if any(e <= p.start and p.text.lower() in (predicate_class(p.label).get("around_nouns") or ())
               and _RIGHT_BEFORE_DATE.fullmatch(text, p.end, it.start) for p in preds):
            return None  # "menolak hasil sementara itu … dalam pemungutan suara Kamis (14/1/2021)": the vote's day
        held = [h for h in preds if h.label == "held" and e <= h.start and _RIGHT_BEFORE_DATE.fullmatch(text, h.end, it.start)]
        if held and any(e <= p.start and p.end <= held[0].start and p.label != "held"
                        and predicate_class(p.label).get("kind") in ("event", "both") for p in preds):
            return None  # "hasil sementara pemilu yang digelar pada Minggu", "provisional results of the election
            # held on Sunday": the date is the held event's, not the count's
        return "activity:" + activities[-1][2]
    return None


_RELATIVE_WORD = re.compile(r"(?<![\w-])(?:yang|that|which)(?![\w-])", re.IGNORECASE)


_SUBORDINATE = re.compile(r"(?<![\w-])(?:setelah|sesudah|sebelum|ketika|saat|after|before|when|while)(?![\w-])",
                          re.IGNORECASE)


SCHEDULE_REACH = 5.0
REQUEST_REACH = 5.0  # the cue, whom it calls on (a name, a title and a name), "agar"/"to" and an adverb, then the asked-for verb


def _scheduled(sent: _Sentence, it: _Item) -> bool:
    """Is a date the schedule, the original plan or an expectation rather than the day something happened
    ("dipercepat dari jadwal semula pada Kamis", "dijadwalkan diserahkan … pada Rabu", "diperkirakan tiba di
    lokasi pada Sabtu", "originally planned for July")? A cue before it in its clause says so; "earlier than
    planned" after a date does not."""
    p = it.predicate
    moved = _MOVED_DATE.search(sent.text, 0, it.start)
    old_date = _MOVED_TO.match(sent.text, it.end) and re.search(r"(?<![\w-])(?:dari|from)\s+$",
                                                                 sent.text[max(0, it.start - 8) : it.start], re.IGNORECASE)
    if (moved and moved.end() == it.start) or old_date:
        # "menunda pembukaan sekolah … dari Senin (29/4/2024) menjadi Senin (6/5/2024)", "moved the vote from
        # Monday to Thursday": the old and the new dates of a schedule, not days anything happened
        return True
    for s, e, _, _ in _find(lexicon().cues["request"], sent.text, sent.langs):
        if p is not None and e <= p.start < it.start and not _PUNCT.search(sent.text[e : it.start]) \
                and sent.cost(e, p.start, walls=False) <= REQUEST_REACH:
            return True  # "meminta Soeharto mengundurkan diri … pada Senin": the day of the call, not of a resignation
    for s, e, _, _ in _find(lexicon().cues["schedule"], sent.text, sent.langs):
        if e > it.start:
            continue
        if not _PUNCT.search(sent.text[e : it.start]) and sent.cost(e, it.start, owner=it.index) <= SCHEDULE_REACH:
            return True
        if p is not None and p.start >= e and sent.cost(e, p.start, walls=False) <= 1.0:
            return True
        if p is not None and p.start >= e and _LIGHT_VERB_GAP.fullmatch(sent.text, e, p.start):
            # "he would hand his resignation to the president on Monday", "ia akan menyerahkan surat pengunduran
            # dirinya pada Senin": a modal, a light verb and the event's noun: the day it was to happen
            return True
    return False


# a schedule moved: the new date after "dari <date> menjadi", "from <date> to" (the old date is before "menjadi"/"to")
_MOVED_DATE = re.compile(r"(?<![\w-])(?:dari|from)\s+[^,;.]{3,40}?\s+(?:menjadi|ke|to)\s+(?:(?:hari|pada|on)\s+)?$",
                         re.IGNORECASE)
_MOVED_TO = re.compile(r"[^,;.]{0,20}?\s+(?:menjadi|to)\s+(?:(?:hari|pada|on)\s+)?(?:senin|selasa|rabu|kamis|jumat|sabtu|"
                       r"minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d|jan|feb|mar|apr|may|mei|jun|jul|aug|agu|sep|"
                       r"oct|okt|nov|dec|des)", re.IGNORECASE)
# what may stand between a schedule's modal and the noun of the event it schedules: a verb of handing, making or
# holding and a determiner ("hand his", "submit her", "menyerahkan surat", "hold a")
_LIGHT_VERB_GAP = re.compile(r"\s+(?:(?:formally|secara\s+resmi)\s+)?(?:hand(?:\s+in)?|submit|tender|offer|announce|hold|"
                             r"menyerahkan|mengajukan|menyampaikan|mengumumkan|menggelar)\s+(?:(?:his|her|their|its|a|an|"
                             r"the|surat)\s+)?", re.IGNORECASE)
