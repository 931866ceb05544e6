"""Places: the place key, place phrases and venues, place names and demonyms, sites, and attaching a place
to each figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon as L
from .lexicons import LANGS, PLACE_REACH, is_country_code, _alternation, _alternations, _extras, _find, _group_lexicon, _load, _overlaps, lexicon, predicate_class
from .sentence import _Item, _Mention, _Sentence, _function_words, _reach


_NAME_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]{2,})"


@lru_cache(maxsize=16384)  # a pure function of the text, asked for the same names all along an article
def place_key(text: str, language: str | None = None) -> str:
    """A place as a cross-lingual key: admin words dropped, compass words and spellings translated, compass
    first ("Kabupaten Demak" → "demak"; "Jawa Tengah" and "Central Java" → "central java"); a country's
    Indonesian name is its English name's key ("Kroasia" → "croatia", "Italia" → "italy")."""
    key = _plain_place_key(text)
    return _country_in_english().get(key, key)


@lru_cache(maxsize=1)
def _country_in_english() -> dict[str, str]:
    """Each country's Indonesian name's key → its English name's key, from the CLDR territory names Babel ships
    ("kroasia" → "croatia", "spanyol" → "spain", "papua nugini" → "papua new guinea"); a name that is another
    country's English key is left alone."""
    from babel import Locale

    en, id_ = Locale("en").territories, Locale("id").territories
    pairs = {code: (_plain_place_key(id_[code]), _plain_place_key(en[code])) for code in en
             if code in id_ and is_country_code(code)}
    english = {e for _, e in pairs.values()}
    return {i: e for i, e in pairs.values() if i != e and i not in english}


def _plain_place_key(text: str) -> str:
    """``place_key`` before a country's Indonesian name is put in English."""
    from ..entities import canonical_name

    lex = lexicon()
    for lang in LANGS:
        for s, e, pid, _ in lex.generic_places[lang].find(text.strip()):
            if s == 0 and e == len(text.strip()):
                return pid  # "ibu kota" and "capital": "@capital"
    canon = canonical_name(" ".join(text.split()))
    if " " not in canon.strip() and _demonym_place(canon.strip(".,")):
        return _demonym_place(canon.strip(".,"))  # "the Libyan port city": Libya
    words = [re.sub(r"'s$", "", w.strip(".,")) for w in canon.lower().replace("’", "'").split()]
    words = [w for w in words if w]
    if words and words[0] in ("the",):
        words = words[1:]
    kept = [w for w in words if w not in lex.admin]
    words = kept or words
    joined = " ".join(words)
    if joined in lex.spellings:
        return lex.spellings[joined]
    out = []
    compass = []
    i = 0
    while i < len(words):
        two = " ".join(words[i : i + 2])
        if two in lex.compass and i > 0:
            compass.append(lex.compass[two])
            i += 2
            continue
        if two in lex.spellings:
            out.append(lex.spellings[two])
            i += 2
            continue
        w = words[i]
        if w in lex.compass and (i > 0 or len(words) > 1):
            compass.append(lex.compass[w])
        else:
            out.append(lex.spellings.get(w, w))
        i += 1
    return " ".join(compass + out).strip()


@lru_cache(maxsize=None)
def _place_prep_regex(lang: str) -> re.Pattern:
    """A language's place prepositions as one regex (built once, not per sentence)."""
    preps = lexicon().place_preps[lang]
    prep_rx = "|".join(re.escape(p) for p in sorted(preps, key=len, reverse=True) if not p.endswith("-"))
    # "In neighbouring India", "di negara tetangga India": the neighbour is still where the figure is
    return re.compile(rf"(?<![\w-])(?P<prep>{prep_rx})\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|negara\s+tetangga)\s+"
                      rf"(?=[A-Z]))?", re.IGNORECASE)


@lru_cache(maxsize=1)
def region_rx() -> re.Pattern:
    """A word that names a region rather than a town (places.json "regions": "kawasan", "pesisir", "region")."""
    words = [w for lang, ws in _load("places.json")["regions"].items() if lang in LANGS for w in ws]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def venue_words() -> dict[str, tuple[str, ...]]:
    """Per language, the nouns of a building or venue (places.json "venues")."""
    return {lang: tuple(words) for lang, words in _load("places.json").get("venues", {}).items() if lang in LANGS}


@lru_cache(maxsize=1)
def _venue() -> dict[str, re.Pattern]:
    """A venue noun written in lower case before a name ("gedung konser Bataclan", "the concert hall"): only the
    name after it makes a place (places.json "venues"); "Hotel Indonesia", capitalised, is a name whole."""
    return {lang: re.compile(r"(?:the\s+)?(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                             + rf")\s+(?={_NAME_WORD})")
            for lang, words in venue_words().items()}


# one side of a border or a conflict: "di pihak India", "dari pihak Pakistan", "on India's side", "on the India side"
_SIDE_OF = re.compile(rf"(?<![\w-])(?:(?:[Dd]i|[Dd]ari)\s+pihak\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})|"
                      rf"[Oo]n\s+(?:the\s+)?({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}?)(?:['’]s)?\s+side)(?![\w-])")


@lru_cache(maxsize=1)
def _named_venue() -> re.Pattern | None:
    """"the Osong underpass", "the Bataclan concert hall": "the", a name of up to three words, then an English venue
    noun in lower case (places.json "venues")."""
    words = venue_words().get("en")
    if not words:
        return None
    return re.compile(rf"(?<![\w-])the\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s+(?:"
                      + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])")


_PLACE_REPORTS = re.compile(rf"(?:^\s*|,\s*|(?<![\w-])(?:while|and|whereas|sementara|sedangkan|dan)\s+)"
                            rf"(?:(?:Neighbouring|Neighboring|neighbouring|neighboring)\s+)?"
                            rf"((?:Kabupaten\s+|Kota\s+|Provinsi\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+"
                            r"(?:(?:has|have|had|still|also|now|so\s+far|kini|masih|juga|sejauh\s+ini|telah|sudah)\s+)*"
                            r"(?:reports?|reported|recorded|records|counts?|counted|mencatat|melaporkan|mencatatkan)(?![\w-])")


