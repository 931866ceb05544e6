"""Date frames: the predicate, actor and place of each date mention (_frame_dates).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...records import DateMention, Frame, Place
from .. import lexicon as L
from .lexicons import ACTOR_REACH, INF, LANGS, PREDICATE_REACH, _alternation, _alternations, _find, _load, lexicon, predicate_class
from .sentence import LIST_JOIN, PASSIVE_AGENT, _Item, _Mention, _PUNCT, _Sentence, _link, _nearest, _negated, _reach, _verb_between
from .places import _attach_places, _country_of
from .actors import actor_key, source_key
from .time import _opens_sentence, _reporting_verb
from .lexicons import voting_bodies
from .events import (SHIFT_AFTER_DAY, SHIFT_DAYS, SHIFT_TOWARDS, _SITE_AFTER, _SITE_OF, _activity, _context, _date_event, _reference_event, _relative_head,
                     _relative_incident, _scheduled, _service, _sub_event)
from .discourse import _TIME_PREP, _named
from .votes import VOTE_ACTS, measures_named


# an English determiner right before a date: "the May 21, 2019 election", "its Feb. 20 run-off"
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|its|their|this|that)\s+$", re.IGNORECASE)
_NOMINAL = re.compile(r"^(?:pe[nmr]?\w+an|ke\w+an|\w+(?:asi|isi|si)|\w+(?:tion|sion|ment|al|ance|ence|ship))$", re.IGNORECASE)


# the agent of a passive generic verb: "struck in 1976 by an earthquake", "dilanda oleh banjir"
_AGENT_BEFORE = re.compile(rf"(?:^|\s){PASSIVE_AGENT}\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _reaction_purpose() -> re.Pattern:
    """frame_cues.json's "reaction_purpose": a purpose that reacts to another event ("to welcome", "untuk
    memperingati")."""
    cues = _load("frame_cues.json")["reaction_purpose"]
    return re.compile(rf"(?<![\w-])(?:{_alternation(w for lang in LANGS for w in cues[lang])})(?![\w-])", re.IGNORECASE)


def _date_predicate(sent: _Sentence, it: _Item, preds: list[_Mention], reach: float = PREDICATE_REACH + 1) \
        -> _Mention | None:
    if re.match(r"['’]s\s", sent.text[it.end : it.end + 3]):
        # "Sunday's suicide bomb attacks", "Monday's flood": the event the possessive date owns
        owned = [p for p in preds if p.start >= it.end and sent.cost(it.end, p.start, walls=False) <= 2.0]
        if owned:
            return owned[0]
    # "survivors of the shootings of Wednesday, June 2": the incident the date is "of" is what it dates, whatever
    # verb the sentence has ("met … on Friday")
    of = [p for p in preds if p.end <= it.start and predicate_class(p.label).get("incident")
          and _INCIDENT_OF.fullmatch(sent.text, p.end, it.start)]
    if of:
        return of[-1]
    if _DETERMINER_BEFORE.search(sent.text, 0, it.start):
        # "found irregularities in the May 21, 2019 election", "the Feb. 20 run-off": a date between a determiner
        # and an event noun is that noun's attribute, whatever verb stands before
        owned = [p for p in preds if p.start >= it.end and not sent.text[it.end : p.start].strip()
                 and predicate_class(p.label).get("kind") in ("event", "both")]
        if owned:
            return owned[0]
    if re.match(r"['’]s(?:\s*[.,;:!?\"”)]|\s*$|\s+(?:and|or|dan|atau)\s)", sent.text[it.end : it.end + 8]):
        # "the only one … to rival Saturday's.": the possessive's noun is left out; it is the incident the
        # sentence named before
        named = [p for p in preds if p.end <= it.start and predicate_class(p.label).get("incident")]
        if named:
            return named[0]
    """What a date dates: the cheapest predicate within reach, where a verb beats a noun made from one
    ("meneken persetujuan … pada Kamis": signed, not approved), a verb before the date beats one after it,
    and a purpose ("to visit", "untuk membahas") is not what happened."""
    best, best_cost = None, INF
    for p in preds:
        if p.label.endswith(".planned"):
            continue  # "hilang kontak saat hendak melakukan latihan penembakan torpedo pada Rabu": not a drill's day
        if _reference_event(sent, it, p) is not None:
            continue  # "Shares fell on Friday after the announcement": the event the day is told against
        if _HYPOTHETICAL.search(sent.text, max(0, p.start - 40), p.start):
            continue  # "peluang erupsi lanjutan … pada Jumat", "the chance of another eruption": none happened
        c = _reach(sent, p, it.start, it.tail, it.index)
        if c == INF:
            continue
        if p.end <= it.start and _RELATIVE_BEFORE.search(sent.text[max(0, p.start - 20) : p.start]) \
                and _verb_between(sent.text[p.end : it.start], preds, p.end):
            continue  # "Pencarian kapal … yang hilang kontak di perairan Bali memasuki hari kedua pada Kamis"
        words = p.text.split()
        if len(words) == 1 and _NOMINAL.match(words[0]) and \
                any(q.end <= p.start and sent.cost(q.end, p.start, walls=False) <= 1.0 for q in preds if q is not p):
            c += 2.5  # "meneken persetujuan": the noun is the verb's object
        if p.end <= it.start and _told_against(sent.text, p.end, it.start):
            # "Kedua majelis mengesahkan rancangan itu …, lima hari setelah pemerintah dan buruh mencapai kesepakatan
            # pada Kamis", "died two days after being shot on Friday": the day of what the shift is told against,
            # not of the verb before it
            continue
        if p.start >= it.end and _reaction_purpose().search(sent.text, it.end, p.start):
            continue  # "gathered … on Sunday to welcome the U.N. vote": the vote is not what Sunday dates
        if p.start >= it.end and _WITH_TALLY.search(sent.text, it.end, p.end):
            # "… resmi dihentikan pada Selasa (17/1/2023) dengan jumlah korban tewas mencapai 45 orang", "ended on
            # Tuesday with the death toll at 45": the tally the day closed with, not the deaths' day
            continue
        if p.end <= it.start:
            rel = _RELATIVE_AFTER.search(sent.text, p.end, it.start)
            if rel and _verb_between(sent.text[rel.end() : it.start], preds, rel.end()):
                # "sent his resignation from Singapore, which the Speaker accepted on July 15", "surat pengunduran
                # diri …, yang diterima Ketua Parlemen pada Jumat": the relative clause's own verb is what is dated
                continue
        if p.start >= it.end and _NEXT_CONJUNCT.search(sent.text, it.end, p.start) \
                and not any(q.end <= it.start for q in preds) and not predicate_class(p.label).get("incident"):
            lo = max(sent.text.rfind(",", 0, it.start), sent.text.rfind(";", 0, it.start)) + 1
            if _TIME_PREP_END.search(sent.text, lo, it.start) and _verb_between(sent.text[lo : it.start], preds, lo):
                # "Rajapaksa meninggalkan negaranya pada Rabu (13/7/2022) dan mengirim surat …": the date closes its
                # own verb's phrase; the next conjunct's verb is another act (an incident's is not: "ditabrak … pada
                # Rabu (29/5/2019) dan tenggelam dalam tujuh detik" is the sinking's day)
                continue
        if p.start >= it.end and _NEXT_CONJUNCT.search(sent.text, it.end, p.start) \
                and _OWN_LATER_TIME.match(sent.text, p.end):
            # "… oleh Dewan Konstitusi pada Jumat dan diundangkan sehari kemudian": the next conjunct's verb, timed
            # on its own (not "struck by the cruise ship on May 29 and sank in seven seconds")
            continue
        if p.start >= it.end:
            c += 1.0  # what a date dates is usually written before it ("signed on 3 March")
            if "," in sent.text[it.end : p.start]:
                c += 2.0  # ", mengakhiri penantian …": a clause that follows is not what the date dates
        if re.search(r"(?<![\w-])(?:to|untuk|guna)\s+$", sent.text[max(0, p.start - 8) : p.start], re.IGNORECASE):
            c += 2.0
        if c <= reach and c < best_cost:
            best, best_cost = p, c
    if best is not None and best.start >= it.end and "," in sent.text[it.end : best.start]:
        # "Bombs tore through churches … on Easter Sunday, killing 207 people": what follows the comma is a
        # consequence; the date belongs to the incident its clause opened with
        incidents = [p for p in preds if p.end <= it.start and predicate_class(p.label).get("incident")
                     and not re.search(r"[;.]", sent.text[p.end : it.start])]
        if incidents:
            best = incidents[0]
    if best is not None and best.start >= it.end and not sent.text[it.end : best.start].strip() \
            and not predicate_class(best.label).get("incident"):
        # "The crash of a Cubana airliner … from Havana on Friday killed 110 people", "Gempa pada Jumat menewaskan":
        # the date closes its subject's phrase, so the verb right after it is what the nearest incident did on that
        # day; not an incident named after "after" ("two days after a blast … on Sunday killed three" is another's)
        incidents = [p for p in preds if p.end <= it.start and predicate_class(p.label).get("incident")
                     and not re.search(r"[,;.]", sent.text[p.end : it.start])]
        if incidents and not _AFTER_INCIDENT.search(sent.text, max(0, incidents[-1].start - 30), incidents[-1].start):
            best = incidents[-1]
    if best is not None and (predicate_class(best.label).get("generic") or predicate_class(best.label).get("of_incident")):
        # "The blast, which struck just after 6pm on Tuesday", "gempa yang terjadi pada Jumat": a generic verb
        # dates the incident that is its subject; so does a verb any incident may do ("Tsunami menerjang pesisir
        # … pada Sabtu": the tsunami's day, not a storm's landfall)
        subjects = [p for p in preds if p.end <= best.start and predicate_class(p.label).get("incident")
                    and not re.search(r"[;.]", sent.text[p.end : best.start])
                    and sent.cost(p.end, best.start, walls=False) <= 3.0]
        if subjects:
            best = _relative_head(sent.text, subjects)
        else:
            # "The same area was struck in 1976 by an earthquake", "dilanda gempa pada 1976": a passive's agent
            agents = [p for p in preds if p.start >= best.end and predicate_class(p.label).get("incident")
                      and (_AGENT_BEFORE.search(sent.text[best.end : p.start])
                           or (not sent.text[best.end : p.start].strip() and best.text.lower().startswith("di")))
                      and sent.cost(best.end, p.start, walls=False) <= 4.0]
            if agents:
                best = agents[0]
    if best is not None and (predicate_class(best.label).get("end") or predicate_class(best.label).get("turn")):
        # "The attacks ended on Saturday", "The fighting escalated on Friday": the incident is the subject of the
        # end or the turn, the date the end's or the turn's
        return best
    # "mengajukan permohonan bergabung pada Mei 2022": a chain of predicates is headed by its first verb
    chain, cur = [], best
    while cur is not None:
        before = [q for q in preds if q.end <= cur.start and not sent.text[q.end : cur.start].strip()]
        cur = before[-1] if before else None
        if cur is not None:
            chain.append(cur)
    verbs = [q for q in chain if not _NOMINAL.match(q.text.split()[0])]
    return verbs[-1] if verbs else best


