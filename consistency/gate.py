"""What fails a run: verdicts against --fail-on, severities, and a baseline of accepted findings.

A baseline records findings by a fingerprint made from their content (check code, article ids, the
normalised sentences and mentions, the parsed values), not from line numbers, so editing an unrelated
part of an article keeps its accepted findings accepted.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .errors import InputError
from .files import write_atomic
from .records import Cluster, Finding, Report

BASELINE_VERSION = 1
_FAIL_RANK = {"conflict": ("conflict",), "compatible": ("conflict", "compatible"), "never": ()}


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def fingerprint(cluster_id: str, finding: Finding) -> str:
    claims = sorted(
        (c.article, _norm(c.sentence), _norm(c.text),
         # the frame is how the tool read the context, not the fact itself: improving it must not churn baselines
         json.dumps({k: v for k, v in c.value.items() if k not in ("description", "frame")}, sort_keys=True,
                    ensure_ascii=False))
        for c in finding.claims
    )
    payload = json.dumps([finding.code, cluster_id, claims], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True)
class BaselineOutcome:
    path: str
    accepted: frozenset[str] = frozenset()  # fingerprints of this run's findings that the baseline holds
    disappeared: tuple[dict, ...] = ()  # baseline entries no longer found


@dataclass(frozen=True)
class Gate:
    fail_on: str = "conflict"
    baseline: BaselineOutcome | None = None
    failing: tuple[tuple[str, Finding], ...] = field(default=())
    min_identity: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.failing)

    def fails(self, finding: Finding) -> bool:
        """Does ``finding`` meet this gate's verdict, severity and identity bars (the baseline aside)?"""
        return is_failing(finding, self.fail_on, self.min_identity)


def is_failing(finding: Finding, fail_on: str, min_identity: float = 0.0) -> bool:
    """A finding fails when its verdict meets ``fail_on``, its severity is not a note and, for a figure or a date
    (whose findings carry the scorer's probability that both mentions state one fact), that probability reaches
    ``min_identity``. Attribution and entity findings carry none and are judged by verdict and severity alone."""
    return finding.verdict in _FAIL_RANK[fail_on] and finding.severity in ("error", "warning") \
        and (finding.identity is None or finding.identity >= min_identity)


def evaluate(report: Report, fail_on: str = "conflict", baseline: BaselineOutcome | None = None,
             min_identity: float = 0.0) -> Gate:
    """The findings that fail this run: verdict meets ``fail_on``, severity is not note, the scorer's identity
    reaches ``min_identity`` (figures and dates), not in the baseline."""
    accepted = baseline.accepted if baseline else frozenset()
    failing = tuple(
        (c.id, f) for c in report.clusters for f in c.findings
        if is_failing(f, fail_on, min_identity) and fingerprint(c.baseline_key, f) not in accepted
    )
    return Gate(fail_on, baseline, failing, min_identity)


def _entry(cluster: Cluster, f: Finding) -> dict:
    return {"fingerprint": fingerprint(cluster.baseline_key, f), "code": f.code, "verdict": f.verdict,
            "cluster": cluster.id, "articles": sorted({c.article for c in f.claims}), "message": f.message}


def write_baseline(report: Report, path: Path) -> int:
    """Record every finding of ``report`` as accepted; returns how many."""
    entries = sorted((_entry(c, f) for c in report.clusters for f in c.findings), key=lambda e: e["fingerprint"])
    data = {"version": BASELINE_VERSION, "tool": {"name": "consistency", "version": __version__}, "findings": entries}
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return len(entries)


def read_baseline(path: Path) -> list[dict]:
    if not path.is_file():
        raise InputError(f"{path}: no such baseline file (create it with --write-baseline)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a baseline file ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("findings"), list):
        raise InputError(f"{path}: not a consistency baseline (version {BASELINE_VERSION})")
    if not all(isinstance(e, dict) and isinstance(e.get("fingerprint"), str) for e in data["findings"]):
        raise InputError(f"{path}: every finding of a baseline is an object with a 'fingerprint'")
    return data["findings"]


def compare_baseline(report: Report, path: Path) -> BaselineOutcome:
    entries = read_baseline(path)
    known = {e.get("fingerprint") for e in entries}
    current = {fingerprint(c.baseline_key, f) for c in report.clusters for f in c.findings}
    return BaselineOutcome(str(path), frozenset(current & known),
                           tuple(e for e in entries if e.get("fingerprint") not in current))