# a contest's result before "dari": the name after it is the other contestant ("kalah tipis dari Lula", "unggul dari
# Bolsonaro"), not where anything is
_LOST_OR_WON_BEFORE = re.compile(r"(?<![\w-])(?:kalah|unggul|menang)(?:\s+(?:tipis|telak|jauh))?$", re.IGNORECASE)


# words of who reports, not where: "Police Chief Ahmad reported", "Tim SAR mencatat"
_REPORTER_WORDS = frozenset({"officials", "official", "police", "authorities", "rescuers", "government", "ministry", "agency",
                             "president", "governor", "minister", "spokesman", "spokeswoman", "chief", "head", "kepala",
                             "polisi", "pemerintah", "kementerian", "badan", "tim", "petugas", "menteri", "gubernur",
                             "bupati", "wali", "presiden", "juru", "bicara", "sar", "bnpb", "bpbd", "the"})


def _places(sent: _Sentence, skip_spans) -> list[_Mention]:
    lex = lexicon()
    text = sent.text
    found: list[_Mention] = []
    for lang in sent.langs:
        preps = lex.place_preps[lang]
        rx = _place_prep_regex(lang)
        for m in rx.finditer(text):
            slot = preps[m.group("prep").lower()]
            at = m.end()
            generic = [g for g in lex.generic_places[lang].find(text[at : at + 40]) if g[0] == 0]
            venue = _venue().get(lang) and _venue()[lang].match(text, at)
            if venue and not text[at].isupper():
                at = venue.end()  # "di gedung konser Bataclan": the name after the venue noun is the place
            ref = _reference_site(text, at)
            if ref is not None and not _overlaps((at, ref[0]), skip_spans):
                # "di sekitar TPA", "near the LNG terminal": a kind of point, not a place named "tpa" or "lng"
                found.append(_Mention(m.start(), ref[0], "place", ref[1], text[at : ref[0]], slot))
                continue
            name = _PLACE_NAME().match(text, at)
            head = text[max(0, m.start() - 25) : m.start()].rstrip()
            if name and name.end() > at and (name.group(0)[:1].isupper() or any(w[:1].isupper() for w in name.group(0).split()[1:])):
                written = name.group(0).rstrip(" ,.")
                span = (at, at + len(written))
                if _overlaps(span, skip_spans) or not _is_place_name(written):
                    continue
                if slot == "from" and _LOST_OR_WON_BEFORE.search(head):
                    continue  # "kalah tipis dari Luiz Inácio Lula da Silva": who won the contest, not a place
                if slot == "to" and _venue_to_before(head, lang):
                    slot = "in"  # "a visit to Geneva", "kunjungan kerja ke Jenewa": the visit is held where it goes
                if any(e0 == 0 for e0, _, _, _ in [(x[0], 0, 0, 0) for x in lex.event_nouns[lang].find(text[span[1]:].lstrip()[:20])]):
                    slot = "event"  # "the death toll from the Central Sulawesi earthquake": the quake's place
                elif slot == "in" and any(e0 == len(head) for _, e0, _, _ in lex.event_nouns[lang].find(head)):
                    slot = "event"  # "the tsunami in the Sunda Strait", "gempa di Turki dan Suriah": where it struck
                poss = re.match(r"(.+?)['’]s\s+(.+)$", written)
                if poss:  # "Ukraine's Kharkiv region": Kharkiv, in Ukraine
                    inner = poss.group(2)
                    found.append(_Mention(m.start(), span[1], "place", place_key(inner), inner, slot))
                    found.append(_Mention(at, at + len(poss.group(1)), "place", place_key(poss.group(1)),
                                          poss.group(1), ("container", slot)))
                    continue
                key = place_key(written)
                parts = re.split(r"\s+(?:and|dan)\s+", written)
                if len(parts) > 1 and key not in lex.spellings.values() and all(_is_place_name(x) for x in parts):
                    # "di Turki dan Suriah", "in Banten and Lampung": two places, not one named "turki dan suriah"
                    at_part = span[0]
                    for x in parts:
                        x_start = text.index(x, at_part)
                        found.append(_Mention(m.start() if x is parts[0] else x_start, x_start + len(x), "place",
                                              place_key(x), x, slot))
                        at_part = x_start + len(x)
                elif key:
                    found.append(_Mention(m.start(), span[1], "place", key, written, slot))
                _container(text, span[1], slot, skip_spans, found)
            elif generic:
                s, e, pid, written = generic[0]
                span = (at + s, at + e)
                if _overlaps(span, skip_spans):
                    continue
                named = re.match(rf"\s+(?:of\s+)?({_NAME_WORD}(?:\s+{_NAME_WORD})*)", text[span[1] :])
                if named and _is_place_name(named.group(1)) and not _overlaps(
                        (span[1] + named.start(1), span[1] + named.end(1)), skip_spans):
                    # "di perairan Danau Toba", "in the waters of Lake Toba": the name says where
                    name = named.group(1)
                    found.append(_Mention(m.start(), span[1] + named.end(1), "place", place_key(name), name, slot))
                    _container(text, span[1] + named.end(1), slot, skip_spans, found)
                else:
                    found.append(_Mention(m.start(), span[1], "place", pid, written, slot))
            else:
                site = _definite_site(text, m, lang)
                if site is not None and (not _overlaps(site[:2], skip_spans) or site[2].startswith("sites:")):
                    # a count of sites is a figure and a place at once ("di tiga gereja")
                    if slot == "in" and any(e0 == len(head) and predicate_class(c).get("incident")
                                            for _, e0, c, _ in _find(lex.predicates, head, (lang,))):
                        slot = "event"  # "the shooting at the mall", "serangan bom di stadion itu": where it happened
                    found.append(_Mention(m.start(), site[1], "place", site[2], text[site[0] : site[1]], slot))
                    if site[2].startswith("sites:"):
                        for s0, e0, key in joined_sites(text, site[1], lang):
                            found.append(_Mention(s0, e0, "place", key, text[s0:e0], slot))
    # "warga Derna", "residents of Palu", "the people of Derna": whose residents
    for m in re.finditer(rf"(?<![\w-])(?i:warga|penduduk|masyarakat|residents\s+of|people\s+of|inhabitants\s+of)\s+"
                         rf"({_NAME_WORD}(?:\s+{_NAME_WORD})*)", text):
        span = m.span(1)
        if span[1] > span[0] and text[span[0]].isupper() and not _overlaps(span, skip_spans) \
                and not _overlaps(span, [(p.start, p.end) for p in found]) and _is_place_name(m.group(1)) \
                and not (m.group(0)[:5].lower() == "warga" and _country_of(m.group(1), demonym=False)):
            # "warga Korea Selatan" is a nationality (a group), not where the figure is
            found.append(_Mention(span[0], span[1], "place", place_key(m.group(1)), m.group(1), "in"))
    # "Mount Semeru", "Gunung Semeru": a mountain is a place wherever it stands
    for m in re.finditer(rf"(?<![\w-])(?:Mount|Mt\.?|Gunung)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)", text):
        span = m.span(1)
        if not _overlaps(span, skip_spans) and not _overlaps(span, [(p.start, p.end) for p in found]):
            found.append(_Mention(m.start(), span[1], "place", place_key(m.group(1)), m.group(0), "event"))
    # "the flooding of the Osong underpass", "the Bataclan concert hall": a name written before a venue noun, with
    # no place preposition, is where the figure is, not who acted (English order; Indonesian writes the noun first)
    named_venue = _named_venue()
    for m in (named_venue.finditer(text) if named_venue is not None and "en" in sent.langs else ()):
        span = m.span(1)
        if not _overlaps(span, skip_spans) and not _overlaps(span, [(p.start, p.end) for p in found]) \
                and _is_place_name(m.group(1)):
            slot = "from" if re.search(r"(?<![\w-])(?:out\s+of|from)\s+$", text[: m.start()]) else "in"
            after = text[m.end() :][:24]
            if re.match(r"\s+\w", after) and any(s0 == len(after) - len(after.lstrip()) and predicate_class(c).get("incident")
                                                  for s0, _, c, _ in _find(lex.predicates, after, ("en",))):
                slot = "event"  # "the Kutai Kartanegara bridge collapse": where the incident happened
            found.append(_Mention(m.start(), m.end(), "place", place_key(m.group(1)), m.group(1), slot))
    # "the eastern Libyan city of Derna", "the port city of Derna", "kota pelabuhan Derna"
    # "gempa … yang melanda Palu, Sulawesi Tengah", "the tsunami that hit Sulawesi": what an incident hits
    hit = re.compile(rf"(?<![\w-])(?:melanda|menerjang|mengguncang|menghantam|menyapu|hit|struck|shook|ravaged|devastated|"
                     rf"swept|slammed|battered|lashed)\s+"
                     rf"(?:the\s+)?(?:(?:[a-z][a-z-]*|[A-Z]\w+(?:ian|ean|ese|ish))\s+){{0,3}}"
                     rf"(?:(?:island|city|town|province|region|coasts?|shores?|wilayah|kota|provinsi|pulau|pesisir|pantai)\s+"
                     rf"(?:of\s+)?)?"
                     rf"({_NAME_WORD}(?:\s+{_NAME_WORD})*)(?:(?:,|\s+and|\s+dan)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*))?")
    for m in hit.finditer(text):
        span = m.span(1)
        if not _overlaps(span, skip_spans) and not _overlaps(span, [(p.start, p.end) for p in found]) and _is_place_name(m.group(1)):
            found.append(_Mention(span[0], span[1], "place", place_key(m.group(1)), m.group(1), "event"))
            if m.group(2) and _is_place_name(m.group(2)):  # "melanda Palu, Sulawesi Tengah"; "struck Banten and Lampung"
                joined = text[span[1] : m.start(2)].strip() != ","
                found.append(_Mention(m.start(2), m.end(2), "place", place_key(m.group(2)), m.group(2),
                                      "event" if joined else ("container", "event")))
    # "the coasts of Banten and Lampung", "pesisir Selat Sunda": a coast or an area of a named place
    for m in re.finditer(rf"(?<![\w-])(?:(?:city|town|village|province|region|district|island|islands|port|coasts?|shores?|"
                         rf"area)\s+of|(?i:pesisir|pantai|kawasan))\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*"
                         rf"(?:\s+(?:and|dan)\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*)?)", text):
        if _country_of(m.group(0), demonym=False):
            continue  # "Pantai Gading" is Côte d'Ivoire, not a coast named "Gading"
        # after an incident in its clause, the incident's place ("a tsunami that struck without warning on the
        # coasts of Indonesia's Sunda Strait")
        before = re.split(r"[;,.]", text[max(0, m.start() - 80) : m.start()])[-1]
        slot = "event" if any(True for lang in sent.langs for _ in lex.event_nouns[lang].find(before)) else "in"
        for part in re.finditer(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*", m.group(1)):
            span = (m.start(1) + part.start(), m.start(1) + part.end())
            name = part.group(0)
            poss = re.match(r"(.+?)['’]s\s+(.+)$", name)
            if poss:  # "Indonesia's Sunda Strait": the strait, in Indonesia
                span, name = (span[0] + poss.start(2), span[1]), poss.group(2)
            if not _overlaps(span, skip_spans) and not _overlaps(span, [(p.start, p.end) for p in found]) \
                    and _is_place_name(name):
                found.append(_Mention(span[0], span[1], "place", place_key(name), name, slot))
    # "gempa Palu", "the Palu quake", "Palu earthquake": a name that modifies an event noun
    for lang in sent.langs:
        for s, e, _, noun in lex.event_nouns[lang].find(text):
            after = re.match(rf"\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)", text[e:])
            before = re.search(rf"(?:^|\s)({_NAME_WORD}(?:\s+{_NAME_WORD})*)\s+$", text[:s])
            for mm, base in ((after, e), (before, 0)):
                if mm and _is_place_name(mm.group(1)):
                    span = (base + mm.start(1), base + mm.end(1))
                    if not _overlaps(span, skip_spans) and not _overlaps(span, [(p.start, p.end) for p in found]):
                        found.append(_Mention(span[0], span[1], "place", place_key(mm.group(1)), mm.group(1), "event"))
    # "Di pihak India, korban tewas tercatat 1.300", "On India's side, 1,300 died": one side's figures, in its place
    for m in _SIDE_OF.finditer(text):
        g = 1 if m.group(1) else 2
        span, name = m.span(g), m.group(g)
        if not _overlaps(span, skip_spans) and not _overlaps(span, [(p.start, p.end) for p in found]) \
                and _is_place_name(name):
            found.append(_Mention(m.start(), m.end(), "place", place_key(name), name, "in"))
    # "Kabupaten Agam menjadi daerah terparah", "The worst-hit district was Agam": a place with no preposition
    for s0, e0, _ in _worst_hit(text):
        if not _overlaps((s0, e0), skip_spans) and not _overlaps((s0, e0), [(p.start, p.end) for p in found]):
            found.append(_Mention(s0, e0, "place", place_key(text[s0:e0]), text[s0:e0], "in"))
    # "Hulu Sungai Tengah still reports eight deaths", "Kabupaten Agam mencatat 12 korban": a place that reports its
    # own count is where the count is, with no preposition
    for rep in _PLACE_REPORTS.finditer(text):
        name, start = rep.group(1), rep.start(1)
        opener = re.match(r"(\S+)\s+(?=\S)", name)
        if opener and opener.group(1).lower() in _function_words():
            # "Adapun Tokyo mencatat 0,99": a capitalised opener of the sentence, not a word of the name
            name, start = name[opener.end():], start + opener.end()
        if (len(name.split()) > 1 or _country_of(name, demonym=False)) and not {w.lower() for w in name.split()} & _REPORTER_WORDS \
                and _is_place_name(name) and not _overlaps((start, rep.end(1)), skip_spans) \
                and not _overlaps((start, rep.end(1)), [(p.start, p.end) for p in found]):
            # "while Malawi has reported 56 deaths", "Neighbouring Malawi has counted 56 dead"
            found.append(_Mention(start, rep.end(1), "place", place_key(name), name, "in"))
    found.extend(_coordinated_sites(text, found, skip_spans))
    found.sort(key=lambda p: p.start)
    out, last = [], -1
    for p in found:
        if isinstance(p.extra, tuple):  # a container may sit inside its place's phrase ("Ukraine's Kharkiv")
            if any(q.start <= p.start and p.end <= q.end for q in out) or p.start >= last:
                out.append(p)
                last = max(last, p.end)
        elif p.start >= last:
            out.append(p)
            last = p.end
    return out


def _venue_to_before(head: str, lang: str) -> bool:
    """Does an event held where it goes (predicates.json "venue_to": "visit", "kunjungan", "met") end the text before
    a "to"/"ke" place, at most one word between ("a state visit to", "kunjungan kerja ke")? Then the place is where
    the event is, for its figures and its dates alike."""
    for _, e0, cls, _ in _find(lexicon().predicates, head, (lang,)):
        if predicate_class(cls).get("venue_to") and re.fullmatch(r"\s*(?:[\w'’-]+\s*)?", head[e0:]):
            return True
    return False


@lru_cache(maxsize=1)
def _coordinated_site_rx() -> re.Pattern:
    """After a named site: an optional venue noun, then "and"/"dan"/"serta" and another site (frame_cues.json
    "coordinated_sites"), its noun first or within two words of the conjunction. Group "site": the second site."""
    data = _load("frame_cues.json")["coordinated_sites"]
    nouns = "|".join(r"\s+".join(map(re.escape, w.split()))
                     for w in sorted({w for lang in LANGS for w in data[lang]}, key=len, reverse=True))
    return re.compile(rf"(?:\s+(?i:{nouns}))?\s*,?\s+(?i:and|dan|serta)\s+"
                      rf"(?P<site>(?:(?i:the|a|an|another|sebuah)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?i:{nouns})s?(?![\w-])"
                      rf"(?:\s+{_NAME_WORD})*)")


def _joined_site(text: str, q: _Mention, p: _Mention) -> bool:
    """Is ``p`` the second site joined to the place ``q`` ("at the Al Noor mosque and the Linwood centre")?"""
    m = _coordinated_site_rx().match(text, q.end) if p.label == "site:another" else None
    return m is not None and m.start("site") == p.start


def _coordinated_sites(text: str, found: list[_Mention], skip_spans) -> list[_Mention]:
    """"at the Al Noor mosque and a prayer centre", "di masjid Al Noor dan pusat Linwood": a second site joined
    to a named one. A figure of the sentence counts what happened at both, not at the first alone: the second
    is a place of its own ("site:another" when no place name of its own is read there), so the first does not
    cover the sentence's places (``identity.place_identity``), and a count at the first site is a part."""
    rx, out = _coordinated_site_rx(), []
    taken = [(p.start, p.end) for p in found]
    for p in found:
        if isinstance(p.extra, tuple) or p.label.startswith("site:") or p.extra not in ("in", "event"):
            continue
        m = rx.match(text, p.end)
        if m is None or _overlaps(m.span("site"), taken) or _overlaps(m.span("site"), skip_spans):
            continue
        out.append(_Mention(m.start("site"), m.end("site"), "place", "site:another", m.group("site"), p.extra))
        taken.append(m.span("site"))
    return out


@lru_cache(maxsize=1)
def _definite_sites() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    """Per language, a venue noun made definite ("mal itu", "hotel tersebut"; "the school") as a regex, and each
    noun's site key (frame_cues.json "definite_sites")."""
    data = _load("frame_cues.json")["definite_sites"]
    out = {}
    for lang in LANGS:
        keys = {w.lower(): site for site, words in data["nouns"].items() for w in words[lang]}
        nouns = _alternation(keys)
        dets = "|".join(map(re.escape, data["determiners"][lang]))
        rx = rf"(?P<noun>(?i:{nouns}))\s+(?i:{dets})(?![\w-])" if lang == "id" else \
            rf"(?P<noun>(?i:{nouns}))(?![\w-])(?!\s+{_NAME_WORD})"  # "the school", not "the school Robb Elementary"
        out[lang] = (re.compile(rx), keys)
    return out


@lru_cache(maxsize=1)
def _several_sites_rx() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    """Per language, a count of venues after a place preposition ("di tiga gereja", "di ketiga masjid", "at three
    churches", "at the two mosques") as a regex, and each noun's site key (frame_cues.json "definite_sites":
    "several", the counts, and each noun's English plural)."""
    data = _load("frame_cues.json")["definite_sites"]
    out = {}
    for lang in LANGS:
        keys = {}
        for site, words in [*data["nouns"].items(), *data["several"]["nouns"].items()]:
            for w in words[lang]:
                keys[w.lower()] = site
                if lang == "en":
                    keys[_plural(w)] = site
        nouns = _alternation(keys)
        counts = "|".join(map(re.escape, data["several"][lang]))
        out[lang] = (re.compile(rf"(?i:{counts})\s+(?P<noun>(?i:{nouns}))(?![\w-])"), keys)
    return out


@lru_cache(maxsize=1)
def _plural_sites_rx() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    """Per language, the venues of a kind made definite as a plural ("di hotel-hotel itu", "di gereja-gereja",
    "at the hotels"): a regex and each noun's site key (frame_cues.json "definite_sites" "nouns")."""
    data = _load("frame_cues.json")["definite_sites"]
    out = {}
    for lang in LANGS:
        keys = {}
        for site, words in data["nouns"].items():
            for w in words[lang]:
                if lang == "en":
                    keys[_plural(w)] = site
                elif " " not in w:
                    keys[f"{w.lower()}-{w.lower()}"] = site  # the reduplicated plural
        nouns = _alternation(keys)
        out[lang] = (re.compile(rf"(?P<noun>(?i:{nouns}))(?![\w-])(?!\s+{_NAME_WORD})"), keys)
    return out


_JOINED_COUNT = re.compile(r"\s*(?:,\s*(?:(?:and|dan|serta)\s+)?|\s+(?:and|dan|serta)\s+)(?:(?:the|at|di)\s+)?")


def joined_sites(text: str, end: int, lang: str) -> list[tuple[int, int, str]]:
    """More sites counted right after several sites ("di tiga gereja dan dua hotel", "at three churches and two
    hotels"): each a place of its own ("sites:hotel"), so a figure at the hotels is a part of the attack's whole
    as one at the churches is, and the hotels' count is not read as the churches'."""
    rx, keys = _several_sites_rx()[lang]
    out = []
    while True:
        joint = _JOINED_COUNT.match(text, end)
        m = rx.match(text, joint.end()) if joint else None
        if m is None:
            return out
        out.append((m.start(), m.end(), _site_key(m, keys)))
        end = m.end()


def _several_sites(text: str, prep: re.Match, lang: str) -> tuple[int, int, str] | None:
    """Several sites of the event named by their count ("di tiga gereja", "at three churches") or as a definite
    plural ("di hotel-hotel itu", "at the hotels"): a place of its own, "sites:church", which is neither one of
    them ("at the church") nor a place elsewhere ("Markas Polrestabes"), so a day or a figure given there is not
    compared with one given at another site as one fact."""
    if prep.group("prep").lower() == "on":
        return None
    rx, keys = _several_sites_rx()[lang]
    m = rx.match(text, prep.end())  # the preposition's match took "the" ("at the three churches")
    end = m.end() if m else None
    if m is None:
        if lang == "en" and not re.search(r"(?i:the)\s+$", prep.group(0)):
            return None  # "at the hotels", not "hotels across the city"
        rx, keys = _plural_sites_rx()[lang]
        m = rx.match(text, prep.end())
        if m is None:
            return None
        end = m.end()
        if lang == "id":
            det = re.match(r"\s+(?:itu|tersebut|ini)(?![\w-])", text[end:])
            end += det.end() if det else 0
    return prep.end(), end, _site_key(m, keys)


def _plural(word: str) -> str:
    """A venue noun's English plural ("church" → "churches", "hotel" → "hotels")."""
    return word.lower() + ("es" if word.endswith(("ch", "sh", "s")) else "s")


def _site_key(m: re.Match, keys: dict[str, str]) -> str:
    """The place key of several sites matched by a ``_several_sites_rx`` or ``_plural_sites_rx`` regex."""
    return "sites:" + keys[" ".join(m.group("noun").lower().split())]


def _definite_site(text: str, prep: re.Match, lang: str) -> tuple[int, int, str] | None:
    """One site of the event a place preposition names by a definite venue noun ("di mal itu", "di stasiun
    tersebut", "at the school", "in the church"): its span and key ("mall", "station", "school"), the same in both
    languages. English needs "the" (consumed with the preposition); a name after the noun is read as the name."""
    rx, keys = _definite_sites()[lang]
    several = _several_sites(text, prep, lang)
    if several is not None:
        return several
    if lang == "en" and (not re.search(r"(?i:the)\s+$", prep.group(0)) or prep.group("prep").lower() == "on"):
        return None  # "at the school"; not "a school", nor "shares put on the market"
    site = rx.match(text, prep.end())
    if site is None:
        return None
    return prep.end(), site.end(), keys[" ".join(site.group("noun").lower().split())]


def _container(text: str, end: int, slot: str, skip_spans, found: list[_Mention]) -> None:
    """"di Demak, Jawa Tengah", "di perairan Danau Toba, Sumatera Utara": the name after the comma holds the first."""
    cont = re.match(rf",\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)", text[end:])
    if cont and _is_place_name(cont.group(1)) and not _overlaps((end, end + cont.end()), skip_spans):
        last = re.match(rf",?\s+(?:and|dan|serta)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)", text[end + cont.end():])
        if last and _is_place_name(last.group(1)) and not _overlaps((end, end + cont.end() + last.end()), skip_spans):
            # "di Samoa, Samoa Amerika dan Tonga", "in Samoa, American Samoa and Tonga": a list of three places,
            # not a place and the region that holds it
            at = end + cont.end()
            found.append(_Mention(end + cont.start(1), end + cont.end(1), "place", place_key(cont.group(1)),
                                  cont.group(1), slot))
            found.append(_Mention(at + last.start(1), at + last.end(1), "place", place_key(last.group(1)),
                                  last.group(1), slot))
            return
        found.append(_Mention(end + cont.start(1), end + cont.end(1), "place", place_key(cont.group(1)), cont.group(1),
                              ("container", slot)))


@lru_cache(maxsize=1)
def _PLACE_NAME() -> re.Pattern:  # noqa: N802 - a compiled constant built from the lexicon
    """A place name after a preposition: admin word, capitalised words, "X and Y" only between names, and an
    English admin word after it ("Kabupaten Demak", "Central Sulawesi province", "Bosnia and Herzegovina")."""
    lex = lexicon()
    admin = "|".join(re.escape(a) for a in sorted(lex.admin, key=len, reverse=True) if a not in ("of", "the"))
    words = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*"
    compass = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)\s+"  # "north-eastern Libya"
    # an Indonesian compass word after the name, written small: "Suriah utara", "Uzbekistan timur" (a region of it);
    # not "tengah", which after a name is as often "in the middle of" ("warga di Cianjur tengah mengungsi")
    # (the Indonesian words of places.json "compass": those that are not their own English value, "-ern" or hyphened)
    postposed = sorted((w for w, v in lex.compass.items() if w != v and not w.endswith("ern") and "-" not in w
                        and w != "tengah"), key=len, reverse=True)
    after = r"(?:\s+(?:" + "|".join(re.escape(w) for w in postposed) + r")(?![\w-]))?"
    return re.compile(rf"(?:{compass})?(?:(?:{admin})\s+)?{words}(?:\s+(?:of|and|dan)\s+{words})?{after}"
                      rf"(?:\s+(?:province|regency|city|district|village|island|islands|county|state|region))?")


