"""Perturbation benchmark: real sentences with a number, date or speaker, changed in ways whose verdict is known.

From each sentence with an exact figure, a day-level date or a named speaker (seeds and IndoNLI premises,
written by others), variants are made: the value changed (conflict), the same value written another way
(agree), a looser qualifier that still holds (compatible) or one that does not (conflict), the speaker
changed (attribution difference). Each original and its variant go into two articles of one cluster,
among other real sentences, so alignment is part of the test. A fixed seed makes the figures repeatable.
"""

from __future__ import annotations

import random
import re
from collections import Counter

from consistency import Config, check_articles
from consistency.extract import extract_dates, extract_quantities
from consistency.extract.attributions import attribute_sentences
from consistency.extract.lexicon import MONTHS
from consistency.load import prepare
from consistency.load.sources import RawArticle
from consistency.segment import segment_article

from .common import fmt, prf, sentence_pool

SEED = 20241108
DISTRACTORS = 3
_ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
_MONTH_NAMES = {v: k.capitalize() for k, v in MONTHS.items() if len(k) > 4 or k == "mei" or k == "juni" or k == "juli"}
_OTHER_SPEAKERS = ["Menteri Luar Negeri Sergei Lavrov", "juru bicara NATO Farah Dakhlallah", "Gubernur Budi Santoso"]


