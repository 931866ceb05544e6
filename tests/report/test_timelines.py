"""A fact reported at several times gets one timeline, the same in every format."""

import datetime as dt
import json

import pytest

from consistency.compare import compare_cluster
from consistency.extract import extract_article
from consistency.load import prepare
from consistency.load.sources import RawArticle
from consistency.records import Alignment, AlignmentMember, Cluster, ModelInfo, Report
from consistency.report import render
from consistency.segment import segment_article

REPORTS = [
    ("senin", "id", "2024-03-18", "Hingga Senin pukul 21.00 WIB, korban meninggal akibat banjir tercatat 19 orang."),
    ("tuesday", "en", "2024-03-19", "The flood death toll rose to 41 as of Tuesday 17:00."),
    ("rabu", "id", "2024-03-20", "Korban meninggal akibat banjir bertambah menjadi 58 orang."),
]
LINE = "19 (Mon 18 Mar 21:00) → 41 (Tue 19 Mar 17:00) → 58 (Wed 20 Mar)"


def _report(reports) -> Report:
    articles, sentences = [], {}
    for aid, lang, day, text in reports:
        art = prepare(RawArticle(aid, text, "toll", None, language=lang, published=dt.date.fromisoformat(day)))
        articles.append(art)
        sentences[aid] = segment_article(art)
    facts = {a.id: extract_article(a, sentences[a.id]) for a in articles}
    members = tuple(AlignmentMember(a.id, 0, sentences[a.id][0].text, sentences[a.id][0].start, sentences[a.id][0].end)
                    for a in articles)
    pairs = tuple((i, j, 0.9) for i in range(len(members)) for j in range(i + 1, len(members)))
    alignments = (Alignment("toll:a1", 0.9, members, pairs),)
    findings = compare_cluster(tuple(articles), facts, alignments)
    return Report(ModelInfo("test", 1), (Cluster("toll", tuple(articles), sentences, alignments, findings),))


@pytest.fixture(scope="module")
def report():
    return _report(REPORTS)


def test_rising_toll_is_updates_not_conflicts(report):
    codes = sorted(f.code for f in report.clusters[0].findings if f.kind == "number")
    assert codes == ["number.update"] * 3
    assert all(f.verdict == "compatible" and f.severity == "note" for f in report.clusters[0].findings if f.kind == "number")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_format_shows_the_timeline_once(report, fmt):
    out = render(fmt, report, None)
    line = LINE if fmt != "html" else "19"
    assert line in out
    if fmt != "html":
        assert out.count("Timelines") == 1
    else:
        assert out.count('class="card timeline"') == 1 and "Tue 19 Mar 17:00" in out


def test_json_carries_the_timeline_and_each_claims_frame(report):
    data = json.loads(render("json", report, None))
    assert data["schema_version"] == 1
    (cluster,) = data["clusters"]
    (timeline,) = cluster["timelines"]
    assert [p["value"] for p in timeline["points"]] == ["19", "41", "58"]
    assert [p["article"] for p in timeline["points"]] == ["senin", "tuesday", "rabu"]
    for f in cluster["findings"]:
        if f["kind"] == "number":
            assert f["timeline"] and f["fact"]
            for claim in f["claims"]:
                frame = claim["value"]["frame"]
                assert frame["predicate"] == "dead" and frame["negated"] is False
                assert frame["as_of"]["basis"] in ("explicit", "published")


def test_a_lower_later_figure_is_a_revision_and_the_timeline_says_so():
    reports = REPORTS[:2] + [("rabu", "id", "2024-03-20", "Korban meninggal akibat banjir direvisi menjadi 33 orang.")]
    rep = _report(reports)
    codes = sorted(f.code for f in rep.clusters[0].findings if f.kind == "number")
    assert codes == ["number.revision", "number.update", "number.update"]
    assert "(revised down)" in " ".join(render("text", rep, None).split())
