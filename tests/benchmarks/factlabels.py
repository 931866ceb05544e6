"""Labels of a development set produced from a table of facts (never from the checker's output), shared by the
sets written that way (tests/data/devset3/facts.py to tests/data/devset8/facts.py).

Each mention of a figure or date is written down once with what it states (``M``): the fact, its value, the as-of
time of a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error.
``build`` then labels every cross-article pair of mentions by the development sets' rules
(tests/data/devset/README.md): same fact -> agree / compatible / update / revision / conflict / sources; different
facts of one unit class, and every other pair of dates -> none, or not_conflict for different events on the same
day.
"""
import itertools
import json
import sys
from collections import Counter

from consistency.load import load_articles
from tests.benchmarks.devset import find_mention

N, D = "number", "date"


def M(art, text, kind, fact, value, asof=None, qual="exact", cls="count", src=None, fall=False, planted=False, occ=1,
      also=()):
    """A mention: ``qual`` exact/approx/atleast/morethan/nearly/unit (another unit of the same value), ``cls`` the
    unit class whose other facts are tempting pairs, ``fall`` a tally that may legitimately fall, ``also`` further
    facts the mention states (a vote "314-117" states the ayes and the noes)."""
    return dict(art=art, text=text, kind=kind, fact=fact, value=value, asof=asof, qual=qual, cls=cls, src=src,
                fall=fall, planted=planted, occ=occ, also=dict(also))

def facts_of(m):
    d = {m["fact"]: m["value"]}
    d.update(m["also"])
    return d

def consistent(x, y):
    """Same-time values of one fact that can both be true given their qualifiers."""
    def rng(m, v):
        q = m["qual"]
        if q in ("atleast", "morethan"):
            return (v, float("inf"))
        if q == "approx":
            return (v * 0.9, v * 1.1)
        if q == "nearly":
            return (v * 0.9, v)
        return (v, v)
    a, b = rng(x, x["v"]), rng(y, y["v"])
    return a[0] <= b[1] and b[0] <= a[1]

def number_label(x, y, fact, desc):
    vx, vy = facts_of(x)[fact], facts_of(y)[fact]
    x["v"], y["v"] = vx, vy
    if x["src"] and y["src"] and x["src"] != y["src"]:
        return "sources", f"{desc}: {x['src']} {vx} vs {y['src']} {vy}", False
    if x["asof"] == y["asof"] or x["asof"] is None or y["asof"] is None:
        if x["planted"] or y["planted"]:
            if vx != vy:
                wrong = x if x["planted"] else y
                return "conflict", f"{desc}: planted error '{wrong['text']}' in {wrong['art']}", True
        if vx == vy and x["qual"] == y["qual"] == "exact":
            return "agree", desc, False
        if not consistent(x, y):
            raise SystemExit(f"inconsistent same-time values: {x['text']} / {y['text']} ({fact})")
        return "compatible", desc, False
    early, late = sorted((x, y), key=lambda m: m["asof"])
    tl = f"{desc}: {early['v']:g} as of {early['asof']} -> {late['v']:g} as of {late['asof']}"
    if late["v"] >= early["v"]:
        return "update", tl, False
    if x["fall"] and y["fall"]:
        return "not_conflict", tl + " (a count that may fall)", False
    if consistent(early, late):
        return "not_conflict", tl + " (within the earlier figure's qualifier)", False
    return "revision", tl + " (lower)", False

def date_label(x, y, fact, desc, names):
    vx, vy = x["value"], y["value"]
    if fact is not None:
        if x["planted"] or y["planted"]:
            if vx != vy:
                wrong = x if x["planted"] else y
                return "conflict", f"{desc}: planted error '{wrong['text']}' in {wrong['art']}", True
        if vx == vy:
            return "agree", desc, False
        if vx.startswith(vy) or vy.startswith(vx):
            return "compatible", desc + " (one date coarser)", False
        raise SystemExit(f"inconsistent dates {x['text']} / {y['text']}")
    why = f"{names[x['fact']]} vs {names[y['fact']]}"
    if vx.startswith(vy) or vy.startswith(vx):
        return "not_conflict", why + ": different events on the same day", False
    return "none", why, False

def build(root, cluster, event, control, mentions, names):
    """Label every cross-article pair of ``mentions`` of ``cluster`` (a folder under ``root``) and write its
    labels.json."""
    arts = {a.id: a for a in load_articles([root / cluster])}
    for m in mentions:
        assert m["art"] in arts, m
        if find_mention(arts[m["art"]].text, m["text"], m["occ"]) is None:
            raise SystemExit(f"{cluster}: {m['text']!r} occ {m['occ']} not in {m['art']}")
        for f in facts_of(m):
            assert f in names, f
    if "--show" in sys.argv:
        for m in mentions:
            t = arts[m["art"]].text
            s0, e0 = find_mention(t, m["text"], m["occ"])
            print(f"{m['art']:22} {m['fact']:12} {t[max(0, s0 - 30):s0]!r:>34} [{t[s0:e0]}] {t[e0:e0 + 30]!r}")
    pairs = []
    for x, y in itertools.combinations(mentions, 2):
        if x["art"] == y["art"] or x["kind"] != y["kind"]:
            continue
        if x["kind"] == "number":
            common = [f for f in facts_of(x) if f in facts_of(y)]
            if common:
                expect, why, planted = number_label(x, y, common[0], names[common[0]])
            elif x["cls"] == y["cls"]:
                expect, why, planted = "none", f"{names[x['fact']]} vs {names[y['fact']]}", False
            else:
                continue
        else:
            same = x["fact"] if x["fact"] == y["fact"] else None
            expect, why, planted = date_label(x, y, same, names[same] if same else None, names)
        a = [x["art"], x["text"]] + ([x["occ"]] if x["occ"] != 1 else [])
        b = [y["art"], y["text"]] + ([y["occ"]] if y["occ"] != 1 else [])
        row = {"a": a, "b": b, "kind": x["kind"], "expect": expect, "why": why}
        if planted:
            row["planted"] = True
        pairs.append(row)
    out = root / cluster / "labels.json"
    head = json.dumps({"cluster": cluster, "event": event, "control": control}, ensure_ascii=False)[:-1]
    body = ",\n".join("  " + json.dumps(p, ensure_ascii=False) for p in pairs)
    out.write_text(head + ', "pairs": [\n' + body + "\n ]}\n", encoding="utf-8")
    print(cluster, len(pairs), Counter(p["expect"] for p in pairs))