@lru_cache(maxsize=16384)
def _is_place_name(text: str) -> bool:
    lex = lexicon()
    words = text.split()
    first = re.sub(r"['’]s$", "", words[0].lower().strip(".,"))
    if first in L.MONTHS or first in L.WEEKDAYS or first in lex.skip and len(words) == 1:
        return False
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 2:
        return False
    kinds, modifiers = _reference_acronyms()
    if words[0].strip(".,") in kinds or words[0].strip(".,") in modifiers:
        return False  # "PLTN", "PLTN Harapan", "the LNG terminal": a kind of point, not a place name
    low = text.lower()
    name = re.sub(r"['’]s$", "", text)  # "from the International Monetary Fund's executive board"
    for lang in LANGS:
        if any(s == 0 and e == len(name) for s, e, _, _ in lex.actors[lang].find(name)):
            return False  # "ke DPR": a body, not a place
    return not re.fullmatch(r"[\W\d_]+", low)


@lru_cache(maxsize=1)
def _reference_acronyms() -> tuple[dict[str, str], frozenset[str]]:
    """places.json "reference_points": each kind written as an acronym ("PLTN" → plant, "TPA" → landfill), and
    the acronyms of what a point holds or handles ("LNG", "BBM": "_acronyms" "modifiers")."""
    data = _load("places.json")["reference_points"]
    kinds = {w: kind for kind, info in data.items() if not kind.startswith("_")
             for lang in LANGS for w in info.get(lang, []) if w.isupper()}
    return kinds, frozenset(data["_acronyms"]["modifiers"])