# a span of days counted from a day: "dalam enam hari sejak", "selama tiga hari mulai", "in the six days since"
_SPAN_SINCE = re.compile(r"(?<![\w-])(?:dalam|selama|in|over|during|within)\s+(?:the\s+(?:first\s+|past\s+)?)?(?:[\w-]+\s+){0,2}"
                         r"(?:hari|pekan|minggu|bulan|jam|days?|weeks?|months?|hours?)\s+(?:pertama\s+)?(?:sejak|since|from|mulai|starting)\s+"
                         r"(?:(?:pada|on|hari)\s+)?$", re.IGNORECASE)


def _told_against(text: str, start: int, end: int) -> bool:
    """Does a shift of days towards another event ("lima hari setelah", "two days after") stand between a predicate
    and a date, with no comma after the last one: the date is that other event's?"""
    shifts = list(SHIFT_DAYS.finditer(text, start, end))
    return bool(shifts) and not re.search(r"[,;]", text[shifts[-1].end() : end])


# "after", "setelah" and up to two words before an incident noun: the incident an act came after, not the act's
_AFTER_INCIDENT = re.compile(r"(?<![\w-])(?:after|following|setelah|sesudah|pasca)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# between an incident noun and its date: "the shootings of Wednesday", "the attacks of Aug. 17"
_INCIDENT_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
# a conjunction that opens the next conjunct after a date: a verb after it is that conjunct's, not the date's
_NEXT_CONJUNCT = re.compile(r"\s(?:dan|and|lalu|then|kemudian|later|sebelum|before)\s", re.IGNORECASE)
_OWN_LATER_TIME = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:(?:sehari|seminggu|sepekan|sebulan|\w+\s+(?:hari|pekan|minggu|bulan))\s+"
                             r"(?:kemudian|setelahnya|sesudahnya)|keesokan\s+harinya|(?:a|one|two|three|\w+)\s+(?:days?|weeks?|months?)"
                             r"\s+later|the\s+(?:next|following)\s+(?:day|week|month))(?![\w-])", re.IGNORECASE)
# an event named as a chance, a risk or a threat has not happened: no date is its day
_HYPOTHETICAL = re.compile(r"(?<![\w-])(?:peluang|kemungkinan|probabilitas|risiko|potensi|ancaman|chances?|probability|"
                           r"likelihood|risk|possibility|threat)\s+(?:of\s+)?(?:(?:an?|another|further|more|a\s+further)\s+)?$",
                           re.IGNORECASE)
# a tally the dated act closed with: "dengan jumlah korban", "with the death toll", "with a toll"
_WITH_TALLY = re.compile(r"(?<![\w-])(?:dengan\s+(?:jumlah|total|angka)|with\s+(?:the|a)\s+(?:final\s+)?(?:death\s+)?(?:toll|count))"
                         r"(?![\w-])", re.IGNORECASE)
