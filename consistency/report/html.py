"""HTML: one self-contained file (no scripts, fonts or images from elsewhere) to open or attach.

It shows the summary, a matrix of sources × aligned claims coloured by verdict, a figure per compared
quantity with every source's interval on one axis, and every finding with its evidence.
"""

from __future__ import annotations

import math
from html import escape

from .. import __version__
from ..gate import Gate
from ..records import Claim, Cluster, Report
from .common import (VERDICT_TITLES, VERDICTS, articles_phrase, count, counts, flags, gate_lines, quantity_groups, reading_order,
                     rows, sentence_starts, shown_value, shows_stories, story_rows, timelines, unreported_line,
                     web_link, worst_verdict)
from .json_report import summary
from .markdown import MARKER

_COLORS = {"conflict": "#c62828", "compatible": "#ef8f00", "agree": "#2e7d32", "aligned": "#b0bec5"}
_HTML = {"code": '<span class="code">{}</span>', "failing": '<span class="fail">{}</span>'}
_CSS = """
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1d2327;margin:0;background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px} h2{font-size:21px;margin:32px 0 8px;border-bottom:2px solid #dde1e6;padding-bottom:4px}
h3{font-size:17px;margin:22px 0 8px}
.muted{color:#5f6b76}.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:14px 16px;margin:10px 0}
.pills span{display:inline-block;border-radius:12px;padding:2px 10px;margin-right:6px;color:#fff;font-weight:600}
table{border-collapse:collapse;width:100%} th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e6e9ed;vertical-align:top}
th{font-size:13px;color:#5f6b76;font-weight:600}
.matrix td,.matrix th{text-align:center;padding:4px;border:1px solid #fff;font-size:12px}
.matrix th.src{text-align:right;white-space:nowrap}
.cell{display:block;min-width:26px;height:26px;line-height:26px;border-radius:4px;color:#fff;font-weight:700}
mark{background:#fff3b0;padding:0 2px;border-radius:3px;font-weight:600}
.finding{border-left:6px solid #999}
.finding.conflict{border-left-color:#c62828}.finding.compatible{border-left-color:#ef8f00}.finding.agree{border-left-color:#2e7d32}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;background:#eef1f4;padding:1px 6px;border-radius:4px}
.claims{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:10px;margin-top:8px}
.claim{background:#fafbfc;border:1px solid #e6e9ed;border-radius:6px;padding:8px 10px}
.legend span{display:inline-block;width:12px;height:12px;border-radius:3px;margin:0 4px 0 12px;vertical-align:middle}
.fail{color:#c62828;font-weight:700}
svg text{font:12px system-ui,sans-serif;fill:#1d2327}
.steps{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:6px}
.step{background:#fafbfc;border:1px solid #e6e9ed;border-radius:6px;padding:4px 10px;text-align:center}
.arrow{color:#5f6b76;font-size:18px}
"""


def _pill(verdict: str, n: int) -> str:
    return f'<span style="background:{_COLORS[verdict]}">{count(n, verdict)}</span>'


def _marked(claim: Claim, sentence_start: int) -> str:
    a, b = claim.start - sentence_start, claim.end - sentence_start
    s = claim.sentence
    if 0 <= a <= b <= len(s):
        return escape(s[:a]) + "<mark>" + escape(s[a:b]) + "</mark>" + escape(s[b:])
    return escape(s)