def _reference_site(text: str, at: int) -> tuple[int, str] | None:
    """A place phrase that names a point by its kind's acronym ("di sekitar TPA", "dari PLTN Harapan", "near the
    PLTU") or by a reference noun after the acronym of what it handles ("near the LNG terminal"): where the
    phrase ends and the kind ("landfill", "plant", "terminal"), a key as a definite site's is, not a place name
    ("tpa", "lng") that a figure at another facility would share or lack. None when no such acronym opens it."""
    kinds, modifiers = _reference_acronyms()
    m = re.match(r"(?:the\s+)?([A-Z][A-Za-z]{1,5})(?![\w-])", text[at:])
    if m is None:
        return None
    word, end = m.group(1), at + m.end()
    if word in kinds:
        return end, kinds[word]
    if word not in modifiers:
        return None
    rest = text[end:].lstrip()
    for lang in LANGS:
        found = _extras().references[lang].find(rest[:40])  # its nouns leave out "_acronyms" and the other "_" keys
        if found and found[0][0] == 0:
            return end + (len(text[end:]) - len(rest)) + found[0][1], found[0][2]
    return None


def _demonym(word: str) -> bool:
    """"Indonesian", "Libyan", "Swedish": a place's adjective."""
    return _demonym_place(word) is not None


@lru_cache(maxsize=16384)
def _demonym_place(word: str) -> str | None:
    """The place a demonym is of ("Libyan" → "libya", "Indonesian" → "indonesia"), or None."""
    low = word.lower()
    places = lexicon().spellings
    for suffix in ("n", "an", "ian", "ese", "ish", "i"):
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and stem:
            if stem in places:
                return places[stem]
            if stem in places.values():
                return stem
    return None