# "pada", "on" right before a date
_TIME_PREP_END = re.compile(r"(?<![\w-])(?:pada|on)\s+$", re.IGNORECASE)
# a relative clause opened after a noun: ", which the Speaker accepted", ", yang diterima Ketua Parlemen"
_RELATIVE_AFTER = re.compile(r",\s*(?:which|yang)\s", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"(?<![\w-])yang\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# a relative pronoun (and its auxiliaries) right before a generic verb: "yang digelar", "which was held"
_RELATIVE_GENERIC = re.compile(r"(?<![\w-])(?:yang|that|which)\s+(?:(?:telah|sudah|baru|was|were|had|has|have|been|is|are)\s+)*$",
                               re.IGNORECASE)
# a relative pronoun right before a predicate after a noun: the clause describes that noun ("kapal yang terbalik",
# "the ship that capsized", "the hull of the vessel, which sank")
_DESCRIBING = re.compile(r"[a-z][\w-]*\s*,?\s+(?:yang|that|which)\s+(?:(?:telah|sudah|had|has|have|was|were|been)\s+)*$",
                         re.IGNORECASE)


# the result of an event as a sentence's subject ("Hasil referendum …", "Hasil pemilu …", "The result of the
# referendum …", "The result of Sunday's referendum …") and a day set at the sentence's end after a comma, Indonesian
# press style (", Selasa (1/12/2009).", ", Selasa malam."), or after "on"
_RESULT_OF = re.compile(r"(?<![\w-])(?:hasil|the\s+results?\s+of|the\s+outcome\s+of)\s+(?:the\s+)?(?:[^\W\d_]+['’]s\s+)?"
                        r"(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)  # "hasil hitung cepat pemilu", "the presidential election"
_DAY_AT_END = re.compile(r"\s*(?:(?:malam|pagi|siang|sore|dini\s+hari|night|morning|afternoon|evening)(?:\s+waktu\s+setempat)?)?"
                         r"(?:\s*,\s*(?:(?:kata|ujar|menurut)\s+[^,.]{1,40}|[^,.]{1,40}\s+(?:said|says|reported)))?"
                         r"\s*[.!]?[\s\"”']*$", re.IGNORECASE)
# a participle or a relative clause that dates the event itself: "the election held … on Sunday", "pemilu yang
# digelar … pada Minggu"
_DATES_THE_EVENT = re.compile(r"(?<![\w-])(?:held|conducted|staged|took\s+place|taking\s+place|digelar|diselenggarakan|"
                              r"berlangsung|diadakan|dilaksanakan)(?![\w-])", re.IGNORECASE)


def _trailing_day_of_result(text: str, pred, it) -> bool:
    """Is the date set at the end of a sentence whose subject is the result of the event its predicate names,
    with a clause of its own between them ("Hasil referendum Swiss yang melarang … terus menuai kecaman …, Selasa
    (1/12/2009).", "The result of Sunday's referendum … kept drawing criticism … on Tuesday.")? Then the date is
    the main clause's day, not the event's."""
    return bool(_RESULT_OF.search(text, max(0, pred.start - 50), pred.start)
                and (text[: it.start].rstrip().endswith(",") or re.search(r"(?<![\w-])on\s*$", text[: it.start]))
                and _DAY_AT_END.fullmatch(text, it.end)
                and len(re.findall(r"[^\W\d_]+", text[pred.end : it.start])) >= 4
                and not _DATES_THE_EVENT.search(text, pred.end, it.start))


# a coordinated verb of beginning with an act of its own ("and began taking applications on Tuesday", "dan mulai
# menerima pendaftaran pada Selasa"): the later day is that act's, not the earlier day's event again; a change of
# the same measure ("and started rising again", "dan mulai bertambah") or "mulai" as "from" ("mulai Selasa") is none
_STARTS_ANOTHER = re.compile(r"(?<![\w-])(?:and|dan|lalu|then)\s+(?:began|started|begins|starts|mulai)\s+"
                             r"(?!(?:rising|climbing|falling|increasing|decreasing|dropping|bertambah|berkurang|meningkat|menurun|"
                             r"naik|turun|surut)\b)(?:[^\W\d_]+ing|me[^\W\d_]+|ber[^\W\d_]+|di[^\W\d_]+)(?![\w-])", re.IGNORECASE)
# a relative date that ends in a shift towards an event: "sehari sebelum", "dua hari setelah", "a day before"
_SHIFT_TO_EVENT = re.compile(r"(?:sebelum|setelah|sesudah|before|after)\s*$", re.IGNORECASE)


# a date set off right after a shift towards an event's noun: "Sehari sebelum letusan, Jumat (31/1/2014)", "A day
# before the eruption, on Friday"
_SHIFTED_APPOSITION = re.compile(SHIFT_TOWARDS + r"[\w-]+(?:\s+[\w-]+)?\s*,\s*(?:(?:pada|on|hari)\s+)?$", re.IGNORECASE)


# a place set off by commas inside a clause ("… Lapas Kelas I Tangerang, Banten, pada Rabu"): no clause break
_PLACE_APPOSITION = re.compile(r",\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*,(?=\s)")


_CLAUSE_END = re.compile(r"[;:]|(?<!\d)\.(?!\d)")


def _told_against_itself(text: str, it: _Item, preds: list[_Mention]) -> bool:
    """Is a date set off before a shift towards an event of its own predicate's class ("in the general election on
    Friday, a day after the election"; "menetapkan status tanggap darurat pada Kamis, sehari setelah Pemerintah
    Kabupaten menetapkan status yang sama")? Then the sentence tells two occurrences apart by the day, and the
    date is not to be compared as that event's; but "sworn in on May 23, two days after polling day" is the
    swearing-in's."""
    m = SHIFT_AFTER_DAY.match(text, it.end)
    if m is None:
        return False
    stop = _CLAUSE_END.search(text, m.end())
    end = stop.start() if stop else len(text)
    if predicate_class(it.predicate.label).get("incident") and _killings().match(text, m.end()):
        return True  # "blamed ISWAP for the attack on June 9, four days after the killings": the killings are the attack
    return any(m.end() <= p.start and p.end <= end and p.label == it.predicate.label for p in preds)


@lru_cache(maxsize=1)
def _killings() -> re.Pattern:
    """frame_cues.json "killings": a noun of the incident's killing right after a shift ("four days after the
    killings", "empat hari setelah pembantaian")."""
    cues = _load("frame_cues.json")["killings"]
    return re.compile(rf"(?:{'|'.join(re.escape(w) for w in cues['id'] + cues['en'])})(?![\w-])", re.IGNORECASE)


def _quoted(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation of the sentence?"""
    marks = [m.start() for m in re.finditer(r"[\"“”]", text[:pos])]
    return len(marks) % 2 == 1


def _closes_sentence(text: str, end: int) -> bool:
    return re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:pagi|siang|sore|malam|morning|afternoon|evening|night)?\s*[.!?\"”]*\s*",
                        text[end:], re.IGNORECASE) is not None


def _passive_agent(text: str, pred: _Mention, preds: list[_Mention]) -> _Mention:
    """The incident that did what a passive incident verb says ("Paris diguncang serangan terhadap Charlie
    Hebdo pada 7 Januari", "Paris was rocked by an attack on 7 January"): the attack, not a quake."""
    m = re.match(r"di\w+\s+(?:oleh\s+)?|\w+\s+by\s+(?:(?:a|an|the)\s+)?", text[pred.start :], re.IGNORECASE)
    if m is None or pred.start + m.end() < pred.end:
        return pred
    agent = [p for p in preds if p.start == pred.start + m.end() and p.label != pred.label
             and predicate_class(p.label).get("incident")]
    return agent[0] if agent else pred


_RELATIVE_PRONOUN = re.compile(r"\s*,?\s*(?:which|that|who|yang|(?:termasuk|di\s+antara)\s+(?:orang\s+)?yang\s+(?:[^\W\d_]+\s+)?"
                               r"(?:setelah|usai|sesudah)|(?:was|were)\s+among\s+(?:those|the\s+people)\s+(?:[^\W\d_]+\s+)?"
                               r"after\s+being)\s+(?:(?:had|has|have|then|also|later|telah|sudah|lalu|kemudian)\s+)?",
                               re.IGNORECASE)
_PASSIVE_AGENT = re.compile(r"\s+(?:oleh\s+)?|\s+by\s+(?:the\s+)?", re.IGNORECASE)


def _aside_agent(text: str, a: _Mention, it: _Item) -> bool:
    """Is the actor before a date the agent of an aside's participle, a comma away from the date ("All 15 members
    backed the text, drafted by Australia, at a session on Monday")? It drafted; it did not do what the date dates."""
    return bool(re.search(r"(?<![\w-])(?:by|oleh)\s+(?:the\s+)?$", text[max(0, a.start - 12) : a.start], re.IGNORECASE)) \
        and "," in text[a.end : it.start]


def _by_agent(text: str, end: int, start: int) -> bool:
    """Is the actor after a date its agent ("disahkan pada 12 Maret oleh DPR", "approved on 2 April by the Senate")?"""
    return bool(re.fullmatch(r"\s*,?\s*(?:oleh|by)\s+(?:the\s+)?", text[end:start], re.IGNORECASE))


_BEGAN_ACTION = re.compile(r"\s+(?:to\s+[a-z]|[a-z]+ing(?![\w-]))", re.IGNORECASE)


# what may stand between a chamber and the date of its act: its name in brackets, its nation, "pada"/"on"
# ("Majelis Rendah (House of Commons) Kanada pada Senin", "Canada's House of Commons on Monday")
_BODY_THEN_DATE = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:[A-Z][\w'’-]*\s*)?(?:pada|on)?\s*")


@lru_cache(maxsize=1)
def _receiving() -> tuple[re.Pattern, re.Pattern]:
    """frame_cues.json "received_from": a verb of receiving right before a predicate, and the word that then
    introduces the granting body."""
    cues = _load("frame_cues.json")["received_from"]
    verbs = "|".join(re.escape(w) for lang in cues["verbs"].values() for w in lang)
    froms = "|".join(re.escape(w) for lang in cues["from"].values() for w in lang)
    return (re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{froms})\s+(?:the\s+)?", re.IGNORECASE))


def _received_from(text: str, pred: _Mention) -> int | None:
    """Where the granting body's name may start when the predicate was received from it ("secured final approval
    … from the International Monetary Fund's executive board", "memperoleh persetujuan … dari IMF"); None when no
    verb of receiving stands right before the predicate. With no "from" the offset is the sentence's end: the
    grantor is unnamed and the subject is not it."""
    verb, frm = _receiving()
    if not verb.search(text, max(0, pred.start - 40), pred.start):
        return None
    m = frm.search(text, pred.end)
    return m.end() if m else len(text)


# a relative clause opened right after a name: ", who toured the city on Wednesday,", ", yang mengunjungi … pada Senin"
_WHO_CLAUSE = re.compile(r",\s*(?:who|yang)\s+[^,;]*$", re.IGNORECASE)


def _speaker_relative(text: str, it: _Item, attribution) -> _Mention | None:
    """The speaker as the actor of a date in a relative clause on the speaker's name ("Rio de Janeiro Governor
    Claudio Castro, who toured the city on Wednesday, said …": Castro toured; the speaker's name is the sentence's
    source, so no actor of its own), or None."""
    m = _WHO_CLAUSE.search(text, 0, it.start)
    name = attribution.name or attribution.speaker
    if m is None or not name or not text[: m.start()].rstrip().endswith(name):
        return None
    return _Mention(m.start() - len(name), m.start(), "actor", actor_key(name), name)


def _frame_dates(sent: _Sentence, dates, dspans, preds, places, actors, negators, whens, statement, attribution,
                 offset) -> list[DateMention]:
    """Each date's frame: its role (event, statement, as_of), the event it dates, its actor and place."""
    if not dates:
        return []
    text = sent.text
    date_sent = _Sentence(text, sent.langs)
    items = []
    for k, (ds, de) in enumerate(dspans):
        items.append(_Item(k, ds, de, de, places=[]))
        date_sent.walls.append((ds, de, k))
    date_sent.soft = list(sent.soft)
    # "fire officials said", "the fire department": an incident noun naming a body is no event of the day
    # "election officials", "Komisi Pemilihan Umum": an election noun naming its body dates no election either
    preds = [p for p in preds if not ((predicate_class(p.label).get("incident") or predicate_class(p.label).get("names_bodies")) and (
        _service(text, p.start, p.end) or _SITE_OF.search(text[max(0, p.start - 30) : p.start]) or _SITE_AFTER.match(text, p.end)))]
    # "began arriving", "had started to move back": the start of another action, not an event's first day
    preds = [p for p in preds if not (p.label == "began" and _BEGAN_ACTION.match(text, p.end))]
    # "the list of 542 elected members on Saturday", "542 anggota parlemen terpilih": a participle that describes a
    # counted noun is the noun's attribute; it dates nothing
    preds = [p for p in preds if not _attributive(text, p, sent.langs)]
    # "ditemukan tewas pada Jumat pagi": a form of one class that dates another's act (predicates.json "date_forms")
    preds = [_date_form(p) for p in preds]
    # a step after an incident ("a videotape … was found Saturday night", "the wreckage was located on Tuesday")
    # dates that step, as an event's verb does, though it counts people too
    # a sum of money's noun ("pidato anggaran", "the budget": ``money`` in predicates.json) dates no day; its verb
    # does ("Bantuan disalurkan … pada Jumat")
    event_preds = [p for p in preds if predicate_class(p.label).get("kind") in ("event", "both")
                   or predicate_class(p.label).get("after")] \
        or [p for p in preds if not (predicate_class(p.label).get("money") and not re.fullmatch(_VERB_FORM, p.text.split()[-1]))]
    own_verb: set[int] = set()
    for it in items:
        it.predicate = _date_predicate(date_sent, it, event_preds)
        head = _relative_incident(date_sent, it, event_preds)
        if head is not None and (it.predicate is None or it.predicate.start >= it.end
                                 or predicate_class(it.predicate.label).get("generic")
                                 or predicate_class(it.predicate.label).get("incident")):
            # "Ledakan yang mengguncang pelabuhan Beirut pada Rabu (5/8/2020) itu menewaskan …", "The explosion
            # that rocked the port on Tuesday killed …": a date inside a relative clause is the day of the
            # incident the clause describes, not of the main clause's consequence
            it.predicate = head
        if it.predicate is not None and it.predicate.start >= it.end and _opens_sentence(text, it.start) \
                and _DESCRIBING.search(text[max(0, it.predicate.start - 24) : it.predicate.start]):
            # "Pada Rabu, tim penyelam mulai memotong lambung kapal yang terbalik", "On Wednesday, divers began
            # cutting into the hull of the ship that capsized": a fronted day dates the main clause, never the
            # relative clause that describes one of its nouns
            it.predicate = None
        if it.predicate is None and _opens_sentence(text, it.start):
            # "Pada Rabu pagi waktu setempat, sebuah pesawat … tiba di Bulan": a date that opens the sentence
            # dates its main verb, however far
            later = [p for p in event_preds if p.start >= it.end and ";" not in text[it.end : p.start]
                     and date_sent.cost(it.end, p.start, owner=it.index) < INF
                     and not _DESCRIBING.search(text[max(0, p.start - 24) : p.start])]
            it.predicate = later[0] if later else None
        elif it.predicate is None and _closes_sentence(text, it.end):
            # "KPU menetapkan … dalam rapat pleno di Jakarta, Rabu (20/3/2024) malam.": a date set off at the
            # end dates the main verb; "… Lam menangguhkan pembahasan RUU ekstradisi pada Sabtu (15/6/2019)."
            # the verb nearest before it
            earlier = [p for p in event_preds if p.end <= it.start and ";" not in text[p.end : it.start]
                       and date_sent.cost(p.end, it.start, owner=it.index) < INF
                       and not _told_against(text, p.end, it.start)]
            if earlier:
                it.predicate = earlier[0] if "," in text[max(0, it.start - 3) : it.start] else \
                    _date_predicate(date_sent, it, earlier, reach=INF)
        if it.predicate is None and _TIME_PREP.search(text[: it.start]):
            # "menyetujui rancangan undang-undang tentang ratifikasi Perjanjian … antara kedua negara pada hari
            # Rabu": a date its clause's verb governs through "pada"/"on", however long the object between
            earlier = [p for p in event_preds if p.end <= it.start
                       and not _PUNCT.search(_PLACE_APPOSITION.sub(" ", text[p.end : it.start]))
                       and not p.label.endswith(".planned")
                       and date_sent.cost(p.end, it.start, owner=it.index) < INF
                       and not _told_against(text, p.end, it.start)
                       and not (_RELATIVE_BEFORE.search(text[max(0, p.start - 20) : p.start])
                                and _verb_between(text[p.end : it.start], event_preds, p.end))]
            it.predicate = earlier[-1] if earlier else None
        if it.predicate is not None and it.predicate.start >= it.end and _opens_sentence(text, it.start) \
                and _fronted_unknown_verb(text, it.end, it.predicate.start, event_preds):
            # "On Friday, the Cabinet designated the typhoon a disaster": a fronted day dates the main clause's
            # verb, which the lexicon does not know, never an incident named in its object
            it.predicate = None
            own_verb.add(it.index)
        verb = _own_verb(text, it.end, event_preds)
        clause = max([0] + [m.end() for m in _PUNCT.finditer(text[: it.start])])
        if verb is not None and (it.predicate is None or it.predicate.start >= verb) \
                and not any(clause <= p.start and p.end <= it.start for p in event_preds) \
                and not _find(lexicon().activities, text[clause : it.start], sent.langs) \
                and _sub_event(date_sent, it.start, it.end, dated=True) is None:
            # "The agency on Sunday raised its measure of the quake's magnitude", "Biro itu pada Senin merevisi
            # kekuatan gempa": the day of a verb right after the date, which the lexicon does not know; never of
            # an incident named in that verb's object. Not when an event, a sub-event or an activity heads the
            # clause before the date ("Runtuhan kedua pada Sabtu memaksa …", "The agency's report, published on
            # Tuesday, put …"): the date is that noun's
            it.predicate = None
            own_verb.add(it.index)
        governing = _verb_around_noun(text, clause, it, preds)
        if governing is not None:
            # "Dewan Konstitusi mengumumkan hasil resmi putaran kedua pemilihan presiden pada Rabu", "took an early
            # lead in the general election on Friday": the day of the act done about the election, not its own
            if isinstance(governing, _Mention):
                it.predicate = governing
            else:
                it.predicate = None
                own_verb.add(it.index)
        elif it.predicate is not None and predicate_class(it.predicate.label).get("generic") \
                and _holds_other_thing(text, it, event_preds, sent.langs):
            # "Serikat buruh menggelar mogok kerja pada Kamis", "Unions held a one-day strike on Thursday": an active
            # verb of holding dates what it holds, a thing the lexicon does not know, not the story's incident
            it.predicate = None
            own_verb.add(it.index)
        elif it.predicate is not None and predicate_class(it.predicate.label).get("incident") \
                and _reported_incident(text, clause, it, sent.langs):
            # "Kelompok ISIS telah mengklaim serangan itu pada Kamis", "claimed responsibility for the attack on
            # Thursday": the day of the claim, a report about the incident, never the incident's own day
            it.predicate = None
            own_verb.add(it.index)
        if it.predicate is not None and it.predicate.label == "announced":
            # "On Saturday, she had announced that the bill was suspended": the day of what was announced
            said = re.compile(r"\s+(?:that|bahwa)\s", re.IGNORECASE).search(text, it.predicate.end, it.predicate.end + 12)
            if said:
                inner = [p for p in event_preds if p.start >= said.end() and p.label != "announced"
                         and ";" not in text[said.end() : p.start] and "," not in text[said.end() : p.start]]
                if inner:
                    it.predicate = inner[0]
        if it.predicate is not None and predicate_class(it.predicate.label).get("incident"):
            it.predicate = _passive_agent(text, it.predicate, event_preds)
        if it.predicate is not None and predicate_class(it.predicate.label).get("generic"):
            # "Serangan itu terjadi pada Sabtu", "Gempa yang memicu tsunami itu terjadi pada Kamis": what happened
            # is the clause's subject (the attack, the quake), not just an occurrence
            clause_start = max([0] + [m.end() for m in _PUNCT.finditer(text[: it.predicate.start])])
            specific = [p for p in event_preds if not predicate_class(p.label).get("generic")
                        and clause_start <= p.start and p.end <= it.predicate.start
                        and predicate_class(p.label).get("kind") == "event"]
            relative = _RELATIVE_GENERIC.search(text, 0, it.predicate.start)
            if relative:
                # "mengumumkan hasil referendum … yang digelar pada Sabtu", "announced the result of the referendum,
                # which was held on Saturday": the relative clause's subject is the noun before its pronoun, never
                # the main clause's verb; "Tsunami itu dipicu gempa 7,2 skala Richter yang terjadi pada Senin",
                # "hasil sementara pemilu yang digelar pada Minggu": the nearest event noun before the pronoun
                specific = [p for p in specific[-1:] if not re.fullmatch(_VERB_FORM, p.text, re.IGNORECASE)]
            if specific:
                it.predicate = specific[0]
        if it.predicate is not None and it.predicate.label == "began" and it.predicate.start >= it.end:
            it.predicate = None  # a start dates the day after it ("began on Wednesday", "dimulai pada Rabu") only
        if it.predicate is not None and it.predicate.end <= it.start and _trailing_day_of_result(text, it.predicate, it):
            # "Hasil referendum Swiss … terus menuai kecaman dari negara-negara Muslim, Selasa (1/12/2009).": the day
            # set at the sentence's end is the day its main clause tells of, never the day of the event whose result
            # is the subject
            it.predicate = None
        if it.predicate is not None and (_SHIFT_TO_EVENT.search(text, it.start, it.end)
                                         or _SHIFTED_APPOSITION.search(text, 0, it.start)
                                         or _told_against_itself(text, it, preds)
                                         or _SPAN_SINCE.search(text, max(0, it.start - 60), it.start)):
            # "Sehari sebelum letusan, Jumat (31/1/2014), …", "A day before the eruption, on Friday, …": a day told
            # against an event, never that event's own day; "95.000 penerbangan dibatalkan dalam enam hari sejak
            # Kamis", "in the six days since Thursday": the day a span of the verb's acts began, not any one's day
            it.predicate = None
        # the actor of a date is whoever does what it dates ("Lam menangguhkan RUU tersebut pada Jumat"), else
        # the nearest name before it, or after it as an agent ("disahkan pada 12 Maret oleh DPR")
        pred = it.predicate
        subject = None
        received = _received_from(text, pred) if pred is not None and pred.end <= it.start else None
        if pred is not None and pred.end <= it.start:
            before = [a for a in actors if a.end <= pred.start and date_sent.cost(a.end, pred.start, owner=it.index) <= 2.0]
            subject = before[-1] if before else None
            if subject is None:
                # "as they had in the Senate, which passed the measure 51-50 on Sunday", "DPR, yang mengesahkan …
                # pada Jumat": a relative clause's verb was done by the noun the pronoun stands for
                antecedent = [a for a in actors if _RELATIVE_PRONOUN.fullmatch(text[a.end : pred.start])]
                subject = antecedent[-1] if antecedent else None
            # "Undang-undang itu disahkan DPR AS … pada Jumat", "the bill was passed by the House on Friday": a
            # passive verb's agent right after it did what the date dates, not the subject it was done to
            agent = [a for a in actors if a.start >= pred.end and _PASSIVE_AGENT.fullmatch(text[pred.end : a.start])
                     and ((sent.langs == ("id",) and pred.text.lower().startswith("di"))
                          or "by" in text[pred.end : a.start].lower())]
            subject = agent[0] if agent else subject
            if received is not None:
                # "Argentina secured final approval on Friday … from the IMF's executive board": the body after
                # "from" granted it; the subject only received it
                granting = [a for a in actors if a.start >= received]
                subject = granting[0] if granting else None
        elif pred is not None and pred.start >= it.end and not _PASSIVE_BEFORE.search(text, 0, pred.start) \
                and not (sent.langs == ("id",) and pred.text.lower().startswith("di")):
            # "Sehari sebelumnya, Minggu (20/10/2024), Senat menyetujui amendemen tersebut", "On Sunday, the Senate
            # approved it": a date set before its clause is the act of the voting body right before an active verb
            # (not "on March 16, Xi was re-elected": a passive's subject is who it was done to; not "pekan ini, para
            # legislator Rusia menyetujui": a country or a generic body names no chamber)
            between = [a for a in actors if it.end <= a.start and a.end <= pred.start and a.label in voting_bodies()
                       and date_sent.cost(a.end, pred.start, owner=it.index) <= 2.0]
            # "Majelis Rendah (House of Commons) Kanada pada Senin (18/6/2018) menyetujui RUU", "the Senate on
            # Tuesday approved it": a date between a voting body and its active verb is that body's act, though a
            # country that names the body's nation stands nearer the date
            before_body = [a for a in actors if a.end <= it.start and a.label in voting_bodies()
                           and (date_sent.cost(a.end, it.start, owner=it.index) <= 2.0
                                or _BODY_THEN_DATE.fullmatch(text, a.end, it.start))
                           and date_sent.cost(it.end, pred.start, owner=it.index) <= 1.0]
            subject = between[-1] if between else (before_body[-1] if before_body else None)
            if subject is None:
                # "Sehari kemudian, Selasa (9/9/2025), Perdana Menteri KP Sharma Oli mengundurkan diri", "On Tuesday,
                # Prime Minister Oli resigned": a person named right before the active verb did what the date dates
                person = [a for a in actors if it.end <= a.start and a.end <= pred.start and not a.label.startswith("@")
                          and len(a.text.split()) >= 2 and not _country_of(a.text, demonym=False)
                          and date_sent.cost(a.end, pred.start, owner=it.index) <= 1.0]
                subject = person[-1] if person else None
        it.actor = subject if received is not None else subject or _nearest(date_sent, it, [a for a in actors if (a.end <= it.start and not _aside_agent(text, a, it))
                                                     or _by_agent(text, it.end, a.start)], ACTOR_REACH + 1.5)
        if it.actor is None and attribution is not None and attribution.kind != "pronoun":
            it.actor = _speaker_relative(text, it, attribution)
        it.negated = _negated(date_sent, it, negators)
    _attach_places(date_sent, items, places)
    previous = None
    for it in items:
        if previous is not None:
            it.link = _link(date_sent, previous, it)
            if it.link in ("coordinate", "restate") and it.predicate is None and previous.predicate is not None \
                    and not _STARTS_ANOTHER.search(text, previous.end, it.start):
                it.predicate = previous.predicate
                it.negated = it.negated or previous.negated
            if it.link == "restate":
                it.actor = it.actor or previous.actor
        previous = it
    in_asof = {id(w): w for w in whens if w.basis == "explicit"}
    out = []
    for k, d in enumerate(dates):
        it = items[k]
        ds, de = dspans[k]
        role = "event"
        if any(w.start <= ds and de <= w.end for w in in_asof.values()):
            role = "as_of"
        elif any(w.basis == "statement" and w.start == ds for w in whens):
            role = "statement"
        elif d.relative and _quoted(text, ds):
            role = "quoted"  # "… the cowardly attacks on our people today," wrote the prime minister
        pred = it.predicate if role == "event" else None
        event = _date_event(date_sent, it, preds, pred) if role == "event" and it.index not in own_verb else \
            _activity(date_sent, it, preds) if role == "as_of" else None
        pred_label, pred_text = _lent_predicate(pred, event)
        info = predicate_class(pred_label)
        frame = Frame(
            predicate=pred_label,
            predicate_text=pred_text,
            event=event,
            evolving=bool(info.get("evolving")),
            places=tuple(Place(p.label, p.text, p.extra if isinstance(p.extra, str) else p.extra[1], attached,
                               isinstance(p.extra, tuple))
                         for p, attached in it.places),
            actor=it.actor.label if it.actor else None,
            actor_text=it.actor.text if it.actor else None,
            source=source_key(_named(attribution)),
            source_text=_named(attribution),
            negated=it.negated,
            role=role,
            context=_context(text, ds, de),
            modifiers=(("planned",) if _scheduled(date_sent, it) else ())
            + (("repeated",) if pred is not None and _repeated(text, pred) else ())
            + (("ongoing",) if role == "event" and _ongoing(text, ds) else ())
            + _office(text, pred, ds)
            + _committee(text, it, pred)
            + _date_measure(date_sent, it, pred),
        )
        out.append(replace(d, frame=frame))
    # "Ruang first erupted on April 16 and again on April 30", "meletus pada 16 April dan kembali pada 30 April":
    # a sentence that dates one event again names several occurrences; each of its days of that event is one
    again_before = _repetition()[2]
    again = {d.frame.predicate for d, (ds, _), it in zip(out, dspans, items)
             if d.frame.predicate and _again_before_day(again_before, text, ds, it.predicate)}
    if again:
        out = [replace(d, frame=replace(d.frame, modifiers=tuple(sorted({*d.frame.modifiers, "repeated"}))))
               if d.frame.predicate in again and d.frame.role == "event" else d for d in out]
    # "the two-day referendum held on Saturday and Sunday", "digelar Sabtu dan Minggu": two days in a row joined by
    # "and" are the days of one event that lasts both; neither is the whole event's day
    several = set()
    for k in range(len(out) - 1):
        (s1, e1), (s2, _) = dspans[k], dspans[k + 1]
        a, b = out[k], out[k + 1]
        if a.frame.role == b.frame.role == "event" and a.granularity == b.granularity in ("weekday", "day") \
                and a.low is not None and b.low is not None and a.low == a.high and b.low == b.high \
                and abs((b.low - a.low).days) == 1 \
                and _DAYS_JOINED.fullmatch(text, e1, s2):
            several |= {k, k + 1}
    if several:
        out = [replace(d, frame=replace(d.frame, modifiers=tuple(sorted({*d.frame.modifiers, "days:several"}))))
               if k in several else d for k, d in enumerate(out)]
    return out


_DAYS_JOINED = re.compile(LIST_JOIN + r"(?:(?:on|pada)\s+)?", re.IGNORECASE)


# A finite verb right after a date ("on Sunday raised", "pada Senin (19/5/2008) merevisi"), a part of the day
# between: English past forms in -ed and common irregular ones, Indonesian verbs with the meN- or di- prefix
_VERB_FORM = (rf"{L.EN_PAST_VERB}|said|told|gave|put|set|made|held|met|won|lost|began|struck|took|sent|"
              rf"{L.ID_MEN_VERB}|{L.ID_DI_VERB}")
_VERB_AFTER_DATE = re.compile(
    r"(?:\s*\([^)]{0,40}\))?\s*,?\s+(?:(?:morning|afternoon|evening|night|pagi|siang|sore|malam)\s+)?"
    rf"(?P<verb>{_VERB_FORM})(?![\w-])")
_NOT_VERBS = frozenset({"need", "speed", "seed", "feed", "hundred", "red", "bed", "united", "based", "armed", "detailed",
                        "meeting", "member", "members", "media", "medis", "menit", "menteri", "mendatang", "mendatangi",
                        "dini", "dinihari", "diri", "dirinya", "dia"})


def _own_verb(text: str, end: int, preds: list[_Mention]) -> int | None:
    """Where a verb stands right after a date (its start) that no event predicate of ``preds`` covers, or None:
    an event verb of the lexicon is the date's own predicate and found as such; a count's verb ("raised" of
    money) or an unknown one dates its own act."""
    m = _VERB_AFTER_DATE.match(text, end)
    if m is None or m.group("verb").lower() in _NOT_VERBS:
        return None
    if any(p.start <= m.start("verb") < p.end for p in preds):
        return None
    return m.start("verb")


_ATTRIBUTE_BEFORE = {"en": re.compile(r"(?:(?<![\w-])(?:the|its|their|all|newly)|\d[\d,.]*)\s+$", re.IGNORECASE),
                     "id": re.compile(r"\d[\d,.]*\s+(?:(?!(?:itu|ini|tersebut|yang)\s)[a-z]+\s+){1,2}$")}
# English participles in -ed; Indonesian stative ter- forms that describe a member of a list (an Indonesian ter- verb
# such as "terbalik" is as often the clause's own predicate, so only these are read as attributes)
_ATTRIBUTE_FORM = {"en": re.compile(L.EN_PAST_VERB), "id": re.compile(r"terpilih|terdaftar")}
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?!(?:was|is|has|as|its|this|his|us|thus|plus|across)(?![\w-]))[a-z][a-z-]*s(?![\w-])")


# a participle between a determiner and its noun ("the crashed plane", "a collapsed building", "its sunken hull")
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:on|in|at|by|to|from|for|with|and|or|but|as|after|before|during|since|over|near)"
                         r"(?![\w-]))[A-Za-z][\w'’-]*")


def _attributive(text: str, p: _Mention, langs) -> bool:
    """Is a one-word predicate a participle describing a counted noun: English "the 543 elected seats", "542
    elected members" (a numeral or determiner before, a plural noun after), Indonesian "542 anggota parlemen
    terpilih" (a stative participle of a list's members after a counted noun, no demonstrative between)? It then says what the things are, not when anything
    happened."""
    word = p.text.strip()
    if " " in word:
        return False
    if "en" in langs and _ATTRIBUTE_FORM["en"].fullmatch(word) and _ATTRIBUTE_BEFORE["en"].search(text, 0, p.start) \
            and _PLURAL_NOUN_AFTER.match(text, p.end):
        return True
    if "en" in langs and _ATTRIBUTE_FORM["en"].fullmatch(word) and _DETERMINER_BEFORE.search(text, 0, p.start) \
            and _NOUN_AFTER.match(text, p.end):
        return True  # "recovered the recorders of the crashed Yeti Airlines plane on Monday": the plane's state
    if "id" in langs and word.lower() == "terpilih" and _OFFICE_BEFORE.search(text, 0, p.start) \
            and re.match(r"\s+[A-Z]", text[p.end :]):
        # "Presiden terpilih Meksiko Andrés Manuel López Obrador": the president-elect's title before the name, no
        # election's day (not "menetapkan Asfura sebagai presiden terpilih pada Rabu": declared elected that day)
        return True
    if "id" not in langs or _ATTRIBUTE_FORM["id"].fullmatch(word.lower()) is None:
        return False
    m = _ATTRIBUTE_BEFORE["id"].search(text, 0, p.start)
    # the counted noun phrase is a verb's object ("menyerahkan daftar 542 anggota parlemen terpilih"), not the
    # clause's subject ("Sebanyak 580 anggota dewan terpilih pada 14 Februari": terpilih is its predicate)
    return m is not None and _ID_OBJECT_VERB.search(text, max(0, m.start() - 40), m.start()) is not None


# an office right before "terpilih": "Presiden terpilih", "gubernur terpilih" (the office-holder elect)
_OFFICE_BEFORE = re.compile(r"(?<![\w-])(?:presiden|wakil\s+presiden|gubernur|wakil\s+gubernur|bupati|wali\s*kota|"
                            r"perdana\s+menteri|kanselir|ketua)\s+$", re.IGNORECASE)
# an Indonesian verb in meN- or di- form, then up to three words of its object, before a counted noun phrase
_ID_OBJECT_VERB = re.compile(rf"(?<![\w-])(?:{L.ID_MEN_VERB}|{L.ID_DI_VERB})(?:\s+[a-z][\w-]*){{0,3}}\s+$")


def _fronted_unknown_verb(text: str, end: int, pred_start: int, preds: list[_Mention]) -> bool:
    """Between a date that opens its sentence and the predicate found after it, is there a verb the lexicon does
    not know ("On Friday, the Cabinet designated the typhoon …"), with no predicate of ``preds`` before it?"""
    if re.search(r"[;:]", text[end:pred_start]):
        return False
    for m in _UNKNOWN_VERB.finditer(text, end, pred_start):
        word = m.group(0).lower()
        if word in _NOT_VERBS or word.startswith("di") or _ATTRIBUTE_DETERMINER.search(text, 0, m.start()) \
                or re.match(r"\s+by(?![\w-])", text[m.end():]):
            continue  # "a crowded ferry", "a plane operated by …", "distrik": no main verb
        if word in _CAUSATIVE:
            return False  # "heavy rains triggered a landslide": the incident the verb causes is the day's
        return not any(end <= q.start < m.start() for q in preds)
    return False


_ATTRIBUTE_DETERMINER = re.compile(r"(?<![\w-])(?:a|an|the|this|that|its|their|his|her|our|two|three|several)\s+"
                                   r"(?:(?:heavily|badly|densely|fully|newly)\s+)?$", re.IGNORECASE)
# verbs whose object is the incident they cause, on the day they name
_CAUSATIVE = frozenset({"triggered", "caused", "sparked", "unleashed", "produced", "memicu", "menyebabkan",
                        "mengakibatkan", "menimbulkan"})


# an election noun's date set off by a preposition, a word or two after the noun ("election on Friday", "pemilihan
# presiden pada Rabu"), a winner's share between ("pemenang putaran kedua pemilihan presiden dengan 55,75 persen suara
# pada Selasa", "the winner of the run-off with 55.7% of the vote on Tuesday")
_PREP_AFTER_NOUN = re.compile(r"(?:\s+[\w-]+){0,2}?(?:\s+(?:dengan|with)(?:\s+(?:\d+(?:[.,]\d+)*%?|[^\W\d_][\w-]*)){1,5}?)?"
                              # a passive's agent between ("was named the winner of the ballot by the country's
                              # election officials on Tuesday"): the date is still the governing verb's
                              r"(?:\s+(?:by|oleh)(?:\s+[\w'’-]+){1,4}?)?"
                              r"\s+(?:pada|on)\s+(?:hari\s+)?", re.IGNORECASE)
# a verb the lexicon may not know (``_VERB_FORM``) anywhere in a clause
_UNKNOWN_VERB = re.compile(rf"(?<![\w-])(?:{_VERB_FORM})(?![\w-])")


def _verb_around_noun(text: str, clause: int, it: _Item, preds: list[_Mention]) -> "_Mention | int | None":
    """The act a date after an election noun belongs to, when a verb of another class governs the noun before it
    in the date's clause (``around_nouns``): that verb's predicate mention, or the verb's start when the lexicon
    does not know it; None when the noun is the clause's subject, its verb is of its own class or generic."""
    noun = it.predicate
    if noun is None or noun.end > it.start or not _PREP_AFTER_NOUN.fullmatch(text, noun.end, it.start):
        return None
    around = predicate_class(noun.label).get("around_nouns") or ()
    if noun.text.lower() not in around:
        return None
    if any(m.end() == noun.start for m in SHIFT_DAYS.finditer(text, clause, noun.start)):
        # "The attack came six days after a referendum on Monday, Jan. 21", "dua hari sebelum pemilu pada Minggu": the
        # noun is the event the clause is told against, and the date after it is that event's own (not "menerima
        # Ketua KPU setelah pemungutan suara pada Senin": with no shift of days the verb's day is written last)
        return None
    verbs = [p for p in preds if clause <= p.start and p.end <= noun.start and p.text.lower() not in around]
    if verbs:
        v = verbs[-1]
        info = predicate_class(v.label)
        return None if v.label == noun.label or info.get("generic") else v
    unknown = [m for m in _UNKNOWN_VERB.finditer(text, clause, noun.start) if m.group(0).lower() not in _NOT_VERBS]
    return unknown[-1].start() if unknown else None


# active verbs of holding, which take what is held as their object ("menggelar mogok kerja", "held a strike");
# their passives ("digelar", "was held") and "took place" say when their subject happened
_HOLD_ACTIVE = re.compile(r"menggelar|mengadakan|menyelenggarakan|melaksanakan|held|holds|staged|stages", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"(?<![\w-])(?:was|were|is|are|be|been|being)\s+(?:(?:not|never|also|first|then)\s+)?$",
                             re.IGNORECASE)
_PREPOSITION_FIRST = re.compile(r"\s+(?:in|on|at|by|for|from|to|during|near|inside|outside|across|di|pada|oleh|sejak|dari|"
                                r"ke|untuk|selama|dalam|secara)(?![\w-])", re.IGNORECASE)


def _holds_other_thing(text: str, it: _Item, preds: list[_Mention], langs) -> bool:
    """Is a date's generic predicate an active verb of holding whose object, between it and the date, names no
    event of the lexicon ("menggelar mogok kerja sehari pada Kamis", "held a one-day strike on Thursday")?"""
    pred = it.predicate
    if pred is None or pred.end > it.start or not _HOLD_ACTIVE.fullmatch(pred.text.strip()) \
            or _PASSIVE_BEFORE.search(text, 0, pred.start):
        return False
    between = text[pred.end : it.start]
    if _PUNCT.search(between) or not re.match(r"\s+[\w-]", between) or _PREPOSITION_FIRST.match(between):
        return False  # no object ("the election was held on Sunday"), or another clause between
    if any(pred.end <= q.start and q.end <= it.start for q in preds if q is not pred):
        return False
    if _find(lexicon().activities, between, langs):
        return False  # "staged a rally", "menggelar doa bersama": the activity's day, read as such
    # "held general elections": a predicate written in the plural is still an event
    singular = re.sub(r"(?<=[a-z])s(?![\w-])", "", between)
    return not _find(lexicon().predicates, singular, langs)


@lru_cache(maxsize=1)
def _offices() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """frame_cues.json's "offices": a pattern of a lead word ("sebagai", "as") and an office, a pattern of an office
    right after English "elected" ("was elected speaker"), and each office's written forms to its key."""
    table = _load("frame_cues.json")["offices"]
    forms = {w.lower(): key for key, v in table.items() if key not in ("_comment", "lead")
             for lang in ("id", "en") for w in v[lang]}
    lead = _alternation([w for lang in ("id", "en") for w in table["lead"][lang]])
    # "as prime minister", "as the new president", "as the country's prime minister", "sebagai perdana menteri baru"
    led = re.compile(rf"(?<![\w-])(?:{lead})\s+(?:(?:the|a|new|baru|interim|sementara|its|their)\s+)?"
                     rf"(?:(?:country|nation|state|republic)['’]s\s+(?:new\s+)?)?(?P<office>{_alternation(forms)})"
                     r"(?![\w-])", re.IGNORECASE)
    english = [w for key, v in table.items() if key not in ("_comment", "lead") for w in v["en"]]
    right_after = re.compile(rf"\s+(?P<office>{_alternation(english)})(?![\w-])", re.IGNORECASE)
    return led, right_after, forms


def _office(text: str, pred: _Mention | None, ds: int) -> tuple[str, ...]:
    """The office of an election's or a swearing-in's date ("terpilih sebagai perdana menteri", "was elected
    speaker", "sworn in as president"): ("office:pm",) and the like, read after the predicate in the date's own
    conjunct ("elected Sadiq as speaker on Friday and Sharif as prime minister on Sunday": Sunday's is the prime
    minister's)."""
    if pred is None or pred.label not in ("elected", "inaugurated"):
        return ()
    led, right_after, forms = _offices()
    start = pred.end
    if ds > pred.end:
        joins = list(_CONJUNCT.finditer(text, pred.end, ds))
        start = joins[-1].end() if joins else pred.end
    tail = re.split(r"[;:.]|,\s|\s(?:and|dan)\s", text[start : start + 120])[0]
    m = led.search(tail) or (right_after.match(tail) if start == pred.end and pred.text.lower().endswith("elected")
                             else None)
    if m is None and ds > pred.end:
        # "Suga terpilih sebagai perdana menteri dalam pemungutan suara … pada Rabu": the office before the
        # predicate the date is nearest, in the same clause
        head = re.split(r"[;:.]|,\s|\s(?:and|dan)\s", text[max(0, pred.start - 80) : pred.start])[-1]
        found = list(led.finditer(head))
        m = found[-1] if found else None
        tail = head
    key = forms.get(" ".join(m.group("office").lower().split())) if m else None
    if m is not None and _OF_PARTY.match(tail, m.end()):
        key = "leader"  # "elected president of the ruling Liberal Democratic Party": the party's leader
    return (f"office:{key}",) if key else ()


_OF_PARTY = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?Party\b")


_CONJUNCT = re.compile(r"\s(?:and|dan)\s", re.IGNORECASE)


# a chamber's committee, which votes on a bill before its chamber does ("komisi khusus Majelis Rendah", "the Senate
# Judiciary Committee", "pansus"); not an election's commission or committee ("Komisi Pemilihan Umum", "the Central
# Elections Committee"), nor the Red Cross's, an Olympic or a Nobel committee
_COMMITTEE = re.compile(r"(?<![\w-])(?:komisi\s+khusus|komite\s+khusus|komisi\s+[IVX]+(?![\w-])|panitia\s+khusus|pansus|"
                        r"panitia\s+kerja|panja|badan\s+legislasi|baleg|(?<!election\s)(?<!elections\s)(?<!electoral\s)"
                        r"(?<!olympic\s)(?<!nobel\s)(?<!international\s)(?:sub)?committee(?!\s+of\s+the\s+red\s+cross)|"
                        r"komite\s+(?!pemilihan|palang|olimpiade|nobel|internasional)\w+)(?![\w-])", re.IGNORECASE)


# what a chamber's committee does to a bill or a nominee: approve it (or reject it) or elect someone
_COMMITTEE_ACTS = frozenset({"approved", "elected"})


def _committee(text: str, it: _Item, pred: _Mention | None) -> tuple[str, ...]:
    """A decision a chamber's committee took ("komisi khusus Majelis Tinggi menyetujui paket itu pada Kamis", "the
    Judiciary Committee deadlocked on Monday", "disetujui pansus pada Rabu"): ("body:committee",), a stage of its
    own, never the day the chamber voted. The committee is the subject before the verb or the agent after it,
    within the date's clause."""
    if pred is None or pred.label not in _COMMITTEE_ACTS:
        return ()  # the International Committee of the Red Cross reporting, the Olympic Committee's opening
    if pred.end <= it.start:
        clause = max([0] + [m.end() for m in _PUNCT.finditer(text[: pred.start])])
        region = text[clause : it.start]
    else:
        region = text[it.end : pred.start]
    return ("body:committee",) if _COMMITTEE.search(region) else ()


def _date_measure(sent: _Sentence, it: _Item, pred: _Mention | None) -> tuple[str, ...]:
    """What a chamber's vote that a date dates was cast on (frame_cues "vote_measures"), as ("measure:<kind>",):
    the act's object, the first measure named within two words after it, in its clause and before the day when the
    day follows ("Majelis … mengesahkan konstitusi baru … pada Minggu", "approved a caretaker government … on
    Wednesday"). One assembly's vote on a constitution and its vote on a cabinet are two acts on two days."""
    if pred is None or pred.label not in VOTE_ACTS:
        return ()
    text = sent.text
    # the act's object: the first measure named within a few words after it, before the day ("approved a caretaker
    # government", "mengesahkan konstitusi baru negara itu"), not an agent further on ("the constitutional changes
    # drafted by Putin's cabinet")
    stop = _PUNCT.search(text, pred.end)
    end = min(stop.start() if stop else len(text), it.start if pred.end <= it.start else len(text))
    named = measures_named(text[pred.end : end], sent.langs)
    if not named or len(re.findall(r"[^\W\d_]+", text[pred.end : pred.end + named[0][0]])) > 2:
        return ()
    return (named[0][1],)


def _again_before_day(again_before: re.Pattern, text: str, ds: int, pred: _Mention | None) -> bool:
    """Does "again" stand right before a day ("dan kembali pada 30 April"), not as a word of the day's own predicate
    ("dibuka kembali pada Rabu": reopened, one event)?"""
    base = max(0, ds - 30)
    m = again_before.search(text[base:ds])
    return m is not None and not (pred is not None and pred.start <= base + m.start() < pred.end)


def _reported_incident(text: str, clause: int, it: _Item, langs) -> bool:
    """Is the incident noun a date follows ("serangan itu pada Kamis", "the attack on Thursday") the object of a
    reporting verb in the date's clause, at most three words before it ("mengklaim serangan itu", "claimed
    responsibility for the attack")?"""
    noun = it.predicate
    if noun is None or noun.end > it.start or not _PREP_AFTER_NOUN.fullmatch(text, noun.end, it.start):
        return False
    head = text[clause : noun.start]
    if _find(lexicon().activities, head, langs):
        return False  # "mengumumkan penyelidikan atas kebakaran itu pada Kamis": the inquiry's day (an activity)
    rest = re.split(r"[;:.]|,\s|\s(?:and|dan|yang|which|that)\s", text[it.end : it.end + 120])[0]
    if _UNKNOWN_VERB.search(rest) or _find(lexicon().predicates, rest, langs) \
            or re.search(r"(?<![\w-])(?:was|were|is|are|had|has|have|will|would|adalah|merupakan)(?![\w-])", rest, re.IGNORECASE):
        return False  # "Police said the attack on Thursday killed 10 people": the noun is the next clause's subject
    return any(_reporting_verb(w) and re.fullmatch(r"\s*(?:[\w-]+\s+){0,3}", head[e:])
               for _, e, _, w in _find(lexicon().cues["statement"], head, langs))


def _lent_predicate(pred: _Mention | None, event: str | None) -> tuple[str | None, str | None]:
    """The predicate of a date: its verb's class, or the class of the event its phrase names when the verb
    dates no event ("Lula won the run-off on Sunday": a count's verb, "He lost the run-off on 31 October": no
    verb of the lexicon); both are the run-off's day, as "the run-off was held on Sunday" is. Not an activity's
    class, nor an event the date is told against ("fell on Friday after the announcement")."""
    own = (pred.label, pred.text) if pred is not None else (None, None)
    if not event or (pred is not None and predicate_class(pred.label).get("kind") != "count"):
        return own
    base, _, tag = event.partition(":")
    if base == "activity" or tag not in ("", "later") or predicate_class(base).get("kind") not in ("event", "both"):
        return own
    return base, pred.text if pred is not None else None


@lru_cache(maxsize=1)
def _repetition() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """frame_cues.json's "repeated_occurrence": the words right before an event's verb, and those within three
    words after it, that say it happened more than once; and "again" right before a later date ("and again early
    on", "dan kembali pada")."""
    cues = _load("frame_cues.json")["repeated_occurrence"]
    alt = _alternations(cues)
    before = re.compile(rf"(?<![\w-])(?:{alt('before')})\s+$", re.IGNORECASE)
    after = re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{alt('after')}|(?:\d+|{alt('counts')})\s+(?:{alt('times')}))(?![\w-])",
                       re.IGNORECASE)
    again = re.compile(rf"(?<![\w-])(?:{alt('again')})\s+(?:(?:{alt('again_fillers')})\s+)*$", re.IGNORECASE)
    return before, after, again