def id_digits(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def id_words(n: int) -> str:
    """Indonesian number words for 0 < n < 1,000,000."""
    def below_thousand(x: int) -> str:
        parts = []
        h, rest = divmod(x, 100)
        if h:
            parts.append("seratus" if h == 1 else f"{_ONES[h]} ratus")
        if rest >= 20:
            t, o = divmod(rest, 10)
            parts.append(f"{_ONES[t]} puluh" + (f" {_ONES[o]}" if o else ""))
        elif rest >= 12:
            parts.append(f"{_ONES[rest - 10]} belas")
        elif rest == 11:
            parts.append("sebelas")
        elif rest == 10:
            parts.append("sepuluh")
        elif rest:
            parts.append(_ONES[rest])
        return " ".join(parts)

    th, rest = divmod(n, 1000)
    parts = []
    if th:
        parts.append("seribu" if th == 1 else f"{below_thousand(th)} ribu")
    if rest:
        parts.append(below_thousand(rest))
    return " ".join(parts)


def _round_down(v: int) -> int:
    """A round figure clearly below v: 11.000 → 10.000, 373.842 → 300.000, 45 → 40."""
    magnitude = 10 ** (len(str(v)) - 1)
    low = (v // magnitude) * magnitude
    return low if low < v else max(int(v * 0.8) // magnitude * magnitude, magnitude // 10 or 1)


def number_variants(v: int) -> list[tuple[str, str, str]]:
    """(variant name, new text for the figure, expected verdict) for an exact figure v."""
    out = [("changed", id_digits(int(v * 1.5) if v >= 10 else v + 5), "conflict")]
    if v >= 1000 and v % 1000 == 0:
        out.append(("rewritten-ribu", f"{v // 1000} ribu", "agree"))
    if 10 <= v < 1_000_000 and v % 100 == 0 or 10 <= v < 100:
        out.append(("rewritten-words", id_words(v), "agree"))
    if v >= 1_000_000 and v % 100_000 == 0:
        out.append(("rewritten-juta", f"{v / 1e6:g} juta".replace(".", ","), "agree"))
    if v >= 10:
        out.append(("looser-holds", f"lebih dari {id_digits(_round_down(v))}", "compatible"))
        out.append(("nearly-holds", f"hampir {id_digits(_round_up(v))}", "compatible"))
        out.append(("looser-fails", f"kurang dari {id_digits(max(v // 2, 1))}", "conflict"))
    return out


def _round_up(v: int) -> int:
    """A round figure just above v, within 10%: 11.000 → 12.000 would be too far for 'hampir'; use 11.500."""
    magnitude = 10 ** max(len(str(v)) - 2, 0)
    up = (v // magnitude + 1) * magnitude
    return up if up <= v * 1.1 else v + max(v // 20, 1)


# Figures that are labels (nomor urut 2, RT 08, kuartal 3) or already qualified (lebih dari 10): a changed
# value is not a known conflict there, so they are not used.
_NOT_A_PLAIN_FIGURE = (r"(?:pukul|jam|tahun|ke-?|nomor|urut|no\.?|rt|rw|kuartal|pasal|ayat|paslon|peringkat|lebih dari|kurang dari|"
                       r"sekitar|hampir|setidaknya|sedikitnya|hingga|sampai|di atas|di bawah|tidak lebih dari)\s*\(?$")
# A plain figure: digits with Indonesian thousands dots, not part of a date, time, code or decimal.
_FIGURE = re.compile(r"(?<![\w.,/:-])(\d{1,3}(?:\.\d{3})+|\d+)(?![\w/:-]|[.,]\d)")


def date_variants(sentence: str, d) -> list[tuple[str, str, str]]:
    day, month, year = d.day, d.month, d.year
    shifted = day + 3 if day <= 25 else day - 3
    month_name = _MONTH_NAMES.get(month, "")
    written = sentence[d.start : d.end]
    out = []
    if "/" in written and year:
        out.append(("changed", f"{shifted}/{month}/{year}", "conflict"))
        out.append(("rewritten", f"{day} {month_name} {year}", "agree"))
    else:
        out.append(("changed", f"{shifted} {month_name}" + (f" {year}" if year else ""), "conflict"))
        if year:
            out.append(("rewritten", f"{day}/{month}/{year}", "agree"))
    return out


def build_cases(rng: random.Random, max_per_kind: int = 60) -> list[dict]:
    pool = sentence_pool()
    cases = []
    by_kind: Counter = Counter()
    candidates = pool[:]
    rng.shuffle(candidates)
    for s in candidates:
        # figures are chosen by a plain pattern, not by the extractor, so its misses count as failures;
        # years (1900-2099) and figures glued to dates are left out, as they are not quantities
        figures = [m for m in _FIGURE.finditer(s) if not re.fullmatch(r"1\d\d\d|20\d\d|0\d+", m.group(1))
                   and not re.match(r"\s*(?:%s)\b" % "|".join(MONTHS), s[m.end():], re.I)
                   and not re.search(_NOT_A_PLAIN_FIGURE, s[: m.start()], re.I)]
        if figures and by_kind["number"] < max_per_kind:
            m = figures[0]
            v = int(m.group(1).replace(".", ""))
            if v > 0:
                for name, new, verdict in number_variants(v):
                    cases.append({"kind": "number", "variant": name, "expected": verdict, "original": s,
                                  "changed": s[: m.start()] + new + s[m.end():], "span": m.span()})
                by_kind["number"] += 1
        ds = [d for d in extract_dates(s, language="id") if d.granularity == "day" and d.day and d.month and d.weekday is None]
        if ds and by_kind["date"] < max_per_kind:
            d = ds[0]
            for name, new, verdict in date_variants(s, d):
                cases.append({"kind": "date", "variant": name, "expected": verdict, "original": s,
                              "changed": s[: d.start] + new + s[d.end :], "span": (d.start, d.end)})
            by_kind["date"] += 1
    # speakers: sentences with a named speaker and a figure; the variant credits someone else
    for s in candidates:
        if by_kind["attribution"] >= max_per_kind // 2:
            break
        art = prepare(RawArticle("x", s, "c", None, language="id"))
        sents = segment_article(art)
        attrs = attribute_sentences(art, sents)
        qs = [q for q in extract_quantities(s, language="id") if q.unit_class]
        if len(sents) != 1 or not attrs[0] or attrs[0].start < 0 or not qs:
            continue
        a = attrs[0]
        other = next(n for n in _OTHER_SPEAKERS if n.split()[-1] not in s)
        cases.append({"kind": "attribution", "variant": "speaker-changed", "expected": "compatible", "original": s,
                      "changed": s[: a.start] + other + s[a.end :], "span": (qs[0].start, qs[0].end)})
        by_kind["attribution"] += 1
    return cases


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", s.lower())}


def distractors(original: str, pool: list[str], rng: random.Random, n: int) -> list[str]:
    """Real sentences on the same topic (sharing the most words), so the aligner has to choose."""
    mine = _words(original)
    scored = []
    for s in pool:
        if s == original:
            continue
        w = _words(s)
        overlap = len(mine & w) / max(len(mine | w), 1)
        if overlap < 0.6:  # near-copies of the original would be true matches, not distractors
            scored.append((overlap, s))
    scored.sort(key=lambda t: -t[0])
    top = [s for _, s in scored[: 4 * n]]
    rng.shuffle(top)
    return top[:n]


def run(embedder, cache_dir=None, seed: int = SEED) -> dict:
    rng = random.Random(seed)
    cases = build_cases(rng)
    pool = sentence_pool()
    articles = []
    for n, case in enumerate(cases):
        others = distractors(case["original"], pool, rng, 2 * DISTRACTORS)
        left = [case["original"], *others[:DISTRACTORS]]
        right = [case["changed"], *others[DISTRACTORS : 2 * DISTRACTORS]]
        rng.shuffle(left)
        rng.shuffle(right)
        case["cluster"] = f"p{n}"
        for aid, sents in (("orig", left), ("variant", right)):
            articles.append(prepare(RawArticle(aid, "\n".join(sents), f"p{n}", None, language="id")))
    report = check_articles(articles, Config(cache_dir=cache_dir, use_cache=cache_dir is not None), embedder=embedder)
    clusters = {c.id: c for c in report.clusters}
    kind_of = {"number": "number", "date": "date", "attribution": "attribution"}
    for case in cases:
        c = clusters[case["cluster"]]
        orig_start = next(a for a in c.articles if a.id == "orig").text.index(case["original"])
        span = (orig_start + case["span"][0], orig_start + case["span"][1])
        aligned = any({m.article for m in al.members} == {"orig", "variant"}
                      and any(m.sentence == case["original"] for m in al.members)
                      and any(m.sentence == case["changed"] for m in al.members) for al in c.alignments)
        verdict = "none"
        for f in c.findings:
            if f.kind != kind_of[case["kind"]] or len(f.claims) != 2:
                continue
            mine = [cl for cl in f.claims if cl.article == "orig" and cl.start < span[1] and span[0] < cl.end]
            if mine and any(cl.article == "variant" and cl.sentence == case["changed"] for cl in f.claims):
                verdict = f.verdict
                break
        case["predicted"] = verdict
        case["aligned"] = aligned
    return summarise(cases)


def summarise(cases: list[dict]) -> dict:
    result = {"seed": SEED, "cases": len(cases), "by_kind": {}, "failures": []}
    for kind in ("number", "date", "attribution"):
        mine = [c for c in cases if c["kind"] == kind]
        if not mine:
            continue
        verdicts = sorted({c["expected"] for c in mine})
        per = {v: prf(sum(c["expected"] == v == c["predicted"] for c in mine), sum(c["predicted"] == v for c in mine),
                      sum(c["expected"] == v for c in mine)) for v in verdicts}
        result["by_kind"][kind] = {
            "cases": len(mine),
            "accuracy": round(sum(c["expected"] == c["predicted"] for c in mine) / len(mine), 4),
            "aligned": round(sum(c["aligned"] for c in mine) / len(mine), 4),
            "per_verdict": per,
            "by_variant": {name: f"{sum(c['expected'] == c['predicted'] for c in mine if c['variant'] == name)}/"
                                 f"{sum(1 for c in mine if c['variant'] == name)}" for name in sorted({c['variant'] for c in mine})},
        }
    result["failures"] = [
        {k: c[k] for k in ("kind", "variant", "expected", "predicted", "aligned", "original", "changed")}
        for c in cases if c["expected"] != c["predicted"]
    ]
    return result


def to_markdown(result: dict) -> str:
    lines = ["## Perturbation benchmark", "",
             f"{result['cases']} cases from real sentences (seeds, IndoNLI), seed {result['seed']}; each original and "
             f"its variant sit in two articles among {DISTRACTORS} other real sentences each, on the same topic "
             "(the pool sentences sharing the most words with the original).", "",
             "| kind | cases | aligned | accuracy | verdict | precision | recall | F1 | support |",
             "|---|---|---|---|---|---|---|---|---|"]
    for kind, k in result["by_kind"].items():
        for n, (v, m) in enumerate(k["per_verdict"].items()):
            head = f"| {kind} | {k['cases']} | {k['aligned']:.1%} | {k['accuracy']:.1%} " if n == 0 else "| | | | "
            lines.append(head + f"| {v} | {fmt(m['precision'])} | {fmt(m['recall'])} | {fmt(m['f1'])} | {m['support']} |")
    lines += ["", "Correct per variant: " + "; ".join(
        f"{kind}: " + ", ".join(f"{name} {score}" for name, score in k["by_variant"].items())
        for kind, k in result["by_kind"].items()), ""]
    if result["failures"]:
        lines += [f"Failures ({len(result['failures'])}):", ""]
        for f in result["failures"]:
            lines.append(f"- {f['kind']}/{f['variant']}: expected {f['expected']}, got {f['predicted']}"
                         f"{'' if f['aligned'] else ' (not aligned)'} — “{f['original'][:90]}” → “{f['changed'][:90]}”")
    return "\n".join(lines) + "\n"