def _country_of(name: str, *, demonym: bool) -> str | None:
    """The country a name ("Indonesia", "Korea Selatan") or a demonym ("Indonesian", "Saudis") is of."""
    g = _group_lexicon()
    low = " ".join(name.lower().split())
    if low in g["codes"]:
        return g["codes"][low]
    if demonym:
        key = g["demonyms"].get(low) or _demonym_place(low) or (_demonym_place(low[:-1]) if low.endswith("s") else None)
        if key not in g["countries"]:
            # "Croatian", "Bosnian": a country's own name plus "n" / "an" / "ian", though the lexicon lists no demonym
            # ("Croatians", "Kenyans": the same after a plural's "s")
            key = next((base[: -len(x)] for base in (low, low[:-1] if low.endswith("s") else "") for x in ("n", "an", "ian")
                        if base.endswith(x) and base[: -len(x)] in g["countries"]), key)
    else:
        key = place_key(name)
    return key if key in g["countries"] else None


@lru_cache(maxsize=1)
def _site_ordinals() -> dict[str, str]:
    return {k: v for lang in LANGS for k, v in _load("counted.json")["sites"]["ordinals"][lang].items()}


@lru_cache(maxsize=1)
def _site_rx() -> re.Pattern:
    """One site of several, as a phrase: "at the first mosque", "di lokasi kedua", "di salah satu masjid", "at one
    of the sites", "at the other site" (counted.json's "sites"). Groups: "ord" (an ordinal after or before the
    noun) or "one" (one of them, which not said)."""
    sites = _load("counted.json")["sites"]
    alt = _alternation
    nouns = alt(w for lang in LANGS for w in sites["nouns"][lang])
    ords_id, ords_en = alt(sites["ordinals"]["id"]), alt(sites["ordinals"]["en"])
    one = alt(w for lang in LANGS for w in sites["one_of"][lang])
    return re.compile(rf"(?<![\w-])(?:di|at|in|inside|outside|near|dekat)\s+(?:(?:the|sebuah)\s+)?"
                      rf"(?:(?P<one>{one})\s+(?:the\s+)?(?:{nouns})|(?P<ord_en>{ords_en})\s+(?:{nouns})"
                      rf"|(?:{nouns})\s+(?:yang\s+)?(?P<ord_id>{ords_id}))(?![\w-])", re.IGNORECASE)