def _matrix(cluster: Cluster) -> str:
    if not cluster.alignments:
        return '<p class="muted">No aligned claims.</p>'
    cols = list(cluster.alignments)
    head = "".join(f'<th title="score {al.score:.3f}">{escape(al.id.split(":")[-1])}</th>' for al in cols)
    lone = [f for f in cluster.findings if f.alignment is None]
    if lone:
        head += '<th title="findings outside aligned claims (weekday checks, name variants)">other</th>'
    body = []
    for art in cluster.articles:
        cells = []
        for al in cols:
            member = any(m.article == art.id for m in al.members)
            fs = [f for f in cluster.findings if f.alignment == al.id and any(c.article == art.id for c in f.claims)]
            verdict = worst_verdict(fs)
            if verdict:
                mark = {"conflict": "✕", "compatible": "≈", "agree": "="}[verdict]
                cells.append(f'<td><span class="cell" style="background:{_COLORS[verdict]}" '
                             f'title="{escape(al.id)}: {verdict}">{mark}</span></td>')
            elif member:
                cells.append(f'<td><span class="cell" style="background:{_COLORS["aligned"]}" '
                             f'title="{escape(al.id)}: aligned, no compared facts">·</span></td>')
            else:
                cells.append("<td></td>")
        if lone:
            fs = [f for f in lone if any(c.article == art.id for c in f.claims)]
            verdict = worst_verdict(fs)
            cells.append(f'<td><span class="cell" style="background:{_COLORS[verdict]}">'
                         f'{ {"conflict": "✕", "compatible": "≈", "agree": "="}[verdict] }</span></td>' if verdict else "<td></td>")
        source = f"{escape(art.source)}<br>" if art.source else ""
        body.append(f'<tr><th class="src">{source}<span class="muted">{escape(art.id)}</span></th>{"".join(cells)}</tr>')
    legend = "".join(f'<span style="background:{_COLORS[k]}"></span>{k}' for k in ("conflict", "compatible", "agree", "aligned"))
    # a story of 60 aligned claims is wider than the page: the matrix scrolls in its own box, the page stays put
    return (f'<div style="overflow-x:auto"><table class="matrix"><tr><th></th>{head}</tr>{"".join(body)}</table></div>'
            f'<p class="legend muted">Sources × aligned claims, coloured by the worst verdict of the facts compared there:{legend}</p>')


def _fmt(v: float) -> str:
    if abs(v) >= 1e9:
        return f"{v / 1e9:g} bn"
    if abs(v) >= 1e6:
        return f"{v / 1e6:g} m"
    return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}"


def axis_title(claims: list[Claim]) -> str:
    """ "tentara / soldier (count)": what the values on a figure's axis are."""
    units = list(dict.fromkeys(str(c.value.get("unit")) for c in claims if c.value.get("unit")))
    kinds = list(dict.fromkeys(str(c.value.get("kind")) for c in claims if c.value.get("kind")))
    name = " / ".join(units[:4]) + (" / …" if len(units) > 4 else "") if units else "value"
    return f"{name} ({', '.join(kinds)})" if kinds else name


