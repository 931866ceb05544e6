"""Attributions: who each sentence's claim comes from.

Direct quotes are found per paragraph, because a quote can run over several sentences and its cue ("kata
Peskov", "lanjutnya") comes after the closing mark. Indirect speech is found by reporting verbs ("Ukraina
memperkirakan", "Zelensky menyebut bahwa"), "menurut X" / "according to X", and English "X said" / "said X".
"-nya" cues and pronouns point back to the last named speaker of the article.
"""

from __future__ import annotations

import re

from ..records import Article, Attribution, Sentence
from . import lexicon as L


_alt = L.alternation
_QUOTE = re.compile(r"[\"“”](?P<body>[^\"“”]{3,}?)[\"“”]")
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
_NP_WORD = r"(?:[A-Z][\w'’.-]*|juru bicara|para|pejabat|tinggi|senior|militer|pemerintah|media)"
_NP_BODY = rf"(?:{_NP_WORD}\s+){{0,6}}[A-Z][\w'’-]*(?:\s+(?:dan|and)\s+[\w'’-]+)?"
_NP = rf"(?P<speaker>{_NP_BODY})"
_CUE_AFTER_QUOTE = re.compile(
    rf"^\s*,?\s*(?:(?P<nya>{_alt(L.NYA_CUES)})\b|(?P<cue>{_alt(L.CUES_BEFORE_SPEAKER)})\s+{_NP}|(?P<speaker2>{_NP_BODY})\s+(?P<cue2>said|says|added|told|wrote))",
)
_CUE_BEFORE_QUOTE = re.compile(rf"{_NP}\s+(?P<cue>{_alt(L.CUES_AFTER_SPEAKER)})(?:\s+\w+){{0,3}}\s*[,:]?\s*$")
_INDIRECT = re.compile(rf"(?<![\w-])(?P<cue>{_alt(L.CUES_AFTER_SPEAKER)})(?![\w-])")
# A list of sources ("menurut Barat, Ukraina, dan Korea Selatan,") has at most a dozen items, each starting
# after the comma's spaces: an unbounded list whose items could also take those spaces backtracked
# exponentially on "menurut X, a, b, c, …" without "dan".
# "berdasarkan amendemen ke-26", "berdasarkan undang-undang": a legal basis, not whose account
_LEGAL_BASIS = (r"(?!(?<=berdasarkan)\s+(?:amendemen|amandemen|undang-undang|uu|peraturan|keputusan|putusan|pasal|"
                r"konstitusi|hukum|aturan|ketentuan|perjanjian|kesepakatan)(?![\w-]))")
_ACCORDING = re.compile(rf"(?:^|(?<=[\s,]))(?P<cue>{_alt(L.ACCORDING_TO)}){_LEGAL_BASIS}\s+(?P<speaker>[^,]{{2,120}}?(?:,\s*(?:[^,\s][^,]{{0,39}},\s*){{0,12}}(?:dan|and)\s+[^,]{{1,40}})?)\s*(?:,|[.!?]?\s*$)", re.I)
# "…, said the health ministry.", "…, kata juru bicara BNPB Abdul Muhari, Selasa (22/11/2022).": the cue after the
# clause, its speaker closing the sentence (an Indonesian one perhaps with the day it spoke, or whom it told)
_SAID_X = re.compile(r",\s*(?P<cue>said|says|added|told|kata|ujar|ucap|tutur|jelas|tegas|imbuh|tambah|lanjut|sebut)\s+"
                     r"(?P<speaker>(?:[\w'’-]+\s+){0,5}[A-Z][\w'’-]*)"
                     r"(?:\s+kepada\s+(?:para\s+)?(?:wartawan|media|pers|jurnalis))?"
                     r"(?:\s*,\s*(?:pada\s+)?(?:" + "|".join(L.WEEKDAY_NAMES_ID) + r")(?:\s*\([\d/]+\))?"
                     r"(?:\s+(?:pagi|siang|sore|malam))?)?\s*[.!?\"”]*$")