SITE_REACH = 3.0  # words (sentence cost) between a count and the one site it is at ("44 died at the first mosque")


def _near_site(sent: _Sentence, it: _Item, start: int, m: re.Match) -> bool:
    """Is the site phrase ``m`` within SITE_REACH of the figure, on either side (never across it)?"""
    if m.start() >= it.tail:
        return sent.cost(it.tail, m.start(), owner=it.index) <= SITE_REACH
    if m.end() <= start:
        return sent.cost(m.end(), start, owner=it.index) <= SITE_REACH
    return False


def _site(sent: _Sentence, it: _Item) -> str | None:
    """"site:1", "site:2", "site:other", "site:one": the figure counts what happened at one site of several."""
    start = it.qstart if it.qstart >= 0 else it.start
    for m in _site_rx().finditer(sent.text):
        if _near_site(sent, it, start, m):
            if m.group("one"):
                return "site:one"
            word = (m.group("ord_en") or m.group("ord_id")).lower()
            return "site:" + _site_ordinals()[word]
    alone, partitive, place_after = _one_site_rx()
    for m in alone.finditer(sent.text):
        if _named_words(m.group("words")):
            continue  # "Di Masjid Al Noor saja": the place's own key tells it from the whole
        if _near_site(sent, it, start, m):
            return "site:one"  # "In the main hall alone, 40 people died", "Di ruang utama saja, 40 orang tewas"
    after = place_after.match(sent.text, it.tail) if partitive.search(sent.text[:start]) else None
    if after is not None and not _named_words(after.group("words")):
        return "site:one"  # "Of the 51 killed, 40 were in the main hall": a part of the 51, at one site
    return None


