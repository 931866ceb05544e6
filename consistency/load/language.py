"""Detect an article's language once, on the whole document (paragraph-level guesses flip between id and ms),
and check language codes given by users or pages before anything uses them."""

from __future__ import annotations

import re
from functools import lru_cache

# Indonesian and Malay share most of their vocabulary; langid often ranks Malay first on short Indonesian text.
# When Malay wins by less than this share of the score, the document is taken as Indonesian, our first language.
_MS_ID_MARGIN = 0.02
# "id", "en", "en-US", "pt_BR", "zh-Hant-TW": a 2-3 letter language and optional subtags, nothing path-like.
_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def detect_language(text: str) -> str:
    """Return an ISO 639-1 code for ``text`` ("id", "en", ...)."""
    import py3langid

    ranked = py3langid.rank(text)
    best, score = ranked[0]
    if best == "ms":
        for lang, s in ranked[1:5]:
            if lang == "id" and abs(score - s) <= _MS_ID_MARGIN * abs(score):
                return "id"
    return best


@lru_cache(maxsize=256)
def _known(primary: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(primary)
        return True
    except (UnknownLocaleError, ValueError, TypeError):
        return False


def normalize_language(code: object) -> str | None:
    """The language part of a tag, lower case ("en-US" → "en"), or None when it is not a known language.

    Extractors compare codes with "en"/"id", so region and script subtags are dropped here, once.
    """
    if not isinstance(code, str) or not _TAG.fullmatch(code.strip()):
        return None
    primary = re.split(r"[-_]", code.strip())[0].lower()
    primary = _alias(primary)
    return primary if _known(primary) else None


@lru_cache(maxsize=256)
def _alias(primary: str) -> str:
    """ISO 639-2/3 and retired codes as the ISO 639-1 code extractors compare with ("ind", "in" → "id";
    "eng" → "en"; "iw" → "he"), from CLDR's language aliases; a code with no alias is returned as it is."""
    from babel.core import get_global

    target = get_global("language_aliases").get(primary)
    if not target:
        return primary
    return re.split(r"[-_]", target)[0].lower()