def interval_svg(claims: list[Claim], width: int = 760) -> str:
    """Every source's interval for one compared quantity, on one shared axis."""
    finite = [x for c in claims for x in (c.value.get("low"), c.value.get("high")) if x is not None]
    if not finite:
        return ""
    lo, hi = min(finite), max(finite)
    open_right = any(c.value.get("high") is None for c in claims)
    span = hi - lo or max(abs(hi), 1.0)
    lo_axis = max(0.0, lo - 0.15 * span) if lo >= 0 else lo - 0.15 * span
    hi_axis = hi + (0.45 if open_right else 0.15) * span
    label_w, pad, row_h = 330, 16, 30
    plot_w = width - label_w - 2 * pad
    height = row_h * len(claims) + 44

    def x(v: float) -> float:
        return label_w + pad + (v - lo_axis) / (hi_axis - lo_axis) * plot_w

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="intervals of compared quantities">']
    for k, c in enumerate(claims):
        y = 14 + k * row_h
        v = c.value
        label = f"{c.article[:18]}: “{c.text[:34]}”"
        parts.append(f'<text x="4" y="{y + 5}">{escape(label)}</text>')
        low = v.get("low") if v.get("low") is not None else lo_axis
        high = v.get("high")
        color = "#37474f"
        if high is not None and math.isclose(low, high):
            parts.append(f'<circle cx="{x(low):.1f}" cy="{y}" r="6" fill="{color}"><title>{escape(v.get("description", ""))}</title></circle>')
        else:
            right = x(high) if high is not None else x(hi_axis)
            dash = ' stroke-dasharray="4 3"' if v.get("approximate") or v.get("vague") else ""
            parts.append(f'<rect x="{x(low):.1f}" y="{y - 6}" width="{max(right - x(low), 2):.1f}" height="12" rx="3" '
                         f'fill="#90a4ae" stroke="{color}"{dash}><title>{escape(v.get("description", ""))}</title></rect>')
            if not v.get("low_inclusive", True):
                parts.append(f'<circle cx="{x(low):.1f}" cy="{y}" r="4" fill="#fff" stroke="{color}"/>')
            if high is None:
                parts.append(f'<path d="M{right - 2:.1f},{y - 8} L{right + 8:.1f},{y} L{right - 2:.1f},{y + 8} Z" fill="{color}"/>')
        parts.append(f'<text x="{min(x(low), width - 150):.1f}" y="{y + 20}" class="muted" fill="#5f6b76">{escape(v.get("description", ""))}</text>')
    axis_y = height - 12
    parts.append(f'<line x1="{label_w + pad}" y1="{axis_y}" x2="{width - pad}" y2="{axis_y}" stroke="#90a4ae"/>')
    # the axis says what it measures: the units as the sources wrote them, and the kind of figure
    parts.append(f'<text x="4" y="{axis_y + 4}" class="axis-label" fill="#5f6b76">{escape(axis_title(claims))}</text>')
    for t in (lo_axis, (lo_axis + hi_axis) / 2, hi_axis if not open_right else hi):
        parts.append(f'<line x1="{x(t):.1f}" y1="{axis_y - 4}" x2="{x(t):.1f}" y2="{axis_y + 4}" stroke="#90a4ae"/>'
                     f'<text x="{x(t) - 20:.1f}" y="{axis_y - 6}" fill="#5f6b76">{escape(_fmt(t))}</text>')
    if open_right:
        parts.append(f'<text x="{width - pad - 10}" y="{axis_y - 6}" fill="#5f6b76">∞</text>')
    parts.append("</svg>")
    return "".join(parts)