def _named_words(words: str) -> bool:
    """Does a place phrase name its place (a capital, "Masjid Al Noor"), give a number or a period ("in 2023
    alone", "dalam sepekan saja")? Then it is no unnamed site."""
    periods = {w for lang in LANGS for w in _load("places.json")["one_site"]["periods"][lang]}
    return bool(re.search(r"(?<![\w'’-])[A-Z]|\d", words)) or any(w in periods for w in words.lower().split())


@lru_cache(maxsize=1)
def _one_site_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """places.json "one_site" as patterns: a place phrase closed by "alone"/"saja"; a fronted partitive "Of the 51
    killed," at the end of the text before a figure; a place phrase after the figure (a verb or two between)."""
    data = _load("places.json")["one_site"]
    alt = _alternations(data)
    phrase = rf"(?:{alt('prepositions')})\s+(?P<words>(?:[\w'’-]+\s+){{0,{data['words'] - 1}}}?[\w'’-]+)"
    return (re.compile(rf"(?<![\w-]){phrase}\s*,?\s+(?:{alt('alone')})(?![\w-])", re.IGNORECASE),
            re.compile(rf"(?:^|[,;:]\s*)(?:{alt('partitive')})\s+\d[\d.,]*(?:\s+[\w'’-]+){{0,3}}\s*,\s*$", re.IGNORECASE),
            re.compile(rf"(?:\s+[\w'’-]+){{0,2}}?\s+{phrase}(?![\w'’-])", re.IGNORECASE))


@lru_cache(maxsize=1)
def _worst_hit_rx() -> tuple[re.Pattern, re.Pattern]:
    """places.json "worst_hit" as two patterns: a name before the cue ("Kabupaten Agam menjadi daerah terparah",
    "Agam district was the worst hit") and a name after it ("The worst-hit district was Agam", "Daerah terparah
    adalah Kabupaten Agam"). Group "name": the place."""
    data = _load("places.json")["worst_hit"]
    alt = _alternations(data)
    cue, noun, link = alt("cues"), alt("nouns"), alt("links")
    name = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})*)"
    # "Banjar regency, where a flash flood hit on Thursday, has the highest toll": a relative clause may stand between
    relative = r"(?:\s*,\s*(?i:where|which|yang|tempat|di\s+mana)\s[^,;]{1,80},)?"
    # "Region Ica tetap menjadi daerah dengan korban terbanyak", "Ica still had the most deaths": an adverb before
    # the link, "dengan" ("with") before the cue
    before = re.compile(rf"(?<![\w-]){name}(?:\s+(?i:{noun}))?{relative}\s+(?i:(?:tetap|masih|still)\s+)?"
                        rf"(?i:(?:{link})\s+)?(?i:the\s+)?(?:(?i:{noun})\s+)?"
                        rf"(?:yang\s+|dengan\s+|(?i:with\s+the)\s+)?(?i:{cue})(?![\w-])")
    after = re.compile(rf"(?<![\w-])(?i:{cue})(?:\s+(?i:{noun}))?\s*,?\s+(?i:(?:{link})\s*:?\s+)(?i:the\s+)?{name}")
    return before, after


def _worst_hit(text: str) -> list[tuple[int, int, int]]:
    """Named places said to be the worst hit: (start, end) of the name, and where the phrase ends (the figures
    after it are that place's)."""
    out = []
    for rx in _worst_hit_rx():
        for m in rx.finditer(text):
            name = m.group("name")
            if name.split()[0].lower() in ("the", "daerah", "wilayah"):
                continue
            if _is_place_name(name):
                out.append((m.start("name"), m.end("name"), m.end()))
    return out


_SUBORDINATORS = frozenset({"after", "setelah", "sesudah", "before", "sebelum", "when", "ketika", "saat", "because",
                            "karena", "since", "although", "meski", "meskipun", "walaupun", "though"})


def _subordinate_between(sent: _Sentence, it: _Item, pred: _Mention) -> bool:
    """Does a subordinate clause open between a figure and the predicate it took from after it ("The toll rose
    to 23 after a victim died at the school", "bertambah menjadi 23 orang setelah seorang korban meninggal di
    sekolah itu")? Then a place of that clause's verb is where the clause happened, not where the figure is:
    the toll is the whole event's."""
    if pred.start < it.tail:
        return False
    words = re.findall(r"[\w'’-]+", sent.text[it.tail : pred.start].lower())
    return any(w in _SUBORDINATORS for w in words)


