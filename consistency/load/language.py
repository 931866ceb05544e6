"""Detect an article's language once, on the whole document (paragraph-level guesses flip between id and ms)."""

from __future__ import annotations

# Indonesian and Malay share most of their vocabulary; langid often ranks Malay first on short Indonesian text.
# When Malay wins by less than this share of the score, the document is taken as Indonesian, our first language.
_MS_ID_MARGIN = 0.02


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