_NYA_END = re.compile(rf"(?P<cue>{_alt(L.NYA_CUES)})\b")
_BOUNDARY = {"ketika", "saat", "bahwa", "yang", "sementara", "namun", "tetapi", "karena", "setelah", "sebelum",
             "sehingga", "jika", "while", "when", "that", "but", "as", "after", "before", "because", "if", "and"}
_AUXILIARIES = {"terus", "akan", "telah", "sudah", "tidak", "belum", "masih", "bisa", "dapat", "harus", "enggan",
                "ingin", "mau", "tak", "not", "will", "would", "to", "could", "might"}
_LEADING_JUNK = {"juga", "pun", "also", "then", "kemudian", "lalu", "sendiri"}
_SUBJECT = re.compile(r"^(?:[^,]{0,25},\s*)?(?P<np>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:me|ber|di|ter)\w+")


_ROLE_WORDS = {"pertahanan", "luar", "negeri", "dalam", "keuangan", "kesehatan", "militer", "intelijen", "defence",
               "defense", "foreign", "affairs", "interior", "finance", "health"}


def speaker_name(speaker: str) -> str:
    """The person or body behind a speaker phrase, for comparing speakers.

    Titles, roles and the place before a person's name are dropped ("Menteri Pertahanan Ukraina Rustem
    Umerov" → "Rustem Umerov"); a list of sources ("Barat, Ukraina, dan Korea Selatan") is kept whole.
    """
    from .entities import _aliases, _key

    phrase = " ".join(speaker.split()).strip(" ,.")
    if re.search(r",|\b(?:dan|and)\b", phrase):
        return phrase
    words = phrase.split()
    while len(words) > 1 and (words[0].lower() in L.TITLE_WORDS or words[0].lower() in _ROLE_WORDS
                              or (_key(words[0]) in _aliases() and words[1][:1].isupper())):
        words = words[1:]
    return " ".join(words)


