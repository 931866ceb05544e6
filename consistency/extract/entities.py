"""Entities and their name variants: an alias table for what similarity cannot see (Kiev/Kyiv), and fuzzy
matching with a surname rule for spellings (Zelenskyy/Zelensky) that does not merge Korea Utara/Korea Selatan.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from ..records import Entity
from . import lexicon as L

FUZZY_MIN = 85.0  # rapidfuzz ratio for two spellings of one word
_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'’.-]*|(?:bin|binti|al|van|de|von|da|dos|das|del)(?=\s+[A-Z])))*")
# Capitalised words that start sentences or clauses but name nothing.
_NOT_NAMES = {
    "hal", "para", "ketika", "saat", "sementara", "namun", "tetapi", "di", "ia", "dia", "mereka", "kami", "kita",
    "ini", "itu", "pada", "dalam", "dengan", "menurut", "sebanyak", "ya", "tidak", "pemungutan", "persetujuan",
    "anggota", "perjanjian", "pakta", "kesepakatan", "klaim", "the", "a", "an", "he", "she", "they", "it", "we",
    "in", "on", "at", "but", "and", "as", "when", "while", "according", "yes", "no", "this", "that", "baca", "juga",
}


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    data = json.loads((Path(__file__).parent / "data" / "aliases.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for canonical, variants in data.items():
        if canonical.startswith("_"):
            continue
        for v in [canonical, *variants]:
            table[_key(v)] = canonical
    return table


def _key(name: str) -> str:
    return " ".join(name.replace("-", " ").casefold().split())


def canonical_name(name: str) -> str:
    """The alias table's canonical form, or the name itself."""
    return _aliases().get(_key(name), name)


def _similar_word(a: str, b: str) -> bool:
    from rapidfuzz.fuzz import ratio

    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    # Spelling variants keep the start of a word and its length: Zelenskyy/Zelensky, not Utara/Selatan.
    return (min(len(a), len(b)) >= 5 and a[:4] == b[:4] and abs(len(a) - len(b)) <= 2
            and ratio(a, b) >= FUZZY_MIN)


def same_entity(a: str, b: str) -> bool:
    """Do two names denote one entity? Alias table first, then the surname rule with fuzzy spelling."""
    ca, cb = canonical_name(a), canonical_name(b)
    if _key(ca) == _key(cb):
        return True
    ta, tb = _key(a).split(), _key(b).split()
    if not ta or not tb:
        return False
    if len(ta) == len(tb):
        diff = [(x, y) for x, y in zip(ta, tb) if x != y]
        # all words equal but one, and that one is the last (a surname) spelt alike
        return len(diff) == 1 and diff[0] == (ta[-1], tb[-1]) and _similar_word(*diff[0])
    short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    # "Zelensky" for "Volodymyr Zelensky": a surname alone refers to the full name
    if len(short) == 1 and len(long) <= 4 and _similar_word(short[0], long[-1]) and long[-1][:1].isalpha():
        return len(short[0]) >= 4
    return False


def entity_keys(name: str) -> tuple[str, str]:
    """What two names share whenever ``same_entity`` holds: the alias table's canonical form, or else the first
    four letters of the last word (the surname rule compares last words that start alike). A caller comparing
    many names asks ``same_entity`` only of pairs that share one of them."""
    words = _key(name).split()
    return _key(canonical_name(name)), words[-1][:4] if words else ""


def extract_entities(text: str, *, offset: int = 0) -> list[Entity]:
    """Capitalised names in a sentence (titles stripped), with their canonical form."""
    out = []
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        start = m.start()
        # drop leading titles and clause openers: "Presiden Ukraina Volodymyr Zelensky" keeps the names
        while words and (words[0].casefold() in _NOT_NAMES or words[0].casefold() in L.TITLE_WORDS):
            start += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        # "Ukraina Volodymyr Zelensky" is a place and a person: split off a known name at the front
        pieces: list[list[str]] = []
        rest = words
        while rest:
            cut = next((k for k in (3, 2, 1) if k < len(rest) and _key(" ".join(rest[:k])) in _aliases()
                        and rest[k][:1].isupper()), None)
            if cut is None:
                pieces.append(rest)
                break
            pieces.append(rest[:cut])
            rest = rest[cut:]
        pos = start
        for piece in pieces:
            name = " ".join(piece).rstrip(".,")
            if len(name) >= 2:
                out.append(Entity(offset + pos, offset + pos + len(name), name, canonical_name(name)))
            pos += len(" ".join(piece)) + 1
    return out
