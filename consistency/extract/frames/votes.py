"""Votes: tallies and their categories, the body that votes, the country a vote is of, media tallies and
rate periods.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ...records import DateMention, Quantity
from .. import lexicon as L
from .measures import unit_nouns
from .lexicons import INF, LANGS, _Phrases, _alternation, _alternations, _compile, _find, _load, counted_family, lexicon, predicate_class
from .lexicons import voting_bodies
from .sentence import _CONTRAST, _FROM_BEFORE, _ID_VERB, _Item, _Mention, _Sentence, _function_words
from .places import _country_of

if TYPE_CHECKING:  # annotations only: importing it at run time would form a cycle
    from .discourse import Discourse


def _vote_body(sent: _Sentence, it: _Item, discourse: "Discourse") -> str | None:
    """Which body a vote count is of: the voting body named nearest before it in its sentence ("the Senate
    approved it 63-36"), else after it ("63 votes to 36 in the Senate"), else, when its sentence names none
    ("RUU tersebut disetujui dengan 63 suara berbanding 36"), the body the previous sentence named ("Di Senat, RUU
    itu lolos pada 2 April. Sebanyak 14 senator menolak.") when the count is a vote category (for, against,
    abstained), else the body the article last named, when the sentence is about the bill ("RUU tersebut", "the
    bill"), else, for a vote category, the one body the article names, if it names only one, or UNKNOWN_BODY if it
    names several: a candidate's votes are no body's, unless the sentence names another round of the previous
    sentence's vote with its candidate as a pronoun ("Di majelis tinggi, … pada putaran pertama. Pada putaran
    kedua, ia menang dengan 125 suara.")."""
    named = _body_mentions(sent.text, sent.langs)
    start = it.qstart if it.qstart >= 0 else it.start
    before = [(e, b) for s, e, b in named if e <= start]
    if before:
        # "The Senate voted 336 to 0, a day after the National Assembly approved it by 551 votes to six": a
        # chamber named nearer the figure, though by no name the list knows, is the figure's, not the Senate
        # "The Senate, the upper chamber of parliament, voted 63-36": a chamber named in an apposition to the body
        # is the body itself
        appositions = [m.span() for m in (_BODY_APPOSITION.match(sent.text, e) for e, _ in before) if m]
        if any(before[-1][0] <= s and e <= start and not any(a0 <= s and e <= a1 for a0, a1 in appositions)
               for s, e in _legislature_mentions(sent.text, sent.langs)):
            return None
        return before[-1][1]
    if named:
        return named[0][2]
    # a category of a chamber's vote (for, against, abstained), not a candidate's votes ("mendapat 451.794 suara")
    category = it.predicate is not None and predicate_class(it.predicate.label).get("counted") == "vote"
    if category and discourse.body_before:
        return discourse.body_before  # "Di Senat, RUU itu lolos pada 2 April. Sebanyak 14 senator menolak."
    if discourse.body_before and _PRONOUN_SUBJECT.match(sent.text):
        # "Di majelis tinggi, Takaichi meraih 123 suara pada putaran pertama. Pada putaran kedua, ia menang dengan
        # 125 suara.": a sentence that goes on with the previous one's candidate goes on with its chamber's vote
        return discourse.body_before
    if _BILL_ANAPHOR.search(sent.text[:start]):
        return discourse.body
    if not category:
        return None
    # an article about one body alone: its votes are that body's ("The House passed the bill on March 12. … Only
    # ten members voted against it."); with two named, a tally that names neither may be either's: "?", which
    # no named body's tally can contradict (``identity.number_veto``: two holders)
    if len(discourse.bodies) > 1:
        return UNKNOWN_BODY
    return discourse.bodies[0] if discourse.bodies else None


UNKNOWN_BODY = "?"  # the body of a tally in an article that names several and says not which


# "RUU tersebut", "rancangan undang-undang itu", "the bill", "the measure": a vote sentence about the bill an earlier
# sentence had a body pass; only then is the body the article last named the one whose votes it counts
_BILL_ANAPHOR = re.compile(r"(?<![\w-])(?:(?:ruu|rancangan(?:\s+undang-undang)?|undang-undang|beleid|usulan)\s+(?:itu|tersebut|ini)"
                           r"|the\s+(?:bill|measure|legislation|package|resolution))(?![\w-])", re.IGNORECASE)


# a sentence that names another round of the previous sentence's vote and goes on with its candidate as a pronoun
# ("Pada putaran kedua, ia menang …", "In the runoff, she won …"): the same chamber's vote. A pronoun alone is not
# enough: "Ia sebelumnya memenangi pemilihan ketua partai dengan 185 suara" is another contest
_PRONOUN_SUBJECT = re.compile(r"\s*(?:(?:pada|in|dalam|on)\s+(?:the\s+)?(?:putaran|round|second\s+round|first\s+round|runoff|run-off)"
                              r"[^,;.]{0,20},\s*)(?:" + "|".join(sorted(L.PRONOUNS)) + r")\s", re.IGNORECASE)

# a sentence about a bill, a motion or a law: its votes are a chamber's whether or not it names one
_BILL_WORDS = re.compile(r"(?<![\w-])(?:ruu|rancangan|undang-undang|uu|beleid|mosi|usulan|perppu|bills?|motions?|laws?|"
                         r"measures?|resolutions?|amendments?|legislation|budget|anggaran)(?![\w-])", re.IGNORECASE)


# a vote only a chamber holds: a prime minister's or a speaker's election, a confidence vote, a plenary session
_CHAMBER_VOTE = re.compile(r"(?<![\w-])(?:prime\s+minister|premier|perdana\s+menteri|speaker|ketua\s+(?:dpr|mpr|dpd|parlemen)|"
                           r"confidence|kepercayaan|plenary|paripurna|diet)(?![\w-])", re.IGNORECASE)


def no_chamber(sent: _Sentence, it: _Item, discourse: "Discourse") -> bool:
    """Is a candidate's vote count none of a chamber's: its article has named no voting body up to and in its
    sentence, nor its sentence a legislature or a vote only a chamber holds (a prime minister's, a speaker's, a
    confidence vote), the sentence is about no bill, and the count is no roll call's category (for, against)?
    "Pada putaran kedua, Takaichi meraih 185 suara" in a story of a party's leadership vote is no chamber's, so not
    the 237 votes "di majelis rendah" that made her prime minister (``identity.number_veto``)."""
    text = sent.text
    if discourse.bodies or discourse.body or _body_mentions(text, sent.langs) or _legislature_mentions(text, sent.langs):
        return False
    if it.predicate is not None and predicate_class(it.predicate.label).get("counted") == "vote":
        return False
    return not _BILL_WORDS.search(text) and not _CHAMBER_VOTE.search(text)


# ", the upper chamber of parliament,", " (the upper house)": what is said of a name between commas or brackets
_BODY_APPOSITION = re.compile(r"\s*(?:,[^,;.()]{1,60},|\([^()]{1,60}\))")


def _body_of_apposition(text: str, actor: _Mention, actors: list[_Mention]) -> _Mention | None:
    """The voting body a generic chamber is said of ("the Senate, the upper chamber of parliament,"), or None."""
    if actor.label not in ("@legislature", "@house", "@upper_house") or actor.start < 0:
        return None  # (a chamber's kind named with its parliament: "the upper chamber of parliament")
    for m in actors:
        if m.label in voting_bodies() and m.end <= actor.start:
            ap = _BODY_APPOSITION.match(text, m.end)
            if ap and actor.end <= ap.end():
                return m
    return None


def _legislature_mentions(text: str, langs: tuple[str, ...]) -> list[tuple[int, int]]:
    """Chambers named by no name the voting bodies list ("the National Assembly", "parlemen")."""
    return [(s, e) for s, e, label, _ in _find(lexicon().actors, text, langs) if label == "@legislature"]


def _body_mentions(text: str, langs: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Voting bodies named in a text, each as the kind it is ("DPR" and "the House" are a house)."""
    lex = lexicon()
    ids = voting_bodies()
    out = []
    for s, e, label, _ in _find(lex.actors, text, langs):
        if label not in ids or re.search(r"(?:white|gedung)\s+$", text[max(0, s - 8) : s], re.IGNORECASE):
            continue  # "the White House" votes nothing
        kinds = sorted(lex.actor_kinds.get(label, ()))
        out.append((s, e, (kinds[0] if kinds else label)[1:]))
    return out


def _site_part(key: str) -> bool:
    """Does a place name a part of a site ("Blok C2", "Unit 4", "Gate 3"), a block or unit (``unit_identifiers``) or
    a name with a number in it, rather than a place on a map? A part of the site is where the story's own incident
    happened, not another incident's place."""
    words = key.split()
    return bool(words) and (words[0] in {w.lower() for w in unit_nouns()} or any(ch.isdigit() for ch in key))


def _elsewhere(d: DateMention, discourse: "Discourse") -> DateMention:
    """A date of an incident its clause places where the article's lead does not put its own ("In August, a
    series of earthquakes on Lombok killed …" in a story about the quake that struck Palu) is another incident's
    day: ``elsewhere``. A lead that puts its incident in a region ("banjir bandang di kawasan Laut Hitam") names no
    town or province of it, so a province the story later names ("Banjir menerjang Provinsi Kastamonu") is its own."""
    f = d.frame
    story = discourse.story_places
    if f is None or not story or discourse.story_region:
        return d
    own = [p.key for p in f.places if p.attached and p.slot == "event" and not p.key.startswith("@")
           and not _site_part(p.key)]
    near = lambda k: any(set(k.split()) & set(s.split()) for s in story)  # noqa: E731
    if own and not any(near(k) for k in own):
        return replace(d, frame=replace(f, modifiers=tuple(sorted(set(f.modifiers) | {"elsewhere"}))))
    return d


def _with_loads(d: DateMention, figures: list[Quantity]) -> DateMention:
    """A date of an event that repeats in a story ("mendarat", "landed": one plane after another) carries the loads
    its sentence counts ("membawa 40 peti jenazah"): two arrivals with different loads are two flights."""
    f = d.frame
    if f is None or not f.predicate or not predicate_class(f.predicate).get("repeats"):
        return d
    # an estimate ("sekitar 300.000 orang berdemonstrasi") is a load too, as the range it spans
    loads = {f"load:{q.frame.counted}={q.low:g}" + (f"-{q.high:g}" if q.high != q.low else "") for q in figures
             if q.frame is not None and q.frame.counted and q.frame.role == "current" and not q.frame.negated
             and q.kind == "count" and q.high != INF and not q.vague}
    return replace(d, frame=replace(f, modifiers=tuple(sorted(set(f.modifiers) | loads)))) if loads else d


_MEDIA_TALLY = (
    re.compile(r"(?<![\w-])(?:(?:peng)?hitungan|tabulasi|rekapitulasi)\s+(?:media|kantor\s+berita|wartawan)|"
               r"(?<![\w-])(?:media|news\s+agenc(?:y|ies)['’]?|press)\s+(?:count|tally|tallies)|"
               r"(?<![\w-])tall(?:y|ies)\s+(?:by|from|compiled\s+by|of)\s+(?:news\s+agencies|the\s+media|media)",
               re.IGNORECASE),
    # "menurut hitungan Reuters", "an AFP tally", "a Reuters tally": an outlet named with its count
    re.compile(r"(?<![\w-])(?:(?:peng)?hitungan\s+{o}|{o}\s+(?:tally|count))\b".format(
        o=r"(?:AFP|AP|Reuters|Antara|Al\s+Jazeera|Associated\s+Press|Kompas|Detik|Tempo|CNN|BBC|Bloomberg|Xinhua|"
          r"Yonhap|Kyodo|Anadolu)")),
)


def _media_tally(text: str, start: int = 0) -> bool:
    """Is the figure at ``start`` an outlet's own tally ("menurut hitungan Reuters", "an AFP tally", "penghitungan
    media")? Then it is that outlet's figure, another source's than the officials'. The tally must be named in
    the figure's own clause: across "but", "sementara" it is the other figure's."""
    clause = _own_clause(text, start)
    return any(rx.search(clause) for rx in _MEDIA_TALLY)


def _own_clause(text: str, start: int) -> str:
    """The part of ``text`` around ``start`` between two contrast words ("but", "sementara", ``_CONTRAST``)."""
    cuts = [0, *(m.start() for m in _CONTRAST.finditer(text)), len(text)]
    k = max(i for i, c in enumerate(cuts[:-1]) if c <= start)
    return text[cuts[k] : cuts[k + 1]]


@lru_cache(maxsize=1)
def _source_contrast() -> re.Pattern:
    """frame_cues.json's "source_contrast": a comparative, a link word, up to three words, a noun for a count."""
    cues = _load("frame_cues.json")["source_contrast"]
    alt = _alternations(cues)
    en = _alternation(set(cues["attributive"]["en"]))
    return re.compile(rf"(?<![\w-])(?:{alt('comparatives')})\s+(?:{alt('links')})\s+(?:(?:[\w'’][\w.,'’-]*)?[\w'’]\s+){{0,3}}?"
                      rf"(?:{alt('nouns')})(?![\w-])"
                      # "gave a higher toll of 510", "mencatat angka yang berbeda, yakni 113 orang"
                      rf"|(?<![\w-])(?:an?|the|its|their)\s+(?:much\s+|far\s+|slightly\s+|still\s+)?(?:{en})\s+"
                      rf"(?:{alt('nouns')})(?![\w-])"
                      rf"|(?<![\w-])(?:{alt('nouns')})\s+(?:yang\s+)?(?:{_alternation(set(cues['attributive']['id']))})(?![\w-])",
                      re.IGNORECASE)


def _contrasted(text: str, start: int = 0) -> bool:
    """Does the figure at ``start`` stand in a clause that sets it against another source's count ("10.411 warga
    mengungsi, lebih banyak dari data BNPB", "52 dead, higher than the ministry's figure")? Then the report knows
    the counts differ: the other is another source's estimate. The cue must be in the figure's own clause, as
    with a media tally."""
    clause = _own_clause(text, start)
    return any(not _EARLIER_FIGURE.match(clause, m.end()) for m in _source_contrast().finditer(clause))


# "lebih rendah dari angka 93 orang yang diumumkan sebelumnya", "lower than the figure given earlier": the count set
# against its own earlier figure, a revision, not another source's estimate
_EARLIER_FIGURE = re.compile(r"[^.;]{0,50}?(?<![\w-])(?:sebelumnya|semula|earlier|previously|before)(?![\w-])",
                             re.IGNORECASE)


def staged(counted: str | None, modifiers) -> bool:
    """Does a figure count what is counted in stages (counted.json "staged": votes, seats, a census's population),
    or give a share of such a whole ("21 persen suara", "a third of the seats") or the turnout, which the count
    raises as the last ballots come in ("partisipasi dalam hitungan sementara 81,2 persen", then 82.6 percent)?"""
    info = lexicon().counted_info
    if counted == "share":
        return any(m == "whole:turnout" or m.startswith("whole:") and info.get(m[6:], {}).get("staged")
                   for m in modifiers)
    return bool(info.get(counted or "", {}).get("staged"))


@lru_cache(maxsize=1)
def _progress_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """frame_cues.json's "count_progress", in both languages alike: a noun of the count (removed from a gap: "persen
    suara masuk"), what may stand between a share counted and its cue once the nouns are gone ("85% of the ballots
    counted"), and a share right before a cue ("Dengan 60 persen suara masuk": 60)."""
    alt = _alternations(_load("frame_cues.json")["count_progress"])
    nouns = re.compile(rf"(?<![\w-])(?:{alt('nouns')})(?![\w-])", re.IGNORECASE)
    gap = re.compile(rf"\s*(?:(?:{alt('of')})\s+)?(?:(?:{alt('wholes')})\s+)?$", re.IGNORECASE)
    before = re.compile(rf"(\d+(?:[.,]\d+)?)\s*(?:%|persen|percent|per\s+cent)\s*(?:(?:{alt('of')})\s+(?:(?:{alt('wholes')})\s+)?)?$",
                        re.IGNORECASE)
    return nouns, gap, before


@lru_cache(maxsize=1)
def _counting_cues() -> frozenset[str]:
    """frame_cues.json "count_progress" "counting": the partial-count cues after which a percentage is the share
    counted ("60 persen suara masuk", "85% of ballots counted"), not a party's share ("25 percent of the vote so
    far")."""
    cues = _load("frame_cues.json")["count_progress"]["counting"]
    return frozenset(w.lower() for lang in LANGS for w in cues[lang])


def _count_stage(sent: _Sentence, it: _Item, quantity: Quantity, counted: str | None, modifiers) \
        -> tuple[str | None, float | None]:
    """The stage of a count done in stages that a figure gives, and the share counted its sentence names:
    ("progress", None) for that share itself ("Dengan 60 persen suara masuk", "with 85% of ballots counted"; a cue of
    counting only, "count_progress" "counting": "25 percent of the vote so far" is a result),
    ("provisional", 60.0) for a count while the counting goes on (frame_cues "partial_count"), ("final", None)
    for the final result ("final_count"; a provisional cue wins: "rekapitulasi sementara"), else (None, None)."""
    text, langs = sent.text, sent.langs
    partial = _find(lexicon().cues["partial_count"], text, langs)
    end = max(it.qend, it.end)
    gap = _progress_patterns()[1]
    counting = _counting_cues()
    if quantity.kind == "percent" and any(s >= end and " ".join(w.lower().split()) in counting
                                          and gap.match(_words_between(text, end, s)) for s, _e, _k, w in partial):
        return "progress", None
    if quantity.kind == "count" and _stations_part(text, it.start):
        # "results from 21,473 of the 24,852 polling stations": how far the count has got, which grows report by
        # report; no count of anything the election decided
        return "progress", None
    if not staged(counted, modifiers):
        return None, None
    if partial:
        return "provisional", _progress_share(sent, partial)
    stations = _stations_counted(text)
    if stations is not None:
        return "provisional", stations
    if counted == "share" and "whole:turnout" in modifiers:
        # a turnout is staged only while the count is said to go on: a bare or "final" turnout another day is
        # compared as one figure, or every wrong turnout would read as the count's later step
        return None, None
    if _find(lexicon().cues["final_count"], text, langs):
        return "final", None
    return None, None


@lru_cache(maxsize=1)
def _stations_pattern() -> re.Pattern:
    """frame_cues.json "count_progress" "stations" after a part of their number, with a cue of results coming in
    right before ("hasil dari 1.070 dari 2.071 tempat pemungutan suara", "results in from 1,238 of 2,071 polling
    stations") or right after ("1,238 of 2,071 precincts reporting")."""
    stations = _load("frame_cues.json")["count_progress"]["stations"]
    alt = _alternations(stations)  # the cues of results coming in
    places = _alternation({w for lang in LANGS for w in stations[lang]})
    part = (rf"(\d{{1,3}}(?:[.,]\d{{3}})*|\d+)\s+(?:dari|of|out\s+of)\s+(?:the\s+|all\s+|total\s+|seluruh\s+)?"
            rf"(\d{{1,3}}(?:[.,]\d{{3}})*|\d+)\s+(?:{places})(?![\w-])")
    return re.compile(rf"(?<![\w-])(?:{alt('results_before')})\s+{part}|(?<![\d.,]){part}\s+(?:{alt('results_after')})(?![\w-])",
                      re.IGNORECASE)


def _stations_part(text: str, start: int) -> bool:
    """Is the figure at ``start`` the part of the polling stations whose results are in ("results in from 1,238 of
    2,071 polling stations": the 1,238)?"""
    for m in _stations_pattern().finditer(text):
        if start in (m.start(1), m.start(3)):
            return True
    return False


def _stations_counted(text: str) -> float | None:
    """The share of the polling stations whose results are in, when a sentence names a part of them ("with results
    in from 1,238 of 2,071 polling stations": 59.8), else None (all of them, or none named)."""
    m = _stations_pattern().search(text)
    if m is None:
        return None
    done, total = (int(re.sub(r"[.,]", "", g)) for g in m.groups() if g is not None)
    return round(100.0 * done / total, 1) if 0 < done < total else None


def _words_between(text: str, start: int, end: int) -> str:
    """The words between a figure's end and a cue, a noun of the count allowed ("persen suara masuk" → "")."""
    return _progress_patterns()[0].sub("", text[start:end])


def _progress_share(sent: _Sentence, partial) -> float | None:
    """The share counted that a sentence names before its first cue of counting ("Dengan 60 persen suara masuk" →
    60.0), or None ("25 percent of the vote so far" is the party's share)."""
    counting = _counting_cues()
    for s, _e, _k, w in partial:
        if " ".join(w.lower().split()) not in counting:
            continue
        m = _progress_patterns()[2].search(_words_between(sent.text, max(0, s - 60), s))
        if m:
            return float(m.group(1).replace(",", "."))
    return None


# "Pilpres 2019", "the 2004 tsunami", "Olimpiade 2020": an event named with its year
_EVENT_YEAR = re.compile(r"(?:(?<![\w-])(?:[Pp]ilpres|[Pp]emilu|[Pp]ileg|[Pp]ilkada|[Ee]lections?|Olimpiade|Olympics|Piala Dunia|"
                         r"World Cup|Asian Games|SEA Games|[Ss]ensus(?:\s+[Pp]enduduk)?|[Cc]ensus|"
                         # an incident named with its year: "gempa Izmit 1999", "tsunami Aceh 2004"
                         r"(?:[Gg]empa(?:\s+bumi)?|[Tt]sunami|[Bb]anjir|[Ee]rupsi|[Ll]etusan|[Qq]uake|[Ee]arthquake|"
                         r"[Ee]ruption|[Ff]lood|[Tt]ragedi|[Kk]ebakaran|[Ll]edakan|[Cc]rush|[Ss]tampede|[Dd]isaster)"
                         r"(?:\s+[A-Z][\w-]+){0,2})(?:\s+of)?\s+((?:1[5-9]|20)\d\d)\b"
                         # "the 2004 tsunami", "a 1990 crush in a tunnel"
                         r"|\b(?:[Tt]he|[Aa]n?)\s+((?:1[5-9]|20)\d\d)\s+(?=\w))")


# a tally's two numbers: "voted 287 to 55", "the vote was 188-6", "passed 63 to 36", "disahkan dengan 130 suara
# berbanding 4", "a 400-10 vote"; the vote words are lexicon.py's (numbers.py reads a dash tally by the same)
_TALLY_JOIN = r"(?:to|-|–|banding|berbanding|lawan|versus|vs\.?)"


_TALLY_CUE = re.compile(rf"(?<![\w-])(?:(?P<noun>{L.alternation(L.VOTE_NOUNS)})|(?P<approve>{L.alternation(L.VOTE_APPROVE)})"
                        rf"|(?P<reject>{L.alternation(L.VOTE_REJECT)}))\b(?=[^.;]{{0,40}}$)", re.IGNORECASE)


_VOTE_NOUN = re.compile(rf"(?<![\w-])(?:{L.alternation(L.VOTE_NOUNS)})(?![\w-])", re.IGNORECASE)


# "a 400-10 vote", "188-6 margin": the vote named after the tally
_TALLY_NOUN_AFTER = re.compile(r"\s+(?:vote|votes|margin|suara)\b", re.IGNORECASE)


# "passed 63 to 36", "approved it 63 to 36", "passed the bill 63 to 36": the counts right after the verb, its object
# at most between; "approved cutting the rate … 6 to 5.75" is no tally
_BARE_COUNT = re.compile(r"\s+(?:(?:it|them|the\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+)?(?:by\s+|dengan\s+)?$", re.IGNORECASE)


# "passed by 287 votes to 55", "by 551 votes to six", "dengan 287 suara berbanding 55"
_VOTES_TO = re.compile(rf"\d[\d.,]*\s*(?:votes?|suara)\s*(?:{_TALLY_JOIN}|against)\s*(?:\d|[^\W\d_]+\b)", re.IGNORECASE)


_TALLY_GAP = re.compile(rf"\s*(?:(?:votes?|suara)\s*)?(?:{_TALLY_JOIN}|against)\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _category_after() -> re.Pattern:
    """frame_cues.json's "vote_category_after": a category written right after a vote count ("six against", "55
    opposed", "188 in favour", "36 menentang", "63 for,"), its noun between or left out; a group per category,
    "o_<category>" for a word that may stand anywhere, "c_<category>" for one that must close its phrase."""
    cues = _load("frame_cues.json")["vote_category_after"]
    groups = []
    for label, forms in cues.items():
        if label.startswith("_") or label == "closing":
            continue
        groups.append(rf"(?P<o_{label}>{_alternation({w for lang in LANGS for w in forms[lang]})})(?![\w-])")
    for label, forms in cues["closing"].items():
        groups.append(rf"(?P<c_{label}>{_alternation({w for lang in LANGS for w in forms[lang]})})"
                      r"(?=\s*(?:[,;.)]|and\b|dan\b|$))")
    return re.compile(r"\s*(?:(?:votes?|members?|lawmakers?|legislators?|suara|anggota)\s+)?(?:" + "|".join(groups) + ")",
                      re.IGNORECASE)


# the count a bill was approved by is its votes in favour: "disetujui 130 suara", "approved it by 551 votes",
# "mengesahkan RUU itu … dengan 300 suara", "passed with 300 votes"
_APPROVED_BY = re.compile(rf"(?<![\w-])(?:{L.alternation(L.VOTE_APPROVE)})\b"
                          r"(?:[^.;:]{0,40}?\b(?:by|with|dengan|oleh)(?:\s+(?:perolehan|raihan|(?P<support>dukungan|"
                          r"(?:the\s+)?(?:support|backing)\s+of)))?)?\s+"
                          r"(?:(?:a\s+total\s+of|sebanyak|total)\s+)?$", re.IGNORECASE)


# the country whose chamber votes, named with the vote or the chamber: "The Hungarian vote", "Turkey's parliament",
# "Hungary's lawmakers", "parlemen Hungaria", "pemungutan suara di parlemen Turki"
_VOTE_COUNTRY = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?:(?:national|upper|lower|parliamentary)\s+)?(?:vote|ballot|"
                           r"parliament|lawmakers|legislators|legislature|assembly|MPs|deputies|senators|senate)\b|"
                           r"\b(?:parlemen|pemungutan\s+suara|voting|legislatif|senat)\s+(?:di\s+)?([A-Z][a-z]+)\b")


def _vote_country(text: str, it: _Item) -> _Mention | None:
    """The country a vote count is of, when its sentence names the vote or the chamber by its country before it
    ("The Hungarian vote was 188-6"): two countries' votes are two facts."""
    start = it.qstart if it.qstart >= 0 else it.start
    for m in reversed(list(_VOTE_COUNTRY.finditer(text, 0, start))):
        word, demonym = (m.group(1), True) if m.group(1) else (m.group(2), False)
        country = _country_of(word, demonym=demonym) or _country_of(word, demonym=not demonym)
        if country:
            return _Mention(m.start(), m.end(), "actor", country, word)
    return None


@lru_cache(maxsize=1)
def _rate_periods() -> dict[str, _Phrases]:
    cues = _load("frame_cues.json")["rate_periods"]
    return {lang: _compile({w: pid for pid, info in cues.items() if not pid.startswith("_") for w in info.get(lang, [])})
            for lang in LANGS}


# the time a rate is of, between it and its period word: "tumbuh 5,1 persen pada kuartal III 2023 secara tahunan",
# "grew 4.9% in the third quarter from a year earlier", "naik 2,8 persen pada Januari 2024 (yoy)"
_PERIOD_PHRASE = re.compile(r"\s+(?:pada|selama|sepanjang|di|in|during|for|over)\s+(?:the\s+)?"
                            r"(?:(?!(?:dan|and|while|whereas|sedangkan|sementara|but|tetapi|namun)\b)[\w/-]+\s+){1,4}\(?",
                            re.IGNORECASE)


def _rate_period(sent: _Sentence, it: _Item, items: list[_Item], fig_ok: list[bool]) -> str | None:
    """The period a percentage's rate is measured over: a period word right after it ("5,05 persen (yoy)", "1.2%
    quarter-on-quarter", "0,03 persen secara bulanan"), else one just before it in its clause with no other
    figure between ("inflasi tahunan … 2,84 persen", "Annual inflation eased to 2.84%")."""
    text = sent.text
    start = it.qstart if it.qstart >= 0 else it.start
    end = max(it.end, it.qend)
    others = [o.start for o, ok in zip(items, fig_ok) if ok and o is not it]
    found = _find(_rate_periods(), text, sent.langs)
    after = [(s, pid) for s, e, pid, _ in found if end <= s and (s <= end + 16 or _PERIOD_PHRASE.fullmatch(text, end, s))
             and not re.search(r"[;.]|,\s", text[end:s]) and not any(end <= o < s for o in others)]
    if after:
        return after[0][1]
    before = [(e, pid) for s, e, pid, _ in found if e <= start and start - e <= 40
              and not re.search(r"[;]|,\s|\b(?:while|whereas|sedangkan|sementara|and|dan)\b", text[e:start])
              and not any(e <= o < start for o in others)]
    return before[-1][1] if before else None


def _cast(predicate: str | None, counted: str | None) -> bool:
    """Is a count the votes one category cast in a vote (for, against, abstained) or the votes it needs? Then it
    is never a change, whatever "by" stands before it ("passed it by 220 votes to 207")."""
    return counted == "vote" and predicate_class(predicate).get("counted") == "vote"


def _vote_sentence(text: str, items: list[_Item]) -> bool:
    """Does the sentence count votes: a vote count or a vote category in it?"""
    return any(it.counted == "vote" or (it.predicate is not None and predicate_class(it.predicate.label).get("counted") == "vote")
               for it in items)


def _tally(sent: _Sentence, a: _Item, b: _Item) -> bool:
    """Are two neighbouring counts one vote's tally, for then against? Joined as a tally is ("287 to 55", "188-6",
    "130 suara berbanding 4"), with the votes named ("by 551 votes to six", "a 400-10 vote") or a vote word before
    them: "to" joins a tally only after a vote noun ("voted 287 to 55") or right after the approving verb ("passed
    63 to 36"), else "approved cutting the voting age from 18 to 17" would be one; never when the first figure is
    where a change starts ("from 6 to 5.75"); a verb that also tells a match ("defeated", "rejected") only in a
    sentence naming a vote or a voting body ("Indonesia defeated Vietnam 3-0" is a score)."""
    text = sent.text
    gap = _TALLY_GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return False
    if _VOTES_TO.match(text, a.start):
        return True
    start = a.qstart if a.qstart >= 0 else a.start
    if _FROM_BEFORE.search(text, max(0, start - 30), start):
        return False
    cues = list(_TALLY_CUE.finditer(text, max(0, start - 45), start))
    if not cues:
        return bool(_TALLY_NOUN_AFTER.match(text, b.end))
    cue = cues[-1]
    lex = lexicon()
    if any(cue.end() <= s0 and e0 <= start for kind in ("rise", "fall") for s0, e0, _, _ in _find(lex.cues[kind], text, sent.langs)):
        return False  # "approved lowering … 18 to 17" read as a change, had a cue said so
    if cue.group("reject") and not (_VOTE_NOUN.search(text) or _body_mentions(text, sent.langs)
                                    or _legislature_mentions(text, sent.langs)):
        return False
    if re.fullmatch(r"\s*to\s*", gap.group(0), re.IGNORECASE):
        return bool(cue.group("noun") or (cue.group("approve") and _BARE_COUNT.fullmatch(text, cue.end(), start))
                    or _TALLY_NOUN_AFTER.match(text, b.end))
    return True


@lru_cache(maxsize=1)
def _vote_cues() -> tuple[dict[str, _Phrases], dict[str, _Phrases], dict[str, _Phrases]]:
    """frame_cues.json's threshold cues before and after a count ("needed", "dibutuhkan") and its margin cues
    ("won by", "kalah")."""
    data = _load("frame_cues.json")
    th, margin = data["vote_threshold"], data["vote_margin"]
    phrases = lambda tables: {lang: _compile({w: label for label, forms in tables.items()  # noqa: E731
                                              for w in forms.get(lang, [])}) for lang in LANGS}
    return (phrases({"before": th["before"], "noun": th["nouns"]}), phrases({"after": th["after"]}),
            phrases({"margin": margin}))


# up to three words between a threshold cue and the count it governs ("needed the support of 218", "membutuhkan
# dukungan minimal 218"), two between the count and a cue after it ("218 votes were needed", "218 suara yang
# dibutuhkan"); never across a clause's punctuation
_WORDS_BEFORE = re.compile(r"\s+(?:[^\W\d_][\w'’-]*\s+){0,3}")
_WORDS_AFTER = re.compile(r"\s+(?:[^\W\d_][\w'’-]*\s+){0,2}")
# the noun of a threshold may stand further before its count, what it is of between: "The threshold for passage
# in the House is 218 votes", "Ambang batas pengesahan di DPR adalah 218 suara"
_WORDS_AFTER_NOUN = re.compile(r"\s+(?:[^\W\d_][\w'’-]*\s+){0,6}")


# "won by a majority of 13", "disetujui dengan mayoritas 300 suara": a majority a vote was won by or with is what
# it got, not what it needed
_MAJORITY_GOT = re.compile(r"(?<![\w-])(?:by|with|dengan|oleh)\s+(?:(?:a|an|the|narrow|slim|large|huge|tipis|besar)\s+){0,2}$",
                           re.IGNORECASE)


# a verb of winning or holding right before a majority of seats: the seats are the party's ("won a majority of 176
# seats", "holds an absolute majority of", "meraih mayoritas 61 kursi")
_SEATS_WON = re.compile(r"(?<![\w-])(?:won|wins|win|winning|secured|secures|holds|hold|holding|took|gained|retained|"
                        r"meraih|memenangi|memenangkan|menguasai|mendapat|memperoleh|merebut|mempertahankan)"
                        r"(?:\s+(?:a|an|the|its|their|an?\s+absolute|an?\s+outright|outright|absolute|clear|"
                        r"simple|narrow|slim|mutlak|tipis))*\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _won_with_cues() -> tuple[dict[str, _Phrases], re.Pattern]:
    """frame_cues.json's "won_with": the verbs of winning, and 'with' right before a figure (two words at most
    between: "with just 50.2%", "dengan perolehan 52,4 persen")."""
    data = _load("frame_cues.json")["won_with"]
    verbs = {lang: _compile({w: "won" for w in data["verbs"].get(lang, [])}) for lang in LANGS}
    withs = _alternation([w for lang in LANGS for w in data["with"].get(lang, [])])
    return verbs, re.compile(rf"(?<![\w-])(?:{withs})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}$", re.IGNORECASE)


WON_WITH_REACH = 8.0  # the race named between the win and its 'with': "won the second round of the presidential run-off with"


def _won_with(sent: _Sentence, it: _Item) -> _Mention | None:
    """What a winner obtained, for a share or a vote count written after 'with' in the clause of the win ("Ana
    Reyes won the run-off with 52.4%", "memenangi putaran kedua dengan 52,4 persen suara"): the verb of winning as
    an 'obtained' predicate, too far for the predicate's reach across the race it names; None without one."""
    text = sent.text
    start = it.qstart if it.qstart >= 0 else it.start
    verbs, with_rx = _won_with_cues()
    w = with_rx.search(text, 0, start)
    if w is None:
        return None
    for s, e, _, written in reversed(_find(verbs, text, sent.langs)):
        if e > w.start():
            continue
        if sent.cost(e, w.start(), owner=it.index) <= WON_WITH_REACH:
            return _Mention(s, e, "predicate", "obtained", written)
        break  # only the nearest verb before the figure
    return None


# a margin cue right before its count: "won by 13 votes", "won by just 13 votes", "kalah tipis 13 suara"
_MARGIN_GAP = re.compile(r"\s+(?:(?:just|only|a\s+mere|hanya)\s+)?", re.IGNORECASE)


def _threshold(sent: _Sentence, it: _Item, others: list[_Item]) -> _Mention | None:
    """The cue that makes a vote count what a vote needs ("with 218 votes needed", "a majority of 218 votes is
    required", "membutuhkan minimal 218 suara", "ambang batas 218 suara"), or None: a threshold is no tally."""
    text = sent.text
    start = it.qstart if it.qstart >= 0 else it.start
    if (it.counted or "").startswith("unit:"):
        return None  # "two rounds", "dua putaran": a count of another noun, never the votes needed
    # a count of another noun between the cue and the figure does not part them ("Syarat kemenangan pada dua putaran
    # awal adalah 367 suara")
    others = [o for o in others if not (o.counted or "").startswith("unit:")]
    before, after, _ = _vote_cues()
    for s, e, kind, written in reversed(_find(before, text, sent.langs)):
        if e > start:
            continue
        gap = (_WORDS_BEFORE if kind == "before" else _WORDS_AFTER_NOUN).fullmatch(text, e, start)
        if gap and not any(e <= o.start < start for o in others):
            if re.search(r"majority|mayoritas", written, re.IGNORECASE) and _MAJORITY_GOT.search(text, 0, s):
                return None
            return _Mention(s, e, "predicate", "vote_threshold", written)
        break  # only the nearest cue before the count
    for s, e, _, written in _find(after, text, sent.langs):
        if s >= it.tail and _WORDS_AFTER.fullmatch(text, it.tail, s) and not any(it.tail <= o.start < s for o in others):
            return _Mention(s, e, "predicate", "vote_threshold", written)
    return None


def _margin(sent: _Sentence, it: _Item) -> _Mention | None:
    """The cue that makes a vote count a margin ("won by 13 votes", "lost by 13 votes", "by a majority of 13",
    "menang tipis 13 suara", "kalah 13 suara"), or None."""
    start = it.qstart if it.qstart >= 0 else it.start
    for s, e, _, written in _find(_vote_cues()[2], sent.text, sent.langs):
        if e <= start and _MARGIN_GAP.fullmatch(sent.text, e, start):
            return _Mention(s, e, "predicate", "margin", written)
    return None


def _names_a_vote(sent: _Sentence) -> bool:
    """Does a sentence name a vote, a voting body, a chamber or a measure passed ("The bill passed with 63
    lawmakers in support and 36 opposed")? Then its counts of members may be a vote's."""
    text = sent.text
    return bool(_VOTE_NOUN.search(text) or _APPROVE_WORD.search(text) or _body_mentions(text, sent.langs)
                or _legislature_mentions(text, sent.langs))


_APPROVE_WORD = re.compile(rf"(?<![\w-])(?:{L.alternation(L.VOTE_APPROVE)})(?![\w-])", re.IGNORECASE)


# a tally of a vote to reject: "voted 214-148 on Dec. 13 to reject a panel report", "voted 51-49 against the
# amendment", "memilih 214 berbanding 148 untuk menolak laporan itu": the first number is those for the motion, so
# against the thing it rejects. Not a rejection told before its tally ("The Senate rejected the measure 48-52",
# "ditolak DPR dengan 240-315"): that tally is still for, then against, the measure.
_REJECT_AFTER = re.compile(r"[^;:]{0,30}?(?<![\w-])(?:to\s+(?:reject|block|oppose|vote\s+down|throw\s+out)|against|"
                           r"untuk\s+menolak)(?![\w-])", re.IGNORECASE)


def _rejecting_tally(text: str, b: _Item) -> bool:
    """Is a tally whose second number is ``b`` that of a motion to reject something (its first number those
    against the thing)?"""
    end = max(b.end, b.qend)
    after = _REJECT_AFTER.match(text, end)
    return bool(after) and not re.search(r"(?<![\w-])(?:in\s+favou?r|for|mendukung|setuju)(?![\w-])", after.group(0),
                                         re.IGNORECASE)


def _vote_categories(sent: _Sentence, fig_items: list[_Item]) -> list[tuple[_Item, _Item]]:
    """The category of each vote count (for, against, abstained: a figure of one category is never another's).
    A tally's two numbers are paired by position ("Lawmakers voted 287 to 55 in favour", "The vote was 188-6",
    "dengan 287 suara berbanding 55", "passed by 220 votes to 207": for, against); a count a vote needs is its
    threshold ("with 218 votes needed", "Dibutuhkan 218 suara"), one it was won or lost by its margin ("won by 13
    votes", "kalah 13 suara"); a category word right after a count is its own ("188 votes in favour and six
    against", "36 menentang"); and the count a bill was approved by, with no category of its own, is its votes in
    favour ("disetujui 130 suara, 4 menolak, 18 abstain", "approved it by 551 votes", "dengan perolehan 220
    suara"). Returns the tallies, each a pair of counts one body cast."""
    text = sent.text
    paired: set[int] = set()
    tallies = []
    for a, b in zip(fig_items, fig_items[1:]):
        if a.index not in paired and _tally(sent, a, b):
            first, second = ("voted_against", "voted_for") if _rejecting_tally(text, b) else ("voted_for", "voted_against")
            a.predicate = _Mention(-1, -1, "predicate", first, first.replace("_", " "))
            b.predicate = _Mention(-1, -1, "predicate", second, second.replace("_", " "))
            paired |= {a.index, b.index}
            tallies.append((a, b))
            for x in (a, b):
                if x.counted is None or x.counted_how in ("elided", None):
                    x.counted, x.counted_how = "vote", "subject"
    seats = any(it.counted == "seat" for it in fig_items)
    for it in fig_items:
        if it.index not in paired and (it.counted == "seat" or seats and it.counted is None):
            # "well above the 151 needed for a majority", "140 kursi yang dibutuhkan untuk mayoritas dua pertiga":
            # the seats a majority needs are no party's seats, whether or not the sentence names a vote; not
            # a majority won ("won a majority of 176 seats", "meraih mayoritas 61 kursi")
            cue = _threshold(sent, it, [o for o in fig_items if o is not it])
            if cue is not None and not (re.search(r"majority|mayoritas", cue.text, re.IGNORECASE)
                                        and _SEATS_WON.search(text, max(0, cue.start - 40), cue.start)):
                it.predicate = cue
    voting = _vote_sentence(text, fig_items)
    if not (voting or _names_a_vote(sent)):
        return tallies
    for it in fig_items:
        if it.index in paired:
            continue
        # a count of members is a vote's in a sentence about one ("needed the support of 218 lawmakers")
        members = it.counted is None or counted_family(it.counted) == "people"
        cue = _threshold(sent, it, [o for o in fig_items if o is not it]) if it.counted == "vote" or members else None
        if cue is None and it.counted == "vote":
            cue = _margin(sent, it)
        if cue is not None:
            it.predicate = cue
            it.counted, it.counted_how = "vote", it.counted_how or "subject"
            continue
        m = _category_after().match(text, it.end)
        if m is None and it.qend > it.end:
            m = _category_after().match(text, it.qend)
        # "36 menentang": the category word read as the count's noun is no noun; a count of another thing ("tujuh
        # dari sembilan fraksi mendukung") is no vote count
        own_word = m is not None and it.counted_text is not None \
            and it.counted_text.lower() in m.group(m.lastgroup).lower()
        if m is not None and (voting or members or own_word):
            label = m.lastgroup[2:]
            it.predicate = _Mention(m.start(m.lastgroup), m.end(), "predicate", label, m.group(m.lastgroup))
            if members or own_word or it.counted_how in ("elided", None):
                it.counted, it.counted_how = "vote", it.counted_how or "subject"
            continue
        category = it.predicate is not None and predicate_class(it.predicate.label).get("counted") == "vote" \
            and it.predicate.label != "voted_for"
        start = it.qstart if it.qstart >= 0 else it.start
        approved = _APPROVED_BY.search(text, max(0, start - 80), start)
        # "mengesahkan RUU itu dengan perolehan 220 suara": what the bill obtained is its votes in favour
        obtained = it.predicate is not None and it.predicate.label == "obtained" and approved is not None \
            and approved.start() <= it.predicate.start
        # "approved the bill with the support of 220 lawmakers": the members who backed it are its votes in favour
        backers = approved is not None and approved.group("support") is not None and members
        if (it.counted == "vote" or backers) and not category and approved \
                and (it.predicate is None or predicate_class(it.predicate.label).get("kind") != "count" or obtained):
            it.predicate = _Mention(-1, -1, "predicate", "voted_for", "voted for")
            it.counted, it.counted_how = "vote", it.counted_how or "subject"
    return tallies


# --- rounds: an election's, or another thing's --------------------------------------------------------------

@lru_cache(maxsize=1)
def _rounds() -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    """frame_cues.json's sub_event "elected" "_rounds": what may follow a round word and keep its election
    sense (a pattern matched at the word after it), the words before it that make it something else, and the
    Indonesian round words (their noun follows them with no "of")."""
    elected = _load("frame_cues.json")["sub_event"]["elected"]
    cues = elected["_rounds"]
    words = sorted({w for lang in LANGS for w in cues["of"][lang]}, key=len, reverse=True)
    of = re.compile(r"(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")(?![\w-])", re.IGNORECASE)
    indonesian = frozenset(w for tag, forms in elected.items() if not tag.startswith("_") for w in forms.get("id", []))
    return of, frozenset(w for lang in LANGS for w in cues["not_after"][lang]), indonesian


_ROUND_OF = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?=\w)", re.IGNORECASE)


def _another_round(text: str, start: int, end: int) -> bool:
    """Is a round word at ``start:end`` another thing's round, not an election's: "the second round of raids",
    "putaran kedua vaksinasi", "rain runoff"? "Putaran kedua digelar …", "the runoff will be held", "the second
    round of voting", "putaran kedua pilpres", "the runoff vote" keep the election sense."""
    of, not_after, indonesian = _rounds()
    before = re.search(r"([\w-]+)\s+$", text[max(0, start - 30) : start])
    if before and before.group(1).lower() in not_after:
        return True
    m = _ROUND_OF.match(text, end)
    if m is not None:
        return not of.match(text, m.end())  # "of" and a noun that is not a vote: "of raids", "of talks"
    if " ".join(text[start:end].lower().split()) not in indonesian:
        return False  # "the runoff vote", "second-round results", "the runoff will be held": a bare round
    # Indonesian puts the noun right after it: "putaran kedua vaksinasi"; a verb or a function word leaves the
    # round bare ("Putaran kedua digelar", "putaran kedua akan …", "putaran kedua yang …")
    m = re.match(r"\s+([a-z][\w-]*)", text[end:])
    if m is None or of.match(text, end + m.start(1)):
        return False
    word = m.group(1).lower()
    return not (_ID_VERB.fullmatch(word) or word in _function_words())


# --- which ballot, whose votes: an election's rounds and the parts of its electorate ------------------------

# where a clause ends inside a sentence: a comma, a colon or a semicolon (not a number's), or a contrast
# (``sentence._CONTRAST``: "sedangkan", "while")
_CLAUSE_BREAK = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|" + _CONTRAST.pattern, re.IGNORECASE)
# a round named as what follows, not as the figure's: "forcing a runoff", "to avoid a runoff", "berlanjut ke putaran
# kedua", "as a second round loomed"
_NEXT_ROUND_BEFORE = re.compile(r"(?<![\w-])(?:ke|menuju|avoid|avoiding|force|forced|forcing|into|toward|towards)\s+"
                                r"(?:a\s+|an\s+|the\s+)?$", re.IGNORECASE)
_NEXT_ROUND_AFTER = re.compile(r"\s+(?:loomed|looms|looming|beckoned|beckons|was\s+needed|is\s+needed|would\s+be\s+needed)(?![\w-])",
                               re.IGNORECASE)
# what ends a part of the electorate's reach: the whole named after it ("for a total of 185", "dan total 185 suara")
_WHOLE_WORDS = re.compile(r"(?<![\w-])(?:total|overall|in\s+all|altogether|keseluruhan|seluruhnya|semuanya)(?![\w-])",
                          re.IGNORECASE)
# what may open a sentence before a fronted round: "Pada putaran pertama, …", "In the runoff, …"
_FRONT_OPENER = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}")
# what may stand between a figure and the part of the electorate after it: "119 from rank-and-file members",
# "149 votes among lawmakers", "119 dari 295 suara anggota" (the whole it is a part of, then its noun)
_SEGMENT_GAP = re.compile(r"\s*(?:(?:dari|of)\s+(?:the\s+)?\d[\d.,]*\s+)?(?:[^\W\d][\w'’-]*\s+){0,4}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _round_phrases() -> dict[str, _Phrases]:
    """frame_cues.json's sub_event "elected" round words, as the round they name: "round:1" for the first ("putaran
    pertama", "first round"), "round:2" for the second ("putaran kedua", "second round"), a later round by its
    number ("putaran ketiga", "third round": "round:3"), "round:runoff" for the last ("runoff", "run-off"), which
    ``identity.number_veto`` lets meet any round but the first."""
    elected = _load("frame_cues.json")["sub_event"]["elected"]
    rounds = {"main": "round:1", "later": "round:2"}
    numbered = {w: "round:" + n for n, forms in elected["_rounds"].get("numbers", {}).items()
                for ws in forms.values() for w in ws}
    return {lang: _compile({w: numbered.get(w, rounds[tag]) for tag, forms in elected.items() if tag in rounds
                            for w in forms.get(lang, [])}) for lang in LANGS}


@lru_cache(maxsize=1)
def _segment_phrases() -> dict[str, _Phrases]:
    """frame_cues.json's "vote_segments": the parts of an electorate, as "segment:<part>"."""
    cues = _load("frame_cues.json")["vote_segments"]
    return {lang: _compile({w: "segment:" + part for part, forms in cues.items() if not part.startswith("_")
                            for w in forms.get(lang, [])}) for lang in LANGS}


@lru_cache(maxsize=1)
def _measure_phrases() -> dict[str, _Phrases]:
    """frame_cues.json's "vote_measures": what a chamber votes on, as "measure:<kind>"; the names that hold a
    measure's word and name none ("_not": "Mahkamah Konstitusi", "cabinet minister") as "-"."""
    cues = _load("frame_cues.json")["vote_measures"]
    return {lang: _compile({w: ("-" if kind == "_not" else "measure:" + kind) for kind, forms in cues.items()
                            if kind == "_not" or not kind.startswith("_") for w in forms.get(lang, [])}) for lang in LANGS}


def measures_named(text: str, langs) -> list[tuple[int, str]]:
    """Where ``text`` names what a chamber votes on, as (start, "measure:<kind>"), past the names that hold a
    measure's word and name none ("Mahkamah Konstitusi", "Sekretaris Kabinet", "the cabinet minister")."""
    return [(s, label) for s, _, label, _ in _find(_measure_phrases(), text, langs) if label != "-"]


# a chamber's acts whose object says what it voted on ("mengesahkan konstitusi baru", "approved a caretaker
# government", "RUU itu disahkan")
VOTE_ACTS = frozenset({"approved", "passed", "ratified", "rejected", "adopted"})


def voted_measure(text: str, langs) -> str | None:
    """The one thing a sentence says a chamber voted on: a measure named in the clause of a vote act ("Majelis …
    mengesahkan konstitusi baru …", "Konstitusi baru itu disahkan …"), never one merely mentioned ("Sesuai
    konstitusi, perubahan harus didukung dua pertiga anggota", "Under the constitution, …")."""
    kinds = set()
    for s0, e0, label, _ in _find(lexicon().predicates, text, langs):
        if label not in VOTE_ACTS:
            continue
        lo = max([0] + [m.end() for m in re.finditer(r"[,;:]", text[:s0])])
        stop = re.search(r"[,;:]", text[e0:])
        hi = e0 + (stop.start() if stop else len(text) - e0)
        kinds |= {label for _, label in measures_named(text[max(lo, s0 - 80) : min(hi, e0 + 80)], langs)}
    return kinds.pop() if len(kinds) == 1 else None


def vote_measure(sent: _Sentence, it: _Item, before: str | None = None) -> str | None:
    """What a vote count was cast on, as "measure:<kind>" (frame_cues "vote_measures"): the one kind its clause
    names, else the one its sentence names, else None ("RUU reorganisasi itu disetujui … 370 suara berbanding 70"
    is a bill's; "backed a resolution scrapping the region's special status … 351 members in favour" a
    resolution's). A clause or sentence naming two kinds says nothing; a sentence naming none counts the votes on
    ``before``, the one the sentence before it named (``Discourse.measure_before``: "… mengesahkan konstitusi baru …
    pada Minggu. Sebanyak 200 anggota menyatakan setuju, 12 menolak …")."""
    text = sent.text
    found = measures_named(text, sent.langs)
    if not found:
        return before
    lo, hi = _clause_of(text, it.start, it.end)
    elsewhere = [label for s, label in found if not (lo <= s < hi) and not _kind_of_own_tally(text, s)]
    for scope in ([label for s, label in found if lo <= s < hi], elsewhere):
        if scope:
            return scope[0] if len(set(scope)) == 1 else None
    return None


def _kind_of_own_tally(text: str, at: int) -> bool:
    """Is the measure's kind named at ``at`` in a later clause that holds a count of its own ("voted 412-149 … to
    approve military action, after rejecting 396-217 an amendment": the amendment's is the second tally)? A kind in
    the sentence's first clause is its subject's, every clause's ("RUU itu disetujui Rajya Sabha … dengan 125 suara
    berbanding 61, lalu oleh majelis rendah … dengan 370 suara berbanding 70")."""
    lo, hi = _clause_of(text, at, at)
    return lo > 0 and bool(re.search(r"\d", text[lo:hi]))


def _clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause that holds ``start:end``: from the last clause break before it to the first after it."""
    lo = max([m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)], default=0)
    after = _CLAUSE_BREAK.search(text, end)
    return lo, after.start() if after else len(text)


def vote_round(sent: _Sentence, it: _Item) -> str | None:
    """The round of an election a vote count or share is of, as "round:1", "round:2" … or "round:runoff": the round
    its own clause names after it, the nearest ("183 votes in the first round and 240 votes in the runoff"; "mengalahkan Koizumi
    dengan 185 suara berbanding 156 suara pada putaran kedua"), else the nearest its clause names before it, else
    the round that fronts the sentence ("Pada putaran pertama, ia meraih 183 suara, sementara Koizumi 146 suara":
    both the first round's), else None. Another thing's round ("the second round of talks") and a round named as
    what follows ("as a second round loomed", "berlanjut ke putaran kedua") are none."""
    text = sent.text
    found = [(s, e, tag) for s, e, tag, _ in _find(_round_phrases(), text, sent.langs) if not _another_round(text, s, e)
             and not _NEXT_ROUND_BEFORE.search(text, max(0, s - 25), s) and not _NEXT_ROUND_AFTER.match(text, e)]
    if not found:
        return None
    start, end = (it.qstart if it.qstart >= 0 else it.start), max(it.tail, it.end)
    elided = _ELIDED_ROUND.match(text, end)
    if elided is not None:
        # "341 votes in the first round on Aug. 20 and 337 in the second on Friday": the round named by its ordinal
        # alone, the noun left out after the sentence named it
        return "round:" + _ROUND_ORDINALS[elided.group(1).lower()]
    lo, hi = _clause_of(text, start, end)
    own = [f for f in found if lo <= f[0] and f[1] <= hi]
    # the round written after the figure is its own ("183 votes in the first round and 240 votes in the runoff"),
    # else the nearest before it in its clause ("In the first round Holan won 183")
    after = [f for f in own if f[0] >= end]
    if after:
        return min(after)[2]
    if own:
        return max(own, key=lambda f: f[1])[2]
    first = _CLAUSE_BREAK.search(text)
    fronted = [f for f in found if first is not None and f[1] <= first.start() and first.end() <= start
               and _FRONT_OPENER.fullmatch(text, 0, f[0])]
    return fronted[0][2] if fronted else None


# a round named by its ordinal alone right after a count, its noun left out: "and 337 in the second on Friday"
# (English only: Indonesian "kedua" is also "both", and "337 pada kedua" is no idiom); the ordinal ends its phrase
_ELIDED_ROUND = re.compile(r"\s+(?:votes?\s+)?(?:in|at|on)\s+the\s+(first|second|third|fourth)"
                           r"(?=\s*(?:[,.;)]|$|(?:on|and|with|when|after|before)\s))", re.IGNORECASE)
_ROUND_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}


# a party's part of a vote, named right after its count: "165 anggota Partai Demokrat mendukung", "149 anggota
# Fraksi Golkar", "149 Republicans and 165 Democrats voted for it", "71 Republican lawmakers", "46 Labour MPs"
_PARTY_AFTER = re.compile(r"\s+(?:(?:anggota|legislator|senator|wakil)\s+(?:dari\s+)?)?(?:Partai|Fraksi|Party)\s+"
                          r"(?P<id>[A-Z][\w-]*)|\s+(?:of\s+the\s+)?(?P<en>[A-Z][\w-]*?)s?(?:\s+(?:lawmakers|legislators|"
                          r"senators|members|MPs|deputies|representatives))?(?![\w-])")
_PARTY_NAMES = re.compile(r"(?:Republican|Democrat|Democratic|Conservative|Labour|Liberal|Green|Socialist|"
                          r"Communist|Tory|Tories)$")


def party_segment(sent: _Sentence, it: _Item) -> str | None:
    """The party a vote count is of ("segment:party:demokrat"), named right after the count: never the whole
    chamber's tally ("165 anggota Partai Demokrat mendukung" against "dengan suara 314-117")."""
    m = _PARTY_AFTER.match(sent.text, it.end)
    if m is None:
        return None
    if m.group("id"):
        return "segment:party:" + m.group("id").lower()
    name = m.group("en")
    if name and _PARTY_NAMES.match(name.rstrip("s")):
        return "segment:party:" + name.rstrip("s").lower().replace("democratic", "democrat")
    return None


def vote_segment(sent: _Sentence, it: _Item) -> str | None:
    """The part of the electorate a vote count or share is of ("segment:lawmakers", "segment:members",
    "segment:chapters", "segment:overseas"), or None for the whole: the part named right after the figure
    ("including 119 from rank-and-file members", "52 percent of the vote among members of parliament"), else the
    nearest before it with no whole named between ("for a total of 185") and no clause break but a comma that
    closes a part fronting the sentence ("Among lawmakers, she took 149 votes to his 145") or comes before
    "dengan"/"with" ("unggul di kalangan anggota parlemen, dengan 149 suara berbanding 145")."""
    text = sent.text
    found = _find(_segment_phrases(), text, sent.langs)
    if not found:
        return None
    start = it.qstart if it.qstart >= 0 else it.start
    after = [(s, tag) for s, _e, tag, _ in found if s >= it.end and _SEGMENT_GAP.fullmatch(text, it.end, s)]
    if after:
        return min(after)[1]
    before = [(s, e, tag) for s, e, tag, _ in found if e <= start]
    if not before:
        return None
    s, e, tag = max(before, key=lambda f: f[1])
    if _WHOLE_WORDS.search(text, e, start):
        return None  # "149 from lawmakers and 36 from party members, for a total of 185": the whole
    breaks = list(_CLAUSE_BREAK.finditer(text, e, start))
    if not breaks:
        return tag
    # one comma may close the part's own phrase: fronting the sentence ("Among lawmakers, she took 149 votes") or
    # before "dengan"/"with" ("unggul di tingkat cabang prefektur, dengan 36 suara")
    if len(breaks) == 1 and breaks[0].group() == "," and (
            not text[e : breaks[0].start()].strip() and _FRONT_OPENER.fullmatch(text, 0, s)
            or len(text[e : breaks[0].start()].split()) <= 2 and re.match(r"\s*(?:dengan|with)(?![\w-])", text[breaks[0].end() :], re.IGNORECASE)):
        return tag
    return None