def report_to_html(report: Report, gate: Gate | None = None) -> str:
    s = summary(report)
    all_rows = rows(report, gate)
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<!-- {MARKER} {__version__} -->",
           f'<meta name="generator" content="consistency {__version__}">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Consistency report</title>", f"<style>{_CSS}</style></head><body><main>",
           "<h1>Consistency report</h1>",
           f'<p class="muted">{escape(articles_phrase(report))} · {count(s["sentences"], "sentence")} · '
           f'{count(s["dropped_lines"], "boilerplate line dropped")} · {count(s["alignments"], "aligned claim")} · '
           f'{count(s["findings"], "finding")} · model {escape(report.model.name)}</p>']
    lines = gate_lines(all_rows, gate)
    if lines:
        result = escape(lines[0]).replace("FAIL", '<span class="fail">FAIL</span>', 1)
        out.append(f'<div class="card">{result}.' + (f" {escape(lines[1])}" if lines[1] else "") + "</div>")
    if shows_stories(report):
        out.append(f'<h2>Stories ({len(report.clusters)})</h2><div class="card"><table><tr><th>story</th><th>label</th>'
                   "<th>articles</th><th>outlets</th><th>languages</th><th>conflicts</th><th>updates</th></tr>")
        for r in story_rows(report):
            out.append(f'<tr><td style="white-space:nowrap"><a href="#cluster-{escape(r.cluster.id)}">{escape(r.cluster.id)}</a></td>'
                       f'<td>{escape(r.label)}</td>'
                       f"<td>{r.articles}</td><td>{escape(', '.join(r.outlets))}</td><td>{escape(', '.join(r.languages))}</td>"
                       f'<td{" class=fail" if r.conflicts else ""}>{r.conflicts}</td><td>{r.updates}</td></tr>')
        out.append("</table>")
        line = unreported_line(report)
        if line:
            out.append(f'<p class="muted">{escape(line)}.</p>')
        out.append("</div>")
    for c in reading_order(report):  # the story table's order: most conflicts first
        n = counts(c)
        starts = sentence_starts(c)
        out.append(f'<section id="cluster-{escape(c.id)}"><h2>Cluster {escape(c.id)}</h2>')
        if c.label and c.grouping != "one":
            out.append(f'<p class="muted">{escape(c.label)} ({escape(c.grouping)})</p>')
        out.append('<div class="card"><div class="pills">' + "".join(_pill(v, n[v]) for v in VERDICTS) + "</div>")
        out.append("<table><tr><th>article</th><th>source</th><th>language</th><th>published</th><th>sentences</th><th>dropped lines</th></tr>")
        for a in c.articles:
            link = web_link(a.url)
            name = f'<a href="{escape(link)}" rel="noopener noreferrer">{escape(a.id)}</a>' if link else escape(a.id)
            out.append(f"<tr><td>{name}</td><td>{escape(a.source or '–')}</td><td>{escape(a.language or '–')}</td>"
                       f"<td>{a.published.isoformat() if a.published else '–'}</td><td>{len(c.sentences.get(a.id, ()))}</td>"
                       f"<td>{a.dropped_lines}</td></tr>")
        out.append("</table></div>")
        out.append("<h3>Where the sources meet</h3>" + _matrix(c))
        groups = quantity_groups(c)
        if groups:
            out.append("<h3>Compared quantities</h3>")
            for g in groups:
                out.append(f'<div class="card figure">{interval_svg(g)}</div>')
        lines = timelines(c)
        if lines:
            out.append("<h3>Timelines</h3>")
            for t in lines:
                steps = '<span class="arrow">→</span>'.join(
                    f'<span class="step" title="{escape(p.article)}: {escape(p.text)}"><b>{escape(p.value)}</b>'
                    f'<br><span class="muted">{escape(p.as_of)} · {escape(p.article)}</span></span>' for p in t.points)
                note = ' <span class="fail">revised down</span>' if t.revised else ""
                out.append(f'<div class="card timeline"><div>{escape(t.fact)}{note}</div><div class="steps">{steps}</div></div>')
        mine = [r for r in all_rows if r.cluster is c]
        for verdict in VERDICTS:
            group = [r for r in mine if r.finding.verdict == verdict]
            if not group:
                continue
            out.append(f"<h3>{VERDICT_TITLES[verdict]} ({len(group)})</h3>")
            for r in group:
                f = r.finding
                labels = [_HTML.get(role, "{}").format(escape(text)) for role, text in flags(r)]
                claims = "".join(
                    f'<div class="claim"><div class="muted">{escape(cl.article)}</div><div>{_marked(cl, starts.get((cl.article, cl.sentence_index), cl.start))}</div>'
                    f'<div><b>{escape(shown_value(cl))}</b></div>'
                    + (f'<div class="muted">source: {escape(cl.attribution)}</div>'
                       if cl.attribution and cl.value.get("type") != "attribution" else "") + "</div>"
                    for cl in f.claims
                )
                out.append(f'<div class="card finding {verdict}"><div>{" · ".join(labels)}</div>'
                           f'<div>{escape(f.message)}</div><div class="claims">{claims}</div></div>')
        if c.alignments:
            out.append(f"<details><summary>Aligned claims ({len(c.alignments)})</summary><ol>")
            for al in c.alignments:
                members = "".join(f"<li><b>{escape(m.article)}</b> [{m.sentence_index}] {escape(' '.join(m.sentence.split()))}</li>"
                                  for m in al.members)
                out.append(f"<li>{escape(al.id)} (score {al.score:.3f})<ul>{members}</ul></li>")
            out.append("</ol></details>")
        out.append("</section>")
    if report.warnings:
        out.append("<h2>Warnings</h2><ul>" + "".join(f"<li>{escape(w)}</li>" for w in report.warnings) + "</ul>")
    out.append("</main></body></html>")
    return "\n".join(out) + "\n"
