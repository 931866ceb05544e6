"""Split an article's prose paragraphs into sentences with character offsets into the original text."""

from __future__ import annotations

import re

from .records import Article, Sentence

# Periods after these words do not end a sentence (titles, company forms, addresses, initials' kin).
# The last line: Spanish titles, ranks and abbreviations ("el Cnel. López", "la Avda. del Puerto", "aprox. 40").
ABBREVIATIONS = frozenset(
    """
    prof dr drs dra ir h hj kh ust pt cv tbk persero jl jln no nomor kec kab kel prov sdr bpk yth dkk dsb
    st mr mrs ms mx jr sr gen lt col capt sgt rep sen gov pres inc ltd co corp bros vs approx dept est
    e.g i.e a.n u.p s.h s.e s.t s.pd s.kom m.si m.m m.h ph.d mt vol hal ed
    sra srta gral cnel tte sgto avda lic excmo ilmo pdte sres aprox ud uds
    """.split()
)
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul agu aug agt sep sept okt oct nov des dec".split())
_PLACEHOLDER = "\ue000"  # same length as ".", so offsets survive protection
_TOKEN_BEFORE_DOT = re.compile(r"(?<![\w.])([A-Za-z][A-Za-z.]*)\.(?=\s+\S)")


def _protect(text: str) -> str:
    """Hide periods that sentencex would take as sentence ends."""
    chars = list(text)
    for m in _TOKEN_BEFORE_DOT.finditer(text):
        word = m.group(1)
        low = word.lower()
        dot = m.end() - 1
        nxt = text[m.end():].lstrip()[:1]
        if (
            low in ABBREVIATIONS
            or (len(word) == 1 and word.isupper())  # initials: "B.J. Habibie", "J. Smith"
            or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word)  # "B.J", "U.S"
            or (low in MONTH_ABBREVIATIONS and nxt.isdigit())
        ):
            chars[dot] = _PLACEHOLDER
            for i in range(m.start(1), dot):  # inner dots of "B.J" as well
                if chars[i] == ".":
                    chars[i] = _PLACEHOLDER
    return "".join(chars)


def split_sentences(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of one paragraph, whitespace trimmed."""
    from sentencex import segment

    protected = _protect(text)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in segment(language or "en", protected):
        if not piece.strip():
            continue
        at = protected.find(piece, cursor)
        if at < 0:  # sentencex normalised something; fall back to the stripped text
            at = protected.find(piece.strip(), cursor)
            piece = piece.strip()
            if at < 0:
                continue
        start, end = at, at + len(piece)
        cursor = end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    # sentencex can leave a closing quote or bracket on the next sentence; give it back.
    fixed: list[tuple[int, int]] = []
    for start, end in spans:
        if fixed:
            lead = re.match(r"[\"”’»)\]]+(?=\s|$)", text[start:end])
            if lead and text[fixed[-1][1] - 1] in ".!?…":
                fixed[-1] = (fixed[-1][0], start + lead.end())
                start += lead.end()
                while start < end and text[start].isspace():
                    start += 1
                if start >= end:
                    continue
        fixed.append((start, end))
    return fixed


def segment_article(article: Article) -> tuple[Sentence, ...]:
    """Sentences of the article's kept paragraphs, numbered from 0 in reading order."""
    sentences: list[Sentence] = []
    for p_index, para in enumerate(article.paragraphs):
        for start, end in split_sentences(article.text[para.start : para.end], article.language):
            s, e = para.start + start, para.start + end
            sentences.append(Sentence(article.id, len(sentences), p_index, s, e, article.text[s:e]))
    return tuple(sentences)
