"""The discourse carried from sentence to sentence (Discourse): the last actor, place, subject and figures
that a later sentence's bare figure or anaphor refers to.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ...records import Attribution
from .. import lexicon as L
from .lexicons import _find, _langs, lexicon, predicate_class
from .sentence import CURRENCY_BEFORE, _ID_VERB, _Item, _Mention, _Sentence, _function_words
from .counted import _PREVIOUS_ALONE, _PREVIOUS_WITH_CHANGE, _is_predicate_word, _lexicon_own_words
from .places import _NAME_WORD, _places, place_key, region_rx
from .actors import STORM_WORDS, _ANAPHOR, _DATELINE, _OPENER, _actors, _holder_mentions
from .votes import _body_mentions, voted_measure
from .events import _service


_THAT_FIGURE = re.compile(r"^(?:[^.!?\n]{0,45}?\s(?:--|[-–—])\s)?(?:angka|jumlah|data|jumlah korban)"
                          r"(?:\s+(?:di|untuk|dari)\s+[^.,;]{1,40}?)?\s+(?:itu|tersebut|ini)\b|"  # "Angka di Hulu Sungai Tengah itu"
                          r"^(?:the|that|this)\s+(?:figure|number|toll|tally|total)\b(?!\s+of\b)", re.IGNORECASE)


# a running count named by whose it is or as a count ("The agency's count had stood at 84", "Its latest tally", "The
# count had climbed"): the last tally that moves over time (the dead, the injured, the missing) the story gave
_THAT_COUNT = re.compile(r"^(?:(?:the|that|this)\s+(?:[\w-]+\s+)?[\w-]+['’]s|its|their|the|that|this)\s+"
                         r"(?:(?:latest|official|earlier|previous|initial|first|own)\s+)?"
                         r"(?:figure|number|toll|tally|total|count)\b(?!\s+of\b)", re.IGNORECASE)


_PART_OF_DAY = re.compile(r"\s+(?:\w+\s+){0,2}?(?:in\s+the\s+(?:morning|afternoon|evening)|overnight|on\s+\w+\s+(?:morning|"
                          r"afternoon|evening|night)|(?:pada\s+)?(?:pagi|siang|sore|malam)\s+hari|pada\s+\w+\s+(?:pagi|siang|"
                          r"sore|malam))\b", re.IGNORECASE)


# a named tropical storm: "Cyclone Idai", "Topan Haiyan", "Hurricane Maria", "Badai Tropis Seroja"
_STORM_NAME = re.compile(STORM_WORDS + r"\s+([A-Z][a-z]{2,})")


def _counts_incidents(counted: str | None) -> bool:
    """"Six blasts", "67 longsor": a count of incidents grows as they happen."""
    return bool(counted and counted.startswith("event:") and predicate_class(counted[6:]).get("incident"))


_THING_SUBJECT = re.compile(r"(?:(?:kebanyakan|sebagian besar|rata-rata|most|the|an?|its|their|average)\s+)?"
                            # an aside between the subject and its verb ("The dam, built in 1960, is 45 metres high"), not a
                            # clause of its own ("The blast, which struck on Tuesday, was caused by 2,570 tonnes")
                            r"((?:[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,2}?)(?=(?:,(?!\s*(?:which|who|that|where|when|yang|ketika|saat)\b)[^,.;]{1,60},)?\s+(?:memiliki|mempunyai|ber\w+|setinggi|"
                            r"sepanjang|seberat|seluas|sedalam|\w+nya|adalah|ialah|yang|has|have|had|is|are|was|were|"
                            r"weighs?|weighed|stands?|measures?|measured|reach(?:es|ed)?|"
                            r"terletak|ditemukan|terlihat|terpantau|tampak|terdeteksi|spotted|sighted|seen|detected|"
                            r"lay|lie|lies|sit|sits|sat|located|situated)\b)", re.IGNORECASE)


# "Jarak titik jatuh 30 km dari bandara", "The distance of the crash site is 30 km": the thing a distance is of
_DISTANCE_OF = re.compile(r"(?:jarak|the\s+distance\s+of(?:\s+the)?)\s+((?-i:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?))\s+"
                          r"(?:(?:adalah|ialah|mencapai|sekitar|sejauh|kurang\s+lebih|is|was|about|some)\s+)*(?=\d)",
                          re.IGNORECASE)


def _thing_subject(sent: _Sentence, it: _Item) -> _Mention | None:
    """The common noun a measure's sentence opens with ("Kebanyakan simpanse jantan memiliki berat 70 kg",
    "The dam is 45 metres high", "Puing terlihat sekitar 1.100 km …"), or the thing a distance is said of ("Jarak
    titik jatuh 30 km dari bandara"): what the measure is of, when no name says it."""
    at = _OPENER.match(sent.text).end()
    m = _DISTANCE_OF.match(sent.text, at)
    if m is None or m.end() not in (it.start, it.qstart):
        m = _THING_SUBJECT.match(sent.text, at)
    if m is None or m.end(1) > it.start:
        return None
    words = [w for w in m.group(1).lower().split() if w not in _function_words()]
    if not words or any(w in lexicon().skip for w in words):
        return None
    return _Mention(m.start(1), m.end(1), "actor", "thing:" + " ".join(words), m.group(1))


_TIME_PREP = re.compile(r"(?<![\w-])(?:pada|on|sejak|since)\s+(?:hari\s+|tanggal\s+)?$", re.IGNORECASE)


_PREP_BEFORE = re.compile(r"(?<![\w-])(?:dalam|in|during|selama|akibat|from|by|oleh|karena)\s+(?:the\s+)?$", re.IGNORECASE)


_AT_PLACES = re.compile(r"\s+(?:at|in)\s+((?:[a-z]+\s+)?[a-z]+s)\b(?=\s+(?:packed|full|filled|in|and|across|around|\w+ed)\b|[,.;])")


_MOUNTAIN = re.compile(rf"(?<![\w-])(?:Mount|Mt\.?|Gunung)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)")


# "Gunung setinggi 3.676 meter itu", "Gunung api tersebut", "The volcano": the mountain named before
_MOUNTAIN_ANAPHOR = re.compile(r"(?:gunung(?:\s+api)?\b(?:[^.;,]|[.,](?=\d)){0,40}?\s(?:itu|tersebut|ini)|the\s+(?:volcano|mountain))\b",
                               re.IGNORECASE)


def _resolve_office(a: _Mention, discourse: "Discourse") -> _Mention:
    """A body without a name ("anggota parlemen", "lawmakers") is the one the article last named."""
    if a.label in lexicon().generic_actors and not isinstance(a.extra, str):
        named = discourse.office(a.label)
        if named is not None:
            return _Mention(a.start, a.end, "actor", named[0], named[1], a.label)
    return a


_HEAD_NOUNS = re.compile(r"(?:(?:the|a|an)\s+)?(?:[A-Za-z][a-z-]+\s+){1,3}")


def _subject_actor(sent: _Sentence, actors: list[_Mention], number_spans, antecedent) -> _Mention | None:
    """The actor that opens the sentence, or the name an anaphoric opener refers to."""
    text = sent.text
    at = _OPENER.match(text).end()
    first_number = min((s for s, _ in number_spans), default=len(text))
    for a in actors:
        if a.start >= first_number:
            break
        if sent.cost(at, a.start, walls=False) <= 1.0 and a.start < first_number:
            return a
        if _HEAD_NOUNS.fullmatch(text, at, a.start) and not _is_predicate_word(text[at : a.start].strip(), sent.langs) \
                and not _ID_VERB.search(text[at : a.start]):
            return a  # "Kapal selam KRI Nanggala-402 …", "The German-built submarine Nanggala …": a noun and its name
    m = _ANAPHOR.match(text, at)
    if m and antecedent is not None and m.end() <= first_number:
        return _Mention(m.start(), m.end(), "actor", antecedent[0], antecedent[1])
    return None


LEAD_SENTENCES = 2  # an article's lead: the sentences whose count stage the article's later counts take
ELECTION_SLACK = dt.timedelta(days=5)  # a vote's day as outlets give it, slips included; two rounds a fortnight apart stay two


@dataclass(frozen=True)
class Discourse:
    """What earlier sentences of an article settle for later ones: the last person or party named (what
    "Pasangan nomor urut 2 itu" or "He" refers to) and the last name each body was given ("Parlemen
    Hungaria" makes a later "anggota parlemen" Hungary's)."""

    antecedent: tuple[str, str] | None = None
    offices: tuple[tuple[str, tuple[str, str]], ...] = ()
    proper: frozenset[str] = frozenset()  # words the article capitalises inside sentences: names
    incidents: tuple[str, ...] = ()  # what the article's lead is about (quake, tsunami): a figure's default
    story_places: tuple[str, ...] = ()  # where the lead says its incident happened: the story's incident's names
    story_region: bool = False  # the lead puts its incident in a region ("di kawasan Laut Hitam", "the Black Sea
    # region"), which holds provinces and towns the lead does not name: none of them is another incident's place
    fact: tuple[str, str | None] | None = None  # the last figure's predicate and counted thing: "Angka itu"
    tally: tuple[str, str | None] | None = None  # the last running tally's (an evolving predicate's): "The count"
    mountain: tuple[str, str] | None = None  # the last mountain named: what "Gunung … itu", "the volcano" is
    holder: str | None = None  # the candidate an article last named by role or ballot number: who "Keduanya" is
    body: str | None = None  # the voting body an article last named: whose votes "RUU tersebut disetujui dengan 63 suara" are
    body_before: str | None = None  # the one voting body the previous sentence named ("Di Senat, RUU itu lolos pada
    # 2 April."): whose votes a next "Sebanyak 14 anggota menolak" counts; None when it named two
    bodies: tuple[str, ...] = ()  # every voting body the article has named: with one alone, its votes are that body's
    measure_before: str | None = None  # the one thing the previous sentence says a chamber voted on ("mengesahkan
    # konstitusi baru … pada Minggu"; not "Sesuai konstitusi, …"): what a next "Sebanyak 200 anggota menyatakan
    # setuju, 12 menolak" was cast on
    occasion: tuple[dt.date, dt.date] | None = None  # the day of the last dated occasion's figure ("2 juta orang
    # turun ke jalan … pada Minggu"): the day a later "jumlah peserta … 338.000 orang" counts
    storm: str | None = None  # the name the lead gives its storm ("Cyclone Idai": "idai"): another name is another storm
    day: dt.date | None = None  # the last single day the last sentence with one named: what a later "pada hari
    # yang sama", "that same day" is
    then: tuple[dt.date, dt.date] | None = None  # the event time the last dated figure belongs to ("Pada Pilpres
    # 2019, … 44,50 persen"): the time a later "Saat itu", "At the time" refers to
    stage: str | None = None  # "provisional" when the lead reports a count under way ("menurut hasil penghitungan
    # sementara"): the stage of the counts of votes or seats the article gives after it
    seen: int = 0  # how many sentences the article has had so far
    tally_day: dt.date | None = None  # the explicit as-of day of the last running tally ("bertambah menjadi 95 orang
    # hingga Minggu (11/10/2015)"): the day a later "Sehari sebelumnya" goes back from
    election: tuple[dt.date, dt.date] | None = None  # the days around the last election day the article dated
    # ("putaran kedua … yang digelar pada Jumat (7/7/2017)", "Monday's vote"): the election a later undated count of
    # votes, seats or turnout is of

    @staticmethod
    def of_article(texts: list[str], language: str | None = None) -> "Discourse":
        """What holds for a whole article: its proper nouns (capitalised words that do not open their
        sentence) and the incidents its lead names."""
        proper = set()
        for t in texts:
            for m in re.finditer(r"(?<=[\w,;:)] )([A-Z][\w'’-]+)", t):
                proper.add(m.group(1).lower())
        incidents: set[str] = set()
        storm = next((m.group(1).lower() for t in texts[:2] for m in _STORM_NAME.finditer(t)), None)
        for t in texts[:2]:
            # the lead's own clause: "Bombs tore through churches …, killing 207 …, the worst violence since its
            # civil war ended" is about the bombs
            dateline = _DATELINE.match(t)
            head = re.split(r";|\b(?:since|sejak|unlike|seperti|while|whereas)\b|,\s*(?:sementara|sedangkan)\b",
                            t[dateline.end() if dateline else 0 :])[0]  # not "Data sementara" (temporary data)
            incidents = {cls for s0, e0, cls, _ in _find(lexicon().predicates, head, _langs(language))
                         if predicate_class(cls).get("incident") and not _service(head, s0, e0)}
            # "Tsunami menerjang pesisir …": what a named incident did to a coast is no incident of its own
            incidents = {cls for cls in incidents if not predicate_class(cls).get("of_incident")} or incidents
            if incidents:
                # the places the lead gives its incident ("the tsunami in the Sunda Strait", "the tsunami that
                # swept the coasts of Banten and Lampung") name the story's incident, however the outlet names it
                # not a past incident the lead names in passing ("nearing the toll of the 1939 Erzincan earthquake")
                named = [p for p in _places(_Sentence(head, _langs(language)), [])
                         if (p.extra if isinstance(p.extra, str) else p.extra[1]) == "event"
                         and not re.search(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", head[max(0, p.start - 12) : p.end + 12])]
                story = {p.label for p in named}
                # a region word in or next to the place's span: "di kawasan Laut Hitam", "in the Black Sea region"
                region = any(region_rx().search(head, max(0, p.start - 10), p.end + 12) for p in named)
                return Discourse(proper=frozenset(proper), incidents=tuple(sorted(incidents)),
                                 story_places=tuple(sorted(story)), story_region=region, storm=storm)
        return Discourse(proper=frozenset(proper), incidents=tuple(sorted(incidents)), storm=storm)

    def office(self, label: str) -> tuple[str, str] | None:
        return dict(self.offices).get(label)

    def after(self, text: str, language: str | None) -> "Discourse":
        """This discourse updated with one more sentence."""
        langs = _langs(language)
        sent = _Sentence(text, langs)
        places = _places(sent, [])
        own = _lexicon_own_words()
        actors = _actors(sent, [(p.start, p.end) for p in places], own, self.proper)
        offices = dict(self.offices)
        antecedent = self.antecedent
        for a in actors:
            if isinstance(a.extra, str):
                offices[a.extra] = (a.label, a.text)
            words = [w.lower().strip(",.") for w in a.text.replace("-", " ").split()]
            if not a.label.startswith("@") and (len(a.text.split()) > 1 or "-" in a.text) \
                    and not any(w in own or w in L.TITLE_WORDS for w in words):
                antecedent = (a.label, a.text)
        mountain = self.mountain
        for m in _MOUNTAIN.finditer(text):
            mountain = (place_key(m.group(1)), m.group(1))
        # the sentence's first candidate named by role or number is its subject ("Pasangan calon nomor urut 2
        # tersebut berhasil menumbangkan … petahana"): what a later "Keduanya" is
        named = _holder_mentions(text, langs)
        holder = named[0][2] if named else self.holder
        bodies = _body_mentions(text, langs)
        stage = self.stage
        if self.seen < LEAD_SENTENCES:
            # "… unggul dalam putaran kedua …, menurut hasil penghitungan sementara Komisi Pemilihan Umum": the
            # stage of the count the lead reports is that of the counts the article gives after it
            # (a final result's lead says nothing of the earlier counts an article may recall after it)
            if _find(lexicon().cues["partial_count"], text, langs) and not _find(lexicon().cues["final_count"], text, langs):
                stage = "provisional"
        return replace(self, antecedent=antecedent, offices=tuple(sorted(offices.items())), mountain=mountain,
                       holder=holder, body=bodies[-1][2] if bodies else self.body,
                       body_before=bodies[0][2] if len({b for _, _, b in bodies}) == 1 else None,
                       bodies=tuple(sorted(set(self.bodies) | {b for _, _, b in bodies})),
                       measure_before=voted_measure(text, langs),
                       stage=stage, seen=self.seen + 1)

    def with_day(self, dates, anchor: dt.date | None = None) -> "Discourse":
        """This discourse after a sentence with these dates: its last single day is "the same day" ("… pada Minggu
        (5/8/2018) mencapai 131 orang hingga Kamis (9/8/2018). Namun, Wiranto pada hari yang sama menyebut …":
        Thursday, not the quake's Sunday; "… surut pada Rabu. Pada hari yang sama …": Wednesday). Its last
        election day held by the article's date is the election later counts are of (``election``): a window of
        ``ELECTION_SLACK`` days around it, so that two outlets' days of one vote a day apart stay one election."""
        days = [d for d in dates if d.low is not None and d.low == d.high and d.granularity in ("day", "weekday")]
        out = replace(self, day=days[-1].low) if days else self
        polls = election_days(dates, anchor)
        return replace(out, election=polls[-1]) if polls else out

    def with_fact(self, quantities) -> "Discourse":
        """This discourse after a sentence with these framed figures: the first one's fact is "that figure"."""
        out = self
        for q in quantities:
            f = q.frame
            if f is not None and f.predicate and f.when is not None and f.role == "current" \
                    and predicate_class(f.predicate).get("occasion"):
                out = replace(out, occasion=f.when)
                break
        for q in quantities:
            f = q.frame
            if f is not None and f.when is not None and f.role == "current":
                out = replace(out, then=f.when)
                break
        for q in quantities:
            f = q.frame
            if f is not None and f.role == "current" and f.as_of is not None and f.as_of.basis == "explicit" \
                    and f.as_of.day is not None and (f.evolving or not f.predicate):
                out = replace(out, tally_day=f.as_of.day)
                break
        for q in quantities:
            f = q.frame
            # "Another 73 people were hurt": an aside beside the story's tally, which stays the one "The count" means
            if f is not None and f.predicate and f.role == "current" and f.evolving and "other" not in f.modifiers:
                out = replace(out, tally=(f.predicate, f.counted))
                break
        for q in quantities:
            f = q.frame
            if f is not None and f.predicate and f.role == "current":
                return replace(out, fact=(f.predicate, f.counted))
        return out


def election_days(dates, anchor: dt.date | None = None) -> list[tuple[dt.date, dt.date]]:
    """The windows (``ELECTION_SLACK`` days either side) around the polling days among framed dates: a single day
    whose event is an election ("pemilu 29 November 2024", "Monday's vote"), held by ``anchor``, not planned,
    scheduled or denied ("Pemungutan suara semula dijadwalkan pada Rabu")."""
    out = []
    for d in dates:
        f = d.frame
        if d.low is None or d.low != d.high or d.granularity not in ("day", "weekday") or f is None:
            continue
        if f.role != "event" or f.negated or f.event not in ("elected", "elected:later") \
                or {"planned", "modal", "provision"} & set(f.modifiers) or (anchor is not None and d.low > anchor):
            continue
        out.append((d.low - ELECTION_SLACK, d.low + ELECTION_SLACK))
    return out


def _named(attribution: Attribution | None) -> str | None:
    return attribution.speaker if attribution is not None and attribution.kind != "pronoun" else None


# "lebih dari 6.500", "kurang dari 20": the "dari" of a bound, not the "dari" of an earlier value
_BOUND_DARI = re.compile(r"(?<![\w-])(?:lebih|kurang)\s+dari\s+$", re.IGNORECASE)


# "dari 7,8 menjadi 8,0 skala Richter": the value a series starts from, whatever verb tells the change
_DARI_BEFORE = re.compile(r"(?<![\w-])dari\s+(?:(?:sekitar|sedikitnya|setidaknya)\s+)?$", re.IGNORECASE)
_MENJADI_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+menjadi\s+(?:(?:sekitar|sedikitnya|setidaknya)\s+)?\d", re.IGNORECASE)


# a value a sentence says was superseded: "482 orang, bukan 495 orang seperti disebut pada hari pertama", "482, not
# 495 as first reported", "instead of the 495 given on Saturday"
_SUPERSEDED_BEFORE = re.compile(r"(?<![\w-])(?:(?P<not>bukan(?:nya)?|not)|instead\s+of|rather\s+than)\s+(?:the\s+)?"
                                r"(?:(?:sekitar|about|around|some)\s+)?$", re.IGNORECASE)
_SUPERSEDED_AFTER = re.compile(r"[^.;:]{0,30}?(?<![\w-])(?:seperti|sebagaimana|as)\s+(?:yang\s+)?(?:sempat\s+|sebelumnya\s+|"
                               r"semula\s+|awalnya\s+|had\s+been\s+|was\s+)?(?:disebut\w*|dilaporkan|diberitakan|"
                               r"diumumkan|dikabarkan|disampaikan|beredar|kabar|first|earlier|initially|previously|"
                               r"originally|reported|stated|announced|given|listed|circulated)(?![\w-])", re.IGNORECASE)


def superseded(sent: _Sentence, it: _Item) -> bool:
    """Is the figure a value its sentence says was replaced ("bukan 495 orang seperti disebut pada hari pertama",
    "not 495 as first reported", "instead of 495")? It is the earlier value, stated, not denied."""
    m = _SUPERSEDED_BEFORE.search(sent.text, max(0, it.start - 30), it.start)
    if m is None:
        return False
    return m.group("not") is None or _SUPERSEDED_AFTER.match(sent.text, max(it.tail, it.end)) is not None


def _is_previous(sent: _Sentence, it: _Item, change: bool) -> bool:
    """Is the figure an earlier value ("dari 19" in a sentence that says the toll rose, "up from 41",
    "sebelumnya 47")? A superseded value (``superseded``) is one too; ``frame_sentence`` asks that itself, as it
    also clears the value's negation. Not a bound's "dari": in "lebih dari 6.500 orang luka-luka dan jumlah itu diperkirakan
    masih akan naik" the 6.500 is the count now."""
    before = sent.text[max(0, it.start - 40) : it.start]
    before = before[: CURRENCY_BEFORE.search(before).start()] if CURRENCY_BEFORE.search(before) else before  # "dari US$9,5"
    if _PREVIOUS_ALONE.search(before):
        return True
    if _DARI_BEFORE.search(before) and not _BOUND_DARI.search(before) and _MENJADI_AFTER.match(sent.text, it.end):
        return True  # "merevisi kekuatan gempa dari 7,8 menjadi 8,0": a series says its own change, cue or none
    return change and bool(_PREVIOUS_WITH_CHANGE.search(before)) and not _BOUND_DARI.search(before)