def _np_before(text: str, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``end`` (the subject of a reporting verb), or None."""
    # the subject stands within a few words of its verb; a window keeps this constant per cue
    base = max(0, end - 300)
    np = _np_before_in(text[base:end], end - base)
    return (np[0] + base, np[1] + base) if np else None


# "Pemerintah Arab Saudi, yang pada Sabtu (26/9/2015) mengumumkan 796 korban": the cue stands inside a relative
# clause whose head is the noun phrase before its comma
_RELATIVE_OPEN = re.compile(r",\s+(?:yang|which|who)(?![\w-])[^,]*$", re.IGNORECASE)


# A verb inside the phrase before a relative clause ("memeriksa", "questioned") makes that phrase a clause.
_FINITE_VERB = re.compile(rf"{L.ID_ACTIVE_VERB}|{L.EN_PAST_VERB}")


def _governs_cue(word: str, prefixes: tuple[str, ...] = ("me", "ber", "di", "ter")) -> bool:
    """Is the word before a reporting verb another verb or an auxiliary whose object the cue is ("terus
    menghindari membantah …", "…, yang enggan mengumumkan")? Then the cue reports nothing."""
    return word.islower() and (word.startswith(prefixes) or word in _AUXILIARIES)


# a short apposition in lower case set off by commas after a capitalised name, closing the text before a cue
_APPOSITION = re.compile(r"(?<=[A-Za-z.])\s*,\s*(?:the\s+|a\s+|an\s+)?[a-z][^,;:.\d]{2,60},\s*$")


def _np_before_in(text: str, end: int) -> tuple[int, int] | None:
    head = text[:end].rstrip()
    inside = _RELATIVE_OPEN.search(head)
    if inside is not None and not head.endswith(","):
        clause = re.findall(r"[\w'’.-]+", head[inside.start():])
        if clause and _governs_cue(clause[-1], ("me", "ber")):
            return None  # "…, yang enggan mengumumkan", "…, which refused to say": no report
        head = head[: inside.start()]  # the relative clause's head is the speaker
    elif head.endswith(","):
        # "Presiden X, yang sebelumnya …, mengatakan": skip the relative clause back to the name
        rel = max(head.rfind(", yang "), head.rfind(", who "), head.rfind(", which "))
        appos = _APPOSITION.search(head)
        if rel > 0:
            head = head[:rel]
        elif appos is not None:
            # "Senator Tasso Jereissati, pelapor amendemen di Senat, memperkirakan …", "Senator Ana Lima, the bill's
            # rapporteur, estimated …": an apposition set off after the name; the name is the speaker
            head = head[: appos.start()]
        else:
            return None
    words = list(re.finditer(r"[\w'’.-]+", head))
    if words and words[-1].group(0).lower() in ("dengan", "sambil", "seraya"):
        return None  # "… mengundurkan diri pada Senin malam dengan menyebut …": the cue tells how an act was done
    if words:
        last_word = words[-1].group(0)
        # "terus menghindari membantah …": the cue is the object of another verb, not a report
        if _governs_cue(last_word):
            return None
    picked = []
    for w in reversed(words):
        gap = head[w.end() : (picked[-1].start() if picked else len(head))]
        if gap.strip():  # punctuation between words ends the phrase
            break
        if w.group(0).lower() in _BOUNDARY and not (w.group(0).lower() in ("dan", "and") and picked):
            break
        picked.append(w)
        if len(picked) >= 8:
            break
    picked.reverse()
    while picked and (picked[0].group(0).lower() in _LEADING_JUNK or picked[0].group(0).lower() in ("dan", "and")):
        picked.pop(0)
    while picked and picked[-1].group(0).lower() in _LEADING_JUNK:
        picked.pop()
    if not picked:
        return None
    phrase = head[picked[0].start() : picked[-1].end()]
    if not any(c.isupper() for c in phrase) and len(picked) > 3:
        return None
    if inside is not None and any(_FINITE_VERB.fullmatch(w.group(0)) for w in picked[1:]):
        return None  # "Polisi memeriksa dua saksi, yang mengatakan …": the head is a clause's object, not a speaker
    return picked[0].start(), picked[-1].end()


def attribute_sentences(article: Article, sentences: tuple[Sentence, ...] | list[Sentence]) -> list[Attribution | None]:
    """One attribution (or None) per sentence, in order; pronouns and -nya resolve to the last named speaker."""
    text = article.text
    result: list[Attribution | None] = [None] * len(sentences)
    last: Attribution | None = None
    last_subject: str | None = None

    def named(speaker_start: int, speaker_end: int, cue: str, kind: str) -> Attribution | None:
        speaker = text[speaker_start:speaker_end].strip(" ,")
        if speaker.lower() in L.PRONOUNS:
            return resolved(cue)
        if _data_of_a_day(speaker):
            return None  # "menurut data Minggu, 1 Oktober": the day of the data, not who gave it
        return Attribution(speaker, cue, kind, speaker_start, speaker_end, speaker_name(speaker))

    def resolved(cue: str) -> Attribution | None:
        if last is not None:
            return Attribution(last.speaker, cue, "pronoun", -1, -1, last.name)
        if last_subject is not None:
            return Attribution(last_subject, cue, "pronoun", -1, -1, speaker_name(last_subject))
        return None

    by_paragraph: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        by_paragraph.setdefault(s.paragraph, []).append(i)

    for p_index, idxs in sorted(by_paragraph.items()):
        para = article.paragraphs[p_index]
        ptext = text[para.start : para.end]
        # direct quotes in the paragraph, with the cue right after (or before) them
        quotes: list[tuple[int, int, Attribution | None]] = []
        for q in _QUOTE.finditer(ptext):
            after = _CUE_AFTER_QUOTE.match(ptext[q.end():])
            attr = None
            if after:
                if after.group("nya"):
                    attr = resolved(after.group("nya"))
                else:
                    group = "speaker" if after.group("speaker") else "speaker2"
                    s0 = para.start + q.end() + after.start(group)
                    s1 = para.start + q.end() + after.end(group)
                    attr = named(s0, s1, after.group("cue") or after.group("cue2"), "direct")
            else:
                # the cue stands right before the quote: a window keeps this constant per quote
                window = max(0, q.start() - 300)
                before = _CUE_BEFORE_QUOTE.search(ptext, window, q.start())
                if before:
                    attr = named(para.start + before.start("speaker"), para.start + before.end("speaker"),
                                 before.group("cue"), "direct")
            if attr is not None and len(q.group("body").split()) >= 3:
                quotes.append((para.start + q.start(), para.start + q.end(), attr))
        for i in idxs:
            s = sentences[i]
            attr = None
            for qs, qe, qattr in quotes:
                if qs < s.end and s.start < qe:
                    attr = qattr
                    break
            if attr is None:
                attr = _indirect(s, text, named, resolved)
            if attr is not None:
                result[i] = attr
                if attr.kind != "pronoun":
                    last = attr
            subj = _SUBJECT.match(s.text)
            if subj and subj.group("np").split()[0].lower() not in L.PRONOUNS:
                last_subject = subj.group("np")
                if attr is None and last is not None and not _same(last.name, speaker_name(last_subject)):
                    last = None  # a new person took the stage; a later "ia" means them
    return result


def _same(a: str | None, b: str | None) -> bool:
    from .entities import same_entity

    return bool(a and b and same_entity(a, b))


_DATA_WORDS = frozenset({"data", "figures", "figure", "angka", "laporan", "report", "hasil", "from", "dari", "per",
                         "hari", "the", "on", "pada"})


def _data_of_a_day(speaker: str) -> bool:
    """Is the phrase after "menurut"/"according to" a day's data, not a speaker ("data Minggu, 1 Oktober", "figures
    from Sunday")? Words of data and of days only, with both a word of data and a day; "May", "according to May"
    and "figures released Monday by the health ministry" name who spoke."""
    words = re.findall(r"[\w']+", speaker.lower())
    days = [w for w in words if w in L.WEEKDAYS or w in L.MONTHS]
    return bool(days) and any(w in _DATA_WORDS for w in words) \
        and all(w in _DATA_WORDS or w in L.WEEKDAYS or w in L.MONTHS or w.isdigit() for w in words)


# an English participle cue right before what happened to those counted ("confirmed killed", "reported missing",
# "estimated dead") qualifies the count; it reports nothing, and the phrase before it is no speaker
_STATE_AFTER_CUE = re.compile(r"\s+(?:killed|dead|missing|injured|wounded|hurt|drowned|displaced|infected)(?![\w-])",
                              re.IGNORECASE)


def _indirect(s: Sentence, text: str, named, resolved) -> Attribution | None:
    st = s.text
    m = _ACCORDING.search(st)
    attr = named(s.start + m.start("speaker"), s.start + m.end("speaker"), m.group("cue").lower(), "according") if m else None
    if attr is not None:
        return attr
    m = _SAID_X.search(st)
    attr = named(s.start + m.start("speaker"), s.start + m.end("speaker"), m.group("cue"), "indirect") if m else None
    if attr is not None:
        return attr
    for m in _INDIRECT.finditer(st):
        if _STATE_AFTER_CUE.match(st, m.end()):
            continue  # "The number of people confirmed killed … rose to 518": a participle of the count, no report
        np = _np_before(st, m.start())
        if np:
            phrase = st[np[0] : np[1]]
            if phrase.lower() in L.PRONOUNS:
                return resolved(m.group("cue"))
            attr = named(s.start + np[0], s.start + np[1], m.group("cue"), "indirect")
            if attr is not None:
                return attr
    m = _NYA_END.search(st)
    if m:
        return resolved(m.group("cue"))
    return None