# a state that still holds on the day a date names ("firefighters were still battling 33 fires on Wednesday",
# "tim SAR masih mencari korban pada Selasa"), or an event in its Nth day ("memasuki hari ketiga pada Minggu",
# "entered its third day on Sunday"): the day is one of its days, not the day the story's event happened
_ONGOING = re.compile(r"(?<![\w-])(?:still\s+(?:\w+ing|at\s+large|missing|trapped|in|at|on|under)(?![\w-])|continue[sd]?\s+to|"
                      r"(?:masih|terus)\s+(?!\d|sekitar|sebanyak|lebih|kurang)[^\W\d]+|"
                      r"(?:memasuki|masuk|menginjak)\s+hari\s+ke-?\w+|"
                      r"(?:entered|entering|enters|went\s+into|into)\s+(?:its|a|the)\s+(?:\w+\s+)?day)(?![\w-])",
                      re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"[,;:()]|(?<![\w-])(?:after|before|since|when|while|as|setelah|sebelum|sejak|ketika|saat|"
                          r"sementara|sedangkan|yang|which|who|that|where|di\s+mana)(?![\w-])", re.IGNORECASE)


def _ongoing(text: str, ds: int) -> bool:
    """Does the date's own clause say a state still holds ("still battling … on Wednesday", "masih mencari …
    pada Selasa")? Only the words between the clause's opening and the date; "masih" of a figure ("masih 64
    orang") is an as-of, which is no event date."""
    head = text[:ds]
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(head)]
    clause = head[opens[-1] if opens else 0 :]
    # the date is what "on" / "pada" gives the state ("still battling … on Wednesday"), not an incident's own
    # day inside it ("still recovering from the earthquake of April 25")
    return _ONGOING.search(clause) is not None and re.search(r"(?<![\w-])(?:on|pada|hari)\s*$", clause, re.I) is not None


def _repeated(text: str, pred: _Mention) -> bool:
    """Does the event a date is the day of happen more than once, by the words at its verb ("erupted repeatedly
    since Tuesday", "meletus lima kali sepanjang Rabu", "kembali meletus pada Selasa")? Not past a comma or
    another clause."""
    before, after, _ = _repetition()
    head = text[max(0, pred.start - 25) : pred.start]
    tail = re.split(r"[,;.:()]", text[pred.end : pred.end + 60])[0]
    return bool(before.search(head) or after.match(tail))


def _date_form(p: _Mention) -> _Mention:
    """A predicate written in one of its class's "date_forms" (predicates.json): as a date's predicate, the class
    that form names ("ditemukan tewas" dates the finding, as "was found dead" does)."""
    words = " ".join(p.text.lower().split())
    for label, forms in (predicate_class(p.label).get("date_forms") or {}).items():
        if words in forms:
            return replace(p, label=label)
    return p