# a place a figure is said to leave out: "had not yet included the victims from Lang Nu", "excluding Gaza",
# "belum termasuk korban di Dusun Lang Nu", "tidak mencakup Kabupaten Bogor"
_EXCLUDED_BEFORE = re.compile(r"(?<![\w-])(?:(?:not|never)\s+(?:yet\s+)?(?:include|included|including|counted|cover|covered)|"
                              r"(?:does|did|do)\s+not\s+(?:yet\s+)?(?:include|count|cover)|excluding|excludes|excluded|"
                              r"(?:tidak|belum)\s+(?:termasuk|mencakup|menghitung|memasukkan|dihitung|terhitung))"
                              r"(?:\s+[\w'’-]+){0,4}?\s+(?:from|of|in|at|dari|di)?\s*$", re.IGNORECASE)


def excluded_places(sent: _Sentence, places: list[_Mention]) -> list[tuple[_Mention, int]]:
    """The named places the sentence says a figure leaves out ("had not yet included the victims from Lang Nu"),
    each with where the phrase that leaves it out begins: the figures before it leave the place out, a figure
    inside the phrase ("does not include the 40 people killed in Lang Nu") is of that place."""
    out = []
    for p in places:
        m = _EXCLUDED_BEFORE.search(sent.text, max(0, p.start - 70), p.start)
        if m and not place_key(p.text).startswith("@"):
            out.append((p, m.start()))
    return out


def _attach_places(sent: _Sentence, items: list[_Item], places: list[_Mention]) -> list[tuple[_Mention, int]]:
    """Attach each place to the figures it is of; return the places left out (``excluded_places``), which are not
    the place of the figures before the phrase that leaves them out."""
    _attach_all(sent, items, places)
    left_out = excluded_places(sent, places)
    for p, cue in left_out:
        for it in items:
            if it.tail <= cue:
                it.places = [(q, att) for q, att in it.places if q is not p]
    return left_out


def _attach_all(sent: _Sentence, items: list[_Item], places: list[_Mention]) -> None:
    for p in places:
        costs = []
        for it in items:
            c = _reach(sent, p, it.start, it.tail, it.index)
            pred = it.predicate
            if pred is not None and pred.start >= 0 and not _subordinate_between(sent, it, pred):
                c = min(c, _reach(sent, p, pred.start, pred.end, it.index))  # "tiba di Bulan" places what the date dates
            costs.append(c)
        if not costs:
            continue
        best = min(range(len(items)), key=lambda k: costs[k])
        if costs[best] <= PLACE_REACH:
            items[best].places.append((p, True))
        else:
            # "in Turkey and Syria": a place joined to an attached one is attached with it
            for it in items:
                if any(q.end <= p.start and (re.fullmatch(r"\s*(?:,|and|dan|serta|&)\s*", sent.text[q.end : p.start])
                                             or _joined_site(sent.text, q, p))
                       for q, att in it.places if att):
                    it.places.append((p, True))
                    break
    # "Di Lumajang, 34 orang meninggal dan 17 hilang", "In Palu, 1,200 died and 500 are missing": a place that
    # opens the sentence is where every figure of it is, unless one names its own
    for p in places:
        head = _OPENING_PLACE.fullmatch(sent.text[: p.start])
        if p.extra != "in" or not head or not (head.group("prep") or re.match(r"(?:di|in|at)\s", sent.text[p.start :], re.I)) \
                or not re.match(r"[^\d,;:.]{0,30},", sent.text[p.end :]):
            continue
        for it in items:
            if it.start > p.end and not any(att and (q.extra == "in" or q.extra == ("in",)) for q, att in it.places):
                it.places.append((p, True))
    # "Agam district was the worst hit, with 12 people dead", "Kabupaten Agam menjadi daerah terparah dengan 12 orang
    # tewas": the figures after the worst-hit place are its own, unless one names its own place
    for s0, e0, end in _worst_hit(sent.text):
        p = next((q for q in places if q.start == s0 and q.end == e0), None)
        if p is None:
            continue
        for it in items:
            if it.start >= end and not any(att and q.extra == "in" and q is not p for q, att in it.places):
                if not any(q is p for q, _ in it.places):
                    it.places.append((p, True))
    # "Most of the dead were in North Lombok, where 78 people were killed": the figures of a "where" clause are in
    # the place it hangs on, unless one names its own
    for p in places:
        where = _WHERE_AFTER.match(sent.text, p.end)
        if p.extra != "in" or not where:
            continue
        end = _CLAUSE_STOP.search(sent.text, where.end())
        end = end.start() if end else len(sent.text)
        for it in items:
            if where.end() <= it.start < end and not any(att and q.extra == "in" for q, att in it.places):
                it.places.append((p, True))
    # a place no figure reaches is the sentence's ("Banjir di Demak, yang ..., menewaskan 41 orang")
    unattached = [p for p in places if not any(p is q for it in items for q, _ in it.places)]
    for it in items:
        # … but not of a figure in an apposition after the sentence's opening name, when it stands after the
        # apposition ("Rini, the nurse pulled out alive after 16 days, now works in Medan")
        own = [p for p in unattached if not any(s < it.start < e <= p.start for s, e in sent.appositions)]
        if not it.places:
            it.places = [(p, False) for p in own]
        else:
            it.places += [(p, False) for p in own if not isinstance(p.extra, tuple)]
            # the container of an attached place comes along: "di Demak, Jawa Tengah", "Ukraine's Kharkiv region"
            for p in places:
                if isinstance(p.extra, tuple) and not any(p is q for q, _ in it.places) and \
                        any((q.end <= p.start and p.start - q.end <= 3) or (q.start <= p.start and p.end <= q.end)
                            for q, _ in it.places):
                    it.places.append((p, False))


_WHERE_AFTER = re.compile(r"\s*,\s*(?:where|tempat|di\s+mana)\s", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r";|(?<!\d)[,.]|[,.](?!\d)")
_OPENING_PLACE = re.compile(r"(?:[^.!?\n]{0,45}?\s(?:--|[-–—])\s)?\s*(?:(?:sementara(?:\s+itu)?|meanwhile|adapun)\s*,?\s*)?"
                            r"(?P<prep>(?:di|in|at)\s+)?(?:(?:the|kota|kabupaten|provinsi|desa|kecamatan|district|city|village|province)\s+)?",
                            re.IGNORECASE)
